package org.marrow.analysis.stage;

/**
 * One look of a monitoring design's boundary: after n evaluable patients, stop for futility if at most
 * {@code futility} responded, or for toxicity if at least {@code toxicity} had the toxicity.
 *
 * @param n the number of evaluable patients
 * @param cutoff BOP2's posterior probability cutoff {@code 1 - lambda (n / N)^gamma}; NaN for the
 *     predictive probability design
 * @param futility stop if responses are at most this; -1 when none stops
 * @param toxicity stop if toxicities are at least this; n + 1 when none stops or toxicity is not
 *     monitored
 */
public record BoundaryLook(int n, double cutoff, int futility, int toxicity) {

    /**
     * Whether the look monitors toxicity (some number of toxicities stops).
     *
     * @return true if {@code toxicity <= n}
     */
    public boolean monitorsToxicity() {
        return toxicity <= n;
    }
}
