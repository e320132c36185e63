package org.marrow.app.web;

/**
 * An API request of a user who still has a one-time password: 403 until the user has chosen their
 * own with {@code POST /api/me/password}.
 */
public final class PasswordChangeRequiredException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param username the user
     */
    public PasswordChangeRequiredException(String username) {
        super("User " + username + " has a one-time password: choose your own first with POST /api/me/password"
                + " {\"current\": ..., \"replacement\": ...} (or on the password page)");
    }
}
