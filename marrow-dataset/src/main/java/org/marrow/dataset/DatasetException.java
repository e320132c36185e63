package org.marrow.dataset;

import java.util.List;

/**
 * Thrown when a data set folder has errors. It carries every problem found, errors and warnings, in
 * the order of the files and lines, so that all of them can be corrected at once; its message is
 * those problems, one per line.
 */
public final class DatasetException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient List<DatasetProblem> problems;

    /**
     * Creates the exception.
     *
     * @param problems the problems found, at least one of them an error
     * @throws IllegalArgumentException if there is no error among {@code problems}
     */
    public DatasetException(List<DatasetProblem> problems) {
        super(message(problems));
        if (problems.stream().noneMatch(DatasetProblem::isError)) {
            throw new IllegalArgumentException("A DatasetException needs at least one error; got " + problems);
        }
        this.problems = List.copyOf(problems);
    }

    private static String message(List<DatasetProblem> problems) {
        StringBuilder text = new StringBuilder();
        for (DatasetProblem problem : problems) {
            if (text.length() > 0) {
                text.append('\n');
            }
            text.append(problem);
        }
        return text.toString();
    }

    /**
     * Every problem found, errors and warnings, in file and line order.
     *
     * @return the problems
     */
    public List<DatasetProblem> problems() {
        return problems;
    }

    /**
     * The errors only.
     *
     * @return the problems of level ERROR
     */
    public List<DatasetProblem> errors() {
        return problems.stream().filter(DatasetProblem::isError).toList();
    }
}
