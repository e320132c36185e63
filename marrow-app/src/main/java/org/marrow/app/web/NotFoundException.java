package org.marrow.app.web;

/**
 * A record that does not exist or that the caller may not see: both answered with 404, so that ids
 * of other sites' records do not leak.
 */
public final class NotFoundException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param what what was looked for, e.g. {@code "subject 17"}
     */
    public NotFoundException(String what) {
        super("No " + what);
    }
}
