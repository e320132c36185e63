package org.marrow.stats.table;

/**
 * The result of Pearson's chi-square test on a table.
 *
 * @param statistic the chi-square statistic (NaN when a row or column total is 0, as in R)
 * @param degreesOfFreedom {@code (r - 1)(c - 1)}
 * @param p the upper-tail p-value of the chi-square distribution (NaN with a NaN statistic; R's NA)
 * @param expected the expected counts under independence, {@code expected[row][column]}
 * @param continuityCorrection the Yates correction subtracted from each {@code |O - E|}: 0 when none
 *     was applied, else {@code min(0.5, min |O - E|)}
 * @param smallExpectedCount true when an expected count is below 5, when R warns "Chi-squared
 *     approximation may be incorrect"
 */
public record ChiSquareResult(
        double statistic,
        int degreesOfFreedom,
        double p,
        double[][] expected,
        double continuityCorrection,
        boolean smallExpectedCount) {

    /**
     * Creates the result, copying the expected counts.
     *
     * @param statistic the chi-square statistic
     * @param degreesOfFreedom the degrees of freedom
     * @param p the p-value
     * @param expected the expected counts
     * @param continuityCorrection the correction applied
     * @param smallExpectedCount whether an expected count is below 5
     */
    public ChiSquareResult {
        expected = copy(expected);
    }

    /**
     * The expected counts under independence.
     *
     * @return a copy of the expected counts, {@code expected[row][column]}
     */
    @Override
    public double[][] expected() {
        return copy(expected);
    }

    private static double[][] copy(double[][] a) {
        double[][] c = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            c[i] = a[i].clone();
        }
        return c;
    }
}
