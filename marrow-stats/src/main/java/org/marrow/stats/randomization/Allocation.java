package org.marrow.stats.randomization;

/**
 * One line of a randomization list: the arm given to the {@code sequence}-th patient enrolled in a
 * stratum.
 *
 * @param stratum the stratum
 * @param sequence the 1-based position within the stratum
 * @param block the 1-based block number within the stratum
 * @param blockSize the size the block was generated with
 * @param arm the arm name
 * @param completeBlock false for the allocations of a last block cut short because the list ended
 *     inside it; the arms of such a block do not follow the allocation ratio exactly
 */
public record Allocation(Stratum stratum, int sequence, int block, int blockSize, String arm, boolean completeBlock) {}
