package org.marrow.analysis.endpoint;

import java.util.List;
import org.marrow.analysis.table.StatTest;

/**
 * A time to event compared between groups by the protocol's test: the log-rank test over every
 * patient, or the Mann-Whitney test of the times of the patients who had the event (document 001:
 * "P = 0.000", "P = 0.019", "P = 0.030").
 *
 * @param endpoint the endpoint's code
 * @param groups the groups compared, in order
 * @param test the test
 * @param statistic the log-rank chi-square or the Mann-Whitney W of the first group
 * @param pValue the two-sided P value (NaN when the test is undefined)
 */
public record TimeSummaryComparison(
        String endpoint, List<Group> groups, StatTest test, double statistic, double pValue) {

    /**
     * Copies the groups.
     *
     * @throws NullPointerException if groups is null
     */
    public TimeSummaryComparison {
        groups = List.copyOf(groups);
    }
}
