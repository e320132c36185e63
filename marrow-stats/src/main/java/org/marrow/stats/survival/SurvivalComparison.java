package org.marrow.stats.survival;

import java.util.List;

/**
 * Kaplan-Meier curves of several groups, the curve of all subjects together, and the log-rank test
 * between the groups: R's {@code survfit(Surv(time, event) ~ 1)}, {@code survfit(Surv(time, event) ~
 * group)} and {@code survdiff(Surv(time, event) ~ group)} on the same data.
 *
 * @param overall the curve of all subjects, named {@code "all"}
 * @param groups one curve per group, in group order
 * @param logRank the log-rank test
 */
public record SurvivalComparison(SurvivalCurve overall, List<SurvivalCurve> groups, LogRankTest logRank) {

    /**
     * Creates the result, copying the group list.
     *
     * @param overall the curve of all subjects
     * @param groups one curve per group
     * @param logRank the log-rank test
     */
    public SurvivalComparison {
        groups = List.copyOf(groups);
    }
}
