package org.marrow.app.web;

/** A request that conflicts with the state of the data (a duplicate code, a closed query): 409. */
public final class ConflictException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String field;
    private final String value;

    /**
     * Creates the exception when no one field is at fault.
     *
     * @param message what conflicts
     */
    public ConflictException(String message) {
        this(null, null, message);
    }

    /**
     * Creates the exception naming the field whose value conflicts (a code already taken).
     *
     * @param field the field
     * @param value its value
     * @param message what conflicts
     */
    public ConflictException(String field, Object value, String message) {
        super(message);
        this.field = field;
        this.value = value == null ? null : String.valueOf(value);
    }

    /**
     * The field whose value conflicts.
     *
     * @return the field, or null
     */
    public String field() {
        return field;
    }

    /**
     * The conflicting value.
     *
     * @return the value, or null
     */
    public String value() {
        return value;
    }
}
