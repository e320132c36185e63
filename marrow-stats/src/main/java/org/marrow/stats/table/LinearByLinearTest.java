package org.marrow.stats.table;

import org.apache.commons.statistics.distribution.ChiSquaredDistribution;

/**
 * The linear-by-linear association test of an r x c table (Mantel-Haenszel chi-square for ordered
 * categories; SPSS Crosstabs "Linear-by-Linear Association"): {@code M^2 = (N - 1) r^2} on one degree
 * of freedom, where {@code r} is Pearson's correlation of the row and column scores 1, 2, ... weighted
 * by the counts (Agresti, Categorical Data Analysis, 3rd ed., section 3.4.1). For a 2 x 2 table it is
 * {@code (N - 1) / N} times Pearson's chi-square statistic. R has no function of this name in package
 * stats; the fixtures compute {@code (N - 1) * cor(x, y)^2} with {@code cor} of the expanded scores.
 */
public final class LinearByLinearTest {
    private LinearByLinearTest() {}

    /**
     * Tests linear association of the rows and columns of a table.
     *
     * @param table the counts
     * @return the statistic and its upper-tail p-value on one degree of freedom; both NaN when a row or
     *     column score has no spread (a single row or column with counts, or N below 2)
     * @throws IllegalArgumentException if the table is null
     */
    public static LinearByLinearResult test(ContingencyTable table) {
        if (table == null) {
            throw new IllegalArgumentException("Table must not be null");
        }
        double n = table.total();
        double sx = 0;
        double sy = 0;
        double sxx = 0;
        double syy = 0;
        double sxy = 0;
        for (int i = 0; i < table.rows(); i++) {
            for (int j = 0; j < table.columns(); j++) {
                double c = table.count(i, j);
                double x = i + 1;
                double y = j + 1;
                sx += c * x;
                sy += c * y;
                sxx += c * x * x;
                syy += c * y * y;
                sxy += c * x * y;
            }
        }
        double vx = sxx - sx * sx / n;
        double vy = syy - sy * sy / n;
        if (!(n >= 2 && vx > 0 && vy > 0)) {
            return new LinearByLinearResult(Double.NaN, Double.NaN);
        }
        double r = (sxy - sx * sy / n) / Math.sqrt(vx * vy);
        double statistic = (n - 1) * r * r;
        return new LinearByLinearResult(statistic, ChiSquaredDistribution.of(1).survivalProbability(statistic));
    }
}
