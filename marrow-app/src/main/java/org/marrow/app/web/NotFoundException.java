package org.marrow.app.web;

/**
 * A record that does not exist or that the caller may not see: both answered with 404, so that ids
 * of other sites' records do not leak. The API names the path variable that held the id.
 */
public final class NotFoundException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String value;

    /**
     * Creates the exception.
     *
     * @param what what was looked for, e.g. {@code "subject 17"}
     */
    public NotFoundException(String what) {
        super("No " + what);
        this.value = null;
    }

    /**
     * Creates the exception with the id or name looked for, which the API matches to the request's path variable.
     *
     * @param what what was looked for, e.g. {@code "subject 17"}
     * @param value the id or name, e.g. {@code 17}
     */
    public NotFoundException(String what, Object value) {
        super("No " + what);
        this.value = value == null ? null : String.valueOf(value);
    }

    /**
     * The id or name looked for.
     *
     * @return it, or null if not given
     */
    public String value() {
        return value;
    }
}
