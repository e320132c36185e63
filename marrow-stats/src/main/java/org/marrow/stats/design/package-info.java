/**
 * Designs for single-arm phase II trials: Simon's two-stage designs (optimal, minimax and
 * admissible), their operating characteristics, and enrolment inflated for dropout.
 *
 * <p>The search reproduces {@code clinfun::ph2simon} and {@code clinfun::twostage.admissible}
 * (clinfun 1.1.5); see {@link org.marrow.stats.design.SimonTwoStage}.
 */
package org.marrow.stats.design;
