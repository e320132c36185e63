package org.marrow.stats.design;

/**
 * One look of a BOP2 design: after n evaluable patients, stop if at most {@code futility} responded
 * or (when toxicity is monitored) at least {@code toxicity} had a toxicity. At the last look the
 * treatment is promising ("go") when neither holds.
 *
 * @param n the number of evaluable patients
 * @param cutoff the posterior probability cutoff {@code C(n) = 1 - lambda (n / N)^gamma}
 * @param futility stop if responses are at most this; -1 when none stops
 * @param toxicity stop if toxicities are at least this; n + 1 when none stops or toxicity is not
 *     monitored
 */
public record Bop2Look(int n, double cutoff, int futility, int toxicity) {}
