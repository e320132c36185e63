package org.marrow.app.audit;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.marrow.app.security.Caller;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the audit trail in the transaction of the change it records, so a change and its audit row
 * commit or roll back together. The rows of a transaction are appended just before it commits to one of
 * {@value #CHAINS} hash chains, picked at random, under a lock on that chain's head: within a chain the
 * order is the commit order, and each row's hash, an HMAC-SHA-256 under the audit key ({@link AuditKey}),
 * covers its position, its content and the previous row's hash. Every reason goes through
 * {@link ReasonForChange}. Several chains let commits overlap instead of queueing on one head for a disk flush each.
 */
@Service
public class AuditTrail {
    /** The number of hash chains (audit_head rows, V11 migration). */
    public static final int CHAINS = 16;

    private static final int BATCH = 500;
    private static final String ROW = "(?, ?, ?, ?, ?, ?::json, ?::json, ?, ?, ?, ?, ?)";

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final AuditKey key;

    AuditTrail(JdbcClient jdbc, JsonMapper json, AuditKey key) {
        this.jdbc = jdbc;
        this.json = json;
        this.key = key;
    }

    /**
     * Records a first entry.
     *
     * @param table the table
     * @param recordId the new record's id
     * @param newValue the record as stored (a map or record, written as JSON)
     * @param reason an optional reason (an import names its data set), may be null
     * @throws org.marrow.app.web.BadValueException if a reason is given that breaks {@link ReasonForChange}
     * @throws org.springframework.transaction.IllegalTransactionStateException if no transaction is active
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void inserted(String table, long recordId, Object newValue, String reason) {
        append(
                Caller.currentName("cli"),
                table,
                recordId,
                "INSERT",
                null,
                newValue,
                ReasonForChange.optional("reason", reason));
    }

    /**
     * Records a first entry made for someone who is not signed in (a failed sign-in), in its own transaction.
     *
     * @param actor who the row names as actor
     * @param table the table
     * @param recordId the new record's id
     * @param newValue the record as stored
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void insertedBy(String actor, String table, long recordId, Object newValue) {
        append(actor, table, recordId, "INSERT", null, newValue, null);
    }

    /**
     * Records a change.
     *
     * @param table the table
     * @param recordId the record's id
     * @param oldValue the record before
     * @param newValue the record after
     * @param reason the reason for the change ({@link ReasonForChange})
     * @throws org.marrow.app.web.BadValueException if the reason breaks {@link ReasonForChange}
     * @throws org.springframework.transaction.IllegalTransactionStateException if no transaction is active
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void updated(String table, long recordId, Object oldValue, Object newValue, String reason) {
        append(
                Caller.currentName("cli"),
                table,
                recordId,
                "UPDATE",
                oldValue,
                newValue,
                ReasonForChange.require("reason", reason));
    }

    /**
     * Records a deletion.
     *
     * @param table the table
     * @param recordId the record's id
     * @param oldValue the record before
     * @param reason the reason ({@link ReasonForChange})
     * @throws org.marrow.app.web.BadValueException if the reason breaks {@link ReasonForChange}
     * @throws org.springframework.transaction.IllegalTransactionStateException if no transaction is active
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void deleted(String table, long recordId, Object oldValue, String reason) {
        append(
                Caller.currentName("cli"),
                table,
                recordId,
                "DELETE",
                oldValue,
                null,
                ReasonForChange.require("reason", reason));
    }

    /**
     * The history of one record, oldest first.
     *
     * @param table the table
     * @param recordId the record's id
     * @return its audit rows
     */
    @Transactional(readOnly = true)
    public List<AuditEntry> history(String table, long recordId) {
        return jdbc.sql("SELECT * FROM audit_log WHERE table_name = ? AND record_id = ? ORDER BY seq")
                .params(table, recordId)
                .query(AuditTrail::entry)
                .list();
    }

    /**
     * The history of one record of a subject, oldest first; rows of a record with that id belonging to
     * another subject are not returned.
     *
     * @param table the table
     * @param recordId the record's id
     * @param subjectId the subject the record belongs to
     * @return its audit rows
     */
    @Transactional(readOnly = true)
    public List<AuditEntry> historyOfSubjectRecord(String table, long recordId, long subjectId) {
        return jdbc.sql("SELECT * FROM audit_log WHERE table_name = ? AND record_id = ?"
                        + " AND (coalesce(new_value, old_value) ->> 'subject_id')::bigint = ? ORDER BY seq")
                .params(table, recordId, subjectId)
                .query(AuditTrail::entry)
                .list();
    }

    /** The condition on audit rows of a subject and of every record of it (labs, doses, queries, ...). */
    private static final String OF_SUBJECT =
            "((table_name = 'subject' AND record_id = :subject) OR (table_name <> 'subject'"
                    + " AND coalesce(new_value, old_value) ->> 'subject_id' = :subjectText))";

    /**
     * A page of the history of a subject and every record of it, newest first.
     *
     * @param subjectId the subject
     * @param limit at most this many rows
     * @param offset rows skipped
     * @return the rows
     */
    @Transactional(readOnly = true)
    public List<AuditEntry> historyOfSubject(long subjectId, int limit, int offset) {
        return jdbc.sql("SELECT * FROM audit_log WHERE " + OF_SUBJECT
                        + " ORDER BY seq DESC LIMIT :limit OFFSET :offset")
                .param("subject", subjectId)
                .param("subjectText", Long.toString(subjectId))
                .param("limit", limit)
                .param("offset", offset)
                .query(AuditTrail::entry)
                .list();
    }

    /**
     * How many rows the history of a subject and its records has.
     *
     * @param subjectId the subject
     * @return the count
     */
    @Transactional(readOnly = true)
    public int historyOfSubjectSize(long subjectId) {
        return jdbc.sql("SELECT count(*) FROM audit_log WHERE " + OF_SUBJECT)
                .param("subject", subjectId)
                .param("subjectText", Long.toString(subjectId))
                .query(Integer.class)
                .single();
    }

    /** A change recorded during a transaction, written to the chain just before the transaction commits. */
    private record Pending(
            String actor, String table, long recordId, String action, String oldJson, String newJson, String reason) {}

    private void append(
            String actor, String table, long recordId, String action, Object oldValue, Object newValue, String reason) {
        String oldJson = oldValue == null ? null : json.writeValueAsString(oldValue);
        String newJson = newValue == null ? null : json.writeValueAsString(newValue);
        pending().add(new Pending(actor, table, recordId, action, oldJson, newJson, reason));
    }

    /**
     * The transaction's pending rows. The chain head is locked only when they are written, in the
     * transaction's last statements before commit, so concurrent transactions queue on the head for as
     * short a time as possible: the chain order is still the commit order.
     */
    @SuppressWarnings("unchecked")
    private List<Pending> pending() {
        List<Pending> list = (List<Pending>) TransactionSynchronizationManager.getResource(this);
        if (list == null) {
            List<Pending> created = new ArrayList<>();
            TransactionSynchronizationManager.bindResource(this, created);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    write(created);
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(AuditTrail.this);
                }
            });
            list = created;
        }
        return list;
    }

    private void write(List<Pending> rows) {
        if (rows.isEmpty()) {
            return;
        }
        int chain = ThreadLocalRandom.current().nextInt(CHAINS) + 1;
        Map<String, Object> head = jdbc.sql("SELECT seq, hash FROM audit_head WHERE id = ? FOR UPDATE")
                .param(chain)
                .query()
                .singleRow();
        long position = ((Number) head.get("seq")).longValue();
        String prev = (String) head.get("hash");
        // PostgreSQL keeps microseconds; hash what is stored.
        Instant at = Instant.now().truncatedTo(ChronoUnit.MICROS);
        for (int from = 0; from < rows.size(); from += BATCH) {
            List<Pending> batch = rows.subList(from, Math.min(rows.size(), from + BATCH));
            List<Object> params = new ArrayList<>(batch.size() * 12 + 3);
            for (Pending p : batch) {
                position++;
                String hash = AuditHash.keyed(
                        key,
                        position,
                        at,
                        p.actor(),
                        p.table(),
                        p.recordId(),
                        p.action(),
                        p.oldJson(),
                        p.newJson(),
                        p.reason(),
                        prev);
                params.addAll(java.util.Arrays.asList(
                        Timestamp.from(at),
                        p.actor(),
                        p.table(),
                        p.recordId(),
                        p.action(),
                        p.oldJson(),
                        p.newJson(),
                        p.reason(),
                        prev,
                        hash,
                        chain,
                        position));
                prev = hash;
            }
            params.addAll(List.of(position, prev, chain));
            // The rows and the chain head in one statement: one round trip while the head is locked.
            jdbc.sql("WITH appended AS (INSERT INTO audit_log (at, actor, table_name, record_id, action, old_value,"
                            + " new_value, reason, prev_hash, hash, chain, position) VALUES "
                            + String.join(", ", java.util.Collections.nCopies(batch.size(), ROW))
                            + ") UPDATE audit_head SET seq = ?, hash = ? WHERE id = ?")
                    .params(params)
                    .update();
        }
        rows.clear();
    }

    static AuditEntry entry(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new AuditEntry(
                rs.getLong("seq"),
                rs.getTimestamp("at").toInstant(),
                rs.getString("actor"),
                rs.getString("table_name"),
                rs.getLong("record_id"),
                rs.getString("action"),
                rs.getString("old_value"),
                rs.getString("new_value"),
                rs.getString("reason"),
                rs.getString("prev_hash"),
                rs.getString("hash"),
                rs.getInt("chain"),
                rs.getLong("position"));
    }
}
