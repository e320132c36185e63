package org.marrow.analysis.endpoint;

import java.util.List;

/**
 * A time-to-event endpoint in one group: the Kaplan-Meier median with its confidence interval (R
 * {@code survfit(Surv(time, event) ~ 1)}, log interval, as {@code print} shows it) and, when the plan
 * treats HSCT and death as competing events, the cumulative incidence of the event at the protocol
 * timepoints (R {@code cmprsk::cuminc}, log(-log) interval). Time is the study day of the first
 * assessment meeting the criteria; subjects without the event are censored at the end of follow-up
 * (in the Kaplan-Meier analysis also at HSCT or death).
 *
 * @param endpoint the endpoint
 * @param group the group, {@link Group#ALL} for every subject
 * @param n subjects
 * @param events subjects with the event
 * @param competingEvents subjects with HSCT or death before the event
 * @param median the median time in days; NaN (null) if the curve does not reach 0.5
 * @param lower its lower confidence limit, NaN (null) if not reached
 * @param upper its upper confidence limit, NaN (null) if not reached
 * @param cumulativeIncidence the cumulative incidence at the timepoints' target days, or at the
 *     last follow-up time if that is earlier (cmprsk gives NA past it); empty without competing
 *     events
 */
public record TimeToEvent(
        TimeToEventEndpoint endpoint,
        Group group,
        int n,
        int events,
        int competingEvents,
        double median,
        double lower,
        double upper,
        List<IncidenceAt> cumulativeIncidence) {

    /** Copies the list. */
    public TimeToEvent {
        cumulativeIncidence = List.copyOf(cumulativeIncidence);
    }

    /**
     * The cumulative incidence at a day.
     *
     * @param timepoint the short label of the timepoint whose target day it is
     * @param day the study day of the estimate (the target day, or the last follow-up time if earlier)
     * @param estimate the cumulative incidence
     * @param lower the lower confidence bound
     * @param upper the upper confidence bound
     */
    public record IncidenceAt(String timepoint, int day, double estimate, double lower, double upper) {}
}
