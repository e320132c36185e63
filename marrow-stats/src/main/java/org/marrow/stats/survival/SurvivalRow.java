package org.marrow.stats.survival;

/**
 * One row of a Kaplan-Meier survival table: a distinct time at which at least one subject of the
 * curve had an event or was censored, as the components of an R {@code survfit} object.
 *
 * @param time the time ({@code time})
 * @param nRisk subjects still at risk just before the time ({@code n.risk})
 * @param nEvent events at the time ({@code n.event})
 * @param nCensor censorings at the time ({@code n.censor}); events count before censorings at a tie
 * @param surv the Kaplan-Meier estimate just after the time ({@code surv})
 * @param stdErr the Greenwood standard error of {@code -log(surv)}, exactly R's {@code
 *     fit$std.err}; infinite once every subject at risk has had the event. {@code summary()} prints
 *     {@code surv * stdErr} instead (see {@link SurvivalAt#stdErr()})
 * @param lower lower confidence bound ({@code lower}), NaN where R gives NA
 * @param upper upper confidence bound ({@code upper}), NaN where R gives NA
 */
public record SurvivalRow(
        double time, int nRisk, int nEvent, int nCensor, double surv, double stdErr, double lower, double upper) {}
