package org.marrow.app.audit;

import java.time.Instant;
import java.util.List;

/**
 * The heads of the audit chains at one moment, to be kept outside the database (sent to the sponsor, printed,
 * stored on another machine): {@code marrow audit verify --anchor FILE} then proves that no row up to these
 * heads was changed or removed since, even by someone who holds the database and the key.
 *
 * @param format the format's name, {@value #FORMAT}
 * @param createdAt when the heads were read
 * @param keyFingerprint the fingerprint of the audit key the trail is written with
 * @param rows the number of audit rows at that moment
 * @param chains each chain's head: its last position and that row's hash
 */
public record AuditAnchor(String format, Instant createdAt, String keyFingerprint, long rows, List<Head> chains) {
    /** The format's name. */
    public static final String FORMAT = "marrow-audit-anchor/1";

    /**
     * Checks the anchor.
     *
     * @throws IllegalArgumentException if the format is not {@value #FORMAT} or a field is missing
     */
    public AuditAnchor {
        if (!FORMAT.equals(format)) {
            throw new IllegalArgumentException(
                    "not a Marrow audit anchor: format '" + format + "'; expected " + FORMAT);
        }
        if (createdAt == null || keyFingerprint == null || chains == null) {
            throw new IllegalArgumentException("an audit anchor needs created_at, key_fingerprint and chains");
        }
        chains = List.copyOf(chains);
    }

    /**
     * A chain's head.
     *
     * @param chain the chain (1 to {@value AuditTrail#CHAINS})
     * @param position its last row's position (0 for an empty chain)
     * @param hash that row's hash
     */
    public record Head(int chain, long position, String hash) {}
}
