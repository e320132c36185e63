package org.marrow.stats.table;

import org.apache.commons.statistics.inference.FisherExactTest;

/**
 * Fisher's exact test of independence for a 2x2 table and its Freeman-Halton extension to r x c
 * tables, two-sided, as R {@code fisher.test(x)}: the p-value is the sum of the probabilities, given the
 * margins, of the tables at most {@code 1 + 1e-7} times as probable as the observed one.
 *
 * <p>A 2x2 table uses Apache Commons Statistics {@link FisherExactTest}. A larger table is solved by
 * enumerating the tables with the observed margins, settling whole subtrees at once where bounds
 * allow. When that would take more than {@link #MAX_TABLES} steps or hold more than 4,000,000 partial
 * tables in memory (about 130 MB), or the total exceeds {@link #MAX_TOTAL}, the test refuses with an
 * {@link IllegalArgumentException} naming the table size, total and limit, instead of running for
 * minutes or exhausting memory. R's network algorithm (FEXACT) reaches some larger
 * tables; use the chi-square test for those.
 */
public final class FisherTest {
    /** The most enumeration steps (tables or settled subtrees) of an r x c table, about a second of work. */
    public static final long MAX_TABLES = 10_000_000L;

    /** The largest total of an r x c table (not 2x2) that the enumeration accepts. */
    public static final int MAX_TOTAL = 100_000;

    private FisherTest() {}

    /**
     * The two-sided p-value of Fisher's exact test, as R {@code fisher.test(x)$p.value}.
     *
     * @param table the counts (a row or column total of 0 is allowed)
     * @return the p-value in [0, 1]
     * @throws IllegalArgumentException if the table is null, or is larger than 2x2 and its total
     *     exceeds {@link #MAX_TOTAL} or its enumeration needs more than {@link #MAX_TABLES} steps or
     *     4,000,000 partial tables in memory
     */
    public static double pValue(ContingencyTable table) {
        if (table == null) {
            throw new IllegalArgumentException("Table must not be null");
        }
        if (table.isTwoByTwo()) {
            double p = FisherExactTest.withDefaults().test(table.counts()).getPValue();
            return Math.max(0, Math.min(1, p));
        }
        if (table.total() > MAX_TOTAL) {
            throw new IllegalArgumentException("Fisher's exact test on a " + table.size() + " table with total "
                    + table.total() + ": the total must be <= " + MAX_TOTAL
                    + " for exact enumeration; use the chi-square test");
        }
        return TableEnumeration.pValue(table, MAX_TABLES);
    }

    /**
     * The conditional maximum likelihood estimate of the odds ratio of a 2x2 table and its exact
     * two-sided confidence interval, as R {@code fisher.test(x, conf.level = confidenceLevel)} reports
     * in {@code estimate} and {@code conf.int}. The odds ratio is that of the top-left count:
     * {@code (a/b) / (c/d)} for the table {@code a b; c d}.
     *
     * @param table a 2x2 table
     * @param confidenceLevel the confidence level, e.g. 0.95
     * @return the estimate and interval
     * @throws IllegalArgumentException if the table is null or not 2x2, or the confidence level is not
     *     strictly between 0 and 1 (NaN included)
     */
    public static OddsRatioEstimate oddsRatio(ContingencyTable table, double confidenceLevel) {
        if (table == null) {
            throw new IllegalArgumentException("Table must not be null");
        }
        if (!table.isTwoByTwo()) {
            throw new IllegalArgumentException("The odds ratio needs a 2x2 table, this table is " + table.size());
        }
        if (!(confidenceLevel > 0 && confidenceLevel < 1)) {
            throw new IllegalArgumentException(
                    "Confidence level (" + confidenceLevel + ") must be strictly between 0 and 1");
        }
        return ConditionalOddsRatio.estimate(table, confidenceLevel);
    }
}
