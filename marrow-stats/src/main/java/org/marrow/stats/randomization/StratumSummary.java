package org.marrow.stats.randomization;

import java.util.Map;

/**
 * What a stratum's list contains.
 *
 * @param stratum the stratum
 * @param allocations the number of allocations (the {@code n} per stratum)
 * @param blocks the number of blocks, the last possibly partial
 * @param lastBlockPartial whether the list ends inside a block, so that the ratio holds only
 *     approximately for this stratum
 * @param lastBlockUsed how many allocations of the last block are in the list (its size if complete)
 * @param armCounts arm name to number of allocations, in arm order
 */
public record StratumSummary(
        Stratum stratum,
        int allocations,
        int blocks,
        boolean lastBlockPartial,
        int lastBlockUsed,
        Map<String, Integer> armCounts) {

    /** Copies the counts. */
    public StratumSummary {
        armCounts = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(armCounts));
    }
}
