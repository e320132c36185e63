package org.marrow.study.validation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import org.marrow.clinical.message.Message;
import org.marrow.study.AdverseEvent;
import org.marrow.study.Dose;
import org.marrow.study.HistoryEntry;
import org.marrow.study.LabRecord;
import org.marrow.study.MutationRecord;
import org.marrow.study.RecordField;
import org.marrow.study.RecordType;
import org.marrow.study.StudyEvent;
import org.marrow.study.Subject;
import org.marrow.study.SubjectRecords;
import org.marrow.study.TransfusionRecord;

/**
 * The one validation of the study's source records, used by every entry path: the data set reader, the
 * REST API and the pages. It reads each kind of record from an {@link Entry} and reports every problem
 * of every field at once, each with the field, the value and what was expected ({@link Problem}); a
 * record that has an error is never built.
 *
 * <p>The rules, each with its limit:
 * <ul>
 *   <li>dates: YYYY-MM-DD, from {@link Limits#EARLIEST_DATE} to today (every date of a source record is
 *       observed, none planned); birth &lt; screening &lt;= enrolment &lt;= first dose; a withdrawal
 *       needs an enrolment; labs, transfusions, doses, adverse events, events and screening history
 *       not before birth; labs, transfusions, doses and adverse events after a recorded death doubtful;
 *       a change of a subject's birth date that puts existing records before it refused
 *       ({@link #subjectChange});
 *   <li>numbers: weight, height and transfusion units within {@link Limits}, whole numbers where whole
 *       numbers are counted (no overflow, no fraction); lab values by the clinical rules of
 *       {@code LabValue} (impossible refused, implausible doubtful); doses within {@link DoseLimits};
 *       limits of normal above zero with the lower below the upper;
 *   <li>text: the lengths of {@link TextLimit};
 *   <li>adverse events: a CTCAE v5.0 term ({@code CtcaeCatalogue}) and a grade the term defines;
 *   <li>somatic mutations: a gene symbol with a variant and a VAF above 0 and at most 100 %, or
 *       {@code none} detected ({@code MutationRules}).
 * </ul>
 * Today is given, never read from a clock here, so a check gives the same answer in a test and in
 * production.
 */
public final class StudyValidation {
    private final LocalDate today;
    private final DoseLimits doseLimits;

    private StudyValidation(LocalDate today, DoseLimits doseLimits) {
        this.today = today;
        this.doseLimits = doseLimits;
    }

    /**
     * The validation with the default limits.
     *
     * @param today the date no observed date may be after
     * @return the validation
     * @throws NullPointerException if today is null
     */
    public static StudyValidation asOf(LocalDate today) {
        return new StudyValidation(Objects.requireNonNull(today, "today"), DoseLimits.defaults());
    }

    /**
     * The same validation with dose limits narrowed, e.g. to a protocol's regimen.
     *
     * @param limits the narrower limits; a dose must be within these and the defaults
     * @return the validation
     * @throws NullPointerException if limits is null
     */
    public StudyValidation narrowedBy(DoseLimits limits) {
        return new StudyValidation(today, doseLimits.narrowedBy(Objects.requireNonNull(limits, "limits")));
    }

    /**
     * The date no observed date may be after.
     *
     * @return today
     */
    public LocalDate today() {
        return today;
    }

    /**
     * The dose limits applied.
     *
     * @return the limits
     */
    public DoseLimits doseLimits() {
        return doseLimits;
    }

    /**
     * A reader of records by these rules, for one thread.
     *
     * @return a new reader
     */
    public RecordReader reader() {
        return RecordReader.of(today, doseLimits);
    }

    /**
     * Reads and checks a subject.
     *
     * @param entry the fields
     * @return the subject or its problems
     */
    public Checked<Subject> subject(Entry entry) {
        Problems problems = new Problems();
        return new Checked<>(reader().subject(entry, problems), problems.list());
    }

    /**
     * Reads and checks a lab value.
     *
     * @param entry the fields
     * @param subject the subject it belongs to, with a known identifier
     * @return the record or its problems
     */
    public Checked<LabRecord> lab(Entry entry, SubjectContext subject) {
        return check(entry, subject, (r, p) -> r.lab(entry, subject, p));
    }

    /**
     * Reads and checks a transfusion.
     *
     * @param entry the fields
     * @param subject the subject it belongs to, with a known identifier
     * @return the record or its problems
     */
    public Checked<TransfusionRecord> transfusion(Entry entry, SubjectContext subject) {
        return check(entry, subject, (r, p) -> r.transfusion(entry, subject, p));
    }

    /**
     * Reads and checks a dose.
     *
     * @param entry the fields
     * @param subject the subject it belongs to, with a known identifier
     * @return the record or its problems
     */
    public Checked<Dose> dose(Entry entry, SubjectContext subject) {
        return check(entry, subject, (r, p) -> r.dose(entry, subject, p));
    }

    /**
     * Reads and checks an adverse event.
     *
     * @param entry the fields
     * @param subject the subject it belongs to, with a known identifier
     * @return the record or its problems
     */
    public Checked<AdverseEvent> adverseEvent(Entry entry, SubjectContext subject) {
        return check(entry, subject, (r, p) -> r.adverseEvent(entry, subject, p));
    }

    /**
     * Reads and checks a study event.
     *
     * @param entry the fields
     * @param subject the subject it belongs to, with a known identifier and its death if recorded
     * @return the record or its problems
     */
    public Checked<StudyEvent> event(Entry entry, SubjectContext subject) {
        return check(entry, subject, (r, p) -> r.event(entry, subject, p));
    }

    /**
     * Reads and checks a screening history entry.
     *
     * @param entry the fields
     * @param subject the subject it belongs to, with a known identifier
     * @return the record or its problems
     */
    public Checked<HistoryEntry> historyEntry(Entry entry, SubjectContext subject) {
        return check(entry, subject, (r, p) -> r.historyEntry(entry, subject, p));
    }

    /**
     * Reads and checks a somatic mutation test result.
     *
     * @param entry the fields
     * @param subject the subject it belongs to, with a known identifier
     * @return the record or its problems
     */
    public Checked<MutationRecord> mutation(Entry entry, SubjectContext subject) {
        return check(entry, subject, (r, p) -> r.mutation(entry, subject, p));
    }

    private <T> Checked<T> check(
            Entry entry, SubjectContext subject, BiFunction<RecordReader, Problems, Optional<T>> read) {
        if (subject.subjectId().isEmpty()) {
            throw new IllegalArgumentException("The subject of a record checked alone must be known");
        }
        Problems problems = new Problems();
        return new Checked<>(read.apply(reader(), problems), problems.list());
    }

    /**
     * The problems a changed subject has with its existing records: a birth date after any of them is
     * refused (no record may come before birth). The web application checks an edit of a subject with
     * it before storing the edit.
     *
     * @param changed the subject as it would be after the change
     * @param existing the subject's records
     * @return the problems, empty if the change keeps every record valid
     */
    public List<Problem> subjectChange(Subject changed, SubjectRecords existing) {
        List<Problem> problems = new ArrayList<>();
        Earliest earliest = new Earliest();
        existing.labs().forEach(l -> earliest.offer(l.date(), RecordType.LABS));
        existing.transfusions().forEach(t -> earliest.offer(t.date(), RecordType.TRANSFUSIONS));
        existing.doses().forEach(d -> earliest.offer(d.date(), RecordType.DOSES));
        existing.adverseEvents().forEach(a -> earliest.offer(a.startDate(), RecordType.ADVERSE_EVENTS));
        existing.events().forEach(e -> earliest.offer(e.date(), RecordType.EVENTS));
        existing.screeningHistory()
                .forEach(h -> h.date().ifPresent(d -> earliest.offer(d, RecordType.SCREENING_HISTORY)));
        existing.mutations().forEach(m -> earliest.offer(m.date(), RecordType.MUTATIONS));
        if (earliest.date != null && earliest.date.isBefore(changed.birthDate())) {
            problems.add(new Problem(
                    Problem.Kind.EXPECTED,
                    RecordField.BIRTH_DATE,
                    changed.birthDate().toString(),
                    Message.of("study.subject.birthBeforeRecords", earliest.date, earliest.type)));
        }
        return problems;
    }

    /** The earliest date among a subject's records, and the kind of record it is on. */
    private static final class Earliest {
        LocalDate date;
        RecordType type;

        void offer(LocalDate candidate, RecordType kind) {
            if (date == null || candidate.isBefore(date)) {
                date = candidate;
                type = kind;
            }
        }
    }
}
