package org.marrow.stats.survival;

/**
 * One group's line of a log-rank test, as printed by R's {@code survdiff}.
 *
 * @param group the group name
 * @param n the number of subjects ({@code N})
 * @param observed the number of events ({@code Observed})
 * @param expected the number of events expected under equal hazards ({@code Expected})
 */
public record LogRankGroup(String group, int n, double observed, double expected) {}
