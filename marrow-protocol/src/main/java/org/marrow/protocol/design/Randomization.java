package org.marrow.protocol.design;

import java.util.List;

/**
 * Randomization between the arms in their allocation ratio (document 004: 1:3).
 *
 * @param blockSizes permuted block sizes, each a multiple of the ratio sum; empty if not stated
 * @param stratifyBy stratification factors; empty if none
 */
public record Randomization(List<Integer> blockSizes, List<String> stratifyBy) {

    /**
     * Checks and copies the randomization.
     *
     * @throws IllegalArgumentException if a block size is not positive
     */
    public Randomization {
        blockSizes = List.copyOf(blockSizes);
        stratifyBy = List.copyOf(stratifyBy);
        for (int size : blockSizes) {
            if (size < 1) {
                throw new IllegalArgumentException("Block size (" + size + ") must be >= 1");
            }
        }
    }
}
