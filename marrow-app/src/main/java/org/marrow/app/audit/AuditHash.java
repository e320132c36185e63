package org.marrow.app.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * The hash of an audit row over every field and the previous row's hash, each field written as its length and
 * its UTF-8 text so that no two different rows give the same input. Rows written since the audit key
 * ({@link AuditKey}) are hashed with HMAC-SHA-256 under that key, so that someone who can rewrite the database
 * but does not hold the key cannot recompute the chain; rows written before it (a database from an earlier
 * Marrow) keep their plain SHA-256 (RFC 2104 and FIPS 180-4).
 */
final class AuditHash {
    static final String GENESIS = "0".repeat(64);

    private AuditHash() {}

    /** Where the bytes of a row go: a digest (plain rows) or a MAC (keyed rows). */
    private interface Sink {
        void update(byte[] bytes);

        byte[] finish();
    }

    static String keyed(AuditKey key, AuditEntry e) {
        return keyed(
                key,
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

    static String keyed(
            AuditKey key,
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
        javax.crypto.Mac mac = key.mac();
        return hash(
                new Sink() {
                    @Override
                    public void update(byte[] bytes) {
                        mac.update(bytes);
                    }

                    @Override
                    public byte[] finish() {
                        return mac.doFinal();
                    }
                },
                position,
                at,
                actor,
                table,
                recordId,
                action,
                oldValue,
                newValue,
                reason,
                prevHash);
    }

    /** The plain SHA-256 of a row written before the audit key. */
    static String plain(AuditEntry e) {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("SHA-256 is not available", ex);
        }
        return hash(
                new Sink() {
                    @Override
                    public void update(byte[] bytes) {
                        sha.update(bytes);
                    }

                    @Override
                    public byte[] finish() {
                        return sha.digest();
                    }
                },
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

    private static String hash(
            Sink sink,
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
                sink.update("-1:".getBytes(StandardCharsets.UTF_8));
            } else {
                byte[] bytes = field.getBytes(StandardCharsets.UTF_8);
                sink.update((bytes.length + ":").getBytes(StandardCharsets.UTF_8));
                sink.update(bytes);
            }
        }
        return HexFormat.of().formatHex(sink.finish());
    }
}
