package org.marrow.protocol;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A protocol was refused: every problem found in it, each with file, line, column and path
 * (docs/protocol-format.md, "Errors"). The message lists one problem per line.
 */
public final class InvalidProtocolException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** The problems; not serialised. */
    private final transient List<ProtocolProblem> problems;

    /**
     * Creates the exception.
     *
     * @param problems the problems, at least one
     * @throws IllegalArgumentException if {@code problems} is empty
     */
    public InvalidProtocolException(List<ProtocolProblem> problems) {
        super(problems.stream().map(ProtocolProblem::toString).collect(Collectors.joining("\n")));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("An invalid protocol needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    /**
     * The problems, in document order of discovery.
     *
     * @return the problems
     */
    public List<ProtocolProblem> problems() {
        return problems;
    }
}
