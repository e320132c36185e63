package org.marrow.stats.randomization;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A stratification factor and its levels, e.g. {@code site} with levels {@code A, B}. The strata of a
 * design are the cross product of the levels of its factors.
 *
 * @param name the factor name, not blank
 * @param levels the levels in the order the strata are listed, at least one, distinct, none blank
 */
public record StratificationFactor(String name, List<String> levels) {

    /**
     * Checks and copies the factor.
     *
     * @throws IllegalArgumentException if the name is blank, there are no levels, or a level is blank or
     *     repeated
     * @throws NullPointerException if the name, the list or a level is null
     */
    public StratificationFactor {
        Objects.requireNonNull(name, "name");
        levels = List.copyOf(levels);
        if (name.isBlank()) {
            throw new IllegalArgumentException("Stratification factor name must not be blank");
        }
        if (levels.isEmpty()) {
            throw new IllegalArgumentException("Stratification factor '" + name + "' must have at least one level");
        }
        Set<String> seen = new HashSet<>();
        for (String level : levels) {
            if (level.isBlank()) {
                throw new IllegalArgumentException(
                        "Stratification factor '" + name + "' has a blank level; levels must not be blank");
            }
            if (!seen.add(level)) {
                throw new IllegalArgumentException("Stratification factor '" + name + "' lists level '" + level
                        + "' twice; levels must be distinct");
            }
        }
    }

    /**
     * A factor from its name and levels.
     *
     * @param name the factor name
     * @param levels the levels
     * @return the factor
     * @throws IllegalArgumentException on the conditions of the canonical constructor
     */
    public static StratificationFactor of(String name, String... levels) {
        return new StratificationFactor(name, List.of(levels));
    }
}
