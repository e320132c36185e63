package org.marrow.stats.design;

/**
 * Inference on the response rate after a Simon two-stage trial: the p-value, point estimates and
 * exact confidence interval that respect the stopping rule.
 *
 * @param outcome what the trial observed
 * @param p0 the null response rate tested; NaN when none was stated
 * @param observed the naive proportion {@code x / n}, which ignores the design
 * @param pValue the one-sided p-value of {@code H0: p <= p0} by stage-wise ordering (Koyama and
 *     Chen 2008), {@code P(X1 >= x1)} after an early stop; NaN without p0
 * @param umvue the uniformly minimum variance unbiased estimate (Jung and Kim 2004), x1 / n1 after
 *     an early stop
 * @param medianUnbiased the median unbiased estimate: the rate at which the outcome's stage-wise
 *     p-value is 1/2 (0 for the smallest outcome)
 * @param lower the lower limit of the two-sided exact interval by stage-wise ordering
 * @param upper the upper limit
 * @param confidenceLevel the two-sided confidence level of the interval
 * @param interval the definition of the upper limit
 */
public record TwoStageEstimate(
        TwoStageOutcome outcome,
        double p0,
        double observed,
        double pValue,
        double umvue,
        double medianUnbiased,
        double lower,
        double upper,
        double confidenceLevel,
        TwoStageInference.Interval interval) {}
