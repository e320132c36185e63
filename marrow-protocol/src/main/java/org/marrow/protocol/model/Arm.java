package org.marrow.protocol.model;

import java.util.Objects;

/**
 * A study arm and its share of the allocation.
 *
 * @param id the arm's id, as used in the data set's {@code subjects.csv}
 * @param name a descriptive name
 * @param type the arm's role
 * @param ratio its allocation weight (1 and 3 for document 004's 1:3 randomization), at least 1
 */
public record Arm(String id, String name, ArmType type, int ratio) {

    /**
     * Checks the arm.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if {@code ratio < 1}
     */
    public Arm {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        if (ratio < 1) {
            throw new IllegalArgumentException("Allocation ratio (" + ratio + ") must be >= 1");
        }
    }
}
