package org.marrow.stats.matching;

import java.util.List;

/**
 * Balance of a categorical (exact) key: counts per level.
 *
 * @param key the key
 * @param levels one count per level, levels in order of first appearance among the cases, then the
 *     controls
 */
public record CategoricalBalance(String key, List<LevelCount> levels) {

    /** Copies the list. */
    public CategoricalBalance {
        levels = List.copyOf(levels);
    }

    /**
     * Counts of one level.
     *
     * @param level the level
     * @param cases the number of cases with it
     * @param matchedControls the number of matched controls with it
     * @param allControls the number of controls in the pool with it
     */
    public record LevelCount(String level, int cases, int matchedControls, int allControls) {}
}
