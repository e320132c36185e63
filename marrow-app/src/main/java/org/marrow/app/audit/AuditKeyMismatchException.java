package org.marrow.app.audit;

/**
 * The audit key given is not the key the database's audit trail was written with: Marrow does not start (rows
 * written with another key would break the chain), and the trail cannot be checked with it.
 */
public final class AuditKeyMismatchException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param given the fingerprint of the key given
     * @param recorded the fingerprint recorded in the database
     */
    AuditKeyMismatchException(String given, String recorded) {
        super("The audit key given (fingerprint " + given.substring(0, 12) + ") is not the key this database's audit"
                + " trail was written with (fingerprint " + recorded.substring(0, 12)
                + "); give the right one with marrow.audit.key-file (docs/operations.md)");
    }
}
