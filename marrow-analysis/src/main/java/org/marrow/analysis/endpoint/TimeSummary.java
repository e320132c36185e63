package org.marrow.analysis.endpoint;

import org.marrow.protocol.design.TimeToEventSummary;

/**
 * A time to event summarised for one group the way the protocol's {@code time_to_event} asks: the
 * Kaplan-Meier median with its confidence interval (document 000), or the median and range of the
 * times of the patients who had the event (document 001: "median time to first response was 56 days
 * and 77 days").
 *
 * @param endpoint the endpoint's code, e.g. {@code time-to-response} or {@code time-to-plat-100}
 * @param event the event in words, e.g. {@code response} or {@code PLAT >= 100 10^9/L}
 * @param group the group, {@link Group#ALL} for all subjects
 * @param summary how the times are summarised
 * @param n subjects
 * @param events subjects with the event
 * @param median the median, days (NaN when the curve does not reach 0.5, or nobody had the event)
 * @param lower the median's lower confidence limit (Kaplan-Meier; NaN otherwise or when not reached)
 * @param upper the median's upper confidence limit (Kaplan-Meier; NaN otherwise or when not reached)
 * @param min the shortest time among the events (median among events; NaN otherwise)
 * @param max the longest time among the events (median among events; NaN otherwise)
 */
public record TimeSummary(
        String endpoint,
        String event,
        Group group,
        TimeToEventSummary.Summary summary,
        int n,
        int events,
        double median,
        double lower,
        double upper,
        double min,
        double max) {}
