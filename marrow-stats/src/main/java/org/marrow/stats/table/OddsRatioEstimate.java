package org.marrow.stats.table;

/**
 * The conditional maximum likelihood estimate of the odds ratio of a 2x2 table with its exact
 * two-sided confidence interval, as R {@code fisher.test} reports them.
 *
 * @param estimate the conditional MLE: 0 when the top-left count is at its minimum given the
 *     margins, infinite when at its maximum
 * @param lower the lower confidence bound (0 when the top-left count is at its minimum)
 * @param upper the upper confidence bound (infinite when the top-left count is at its maximum)
 * @param confidenceLevel the confidence level, e.g. 0.95
 */
public record OddsRatioEstimate(double estimate, double lower, double upper, double confidenceLevel) {}
