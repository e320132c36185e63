package org.marrow.stats.survival;

import java.util.List;

/**
 * The log-rank test of equal survival in k groups, R's {@code survdiff(Surv(time, event) ~ group,
 * rho = rho)} (survival 3.5.3): with {@code rho = 0} (the default) the log-rank test; otherwise the
 * G-rho test of Harrington and Fleming (1982), whose events are weighted by {@code S(t-)^rho}, S the
 * Kaplan-Meier estimate of all subjects ({@code rho = 1}: Peto-Peto). Observed and expected counts
 * are then weighted too, as R prints them.
 *
 * <p>The statistic is {@code (O - E)' V^-1 (O - E)} over the groups with a positive expected count,
 * less the first of them; {@code degreesOfFreedom} is the number of those groups minus one, and the
 * p-value is the upper tail of the chi-squared distribution with that many degrees of freedom. With
 * fewer than two such groups the statistic is 0 (and the p-value 0 for one group, NaN for none, as
 * R's {@code pchisq} gives). Where R stops because the variance matrix is singular (every subject at
 * risk has the event at every event time) the statistic and p-value are NaN.
 *
 * @param groups observed and expected events per group, in group order
 * @param chiSquare the log-rank chi-squared statistic ({@code chisq})
 * @param degreesOfFreedom the degrees of freedom
 * @param pValue the p-value ({@code pvalue})
 * @param rho the weight exponent of the G-rho family
 */
public record LogRankTest(
        List<LogRankGroup> groups, double chiSquare, int degreesOfFreedom, double pValue, double rho) {

    /**
     * Creates the result, copying the group list.
     *
     * @param groups observed and expected events per group
     * @param chiSquare the statistic
     * @param degreesOfFreedom the degrees of freedom
     * @param pValue the p-value
     * @param rho the weight exponent
     */
    public LogRankTest {
        groups = List.copyOf(groups);
    }
}
