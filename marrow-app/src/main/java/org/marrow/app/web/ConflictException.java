package org.marrow.app.web;

/** A request that conflicts with the state of the data (a duplicate code, a closed query): 409. */
public final class ConflictException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what conflicts
     */
    public ConflictException(String message) {
        super(message);
    }
}
