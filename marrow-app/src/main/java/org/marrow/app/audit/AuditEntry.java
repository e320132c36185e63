package org.marrow.app.audit;

import java.time.Instant;

/**
 * One row of the audit trail: who changed which record, when, from what to what, and why.
 *
 * @param seq the row's global key, in append order (gaps possible)
 * @param at when
 * @param actor the user name (or {@code cli} for the command line)
 * @param table the table of the record, e.g. {@code lab}
 * @param recordId the record's id
 * @param action {@code INSERT}, {@code UPDATE} or {@code DELETE}
 * @param oldValue the record before, as JSON; null for an insert
 * @param newValue the record after, as JSON; null for a delete
 * @param reason the reason for the change; null only for a first entry
 * @param prevHash the hash of the previous row (64 zeros for the first)
 * @param hash this row's hash over its position, content and {@code prevHash}: HMAC-SHA-256 under the audit
 *     key ({@link AuditKey}), or plain SHA-256 for a row written before the key
 * @param chain the hash chain the row is in (1 to {@value AuditTrail#CHAINS})
 * @param position the row's place in its chain, from 1
 */
public record AuditEntry(
        long seq,
        Instant at,
        String actor,
        String table,
        long recordId,
        String action,
        String oldValue,
        String newValue,
        String reason,
        String prevHash,
        String hash,
        int chain,
        long position) {}
