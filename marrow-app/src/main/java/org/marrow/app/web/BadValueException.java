package org.marrow.app.web;

/** A request value that breaks a rule: answered with 400 naming the field, the value and the expectation. */
public final class BadValueException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String field;
    private final String value;
    private final String expected;

    /**
     * Creates the exception.
     *
     * @param field the field, e.g. {@code "value"}
     * @param value the value given (may be null when missing)
     * @param expected what was expected
     * @param message the whole one-line message
     */
    public BadValueException(String field, String value, String expected, String message) {
        super(message);
        this.field = field;
        this.value = value;
        this.expected = expected;
    }

    /**
     * Creates the exception with the message built from field, value and expectation.
     *
     * @param field the field
     * @param value the value given (may be null when missing)
     * @param expected what was expected
     * @return the exception
     */
    public static BadValueException of(String field, Object value, String expected) {
        String text = value == null ? null : String.valueOf(value);
        return new BadValueException(
                field,
                text,
                expected,
                text == null
                        ? "Field '" + field + "' is missing; expected " + expected
                        : "Field '" + field + "' has value '" + text + "'; expected " + expected);
    }

    /**
     * The field at fault.
     *
     * @return the field name as in the JSON request
     */
    public String field() {
        return field;
    }

    /**
     * The value given.
     *
     * @return the value, or null if missing
     */
    public String value() {
        return value;
    }

    /**
     * What was expected.
     *
     * @return the expectation
     */
    public String expected() {
        return expected;
    }
}
