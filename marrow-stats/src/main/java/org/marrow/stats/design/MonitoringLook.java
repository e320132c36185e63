package org.marrow.stats.design;

/**
 * One look of a single-arm design monitored on a binary outcome: after n evaluable patients, stop
 * for futility if at most {@code futility} responded, or stop early (for efficacy, or for harm when
 * the outcome counted is a toxicity) if at least {@code upper} did. At the last look the trial is
 * promising if more than {@code futility} responded.
 *
 * @param n the number of evaluable patients at this look
 * @param futility stop if responses are at most this; -1 when no number of responses stops
 * @param upper stop if responses are at least this; n + 1 when no number stops
 */
public record MonitoringLook(int n, int futility, int upper) {

    /**
     * Checks the look.
     *
     * @param n the number of patients
     * @param futility the futility bound
     * @param upper the upper bound
     * @throws IllegalArgumentException if {@code n < 1}, futility is not in -1..n, upper is not in
     *     0..n+1, or {@code upper <= futility}
     */
    public MonitoringLook {
        if (n < 1) {
            throw new IllegalArgumentException("Number of patients at a look (" + n + ") must be >= 1");
        }
        if (futility < -1 || futility > n) {
            throw new IllegalArgumentException("Futility bound (" + futility + ") must be in -1..n (n = " + n + ")");
        }
        if (upper < 0 || upper > n + 1) {
            throw new IllegalArgumentException("Upper bound (" + upper + ") must be in 0..n+1 (n = " + n + ")");
        }
        if (upper <= futility) {
            throw new IllegalArgumentException(
                    "Upper bound (" + upper + ") must be > futility bound (" + futility + ") at n = " + n);
        }
    }
}
