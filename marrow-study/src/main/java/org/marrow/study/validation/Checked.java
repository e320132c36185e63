package org.marrow.study.validation;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A record read from an entry and checked: the record when no problem refuses it, and every problem
 * found (doubtful values included).
 *
 * @param record the record, empty if a problem refuses it
 * @param problems every problem, in field order
 * @param <T> the kind of record
 */
public record Checked<T>(Optional<T> record, List<Problem> problems) {

    /**
     * Checks and copies.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if a record is given together with an error, or neither is
     */
    public Checked {
        Objects.requireNonNull(record, "record");
        problems = List.copyOf(problems);
        if (record.isPresent() == problems.stream().anyMatch(Problem::isError)) {
            throw new IllegalArgumentException("A checked record has either a record or errors, not both or neither");
        }
    }

    /**
     * Whether the record was built.
     *
     * @return true if no problem refuses it
     */
    public boolean isValid() {
        return record.isPresent();
    }

    /**
     * The doubtful values: accepted, to be confirmed or reviewed.
     *
     * @return the problems that do not refuse the record
     */
    public List<Problem> doubts() {
        return problems.stream().filter(p -> !p.isError()).toList();
    }

    /**
     * The record, or the exception carrying every problem.
     *
     * @return the record
     * @throws InvalidEntryException if a problem refuses the record
     */
    public T orThrow() {
        return record.orElseThrow(() -> new InvalidEntryException(problems));
    }
}
