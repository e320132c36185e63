package org.marrow.analysis.endpoint;

import java.util.OptionalInt;
import org.marrow.study.EventType;

/**
 * The time-to-event endpoints of the reference documents, in report order: time to first response
 * (document 000 "median time to first PR was 86 days"; document 001), to superior response
 * (document 000, 131 days) and to CR (document 001). Time is the study day of the first assessment
 * meeting the criteria.
 */
public enum TimeToEventEndpoint {
    /** Time to the first response (CR, VGPR, GPR or PR). */
    TIME_TO_RESPONSE("time-to-response", "response"),
    /** Time to the first superior response (CR, VGPR or GPR). */
    TIME_TO_SUPERIOR_RESPONSE("time-to-superior-response", "superior response"),
    /** Time to the first CR. */
    TIME_TO_CR("time-to-cr", "cr");

    private final String code;
    private final String event;

    TimeToEventEndpoint(String code, String event) {
        this.code = code;
        this.event = event;
    }

    /**
     * The endpoint's name in {@code results.json}, tables and figure file names (as protocols name
     * the measure).
     *
     * @return for example {@code "time-to-response"}
     */
    public String code() {
        return code;
    }

    /**
     * The event, as figure titles and captions name it.
     *
     * @return for example {@code "superior response"}
     */
    public String event() {
        return event;
    }

    /**
     * The study day of a subject's event.
     *
     * @param s the subject
     * @return the first day with the event, empty if it did not happen
     */
    OptionalInt day(SubjectEndpoints s) {
        return switch (this) {
            case TIME_TO_RESPONSE -> s.firstResponseDay();
            case TIME_TO_SUPERIOR_RESPONSE -> s.firstSuperiorDay();
            case TIME_TO_CR -> s.firstCrDay();
        };
    }

    /**
     * A subject's time for this endpoint, as every analysis of it takes it ({@link EventTime}).
     *
     * @param s the subject
     * @return the day and status
     * @throws NullPointerException if s is null
     */
    public EventTime time(SubjectEndpoints s) {
        OptionalInt e = day(s);
        if (e.isPresent()) {
            return new EventTime(e.getAsInt(), EventTime.Status.EVENT);
        }
        OptionalInt death = s.day(EventType.DEATH);
        OptionalInt hsct = s.day(EventType.HSCT);
        if (death.isPresent() || hsct.isPresent()) {
            int day = Math.min(death.orElse(Integer.MAX_VALUE), hsct.orElse(Integer.MAX_VALUE));
            return new EventTime(day, EventTime.Status.COMPETING);
        }
        return new EventTime(s.followUpDay(), EventTime.Status.CENSORED);
    }
}
