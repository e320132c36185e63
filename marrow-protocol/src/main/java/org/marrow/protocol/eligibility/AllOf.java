package org.marrow.protocol.eligibility;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Met when all of the parts are met (three-valued: an UNKNOWN part can leave the result UNKNOWN).
 *
 * @param parts the parts, at least one
 */
public record AllOf(List<Criterion> parts) implements Criterion {

    /**
     * Checks and copies the parts.
     *
     * @throws IllegalArgumentException if {@code parts} is empty
     */
    public AllOf {
        parts = List.copyOf(parts);
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("'all of' needs at least one criterion");
        }
    }

    @Override
    public String describe() {
        return "all of (" + parts.stream().map(Criterion::describe).collect(Collectors.joining("; ")) + ")";
    }
}
