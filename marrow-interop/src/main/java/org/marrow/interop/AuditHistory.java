package org.marrow.interop;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.marrow.study.RecordType;
import org.marrow.study.validation.Entry;

/**
 * The audit trail of a study's source records, as an export carries it (ODM {@code AuditRecord}s): for each
 * record, kept or deleted, every change in the order made, with who, when, where and why. A data set folder has
 * none ({@link #none()}); the web application's audit log gives one.
 *
 * @param records the history of each record, in any order
 */
public record AuditHistory(List<RecordHistory> records) {

    /** What a change did. */
    public enum Action {
        /** The record was entered. */
        INSERT,
        /** The record was changed. */
        UPDATE,
        /** The record was deleted. */
        REMOVE
    }

    /**
     * One change of a record.
     *
     * @param action what it did
     * @param at when
     * @param user who made it (a user name)
     * @param site the site of the record's subject, where it was made
     * @param reason the reason given, if any
     * @param source what in the source system records the change, e.g. {@code audit_log 412}
     * @param values the record's fields after the change; for a removal, before it
     */
    public record Change(
            Action action, Instant at, String user, String site, Optional<String> reason, String source, Entry values) {
        /**
         * Checks the change.
         *
         * @throws NullPointerException if a component is null
         */
        public Change {
            Objects.requireNonNull(action, "action");
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(user, "user");
            Objects.requireNonNull(site, "site");
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(values, "values");
        }
    }

    /**
     * The changes of one record.
     *
     * @param type the kind of record
     * @param subjectId the subject it belongs to
     * @param key the record's key in the source system, unique within its kind; records of a kind are in the
     *     order of their keys
     * @param changes the changes, oldest first, at least one
     */
    public record RecordHistory(RecordType type, String subjectId, long key, List<Change> changes) {
        /**
         * Checks and copies the history.
         *
         * @throws NullPointerException if a component is null
         * @throws IllegalArgumentException if there is no change
         */
        public RecordHistory {
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(subjectId, "subjectId");
            changes = List.copyOf(changes);
            if (changes.isEmpty()) {
                throw new IllegalArgumentException("The history of " + type + " " + key + " has no change");
            }
        }
    }

    /**
     * Checks and copies the histories.
     *
     * @throws NullPointerException if records is null
     */
    public AuditHistory {
        records = List.copyOf(records);
    }

    /**
     * No audit trail: an export of a data set folder.
     *
     * @return the empty history
     */
    public static AuditHistory none() {
        return new AuditHistory(List.of());
    }

    /**
     * Whether there is an audit trail.
     *
     * @return true if no record has a history
     */
    public boolean isEmpty() {
        return records.isEmpty();
    }
}
