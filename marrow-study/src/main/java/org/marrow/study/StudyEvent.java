package org.marrow.study;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A row of {@code events.csv}: an event that changes a subject's course (transplant, death,
 * relapse, clonal evolution, withdrawal, loss to follow-up), as used by time-to-event analyses.
 *
 * @param subjectId the subject
 * @param date the date of the event
 * @param type the type
 * @param note free text, may be empty
 */
public record StudyEvent(String subjectId, LocalDate date, EventType type, String note) {

    /**
     * Checks the event.
     *
     * @throws NullPointerException if a component is null
     */
    public StudyEvent {
        Objects.requireNonNull(subjectId, "subjectId");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(note, "note");
    }
}
