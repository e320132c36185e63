package org.marrow.stats.matching;

/**
 * Standardized differences between two groups, the balance measure of matched and observational
 * comparisons (Austin, Statistics in Medicine 2009;28:3083-3107): for a continuous variable {@code
 * (mean1 - mean2) / sqrt((s1^2 + s2^2) / 2)} with sample variances; for a binary one {@code (p1 - p2) /
 * sqrt((p1 (1 - p1) + p2 (1 - p2)) / 2)}. Both are 0 for identical groups and NaN where undefined.
 */
public final class StandardizedDifference {
    private StandardizedDifference() {}

    /**
     * The standardized mean difference of a continuous variable.
     *
     * @param first the first group's values
     * @param second the second group's values
     * @return the difference; NaN when a group has fewer than 2 values, or both spreads are 0 with
     *     different means
     * @throws IllegalArgumentException if a sample is null or holds a value that is not finite
     */
    public static double continuous(double[] first, double[] second) {
        NumericSummary a = Balance.summary(check(first, "first"));
        NumericSummary b = Balance.summary(check(second, "second"));
        return Balance.smd(a, b);
    }

    /**
     * The standardized difference of a binary variable.
     *
     * @param x1 subjects with the characteristic in the first group
     * @param n1 the first group's size
     * @param x2 subjects with the characteristic in the second group
     * @param n2 the second group's size
     * @return the difference; NaN when a group is empty, or both proportions are 0 or 1 and different
     * @throws IllegalArgumentException if a count is negative or above its group's size
     */
    public static double binary(int x1, int n1, int x2, int n2) {
        if (x1 < 0 || x2 < 0 || x1 > n1 || x2 > n2) {
            throw new IllegalArgumentException(
                    "Counts (" + x1 + " of " + n1 + ", " + x2 + " of " + n2 + ") must be from 0 to the group size");
        }
        if (n1 == 0 || n2 == 0) {
            return Double.NaN;
        }
        double p1 = (double) x1 / n1;
        double p2 = (double) x2 / n2;
        if (p1 == p2) {
            return 0;
        }
        double pooled = (p1 * (1 - p1) + p2 * (1 - p2)) / 2;
        return pooled == 0 ? Double.NaN : (p1 - p2) / Math.sqrt(pooled);
    }

    private static double[] check(double[] sample, String which) {
        if (sample == null) {
            throw new IllegalArgumentException("The " + which + " sample must not be null");
        }
        for (double v : sample) {
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException(
                        "A value of the " + which + " sample (" + v + ") must be a finite number");
            }
        }
        return sample;
    }
}
