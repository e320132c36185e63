package org.marrow.stats.design;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.statistics.distribution.BinomialDistribution;
import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * Toxicity stopping boundaries by repeated significance testing (Pocock-type when the shape delta
 * is 0, O'Brien-Fleming-type at 0.5), computed exactly as {@code clinfun::toxbdry(pLo, pHi, n, cP0,
 * cP1, ngrid, niter, delta, priority)} (clinfun 1.1.5; Ivanova, Qaqish and Schell 2005, Biometrics
 * 61:540-545): at look k the bound is {@code qbinom(1 - pnorm(qnorm(alpha) / (n_k / N)^delta), n_k,
 * pLo)}, and the nominal level alpha is searched (halving, multiplying by 1.4, then bisection or
 * linear interpolation, at most niter steps, as clinfun does, its quirks included) until the
 * probability of crossing at pLo (priority null) or at pHi (priority alternative) is bracketed by
 * two boundaries: the low one, crossed slightly more often than the threshold, and the high one,
 * slightly less.
 *
 * <p>Immutable options: {@code SequentialToxicityBoundary.withDefaults().withCrossingProbabilities(
 * 0.1, 0.9).withShape(0).withPriority(Priority.NULL)}; defaults are clinfun's.
 */
public final class SequentialToxicityBoundary {
    /** Which crossing probability the search meets when the sample is too small for both. */
    public enum Priority {
        /** cP0, the probability of declaring an acceptable treatment (pLo) too toxic (clinfun "null"). */
        NULL,
        /** cP1, the probability of declaring an unacceptable treatment (pHi) too toxic (clinfun "alt"). */
        ALTERNATIVE
    }

    private static final SequentialToxicityBoundary DEFAULTS =
            new SequentialToxicityBoundary(0.1, 0.9, 6, 10, 0, Priority.NULL);

    private final double cP0;
    private final double cP1;
    private final int grid;
    private final int iterations;
    private final double delta;
    private final Priority priority;

    private SequentialToxicityBoundary(
            double cP0, double cP1, int grid, int iterations, double delta, Priority priority) {
        this.cP0 = cP0;
        this.cP1 = cP1;
        this.grid = grid;
        this.iterations = iterations;
        this.delta = delta;
        this.priority = priority;
    }

    /**
     * clinfun's defaults: cP0 0.1, cP1 0.9, ngrid 6, niter 10, delta 0 (Pocock), priority null.
     *
     * @return the defaults
     */
    public static SequentialToxicityBoundary withDefaults() {
        return DEFAULTS;
    }

    /**
     * A copy with other crossing probabilities.
     *
     * @param cP0 the probability of crossing at pLo (declaring an acceptable rate too toxic), in (0, 1)
     * @param cP1 the probability of crossing at pHi, in (cP0, 1)
     * @return the new search
     * @throws IllegalArgumentException if out of range
     */
    public SequentialToxicityBoundary withCrossingProbabilities(double cP0, double cP1) {
        Check.open("Crossing probability cP0", cP0);
        Check.open("Crossing probability cP1", cP1);
        if (!(cP1 > cP0)) {
            throw new IllegalArgumentException("Crossing probability cP1 (" + cP1 + ") must be > cP0 (" + cP0 + ")");
        }
        return new SequentialToxicityBoundary(cP0, cP1, grid, iterations, delta, priority);
    }

    /**
     * A copy with another boundary shape.
     *
     * @param delta 0 (Pocock) to 0.5 (O'Brien-Fleming)
     * @return the new search
     * @throws IllegalArgumentException if delta is not in [0, 0.5]
     */
    public SequentialToxicityBoundary withShape(double delta) {
        if (!(delta >= 0 && delta <= 0.5)) {
            throw new IllegalArgumentException("Boundary shape delta (" + delta + ") must be in [0, 0.5]");
        }
        return new SequentialToxicityBoundary(cP0, cP1, grid, iterations, delta, priority);
    }

    /**
     * A copy with another priority.
     *
     * @param priority which crossing probability to meet
     * @return the new search
     * @throws IllegalArgumentException if null
     */
    public SequentialToxicityBoundary withPriority(Priority priority) {
        if (priority == null) {
            throw new IllegalArgumentException("Priority (null) must be NULL or ALTERNATIVE");
        }
        return new SequentialToxicityBoundary(cP0, cP1, grid, iterations, delta, priority);
    }

    /**
     * A copy with another number of toxicity rates from pLo to pHi at which the characteristics are
     * reported (clinfun's ngrid).
     *
     * @param grid at least 2
     * @return the new search
     * @throws IllegalArgumentException if below 2
     */
    public SequentialToxicityBoundary withGrid(int grid) {
        if (grid < 2) {
            throw new IllegalArgumentException("Number of toxicity rates ngrid (" + grid + ") must be >= 2");
        }
        return new SequentialToxicityBoundary(cP0, cP1, grid, iterations, delta, priority);
    }

    /**
     * The low and high boundaries and their characteristics at ngrid rates from pLo to pHi.
     *
     * @param pLo the acceptable toxicity rate, in (0, 1)
     * @param pHi the unacceptable toxicity rate, in (pLo, 1)
     * @param looks the cumulative numbers of patients at the looks, increasing, at least two
     * @return the boundaries
     * @throws IllegalArgumentException if an argument is out of range
     * @throws IllegalStateException if the search drives the nominal level to 1 or above (clinfun
     *     then fails too): the maximum sample size is too small for the crossing probabilities
     */
    public SequentialToxicityDesign compute(double pLo, double pHi, int[] looks) {
        Check.ordered("Toxicity rate", "pLo", pLo, "pHi", pHi);
        Check.looks(looks);
        if (looks.length < 2) {
            throw new IllegalArgumentException(
                    "Looks (" + Arrays.toString(looks) + ") must be at least two to be able to stop early");
        }
        int nlook = looks.length;
        double[] rates = new double[grid];
        for (int i = 0; i < grid; i++) {
            rates[i] = i == grid - 1 ? pHi : pLo + i * ((pHi - pLo) / (grid - 1));
        }
        double[] shape = new double[nlook];
        for (int k = 0; k < nlook; k++) {
            shape[k] = Math.pow((double) looks[k] / looks[nlook - 1], delta);
        }
        boolean priorityNull = priority == Priority.NULL;
        double threshold = priorityNull ? cP0 : cP1;
        int ii = priorityNull ? 0 : grid - 1;
        double alpha0 = cP0 / nlook;
        int[] r0 = bounds(alpha0, looks, shape, pLo);
        double[] cross0 = cross(looks, r0, rates);
        double alpha1 = cP0;
        int[] r1 = bounds(alpha1, looks, shape, pLo);
        double[] cross1 = cross(looks, r1, rates);
        if (!priorityNull) {
            while (cross0[ii] > threshold) {
                alpha1 = alpha0;
                cross1 = cross0; // clinfun keeps r1 as it was
                alpha0 = 0.5 * alpha0;
                r0 = bounds(alpha0, looks, shape, pLo);
                cross0 = cross(looks, r0, rates);
            }
        }
        while (cross1[ii] < threshold) {
            alpha0 = alpha1;
            cross0 = cross1; // clinfun keeps r0 as it was
            alpha1 = 1.4 * alpha1;
            r1 = bounds(alpha1, looks, shape, pLo);
            cross1 = cross(looks, r1, rates);
        }
        int iter = 0;
        while (sum(r0) - sum(r1) > 1 && iter <= iterations) {
            iter++;
            double alpha = alpha1 - alpha0 > 0.01
                    ? (alpha1 + alpha0) / 2
                    : alpha0 + (alpha1 - alpha0) * (threshold - cross0[ii]) / (cross1[ii] - cross0[ii]);
            int[] r = bounds(alpha, looks, shape, pLo);
            double[] c = cross(looks, r, rates);
            if (c[ii] < threshold) {
                alpha0 = alpha;
                r0 = r;
                cross0 = c;
            } else {
                alpha1 = alpha;
                r1 = r;
                cross1 = c;
            }
        }
        ToxicityBoundary low = boundary(looks, r1);
        ToxicityBoundary high = boundary(looks, r0);
        return new SequentialToxicityDesign(low, high, low.characteristics(rates), high.characteristics(rates));
    }

    private static ToxicityBoundary boundary(int[] looks, int[] r) {
        List<Integer> n = new ArrayList<>();
        List<Integer> b = new ArrayList<>();
        for (int k = 0; k < looks.length; k++) {
            n.add(looks[k]);
            b.add(r[k]);
        }
        return new ToxicityBoundary(n, b);
    }

    /** {@code qbinom(1 - pnorm(qnorm(alpha) / shape), n, pLo)} per look. */
    private static int[] bounds(double alpha, int[] looks, double[] shape, double pLo) {
        if (!(alpha > 0 && alpha < 1)) {
            throw new IllegalStateException("The nominal level reached " + alpha
                    + ": the maximum sample size is too small for the crossing probabilities");
        }
        NormalDistribution z = NormalDistribution.of(0, 1);
        double q = z.inverseCumulativeProbability(alpha);
        int[] r = new int[looks.length];
        for (int k = 0; k < looks.length; k++) {
            double p = 1 - z.cumulativeProbability(q / shape[k]);
            r[k] = qbinom(p, looks[k], pLo);
        }
        return r;
    }

    /**
     * R's {@code qbinom(p, n, prob)}: the smallest x with {@code pbinom(x, n, prob) >= p (1 - 64
     * DBL_EPSILON)} (R's fuzz against rounding in the search).
     */
    static int qbinom(double p, int n, double prob) {
        BinomialDistribution b = BinomialDistribution.of(n, prob);
        double target = p * (1 - 64 * Math.ulp(1.0));
        for (int x = 0; x < n; x++) {
            if (b.cumulativeProbability(x) >= target) {
                return x;
            }
        }
        return n;
    }

    private static double[] cross(int[] looks, int[] r, double[] rates) {
        double[] c = new double[rates.length];
        for (int i = 0; i < rates.length; i++) {
            c[i] = ToxicityBoundary.crossing(looks, r, rates[i]).probabilityCross();
        }
        return c;
    }

    private static int sum(int[] r) {
        int s = 0;
        for (int v : r) {
            s += v;
        }
        return s;
    }
}
