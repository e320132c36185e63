package org.marrow.analysis.figure;

/**
 * A proportion with its confidence interval, as reported for a response rate: x of n, the
 * estimate x / n and the interval bounds (Clopper-Pearson in the reference trials, document 000
 * "Statistical analysis"). This is also the shape written to {@code results.json}: {@code
 * {"x":..,"n":..,"estimate":..,"lower":..,"upper":..}}.
 *
 * @param x number of subjects with the outcome
 * @param n number of subjects assessed (the denominator)
 * @param estimate the proportion, between 0 and 1
 * @param lower lower confidence bound, between 0 and estimate
 * @param upper upper confidence bound, between estimate and 1
 */
public record Rate(int x, int n, double estimate, double lower, double upper) {
    /**
     * Checks the rate.
     *
     * @throws IllegalArgumentException unless 0 <= x <= n, n >= 1 and 0 <= lower <= estimate <= upper
     *     <= 1
     */
    public Rate {
        if (n < 1) {
            throw new IllegalArgumentException("Number of subjects (" + n + ") must be >= 1");
        }
        if (x < 0 || x > n) {
            throw new IllegalArgumentException(
                    "Number of subjects with the outcome (" + x + ") must be between 0 and n (" + n + ")");
        }
        if (!(0 <= lower && lower <= estimate && estimate <= upper && upper <= 1)) {
            throw new IllegalArgumentException("Rate " + x + "/" + n + " needs 0 <= lower (" + lower + ") <= estimate ("
                    + estimate + ") <= upper (" + upper + ") <= 1");
        }
    }
}
