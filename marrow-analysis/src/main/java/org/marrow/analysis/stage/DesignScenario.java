package org.marrow.analysis.stage;

/**
 * A monitoring design's operating characteristics at one scenario, by exact sums over the looks
 * (marrow-stats {@code Bop2}, {@code PredictiveProbability}).
 *
 * @param scenario which hypothesis: {@code null}, {@code alternative}, and with toxicity {@code
 *     futile-safe}, {@code effective-toxic}, {@code futile-toxic}
 * @param responseRate the true response rate
 * @param toxicityRate the true toxicity rate; NaN when toxicity is not monitored
 * @param probabilityGo the probability that the treatment is declared promising
 * @param probabilityEarlyStop the probability of stopping at an interim look
 * @param expectedSampleSize the expected number of evaluable patients
 */
public record DesignScenario(
        String scenario,
        double responseRate,
        double toxicityRate,
        double probabilityGo,
        double probabilityEarlyStop,
        double expectedSampleSize) {}
