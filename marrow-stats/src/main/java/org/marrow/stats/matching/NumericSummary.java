package org.marrow.stats.matching;

/**
 * Summary of one numeric key in one group.
 *
 * @param n the number of subjects
 * @param mean the mean (NaN if {@code n = 0})
 * @param sd the sample standard deviation, divisor {@code n - 1} as R's {@code sd} (NaN if {@code n < 2})
 * @param median the median as R's {@code median}: the mean of the two middle values for even {@code n}
 *     (NaN if {@code n = 0})
 * @param min the smallest value (NaN if {@code n = 0})
 * @param max the largest value (NaN if {@code n = 0})
 */
public record NumericSummary(int n, double mean, double sd, double median, double min, double max) {}
