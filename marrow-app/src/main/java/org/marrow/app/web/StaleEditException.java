package org.marrow.app.web;

/** An edit based on an outdated version of a record: answered with 409 and the current record. */
public final class StaleEditException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient Object current;

    /**
     * Creates the exception.
     *
     * @param what the record, e.g. {@code "lab 12"}
     * @param expectedVersion the version the edit was based on
     * @param current the record as it now is
     * @param currentVersion its version
     */
    public StaleEditException(String what, int expectedVersion, Object current, int currentVersion) {
        super(what + " was changed by someone else (your version " + expectedVersion + ", current version "
                + currentVersion + "); reload it and apply your change again");
        this.current = current;
    }

    /**
     * The record as it now is.
     *
     * @return the current record
     */
    public Object current() {
        return current;
    }
}
