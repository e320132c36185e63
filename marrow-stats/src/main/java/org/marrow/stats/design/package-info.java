/**
 * Designs for single-arm phase II trials and the inference that follows them.
 *
 * <ul>
 *   <li>Simon's two-stage designs (optimal, minimax and admissible), their operating
 *       characteristics and enrolment inflated for dropout: {@link
 *       org.marrow.stats.design.SimonTwoStage}, reproducing {@code clinfun::ph2simon} and {@code
 *       clinfun::twostage.admissible} (clinfun 1.1.5);
 *   <li>inference after a two-stage trial (p-value and exact interval by stage-wise ordering, UMVUE,
 *       median unbiased estimate): {@link org.marrow.stats.design.TwoStageInference};
 *   <li>Bayesian monitoring: BOP2 for efficacy, or efficacy and toxicity ({@link
 *       org.marrow.stats.design.Bop2}), and the predictive probability design ({@link
 *       org.marrow.stats.design.PredictiveProbability}), with exact operating characteristics;
 *   <li>toxicity stopping boundaries: repeated significance testing as {@code clinfun::toxbdry}
 *       ({@link org.marrow.stats.design.SequentialToxicityBoundary}) and a beta-binomial posterior
 *       rule ({@link org.marrow.stats.design.BayesianToxicityRule}).
 * </ul>
 */
package org.marrow.stats.design;
