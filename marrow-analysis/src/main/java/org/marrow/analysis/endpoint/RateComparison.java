package org.marrow.analysis.endpoint;

import java.util.List;
import org.marrow.analysis.table.StatTest;

/**
 * A rate compared between groups at a timepoint (document 000: 3-month ORR VSAA 4/13 vs SAA 24/30,
 * Fisher P = 0.0041; document 001: CR at 3 months 21.9% vs 5.2%, chi-squared P = 0.005).
 *
 * @param timepoint the short label, for example {@code "M3"}
 * @param measure the rate compared
 * @param groups the groups' rates, in group order
 * @param test the analysis plan's test of rates
 * @param pValue the two-sided P value; NaN (null in JSON) when the test is undefined (an outcome
 *     no group has, or every subject has)
 */
public record RateComparison(
        String timepoint, RateMeasure measure, List<GroupRate> groups, StatTest test, double pValue) {
    /** Copies the groups. */
    public RateComparison {
        groups = List.copyOf(groups);
    }
}
