package org.marrow.app.query;

import java.util.List;
import org.marrow.app.audit.AuditTrail;
import org.marrow.app.record.RecordKind;
import org.marrow.app.security.Caller;
import org.marrow.app.subject.SubjectInput;
import org.marrow.app.subject.Subjects;
import org.marrow.app.web.BadValueException;
import org.marrow.app.web.ConflictException;
import org.marrow.app.web.NotFoundException;
import org.marrow.app.web.StaleEditException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The query workflow: OPEN (monitor raises) -> ANSWERED (site answers) -> CLOSED (monitor closes). */
@Service
public class DataQueries {
    private final JdbcClient jdbc;
    private final Subjects subjects;
    private final AuditTrail audit;

    DataQueries(JdbcClient jdbc, Subjects subjects, AuditTrail audit) {
        this.jdbc = jdbc;
        this.subjects = subjects;
        this.audit = audit;
    }

    /**
     * A subject's queries.
     *
     * @param subjectId the subject
     * @param caller the caller
     * @return the queries, by id
     * @throws NotFoundException if the caller does not see the subject
     */
    @Transactional(readOnly = true)
    public List<DataQuery> list(long subjectId, Caller caller) {
        subjects.get(subjectId, caller);
        return jdbc.sql("SELECT * FROM data_query WHERE subject_id = ? ORDER BY id")
                .param(subjectId)
                .query(DataQuery.class)
                .list();
    }

    /**
     * A query in a study's list, with its subject.
     *
     * @param query the query
     * @param subjectCode its subject's code
     * @param siteCode its subject's site
     */
    public record Listed(DataQuery query, String subjectCode, String siteCode) {}

    /**
     * What the study's query list shows.
     *
     * @param status {@code OPEN}, {@code ANSWERED} or {@code CLOSED}, or null for all
     * @param siteId the site, or null for all
     * @param olderThanDays only queries raised at least this many days ago, or null
     * @param page the page, from 1
     * @param size queries per page
     */
    public record Filter(String status, Long siteId, Integer olderThanDays, int page, int size) {}

    /**
     * A page of a study's list.
     *
     * @param queries the page's queries, oldest open first
     * @param total queries matching the filter
     * @param page the page
     * @param pages how many pages
     */
    public record Page(List<Listed> queries, int total, int page, int pages) {}

    /**
     * A study's queries the caller sees (their sites), filtered, oldest first, a page at a time.
     *
     * @param studyId the study
     * @param filter what to show
     * @param caller the caller
     * @return the page
     */
    @Transactional(readOnly = true)
    public Page studyList(long studyId, Filter filter, Caller caller) {
        StringBuilder where = new StringBuilder(" FROM data_query q JOIN subject s ON s.id = q.subject_id"
                + " JOIN site st ON st.id = s.site_id WHERE s.study_id = :study AND "
                + org.marrow.app.security.SiteScope.on("s.site_id"));
        java.util.Map<String, Object> params = new java.util.HashMap<>();
        params.put("study", studyId);
        if (filter.status() != null) {
            where.append(" AND q.status = :status");
            params.put("status", filter.status());
        }
        if (filter.siteId() != null) {
            where.append(" AND s.site_id = :site");
            params.put("site", filter.siteId());
        }
        if (filter.olderThanDays() != null) {
            where.append(" AND q.raised_at <= now() - make_interval(days => :days)");
            params.put("days", filter.olderThanDays());
        }
        int total = org.marrow.app.security.SiteScope.bind(jdbc.sql("SELECT count(*)" + where), caller)
                .params(params)
                .query(Integer.class)
                .single();
        int size = Math.max(1, filter.size());
        int pages = Math.max(1, (total + size - 1) / size);
        int page = Math.min(Math.max(1, filter.page()), pages);
        params.put("limit", size);
        params.put("offset", (page - 1) * size);
        List<Listed> rows = org.marrow.app.security.SiteScope.bind(
                        jdbc.sql("SELECT q.*, s.subject_code AS subject_code__, st.code AS site_code__" + where
                                + " ORDER BY q.raised_at, q.id LIMIT :limit OFFSET :offset"),
                        caller)
                .params(params)
                .query((rs, n) -> new Listed(
                        new org.springframework.jdbc.core.DataClassRowMapper<>(DataQuery.class).mapRow(rs, n),
                        rs.getString("subject_code__"),
                        rs.getString("site_code__")))
                .list();
        return new Page(rows, total, page, pages);
    }

    /** The table name of the subject itself as a query's target. */
    static final String SUBJECT = "subject";

    /**
     * The fields of a subject a query can be about: the fields of a subject's entry ({@link SubjectInput}), as
     * the API names them, without the edit's {@code version} and {@code reason}.
     */
    static final List<String> SUBJECT_FIELDS = java.util.Arrays.stream(SubjectInput.class.getRecordComponents())
            .map(c -> c.getName().replaceAll("([A-Z])", "_$1").toLowerCase(java.util.Locale.ROOT))
            .filter(n -> !n.equals("version") && !n.equals("reason"))
            .toList();

    /**
     * Raises a query about the subject or one of its source-data records, and at most one field of it: a query
     * names only a record of this subject ({@code record_table} one of {@code subject} and the source-data tables,
     * {@code record_id} one of the subject's records there) and only a field of that record type.
     *
     * @param subjectId the subject
     * @param recordTable the table of the record ({@code subject}, {@code lab}, ...), or null for the subject
     * @param recordId the record, or null for the subject
     * @param field the field, or null for the record as a whole
     * @param question the question, not blank
     * @param caller the monitor
     * @return the query
     * @throws BadValueException if the target is not a record of this subject or the field not one of its type's
     * @throws NotFoundException if the caller does not see the subject
     */
    @Transactional
    public DataQuery raise(
            long subjectId, String recordTable, Long recordId, String field, String question, Caller caller) {
        subjects.lock(subjectId, caller);
        if (question == null || question.isBlank()) {
            throw BadValueException.of("question", question, "the question to the site");
        }
        boolean wholeSubject = recordTable == null || recordTable.isBlank();
        String table = wholeSubject ? SUBJECT : recordTable;
        List<String> fields;
        Long targetId = recordId;
        if (table.equals(SUBJECT)) {
            if (recordId != null && (wholeSubject || recordId != subjectId)) {
                throw BadValueException.of(
                        "record_id",
                        recordId,
                        wholeSubject ? "none without a record_table" : "none, or the subject's own id " + subjectId);
            }
            targetId = wholeSubject ? null : subjectId;
            fields = SUBJECT_FIELDS;
        } else {
            RecordKind kind = RecordKind.byTable(table)
                    .orElseThrow(() -> BadValueException.of(
                            "record_table",
                            recordTable,
                            "one of " + SUBJECT + ", "
                                    + java.util.Arrays.stream(RecordKind.values())
                                            .map(RecordKind::table)
                                            .collect(java.util.stream.Collectors.joining(", "))));
            if (recordId == null
                    || jdbc.sql("SELECT count(*) FROM " + kind.table() + " WHERE id = ? AND subject_id = ?")
                                    .params(recordId, subjectId)
                                    .query(Long.class)
                                    .single()
                            == 0) {
                throw BadValueException.of(
                        "record_id", recordId, "the id of one of this subject's " + kind.table() + " records");
            }
            fields = kind.fieldNames();
        }
        if (field != null && !field.isBlank() && !fields.contains(field)) {
            throw BadValueException.of(
                    "field", field, "none, or a field of " + table + ": " + String.join(", ", fields));
        }
        String targetTable = wholeSubject ? null : table;
        String targetField = field == null || field.isBlank() ? null : field;
        long id = jdbc.sql("INSERT INTO data_query (subject_id, record_table, record_id, field, question, status,"
                        + " raised_by, raised_at) VALUES (?, ?, ?, ?, ?, 'OPEN', ?, now()) RETURNING id")
                .params(subjectId, targetTable, targetId, targetField, question, caller.username())
                .query(Long.class)
                .single();
        DataQuery q = find(subjectId, id);
        audit.inserted("data_query", id, q, null);
        return q;
    }

    /**
     * Answers an open query.
     *
     * @param subjectId the subject
     * @param id the query
     * @param version the version the answer is based on
     * @param answer the answer, not blank
     * @param caller the site user
     * @return the query
     */
    @Transactional
    public DataQuery answer(long subjectId, long id, int version, String answer, Caller caller) {
        if (answer == null || answer.isBlank()) {
            throw BadValueException.of("answer", answer, "the site's answer");
        }
        return move(
                subjectId,
                id,
                version,
                "OPEN",
                "ANSWERED",
                caller,
                "answer = ?, answered_by = ?, answered_at = now()",
                answer,
                "answered");
    }

    /**
     * Closes an answered query.
     *
     * @param subjectId the subject
     * @param id the query
     * @param version the version the close is based on
     * @param caller the monitor
     * @return the query
     */
    @Transactional
    public DataQuery close(long subjectId, long id, int version, Caller caller) {
        return move(
                subjectId,
                id,
                version,
                "ANSWERED",
                "CLOSED",
                caller,
                "closed_by = ?, closed_at = now()",
                null,
                "closed");
    }

    private DataQuery move(
            long subjectId,
            long id,
            int version,
            String from,
            String to,
            Caller caller,
            String set,
            String answer,
            String verb) {
        subjects.lock(subjectId, caller);
        DataQuery before = find(subjectId, id);
        if (before.version() != version) {
            throw new StaleEditException("Query " + id, version, before, before.version());
        }
        if (!before.status().equals(from)) {
            throw new ConflictException(
                    "Query " + id + " is " + before.status() + "; only an " + from + " query can be " + verb);
        }
        if (answer != null) {
            jdbc.sql("UPDATE data_query SET status = ?, " + set + ", version = version + 1 WHERE id = ?")
                    .params(to, answer, caller.username(), id)
                    .update();
        } else {
            jdbc.sql("UPDATE data_query SET status = ?, " + set + ", version = version + 1 WHERE id = ?")
                    .params(to, caller.username(), id)
                    .update();
        }
        DataQuery after = find(subjectId, id);
        audit.updated("data_query", id, before, after, "query " + verb);
        return after;
    }

    private DataQuery find(long subjectId, long id) {
        return jdbc.sql("SELECT * FROM data_query WHERE id = ? AND subject_id = ?")
                .params(id, subjectId)
                .query(DataQuery.class)
                .optional()
                .orElseThrow(() -> new NotFoundException("query " + id + " of subject " + subjectId, id));
    }
}
