package org.marrow.cli;

/**
 * A mistake in what the user gave Marrow (a file, a column, a value). Its message is the one line
 * shown to the user: it names the file, line and column or the option, the value and what was
 * expected. The command exits with code 2.
 */
public final class UserInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message the complete message shown to the user
     */
    public UserInputException(String message) {
        super(message);
    }
}
