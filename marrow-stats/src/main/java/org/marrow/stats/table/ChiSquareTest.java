package org.marrow.stats.table;

import org.apache.commons.statistics.distribution.ChiSquaredDistribution;

/**
 * Pearson's chi-square test of independence for an r x c table, as R {@code chisq.test(x, correct = ...)}
 * (without simulated p-values).
 *
 * <p>Expected counts are {@code rowTotal * columnTotal / total}; the statistic is the sum over the
 * cells of {@code (|O - E| - Y)^2 / E} on {@code (r - 1)(c - 1)} degrees of freedom, where the Yates
 * correction {@code Y = min(0.5, min |O - E|)} is applied only to 2x2 tables, as R does. A row or
 * column whose total is 0 gives an expected count of 0 and, as in R, a NaN statistic and p-value.
 */
public enum ChiSquareTest {
    /** Without continuity correction: R {@code chisq.test(x, correct = FALSE)}. */
    PEARSON,
    /**
     * With Yates' continuity correction on a 2x2 table (R's default {@code chisq.test(x)}); other
     * tables get no correction, as in R.
     */
    YATES;

    /** R warns "Chi-squared approximation may be incorrect" when an expected count is below this. */
    private static final double SMALL_EXPECTED = 5;

    /**
     * Tests independence of the rows and columns of a table.
     *
     * @param table the counts
     * @return the statistic, degrees of freedom, p-value and expected counts
     * @throws IllegalArgumentException if the table is null
     */
    public ChiSquareResult test(ContingencyTable table) {
        if (table == null) {
            throw new IllegalArgumentException("Table must not be null");
        }
        int r = table.rows();
        int c = table.columns();
        double n = table.total();
        double[][] expected = new double[r][c];
        boolean small = false;
        double minDeviation = Double.POSITIVE_INFINITY;
        for (int i = 0; i < r; i++) {
            for (int j = 0; j < c; j++) {
                expected[i][j] = (double) table.rowTotal(i) * table.columnTotal(j) / n;
                small |= expected[i][j] < SMALL_EXPECTED;
                minDeviation = Math.min(minDeviation, Math.abs(table.count(i, j) - expected[i][j]));
            }
        }
        double correction = this == YATES && table.isTwoByTwo() ? Math.min(0.5, minDeviation) : 0;
        double statistic = 0;
        // Column-major, the order in which R sums the matrix.
        for (int j = 0; j < c; j++) {
            for (int i = 0; i < r; i++) {
                double d = Math.abs(table.count(i, j) - expected[i][j]) - correction;
                statistic += d * d / expected[i][j];
            }
        }
        int df = (r - 1) * (c - 1);
        double p = Double.isNaN(statistic)
                ? Double.NaN
                : ChiSquaredDistribution.of(df).survivalProbability(statistic);
        return new ChiSquareResult(statistic, df, p, expected, correction, small);
    }
}
