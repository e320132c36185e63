package org.marrow.analysis.figure;

import java.util.List;

/**
 * One patient's lane of a swimmer plot: the follow-up from time 0 to {@code end}, coloured by
 * response category, with event markers and an arrow when the patient is still in follow-up.
 *
 * @param subject the patient's label, for example the study number
 * @param end the end of follow-up (last contact, death), > 0
 * @param ongoing whether the patient is still in follow-up (drawn as an arrow)
 * @param spans the response categories over time, in time order, not overlapping, within [0, end]
 * @param events the events, within [0, end]
 */
public record SwimmerLane(
        String subject, double end, boolean ongoing, List<ResponseSpan> spans, List<SwimmerEvent> events) {
    /**
     * Checks the lane.
     *
     * @throws IllegalArgumentException if the subject is blank, end is not a positive finite
     *     number, spans overlap, are out of order or go past end, or an event falls after end
     */
    public SwimmerLane {
        Checks.text(subject, "Swimmer lane subject");
        if (!(end > 0) || Double.isInfinite(end)) {
            throw new IllegalArgumentException(
                    "Subject " + subject + ": end of follow-up (" + end + ") must be a finite number > 0");
        }
        Checks.count(spans, 0, Integer.MAX_VALUE, "Response spans of subject " + subject);
        Checks.count(events, 0, Integer.MAX_VALUE, "Events of subject " + subject);
        spans = List.copyOf(spans);
        events = List.copyOf(events);
        double last = 0;
        for (ResponseSpan s : spans) {
            if (s.start() < last) {
                throw new IllegalArgumentException("Subject " + subject + ": response span starting at " + s.start()
                        + " overlaps or precedes the previous one ending at " + last);
            }
            if (s.end() > end) {
                throw new IllegalArgumentException("Subject " + subject + ": response span ending at " + s.end()
                        + " goes past the end of follow-up (" + end + ")");
            }
            last = s.end();
        }
        for (SwimmerEvent e : events) {
            if (e.time() > end) {
                throw new IllegalArgumentException("Subject " + subject + ": "
                        + e.kind().label() + " at " + e.time() + " is after the end of follow-up (" + end + ")");
            }
        }
    }
}
