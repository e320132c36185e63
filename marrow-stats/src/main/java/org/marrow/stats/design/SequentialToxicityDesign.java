package org.marrow.stats.design;

import java.util.List;

/**
 * The boundaries of {@link SequentialToxicityBoundary} (clinfun's {@code lo.bdry}, {@code hi.bdry}
 * and {@code bdry.oc}).
 *
 * @param low the low boundary, crossed slightly more often than the target at the priority rate
 * @param high the high boundary, crossed slightly less often
 * @param lowCharacteristics the low boundary's characteristics at the grid of rates from pLo to pHi
 * @param highCharacteristics the high boundary's characteristics at the same rates
 */
public record SequentialToxicityDesign(
        ToxicityBoundary low,
        ToxicityBoundary high,
        List<ToxicityCharacteristics> lowCharacteristics,
        List<ToxicityCharacteristics> highCharacteristics) {

    /**
     * Copies the lists.
     *
     * @param low the low boundary
     * @param high the high boundary
     * @param lowCharacteristics its characteristics
     * @param highCharacteristics its characteristics
     */
    public SequentialToxicityDesign {
        lowCharacteristics = List.copyOf(lowCharacteristics);
        highCharacteristics = List.copyOf(highCharacteristics);
    }
}
