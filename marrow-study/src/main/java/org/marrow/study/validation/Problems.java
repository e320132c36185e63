package org.marrow.study.validation;

import java.util.ArrayList;
import java.util.List;

/**
 * The problems found while reading records, in the order found. Not thread-safe: one per reader or
 * request.
 */
public final class Problems {
    private final List<Problem> list = new ArrayList<>();
    private int errors;

    /** An empty list. */
    public Problems() {}

    /**
     * Adds a problem.
     *
     * @param problem the problem
     */
    public void add(Problem problem) {
        list.add(problem);
        if (problem.isError()) {
            errors++;
        }
    }

    /**
     * Adds problems.
     *
     * @param problems the problems, in order
     */
    public void addAll(List<Problem> problems) {
        problems.forEach(this::add);
    }

    /**
     * The number of errors so far: compare before and after reading a record to tell whether it had any.
     *
     * @return the count of refusing problems
     */
    public int errorCount() {
        return errors;
    }

    /**
     * Whether any problem refuses its value.
     *
     * @return true if there is an error
     */
    public boolean hasErrors() {
        return errors > 0;
    }

    /**
     * Whether no problem was found.
     *
     * @return true if empty
     */
    public boolean isEmpty() {
        return list.isEmpty();
    }

    /**
     * Forgets every problem: for a reader that moves the problems of each record elsewhere before it
     * reads the next one.
     */
    public void clear() {
        list.clear();
        errors = 0;
    }

    /**
     * Every problem, in the order found.
     *
     * @return a copy of the problems
     */
    public List<Problem> list() {
        return List.copyOf(list);
    }
}
