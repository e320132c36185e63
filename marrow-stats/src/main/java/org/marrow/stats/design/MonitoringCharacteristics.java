package org.marrow.stats.design;

/**
 * The operating characteristics of a monitored single-arm design at one true response rate, by
 * exact binomial sums over the looks (no simulation).
 *
 * @param responseRate the true response rate
 * @param probabilityRejectNull the probability that the design declares the treatment promising: at
 *     the last look, or by an early stop for efficacy
 * @param probabilityEarlyStop the probability of stopping before the last look, for any reason
 * @param probabilityStopForFutility the probability of stopping for futility before the last look
 * @param expectedSampleSize the expected number of evaluable patients
 */
public record MonitoringCharacteristics(
        double responseRate,
        double probabilityRejectNull,
        double probabilityEarlyStop,
        double probabilityStopForFutility,
        double expectedSampleSize) {}
