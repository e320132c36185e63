package org.marrow.stats.survival;

/**
 * The survival curve read at a chosen time, as one row of R's {@code summary(fit, times = ...)}
 * (survival 3.5.3, default {@code extend = FALSE}).
 *
 * <p>A time after the curve's last follow-up time (the last event or censoring of that curve) is a
 * row R leaves out; here it is kept so that every curve answers every requested time, with {@code
 * surv}, {@code stdErr}, {@code lower} and {@code upper} NaN (R's NA), {@code nRisk} 0 and the counts
 * R would give with {@code extend = TRUE}.
 *
 * @param time the requested time
 * @param nRisk subjects at risk at the time (follow-up time >= time)
 * @param nEvent events after the previous requested time (in increasing order) up to and including
 *     this one; for the first requested time, all events up to it
 * @param nCensor censorings counted in the same way
 * @param surv the Kaplan-Meier estimate at the time (right-continuous: an event at the time counts)
 * @param stdErr the standard error of {@code surv}: {@code surv} times the Greenwood standard error
 *     of {@code -log(surv)}, as {@code summary()} prints it; NaN when {@code surv} is 0 and the
 *     log-scale error infinite
 * @param lower lower confidence bound, NaN where R gives NA
 * @param upper upper confidence bound, NaN where R gives NA
 */
public record SurvivalAt(
        double time, int nRisk, int nEvent, int nCensor, double surv, double stdErr, double lower, double upper) {

    /**
     * Whether the time lies after the curve's last follow-up time, where R reports nothing.
     *
     * @return true if {@link #surv()} is undefined for that reason
     */
    public boolean beyondFollowUp() {
        return Double.isNaN(surv);
    }
}
