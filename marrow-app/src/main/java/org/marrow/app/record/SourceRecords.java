package org.marrow.app.record;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.marrow.app.audit.AuditTrail;
import org.marrow.app.security.Caller;
import org.marrow.app.security.SiteScope;
import org.marrow.app.subject.SubjectView;
import org.marrow.app.subject.Subjects;
import org.marrow.app.web.BadValueException;
import org.marrow.app.web.ConflictException;
import org.marrow.app.web.FieldProblem;
import org.marrow.app.web.NotFoundException;
import org.marrow.app.web.StaleEditException;
import org.marrow.clinical.message.Message;
import org.marrow.study.EventType;
import org.marrow.study.SubjectRecords;
import org.marrow.study.TransfusionRecord;
import org.marrow.study.validation.Problem;
import org.marrow.study.validation.Problems;
import org.marrow.study.validation.RecordReader;
import org.marrow.study.validation.StudyValidation;
import org.marrow.study.validation.SubjectContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/**
 * A subject's source records (labs, transfusions, doses, adverse events, events, screening history):
 * entry, edit with a reason, deletion with a reason, each checked by the clinical rules, audited in
 * the same transaction and refused with 409 when based on an outdated version. Every statement goes
 * through the subject, so the caller's site scope applies to all of them.
 */
@Service
public class SourceRecords {
    /**
     * The condition that leaves voided records out (on a table aliased {@code r}): the one place where
     * the study data the rules and marrow-analysis read are told from records voided in error.
     */
    private static final String NOT_VOIDED = "r.voided_at IS NULL";

    private final JdbcClient jdbc;
    private final Subjects subjects;
    private final AuditTrail audit;
    private final Clock clock = Clock.systemDefaultZone();

    SourceRecords(JdbcClient jdbc, Subjects subjects, AuditTrail audit) {
        this.jdbc = jdbc;
        this.subjects = subjects;
        this.audit = audit;
    }

    /**
     * A subject's records of one kind, in entry order.
     *
     * @param subjectId the subject
     * @param kind the kind
     * @param caller the caller
     * @return the rows: {@code id}, {@code subject_id}, the kind's columns, {@code version}
     * @throws NotFoundException if the caller does not see the subject
     */
    @Transactional(readOnly = true)
    public List<Map<String, Object>> list(long subjectId, RecordKind kind, Caller caller) {
        subjects.get(subjectId, caller);
        return jdbc.sql("SELECT * FROM " + kind.table() + " WHERE subject_id = ? ORDER BY id")
                .param(subjectId)
                .query(SourceRecords::row)
                .list();
    }

    /**
     * Records of one kind by id, as rows, for naming them (a study's query list): the caller has checked that
     * it sees their subjects.
     *
     * @param kind the kind
     * @param ids the records
     * @return each found record's row by its id
     */
    @Transactional(readOnly = true)
    public Map<Long, Map<String, Object>> rowsById(RecordKind kind, java.util.Collection<Long> ids) {
        Map<Long, Map<String, Object>> rows = new java.util.HashMap<>();
        if (ids.isEmpty()) {
            return rows;
        }
        jdbc.sql("SELECT * FROM " + kind.table() + " WHERE id = ANY(?)")
                .param(ids.toArray(Long[]::new))
                .query(SourceRecords::row)
                .list()
                .forEach(r -> rows.put(((Number) r.get("id")).longValue(), r));
        return rows;
    }

    /**
     * One record.
     *
     * @param subjectId the subject
     * @param kind the kind
     * @param id the record
     * @param caller the caller
     * @return the row
     * @throws NotFoundException if the caller does not see the subject or the record is not the subject's
     */
    @Transactional(readOnly = true)
    public Map<String, Object> get(long subjectId, RecordKind kind, long id, Caller caller) {
        subjects.get(subjectId, caller);
        return find(subjectId, kind, id, false);
    }

    /**
     * Enters a record.
     *
     * @param subjectId the subject
     * @param kind the kind
     * @param body the JSON fields of the kind; an optional {@code reason}
     * @param caller the caller
     * @return the row as stored
     * @throws NotFoundException if the caller does not see the subject
     * @throws BadValueException if a field breaks a rule (nothing is stored)
     */
    @Transactional
    public Map<String, Object> create(long subjectId, RecordKind kind, JsonNode body, Caller caller) {
        SubjectView subject = subjects.lock(subjectId, caller);
        Fields fields = new Fields(body);
        fields.acceptOnly(kind.requestFields(false, true), "");
        Object record = check(kind, fields, body, subject, null, validation().reader());
        long id = insert(subjectId, kind, record);
        Map<String, Object> stored = find(subjectId, kind, id, false);
        audit.inserted(kind.table(), id, stored, fields.optionalText("reason", "a reason"));
        return stored;
    }

    /**
     * Enters several records of one kind for a subject in one transaction (a visit's labs): all are
     * stored and audited, or, if any field breaks a rule, none.
     *
     * @param subjectId the subject
     * @param kind the kind
     * @param field the request field holding the records, named in errors ({@code labs[2].value})
     * @param bodies the JSON fields of each record
     * @param reason an optional reason written in the audit trail
     * @param caller the caller
     * @return the rows as stored, in the order given
     * @throws NotFoundException if the caller does not see the subject
     * @throws BadValueException if a field breaks a rule (nothing is stored)
     */
    @Transactional
    public List<Map<String, Object>> createAll(
            long subjectId, RecordKind kind, String field, List<JsonNode> bodies, String reason, Caller caller) {
        SubjectView subject = subjects.lock(subjectId, caller);
        RecordReader reader = validation().reader();
        List<Object> parsed = new ArrayList<>(bodies.size());
        for (int i = 0; i < bodies.size(); i++) {
            try {
                Fields fields = new Fields(bodies.get(i));
                fields.acceptOnly(kind.requestFields(false, false), "");
                parsed.add(check(kind, fields, bodies.get(i), subject, null, reader));
            } catch (BadValueException e) {
                throw e.within(field + "[" + i + "]");
            }
        }
        List<Map<String, Object>> stored = insertAll(subjectId, kind, parsed);
        for (Map<String, Object> row : stored) {
            audit.inserted(kind.table(), ((Number) row.get("id")).longValue(), row, reason);
        }
        return stored;
    }

    /**
     * One record of a visit entered at once with records of other kinds.
     *
     * @param kind the kind
     * @param body the record's JSON fields
     * @param field maps a field of the record ({@code value}) to the field of the request or form that holds
     *     it ({@code labs[0].value}, {@code hgb}), for the refusal
     */
    public record Part(RecordKind kind, JsonNode body, java.util.function.UnaryOperator<String> field) {
        /**
         * The element of the request's list that holds the record, for the refusal's message.
         *
         * @return e.g. {@code labs[1]}, or null when the record is not an element of a list (a form's)
         */
        String element() {
            String named = field.apply("");
            return named.endsWith(".") ? named.substring(0, named.length() - 1) : null;
        }
    }

    /**
     * Enters a visit's records of several kinds for a subject (counts, transfusions, doses, adverse events) in
     * one transaction: every record is checked first and every problem of every record is reported at once,
     * each against the field that held it; then all are stored and audited, or, if any problem, none.
     *
     * @param subjectId the subject
     * @param parts the records, in the order to store them
     * @param reason an optional reason written in the audit trail
     * @param caller the caller
     * @return the rows as stored, in the order given
     * @throws NotFoundException if the caller does not see the subject
     * @throws BadValueException with every problem of every record (nothing is stored)
     */
    @Transactional
    public List<Map<String, Object>> createParts(long subjectId, List<Part> parts, String reason, Caller caller) {
        SubjectView subject = subjects.lock(subjectId, caller);
        RecordReader reader = validation().reader();
        List<Object> checked = new ArrayList<>(parts.size());
        java.util.LinkedHashSet<FieldProblem> problems = new java.util.LinkedHashSet<>();
        BadValueException first = null;
        String firstElement = null;
        for (Part part : parts) {
            try {
                Fields fields = new Fields(part.body());
                fields.acceptOnly(part.kind().requestFields(false, false), "");
                checked.add(check(part.kind(), fields, part.body(), subject, null, reader));
            } catch (BadValueException e) {
                if (first == null) {
                    first = e;
                    firstElement = part.element();
                }
                for (FieldProblem p : e.problems()) {
                    problems.add(
                            new FieldProblem(part.field().apply(p.field()), p.value(), p.detail(), p.expectation()));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw BadValueException.ofRecords(List.copyOf(problems), firstElement, first);
        }
        List<Map<String, Object>> stored = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            RecordKind kind = parts.get(i).kind();
            long id = insert(subjectId, kind, checked.get(i));
            Map<String, Object> row = find(subjectId, kind, id, false);
            audit.inserted(kind.table(), id, row, reason);
            stored.add(row);
        }
        return stored;
    }

    /**
     * Inserts a record already checked by the study validation (an imported data set's), without a
     * caller, audited.
     *
     * @param subjectId the subject
     * @param kind the kind
     * @param record the record, of the kind's type (e.g. a {@link org.marrow.study.LabRecord} for labs)
     * @param reason the reason written in the audit trail
     * @return the id
     * @throws ClassCastException if the record is of another kind
     */
    @Transactional
    public long insertChecked(long subjectId, RecordKind kind, Object record, String reason) {
        long id = insert(subjectId, kind, record);
        audit.inserted(kind.table(), id, find(subjectId, kind, id, false), reason);
        return id;
    }

    /** One multi-row INSERT; the rows come back in the order given (ids are assigned in that order). */
    private List<Map<String, Object>> insertAll(long subjectId, RecordKind kind, List<Object> rows) {
        List<String> columns = kind.columns();
        String tuple = "(?" + ", ?".repeat(columns.size()) + ")";
        String sql = "INSERT INTO " + kind.table() + " (subject_id, " + String.join(", ", columns) + ") VALUES "
                + String.join(", ", java.util.Collections.nCopies(rows.size(), tuple)) + " RETURNING *";
        List<Object> params = new ArrayList<>();
        for (Object record : rows) {
            params.add(subjectId);
            params.addAll(kind.columnValues(record));
        }
        List<Map<String, Object>> stored = new ArrayList<>(
                jdbc.sql(sql).params(params).query(SourceRecords::row).list());
        stored.sort(java.util.Comparator.comparingLong(r -> ((Number) r.get("id")).longValue()));
        return stored;
    }

    private long insert(long subjectId, RecordKind kind, Object record) {
        List<String> columns = kind.columns();
        String sql = "INSERT INTO " + kind.table() + " (subject_id, " + String.join(", ", columns) + ") VALUES (?"
                + ", ?".repeat(columns.size()) + ") RETURNING id";
        List<Object> params = new ArrayList<>();
        params.add(subjectId);
        params.addAll(kind.columnValues(record));
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    /**
     * Edits a record.
     *
     * @param subjectId the subject
     * @param kind the kind
     * @param id the record
     * @param body the JSON fields of the kind, {@code version} (the version the edit is based on) and
     *     {@code reason}
     * @param caller the caller
     * @return the row as stored
     * @throws NotFoundException if the caller does not see the subject or record
     * @throws StaleEditException if the record changed since {@code version}
     * @throws BadValueException if a field breaks a rule or the reason is missing (nothing is stored)
     */
    @Transactional
    public Map<String, Object> update(long subjectId, RecordKind kind, long id, JsonNode body, Caller caller) {
        SubjectView subject = subjects.lock(subjectId, caller);
        Fields fields = new Fields(body);
        fields.acceptOnly(kind.requestFields(true, true), "");
        Map<String, Object> before = find(subjectId, kind, id, true);
        checkVersion(kind, id, fields.integer("version", "the version of the record the edit is based on"), before);
        if (before.get("voided_at") != null) {
            throw new ConflictException(
                    "voided",
                    id,
                    "The record " + kind.table() + " " + id + " is voided; it is restored before an edit");
        }
        Object record = check(kind, fields, body, subject, id, validation().reader());
        String reason = fields.optionalText("reason", "a reason for the change");
        List<String> columns = kind.columns();
        List<Object> params = new ArrayList<>(kind.columnValues(record));
        params.add(id);
        jdbc.sql("UPDATE " + kind.table() + " SET "
                        + String.join(
                                ", ", columns.stream().map(c -> c + " = ?").toList())
                        + ", version = version + 1 WHERE id = ?")
                .params(params)
                .update();
        Map<String, Object> after = find(subjectId, kind, id, false);
        audit.updated(kind.table(), id, before, after, reason);
        return after;
    }

    /**
     * Deletes a record.
     *
     * @param subjectId the subject
     * @param kind the kind
     * @param id the record
     * @param version the version the deletion is based on
     * @param reason why
     * @param caller the caller
     * @throws NotFoundException if the caller does not see the subject or record
     * @throws StaleEditException if the record changed since {@code version}
     * @throws BadValueException if the reason is missing
     */
    @Transactional
    public void delete(long subjectId, RecordKind kind, long id, int version, String reason, Caller caller) {
        subjects.lock(subjectId, caller);
        Map<String, Object> before = find(subjectId, kind, id, true);
        checkVersion(kind, id, version, before);
        jdbc.sql("DELETE FROM " + kind.table() + " WHERE id = ?").param(id).update();
        audit.deleted(kind.table(), id, before, reason);
    }

    /**
     * Every record of one kind of the subjects of a study the caller sees, in entry order, with the
     * subject's code (for an export).
     *
     * @param studyId the study
     * @param kind the kind
     * @param caller the caller
     * @return the data set records
     */
    @Transactional(readOnly = true)
    public List<Object> datasetRecords(long studyId, RecordKind kind, Caller caller) {
        return SiteScope.bind(
                        jdbc.sql("SELECT r.*, s.subject_code AS subject_code__ FROM " + kind.table()
                                + " r JOIN subject s ON s.id = r.subject_id WHERE s.study_id = :study AND "
                                + NOT_VOIDED + " AND " + SiteScope.on("s.site_id") + " ORDER BY r.id"),
                        caller)
                .param("study", studyId)
                .query((rs, n) -> kind.record(rs, rs.getString("subject_code__")))
                .list();
    }

    /**
     * A subject's records of one kind as data set records.
     *
     * @param subject the subject (already checked against the caller's scope)
     * @param kind the kind
     * @return the records, in entry order
     */
    @Transactional(readOnly = true)
    public List<Object> datasetRecords(SubjectView subject, RecordKind kind) {
        return jdbc.sql("SELECT r.* FROM " + kind.table() + " r WHERE r.subject_id = ? AND " + NOT_VOIDED
                        + " ORDER BY r.id")
                .param(subject.id())
                .query((rs, n) -> kind.record(rs, subject.subjectCode()))
                .list();
    }

    /**
     * The records of one kind of several subjects as data set records, voided ones left out (for a page of a
     * list: one statement for all its subjects).
     *
     * @param subjects the subjects (already checked against the caller's scope)
     * @param kind the kind
     * @return each subject's records, by the subject's id, in entry order; a subject without any is absent
     */
    @Transactional(readOnly = true)
    public Map<Long, List<Object>> datasetRecords(java.util.Collection<SubjectView> subjects, RecordKind kind) {
        Map<Long, List<Object>> bySubject = new LinkedHashMap<>();
        if (subjects.isEmpty()) {
            return bySubject;
        }
        Map<Long, String> codes = new java.util.HashMap<>();
        subjects.forEach(s -> codes.put(s.id(), s.subjectCode()));
        jdbc.sql("SELECT r.* FROM " + kind.table() + " r WHERE r.subject_id = ANY(?) AND " + NOT_VOIDED
                        + " ORDER BY r.id")
                .param(codes.keySet().toArray(Long[]::new))
                .query(rs -> {
                    long subject = rs.getLong("subject_id");
                    bySubject.computeIfAbsent(subject, k -> new ArrayList<>()).add(kind.record(rs, codes.get(subject)));
                });
        return bySubject;
    }

    /**
     * Voids a record entered in error: it stays, shown struck through with its reason, and is left out of
     * every derivation (the study data of {@link #datasetRecords}) until an administrator restores it.
     * Audited as a change with the reason.
     *
     * @param subjectId the subject
     * @param kind the kind
     * @param id the record
     * @param version the version the void is based on
     * @param reason why the record is void, required ({@link org.marrow.app.audit.ReasonForChange})
     * @param caller the caller
     * @return the row as stored
     * @throws NotFoundException if the caller does not see the subject or record
     * @throws StaleEditException if the record changed since {@code version}
     * @throws ConflictException if the record is already voided
     * @throws BadValueException if the reason is missing
     */
    @Transactional
    public Map<String, Object> voidRecord(
            long subjectId, RecordKind kind, long id, int version, String reason, Caller caller) {
        subjects.lock(subjectId, caller);
        Map<String, Object> before = find(subjectId, kind, id, true);
        checkVersion(kind, id, version, before);
        if (before.get("voided_at") != null) {
            throw new ConflictException("voided", id, "The record " + kind.table() + " " + id + " is already voided");
        }
        String why = org.marrow.app.audit.ReasonForChange.require("reason", reason);
        jdbc.sql("UPDATE " + kind.table() + " SET voided_at = now(), voided_by = ?, void_reason = ?,"
                        + " version = version + 1 WHERE id = ?")
                .params(caller.username(), why, id)
                .update();
        Map<String, Object> after = find(subjectId, kind, id, false);
        audit.updated(kind.table(), id, before, after, why);
        return after;
    }

    /**
     * Restores a voided record (an administrator's correction of a void made in error): it counts again in
     * every derivation. Audited as a change with the reason.
     *
     * @param subjectId the subject
     * @param kind the kind
     * @param id the record
     * @param version the version the restore is based on
     * @param reason why, required
     * @param caller the administrator
     * @return the row as stored
     * @throws NotFoundException if there is no such record of the subject
     * @throws StaleEditException if the record changed since {@code version}
     * @throws ConflictException if the record is not voided
     * @throws BadValueException if the reason is missing
     */
    @Transactional
    public Map<String, Object> restore(
            long subjectId, RecordKind kind, long id, int version, String reason, Caller caller) {
        subjects.lock(subjectId, caller);
        Map<String, Object> before = find(subjectId, kind, id, true);
        checkVersion(kind, id, version, before);
        if (before.get("voided_at") == null) {
            throw new ConflictException("voided", id, "The record " + kind.table() + " " + id + " is not voided");
        }
        String why = org.marrow.app.audit.ReasonForChange.require("reason", reason);
        jdbc.sql("UPDATE " + kind.table() + " SET voided_at = NULL, voided_by = NULL, void_reason = NULL,"
                        + " version = version + 1 WHERE id = ?")
                .param(id)
                .update();
        Map<String, Object> after = find(subjectId, kind, id, false);
        audit.updated(kind.table(), id, before, after, why);
        return after;
    }

    /**
     * Everything stored about a subject, as the study model's records.
     *
     * @param subject the subject (already checked against the caller's scope)
     * @return the records, each kind in entry order
     */
    @Transactional(readOnly = true)
    public SubjectRecords recordsOf(SubjectView subject) {
        return new SubjectRecords(
                subject.subject(),
                typed(datasetRecords(subject, RecordKind.LABS)),
                datasetRecords(subject, RecordKind.TRANSFUSIONS).stream()
                        .map(t -> ((TransfusionRecord) t).transfusion())
                        .toList(),
                typed(datasetRecords(subject, RecordKind.DOSES)),
                typed(datasetRecords(subject, RecordKind.ADVERSE_EVENTS)),
                typed(datasetRecords(subject, RecordKind.EVENTS)),
                typed(datasetRecords(subject, RecordKind.HISTORY)),
                typed(datasetRecords(subject, RecordKind.MUTATIONS)));
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> typed(List<Object> records) {
        return (List<T>) (List<?>) records;
    }

    private static void checkVersion(RecordKind kind, long id, int version, Map<String, Object> current) {
        int now = (Integer) current.get("version");
        if (now != version) {
            throw new StaleEditException(kind.table() + " " + id, version, current, now);
        }
    }

    private Map<String, Object> find(long subjectId, RecordKind kind, long id, boolean lock) {
        return jdbc.sql("SELECT * FROM " + kind.table() + " WHERE id = ? AND subject_id = ?"
                        + (lock ? " FOR UPDATE" : ""))
                .params(id, subjectId)
                .query(SourceRecords::row)
                .optional()
                .orElseThrow(() -> new NotFoundException(kind.table() + " " + id + " of subject " + subjectId, id));
    }

    /** The study validation as of today. */
    private StudyValidation validation() {
        return StudyValidation.asOf(LocalDate.now(clock));
    }

    /**
     * Reads and checks a record of a request by the study validation: every problem of every field at
     * once; a doubtful value (implausible, a likely unit mix-up, a dose before the first dose, a record
     * after death) only when the request confirms it with {@code accept_implausible: true}.
     *
     * @param editing the id of the record being edited, or null for a new one
     */
    private Object check(
            RecordKind kind, Fields fields, JsonNode body, SubjectView subject, Long editing, RecordReader reader) {
        JsonEntry.checkKinds(body);
        Problems problems = new Problems();
        Optional<?> record = kind.read(reader, new JsonEntry(body), context(subject, editing), problems);
        if (record.isPresent() && (problems.isEmpty() || fields.bool(RecordKind.ACCEPT_IMPLAUSIBLE, false))) {
            return record.get();
        }
        boolean doubtsOnly = record.isPresent();
        throw new BadValueException(problems.list().stream()
                .filter(p -> !doubtsOnly || !p.isError())
                .map(p -> problem(p, doubtsOnly))
                .toList());
    }

    /** A study problem as the API names it. */
    static FieldProblem problem(Problem p, boolean asDoubt) {
        Message detail = asDoubt ? Message.of("app.field.doubtful", p.message()) : p.message();
        return new FieldProblem(p.field().fieldName(), p.value(), detail, p.kind() == Problem.Kind.EXPECTED);
    }

    /** What the check of a record needs of its subject, with its death if recorded (but not the record edited). */
    private SubjectContext context(SubjectView subject, Long editing) {
        SubjectContext context = SubjectContext.of(subject.subject());
        Optional<LocalDate> death = jdbc.sql(
                        "SELECT min(r.date) FROM study_event r WHERE r.subject_id = ? AND r.type = ? AND r.id <> ? AND "
                                + NOT_VOIDED)
                .params(subject.id(), EventType.DEATH.name(), editing == null ? -1L : editing)
                .query(LocalDate.class)
                .optional();
        return death.map(d -> context.withDeath(d, Optional.empty())).orElse(context);
    }

    static Map<String, Object> row(ResultSet rs, int rowNum) throws SQLException {
        ResultSetMetaData meta = rs.getMetaData();
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            Object value = rs.getObject(i);
            row.put(meta.getColumnLabel(i), value instanceof Date d ? d.toLocalDate() : value);
        }
        return row;
    }
}
