package org.marrow.stats.rank;

/**
 * The result of the Wilcoxon rank-sum (Mann-Whitney) test.
 *
 * @param w R's statistic W: the rank sum of the first sample minus {@code n1 (n1 + 1) / 2}
 * @param p the two-sided p-value (NaN when every value is the same, R's NA)
 * @param exact true when the p-value is from the exact distribution of W, false when from the
 *     normal approximation with continuity correction
 * @param ties true when a value occurs more than once in the pooled sample
 * @param n1 the size of the first sample
 * @param n2 the size of the second sample
 */
public record RankSumResult(double w, double p, boolean exact, boolean ties, int n1, int n2) {}
