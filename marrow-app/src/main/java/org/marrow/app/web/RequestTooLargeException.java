package org.marrow.app.web;

import java.io.IOException;

/** A request body larger than the API takes: 413. */
public final class RequestTooLargeException extends IOException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param limit the most bytes taken
     */
    public RequestTooLargeException(long limit) {
        super("The request body is larger than " + limit + " bytes, the most this endpoint takes");
    }
}
