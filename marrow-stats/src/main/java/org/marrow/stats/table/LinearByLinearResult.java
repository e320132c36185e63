package org.marrow.stats.table;

/**
 * The result of the linear-by-linear association test.
 *
 * @param statistic {@code (N - 1) r^2}, NaN when undefined
 * @param p the upper-tail p-value of the chi-square distribution on one degree of freedom, NaN when
 *     undefined
 */
public record LinearByLinearResult(double statistic, double p) {}
