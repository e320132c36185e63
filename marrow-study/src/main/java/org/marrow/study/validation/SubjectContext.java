package org.marrow.study.validation;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.marrow.clinical.message.Message;
import org.marrow.study.Subject;

/**
 * What the check of a subject's record needs to know of the subject: its identifier, its dates, its
 * death if recorded, and where the subject and the death are recorded (for a message such as
 * "on or after the subject's birth_date (1990-05-12, subjects.csv line 2)").
 *
 * @param subjectId the subject's identifier; empty if the record names no known subject (the caller
 *     has reported that), and then no record is built
 * @param birthDate the date of birth, if known
 * @param enrolledOn the enrolment date, if enrolled
 * @param firstDoseOn the first dose date, if treated
 * @param deathDate the date of death, if recorded
 * @param source where the subject is recorded, for messages; empty if there is nothing to point to
 * @param deathSource where the death is recorded, for messages
 */
public record SubjectContext(
        Optional<String> subjectId,
        Optional<LocalDate> birthDate,
        Optional<LocalDate> enrolledOn,
        Optional<LocalDate> firstDoseOn,
        Optional<LocalDate> deathDate,
        Optional<Message> source,
        Optional<Message> deathSource) {
    private static final SubjectContext UNKNOWN = new SubjectContext(
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty());

    /**
     * Checks the context.
     *
     * @throws NullPointerException if a component is null
     */
    public SubjectContext {
        Objects.requireNonNull(subjectId, "subjectId");
        Objects.requireNonNull(birthDate, "birthDate");
        Objects.requireNonNull(enrolledOn, "enrolledOn");
        Objects.requireNonNull(firstDoseOn, "firstDoseOn");
        Objects.requireNonNull(deathDate, "deathDate");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(deathSource, "deathSource");
    }

    /**
     * The context of a subject, with nothing to point to.
     *
     * @param subject the subject
     * @return the context, without a death
     */
    public static SubjectContext of(Subject subject) {
        return new SubjectContext(
                Optional.of(subject.subjectId()),
                Optional.of(subject.birthDate()),
                subject.enrolledOn(),
                subject.firstDoseOn(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty());
    }

    /**
     * The context of a record whose subject is not known: its fields are still checked, but no record
     * is built.
     *
     * @return the context
     */
    public static SubjectContext unknown() {
        return UNKNOWN;
    }

    /**
     * The same subject with its death.
     *
     * @param date the date of death
     * @param where where the death is recorded, if anywhere to point to
     * @return the context
     */
    public SubjectContext withDeath(LocalDate date, Optional<Message> where) {
        return new SubjectContext(subjectId, birthDate, enrolledOn, firstDoseOn, Optional.of(date), source, where);
    }

    /**
     * The same subject recorded elsewhere, for messages.
     *
     * @param where where the subject is recorded
     * @return the context
     */
    public SubjectContext recordedAt(Message where) {
        return new SubjectContext(
                subjectId, birthDate, enrolledOn, firstDoseOn, deathDate, Optional.of(where), deathSource);
    }
}
