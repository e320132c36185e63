package org.marrow.study;

import java.util.Optional;

/** The type of a study event in {@code events.csv} (written exactly as the constant's name). */
public enum EventType {
    /** Haematopoietic stem cell transplantation. */
    HSCT,
    /** Death from any cause. */
    DEATH,
    /** Relapse after a response. */
    RELAPSE,
    /** Clonal evolution (MDS, AML, a new cytogenetic abnormality). */
    CLONAL_EVOLUTION,
    /** Withdrawal of consent or from the study. */
    WITHDRAWN,
    /** Lost to follow-up. */
    LOST_TO_FOLLOW_UP;

    /**
     * Finds a type by its name (case-sensitive).
     *
     * @param name e.g. {@code "HSCT"}
     * @return the type, or empty
     */
    public static Optional<EventType> byName(String name) {
        for (EventType type : values()) {
            if (type.name().equals(name)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
