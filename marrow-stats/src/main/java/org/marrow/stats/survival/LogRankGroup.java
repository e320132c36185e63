package org.marrow.stats.survival;

/**
 * One group's line of a log-rank test, as printed by R's {@code survdiff}.
 *
 * @param group the group name
 * @param n the number of subjects ({@code N})
 * @param observed the number of events ({@code Observed}; weighted by {@code S(t-)^rho} when rho is not 0)
 * @param expected the number of events expected under equal hazards ({@code Expected}; weighted likewise)
 */
public record LogRankGroup(String group, int n, double observed, double expected) {}
