package org.marrow.analysis.endpoint;

import java.util.Optional;
import org.marrow.study.EventType;

/**
 * Why a subject's follow-up ended before the protocol's last visit: the study events that take a
 * subject out of the response analysis (document 000 "Statistical analysis": patients who died,
 * were transplanted or lost count as non-responders in ITT). Declared in order of precedence: of
 * two exits on the same day, the earlier constant is the reason.
 */
public enum ExitReason {
    /** Death from any cause. */
    DEATH(EventType.DEATH),
    /** Haematopoietic stem cell transplantation. */
    HSCT(EventType.HSCT),
    /** Withdrawal of consent or from the study. */
    WITHDRAWN(EventType.WITHDRAWN),
    /** Lost to follow-up. */
    LOST_TO_FOLLOW_UP(EventType.LOST_TO_FOLLOW_UP);

    private final EventType event;

    ExitReason(EventType event) {
        this.event = event;
    }

    /**
     * The study event ({@code events.csv}) recording this exit.
     *
     * @return the event type
     */
    public EventType event() {
        return event;
    }

    /**
     * The exit a study event records.
     *
     * @param type the event type
     * @return the exit, empty for an event that does not end follow-up (relapse, clonal evolution)
     * @throws IllegalArgumentException if type is null
     */
    public static Optional<ExitReason> of(EventType type) {
        if (type == null) {
            throw new IllegalArgumentException("Event type must not be null");
        }
        for (ExitReason r : values()) {
            if (r.event == type) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }
}
