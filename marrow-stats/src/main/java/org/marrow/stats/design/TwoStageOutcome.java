package org.marrow.stats.design;

/**
 * What a Simon two-stage trial observed: the design's stage-1 rule (n1, r1), the number of
 * evaluable patients in all, the responses in stage 1 and in all.
 *
 * <p>The trial stopped after stage 1 when {@code x1 <= r1}; then {@code n = n1} and
 * {@code x = x1}. Otherwise {@code n} is the attained total, which may differ from the planned
 * total (see {@link TwoStageInference} for how that is handled).
 *
 * @param n1 the number of evaluable patients in stage 1
 * @param r1 the stage-1 futility bound: stop if at most r1 of n1 respond; -1 for no early stop
 * @param n the number of evaluable patients in all (n1 when the trial stopped after stage 1)
 * @param x1 the number of responses in stage 1
 * @param x the number of responses in all (x1 when the trial stopped after stage 1)
 */
public record TwoStageOutcome(int n1, int r1, int n, int x1, int x) {

    /**
     * Checks the outcome.
     *
     * @param n1 the stage-1 sample size
     * @param r1 the stage-1 bound
     * @param n the attained total
     * @param x1 the stage-1 responses
     * @param x the total responses
     * @throws IllegalArgumentException if {@code n1 < 1}, r1 is not in -1..n1-1, x1 is not in
     *     0..n1, or (after stage 1) n is not n1 or x is not x1, or (after stage 2) {@code n <= n1}
     *     or x is not in x1..x1 + n - n1
     */
    public TwoStageOutcome {
        if (n1 < 1) {
            throw new IllegalArgumentException("Stage-1 sample size n1 (" + n1 + ") must be >= 1");
        }
        if (r1 < -1 || r1 >= n1) {
            throw new IllegalArgumentException("Stage-1 bound r1 (" + r1 + ") must be in -1..n1-1 (n1 = " + n1 + ")");
        }
        if (x1 < 0 || x1 > n1) {
            throw new IllegalArgumentException("Stage-1 responses x1 (" + x1 + ") must be in 0..n1 (n1 = " + n1 + ")");
        }
        if (x1 <= r1) {
            if (n != n1 || x != x1) {
                throw new IllegalArgumentException("Trial stopped after stage 1 (x1 = " + x1 + " <= r1 = " + r1
                        + "): n (" + n + ") must be n1 (" + n1 + ") and x (" + x + ") must be x1 (" + x1 + ")");
            }
        } else {
            if (n <= n1) {
                throw new IllegalArgumentException("Total sample size n (" + n + ") must be > n1 (" + n1
                        + ") when the trial went on to stage 2 (x1 = " + x1 + " > r1 = " + r1 + ")");
            }
            if (x < x1 || x > x1 + (n - n1)) {
                throw new IllegalArgumentException(
                        "Total responses x (" + x + ") must be in x1..x1 + n - n1 (" + x1 + ".." + (x1 + n - n1) + ")");
            }
        }
    }

    /**
     * The outcome of a trial that stopped for futility after stage 1.
     *
     * @param n1 the stage-1 sample size
     * @param r1 the stage-1 bound
     * @param x1 the stage-1 responses, at most r1
     * @return the outcome
     * @throws IllegalArgumentException if the arguments are out of range or {@code x1 > r1}
     */
    public static TwoStageOutcome stoppedAfterStageOne(int n1, int r1, int x1) {
        if (x1 > r1) {
            throw new IllegalArgumentException(
                    "Stage-1 responses x1 (" + x1 + ") must be <= r1 (" + r1 + ") for a trial that stopped");
        }
        return new TwoStageOutcome(n1, r1, n1, x1, x1);
    }

    /**
     * Whether the trial stopped after stage 1 ({@code x1 <= r1}).
     *
     * @return true if it stopped early
     */
    public boolean stoppedEarly() {
        return x1 <= r1;
    }

    /**
     * The number of evaluable patients in stage 2, {@code n - n1} (0 after an early stop).
     *
     * @return the attained stage-2 size
     */
    public int n2() {
        return n - n1;
    }
}
