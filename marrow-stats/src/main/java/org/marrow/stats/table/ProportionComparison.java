package org.marrow.stats.table;

/**
 * Two groups compared on a yes/no outcome (e.g. 3-month response, VSAA 4/13 vs SAA 24/30): the 2x2
 * table {@code aEvents, aTotal - aEvents; bEvents, bTotal - bEvents} with Fisher's exact test, the
 * conditional odds ratio (group A vs group B) and Pearson's chi-square test with and without
 * Yates' correction, each as R computes it ({@code fisher.test}, {@code chisq.test}).
 *
 * @param table the 2x2 table, group A in the first row, events in the first column
 * @param fisherP the two-sided p-value of Fisher's exact test
 * @param oddsRatio the conditional MLE odds ratio with its 95% confidence interval
 * @param pearson the chi-square test without continuity correction
 * @param yates the chi-square test with Yates' continuity correction (R's default)
 */
public record ProportionComparison(
        ContingencyTable table,
        double fisherP,
        OddsRatioEstimate oddsRatio,
        ChiSquareResult pearson,
        ChiSquareResult yates) {

    /**
     * Compares the proportions {@code aEvents / aTotal} and {@code bEvents / bTotal}.
     *
     * @param aEvents events in group A
     * @param aTotal size of group A
     * @param bEvents events in group B
     * @param bTotal size of group B
     * @return the table and the tests
     * @throws IllegalArgumentException if a group size is below 1, or an event count is negative or
     *     larger than its group
     */
    public static ProportionComparison of(int aEvents, int aTotal, int bEvents, int bTotal) {
        check("A", aEvents, aTotal);
        check("B", bEvents, bTotal);
        ContingencyTable t =
                ContingencyTable.of(new int[][] {{aEvents, aTotal - aEvents}, {bEvents, bTotal - bEvents}});
        return new ProportionComparison(
                t,
                FisherTest.pValue(t),
                FisherTest.oddsRatio(t, 0.95),
                ChiSquareTest.PEARSON.test(t),
                ChiSquareTest.YATES.test(t));
    }

    private static void check(String group, int events, int total) {
        if (total < 1) {
            throw new IllegalArgumentException("Size of group " + group + " (" + total + ") must be >= 1");
        }
        if (events < 0 || events > total) {
            throw new IllegalArgumentException("Events in group " + group + " (" + events
                    + ") must be between 0 and the group size (" + total + ")");
        }
    }
}
