package org.marrow.app.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The secret key of the audit trail's HMAC-SHA-256 chain (RFC 2104): 32 random bytes kept outside the
 * database, in a file of mode 0600 (by default {@code marrow-audit.key} in the embedded database's data
 * directory) or given by configuration. Whoever can rewrite the database but does not hold the key cannot make
 * a rewritten chain verify. The database keeps only the key's fingerprint, an HMAC of a fixed text, which says
 * whether a key is the one the trail was written with and reveals nothing of it.
 */
public final class AuditKey {
    private static final String ALGORITHM = "HmacSHA256";
    private static final int LENGTH = 32;

    private final byte[] bytes;

    private AuditKey(byte[] bytes) {
        if (bytes.length < LENGTH) {
            throw new IllegalArgumentException(
                    "An audit key has at least " + LENGTH + " bytes; this one has " + bytes.length);
        }
        this.bytes = bytes.clone();
    }

    /**
     * A key from its base64 text.
     *
     * @param base64 the key as base64 (at least 32 bytes)
     * @return the key
     * @throws IllegalArgumentException if the text is not base64 of at least 32 bytes
     */
    public static AuditKey fromBase64(String base64) {
        try {
            return new AuditKey(Base64.getDecoder().decode(base64.strip()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("The audit key is not base64 text of at least " + LENGTH + " bytes");
        }
    }

    /**
     * The key in a file, created with a new random key (mode 0600) if the file does not exist.
     *
     * @param file the key file
     * @param create whether to create the file when it is missing
     * @return the key
     * @throws IllegalArgumentException if the file does not hold a key
     * @throws IllegalStateException if the file is missing and may not be created
     * @throws UncheckedIOException if the file cannot be read or written
     */
    public static AuditKey fromFile(Path file, boolean create) {
        try {
            if (!Files.exists(file)) {
                if (!create) {
                    throw new IllegalStateException("The audit key file " + file + " does not exist");
                }
                byte[] b = new byte[LENGTH];
                new SecureRandom().nextBytes(b);
                Files.createDirectories(file.toAbsolutePath().getParent());
                Path temp = file.resolveSibling(file.getFileName() + ".new");
                Files.deleteIfExists(temp);
                Files.createFile(temp);
                restrict(temp);
                Files.writeString(temp, Base64.getEncoder().encodeToString(b) + "\n", StandardCharsets.US_ASCII);
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
            }
            restrict(file);
            return fromBase64(Files.readString(file, StandardCharsets.US_ASCII));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the audit key file " + file + ": " + e.getMessage(), e);
        }
    }

    private static void restrict(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: its own access control applies
        }
    }

    /**
     * A new MAC under this key.
     *
     * @return the MAC, initialised
     */
    Mac mac() {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(bytes, ALGORITHM));
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 is not available", e);
        }
    }

    /**
     * The HMAC of a text, as hex.
     *
     * @param text the text
     * @return 64 hex digits
     */
    String sign(String text) {
        return HexFormat.of().formatHex(mac().doFinal(text.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * The key's fingerprint: the HMAC of a fixed text. Two keys with the same fingerprint are the same key.
     *
     * @return 64 hex digits
     */
    public String fingerprint() {
        return sign("marrow audit key fingerprint");
    }

    @Override
    public String toString() {
        return "AuditKey[" + fingerprint().substring(0, 12) + "]";
    }
}
