package org.marrow.app.web;

import java.util.List;

/** A data set that cannot be imported: answered with 400 and every problem found. */
public final class ImportRejectedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    /**
     * Creates the exception.
     *
     * @param message the summary
     * @param problems every problem, one line each
     */
    public ImportRejectedException(String message, List<String> problems) {
        super(message);
        this.problems = List.copyOf(problems);
    }

    /**
     * The problems.
     *
     * @return one line per problem
     */
    public List<String> problems() {
        return problems;
    }
}
