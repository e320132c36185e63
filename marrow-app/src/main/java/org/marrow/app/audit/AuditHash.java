package org.marrow.app.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * The hash of an audit row: SHA-256 over every field and the previous row's hash, each field written
 * as its length and its UTF-8 text so that no two different rows give the same input.
 */
final class AuditHash {
    static final String GENESIS = "0".repeat(64);

    private AuditHash() {}

    static String of(
            long position,
            Instant at,
            String actor,
            String table,
            long recordId,
            String action,
            String oldValue,
            String newValue,
            String reason,
            String prevHash) {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
        for (String field : new String[] {
            Long.toString(position),
            at.toString(),
            actor,
            table,
            Long.toString(recordId),
            action,
            oldValue,
            newValue,
            reason,
            prevHash
        }) {
            if (field == null) {
                sha.update("-1:".getBytes(StandardCharsets.UTF_8));
            } else {
                byte[] bytes = field.getBytes(StandardCharsets.UTF_8);
                sha.update((bytes.length + ":").getBytes(StandardCharsets.UTF_8));
                sha.update(bytes);
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    static String of(AuditEntry e) {
        return of(
                e.position(),
                e.at(),
                e.actor(),
                e.table(),
                e.recordId(),
                e.action(),
                e.oldValue(),
                e.newValue(),
                e.reason(),
                e.prevHash());
    }
}
