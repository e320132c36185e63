package org.marrow.stats.design;

/**
 * The operating characteristics of a toxicity stopping boundary at one true toxicity rate, by exact
 * binomial sums, as {@code clinfun::bdrycross.prob} (clinfun 1.1.5).
 *
 * @param toxicityRate the true toxicity rate
 * @param probabilityCross the probability of crossing the boundary at some look, the last included
 *     (the treatment declared too toxic); {@code pcross}
 * @param probabilityStopEarly the probability of crossing before the last look; {@code pstop}
 * @param expectedSampleSize the expected number of patients when the trial stops at the first
 *     crossing; {@code ess}
 */
public record ToxicityCharacteristics(
        double toxicityRate, double probabilityCross, double probabilityStopEarly, double expectedSampleSize) {}
