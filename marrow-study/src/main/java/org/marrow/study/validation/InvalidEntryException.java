package org.marrow.study.validation;

import java.util.List;

/**
 * Thrown when an entry cannot become a record: it carries every problem found, so that all of them can
 * be shown at once. Its message lists the fields and message codes (for logs); users see the problems
 * rendered in their language.
 */
public final class InvalidEntryException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    /**
     * Creates the exception.
     *
     * @param problems the problems, at least one of them an error
     * @throws IllegalArgumentException if none is an error
     */
    public InvalidEntryException(List<Problem> problems) {
        super("Refused: " + problems);
        if (problems.stream().noneMatch(Problem::isError)) {
            throw new IllegalArgumentException("An InvalidEntryException needs an error; got " + problems);
        }
        this.problems = List.copyOf(problems);
    }

    /**
     * Every problem found, doubtful values included.
     *
     * @return the problems
     */
    public List<Problem> problems() {
        return problems;
    }
}
