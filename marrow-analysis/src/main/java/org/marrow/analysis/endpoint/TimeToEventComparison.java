package org.marrow.analysis.endpoint;

import java.util.List;
import org.marrow.analysis.table.StatTest;

/**
 * A time-to-event endpoint compared between groups by the log-rank test (R {@code
 * survival::survdiff}; document 001: time to response and to CR, hetrombopag vs control).
 *
 * @param endpoint the endpoint
 * @param groups the groups, in order
 * @param test the test
 * @param chiSquare the log-rank statistic
 * @param degreesOfFreedom its degrees of freedom
 * @param pValue the P value
 */
public record TimeToEventComparison(
        TimeToEventEndpoint endpoint,
        List<Group> groups,
        StatTest test,
        double chiSquare,
        int degreesOfFreedom,
        double pValue) {
    /** Copies the groups. */
    public TimeToEventComparison {
        groups = List.copyOf(groups);
    }
}
