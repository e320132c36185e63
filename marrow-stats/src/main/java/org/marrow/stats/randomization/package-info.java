/**
 * Randomization lists: permuted blocks with any allocation ratio, optional random block sizes and
 * stratification, reproducible from a seed on any machine and in any future version of Marrow.
 *
 * <p>Entry point: {@link org.marrow.stats.randomization.PermutedBlockDesign}. The random stream is
 * specified in {@link org.marrow.stats.randomization.PermutedBlockDesign#generate(int, long)} so that a
 * list can be re-derived without Marrow.
 */
package org.marrow.stats.randomization;
