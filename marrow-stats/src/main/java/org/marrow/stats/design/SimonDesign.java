package org.marrow.stats.design;

/**
 * One Simon two-stage design: treat {@code n1} patients; stop for futility if at most {@code r1}
 * respond; otherwise treat {@code n - n1} more and declare the treatment promising if more than
 * {@code r} of all {@code n} respond. This is a row of {@code clinfun::ph2simon(...)$out}.
 *
 * @param r1 the stage-1 futility bound (stop if responses {@code <= r1}); {@code -1} means no early stop
 * @param n1 the stage-1 sample size
 * @param r the final bound (promising if responses {@code > r})
 * @param n the total sample size
 * @param en0 the expected sample size under p0, {@code n1 + (1 - pet0) (n - n1)}
 * @param pet0 the probability of early termination under p0, {@code P(X1 <= r1)}
 */
public record SimonDesign(int r1, int n1, int r, int n, double en0, double pet0) {}
