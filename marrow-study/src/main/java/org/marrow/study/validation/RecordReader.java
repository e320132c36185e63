package org.marrow.study.validation;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.marrow.clinical.message.Message;
import org.marrow.study.AdverseEvent;
import org.marrow.study.Dose;
import org.marrow.study.HistoryEntry;
import org.marrow.study.LabRecord;
import org.marrow.study.MutationRecord;
import org.marrow.study.StudyEvent;
import org.marrow.study.Subject;
import org.marrow.study.TransfusionRecord;
import org.marrow.study.Withdrawal;

/**
 * Reads study records from entries, each with every problem of every field reported at once: the
 * rules of {@link StudyValidation} applied to one entry after another. A record is returned only when
 * no problem refuses it; doubtful values are reported and the record is still returned.
 *
 * <p>A reader keeps the dates and numbers it has parsed, so that one reader per thread reads a large
 * data set quickly. Not thread-safe: use one per thread ({@link StudyValidation#reader()}).
 */
public final class RecordReader {
    private final Fields fields;
    private final DoseLimits doseLimits;

    RecordReader(LocalDate today, DoseLimits doseLimits) {
        this.fields = new Fields(today);
        this.doseLimits = doseLimits;
    }

    /**
     * Reads a subject: identifier, site, sex, birth date, weight and height in their {@link Limits},
     * dates in order (birth &lt; screened_on &lt;= enrolled_on &lt;= first_dose_on, none after today),
     * an arm exactly when enrolled.
     *
     * @param entry the fields
     * @param problems receives every problem
     * @return the subject, or empty if a problem refuses it
     */
    public Optional<Subject> subject(Entry entry, Problems problems) {
        return SubjectRules.read(fields.on(entry, problems));
    }

    /**
     * What the records of a subject entry need to know of the subject, read without reporting anything:
     * for an entry with errors, the identifier and dates that could be read, so that its records are
     * still checked against them.
     *
     * @param entry the subject's fields
     * @param source where the subject is recorded, for messages; empty if nowhere to point to
     * @return the context, without a death
     */
    public SubjectContext subjectContext(Entry entry, Optional<Message> source) {
        return SubjectRules.context(fields.on(entry, new Problems()), source);
    }

    /**
     * Reads a subject's withdrawal: a date on or after the enrolment date, only for an enrolled subject,
     * and a reason within {@link TextLimit#NOTE}.
     *
     * @param entry the fields {@code withdrawn_on} and {@code withdrawal_reason}
     * @param enrolledOn the subject's enrolment date, if enrolled
     * @param problems receives every problem
     * @return the withdrawal; empty if none is given or a problem refuses it
     */
    public Optional<Withdrawal> withdrawal(Entry entry, Optional<LocalDate> enrolledOn, Problems problems) {
        return SubjectRules.withdrawal(fields.on(entry, problems), enrolledOn);
    }

    /**
     * Reads a lab value: date, test, value and unit by the clinical rules, limits of normal.
     *
     * @param entry the fields
     * @param subject the subject it belongs to
     * @param problems receives every problem
     * @return the record, or empty if a problem refuses it or the subject is unknown
     */
    public Optional<LabRecord> lab(Entry entry, SubjectContext subject, Problems problems) {
        return LabRules.read(fields.on(entry, problems), subject);
    }

    /**
     * Reads a transfusion.
     *
     * @param entry the fields
     * @param subject the subject it belongs to
     * @param problems receives every problem
     * @return the record, or empty if a problem refuses it or the subject is unknown
     */
    public Optional<TransfusionRecord> transfusion(Entry entry, SubjectContext subject, Problems problems) {
        return TransfusionRules.read(fields.on(entry, problems), subject);
    }

    /**
     * Reads a dose, within the {@link DoseLimits} of this reader's validation.
     *
     * @param entry the fields
     * @param subject the subject it belongs to
     * @param problems receives every problem
     * @return the record, or empty if a problem refuses it or the subject is unknown
     */
    public Optional<Dose> dose(Entry entry, SubjectContext subject, Problems problems) {
        return DoseRules.read(fields.on(entry, problems), subject, doseLimits);
    }

    /**
     * Reads an adverse event: a CTCAE v5.0 term with a grade it defines.
     *
     * @param entry the fields
     * @param subject the subject it belongs to
     * @param problems receives every problem
     * @return the record, or empty if a problem refuses it or the subject is unknown
     */
    public Optional<AdverseEvent> adverseEvent(Entry entry, SubjectContext subject, Problems problems) {
        return AdverseEventRules.read(fields.on(entry, problems), subject);
    }

    /**
     * Reads a study event; a second death of a subject whose context has one is refused.
     *
     * @param entry the fields
     * @param subject the subject it belongs to
     * @param problems receives every problem
     * @return the record, or empty if a problem refuses it or the subject is unknown
     */
    public Optional<StudyEvent> event(Entry entry, SubjectContext subject, Problems problems) {
        return EventRules.read(fields.on(entry, problems), subject);
    }

    /**
     * Reads a screening history entry.
     *
     * @param entry the fields
     * @param subject the subject it belongs to
     * @param problems receives every problem
     * @return the record, or empty if a problem refuses it or the subject is unknown
     */
    public Optional<HistoryEntry> historyEntry(Entry entry, SubjectContext subject, Problems problems) {
        return HistoryRules.read(fields.on(entry, problems), subject);
    }

    /**
     * Reads a somatic mutation test result.
     *
     * @param entry the fields
     * @param subject the subject it belongs to
     * @param problems receives every problem
     * @return the record, or empty if a problem refuses it or the subject is unknown
     */
    public Optional<MutationRecord> mutation(Entry entry, SubjectContext subject, Problems problems) {
        return MutationRules.read(fields.on(entry, problems), subject);
    }

    static RecordReader of(LocalDate today, DoseLimits doseLimits) {
        return new RecordReader(
                Objects.requireNonNull(today, "today"), Objects.requireNonNull(doseLimits, "doseLimits"));
    }
}
