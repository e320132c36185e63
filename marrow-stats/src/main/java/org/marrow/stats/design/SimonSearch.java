package org.marrow.stats.design;

import java.util.ArrayList;
import java.util.List;

/**
 * The search of {@code clinfun::ph2simon} (clinfun 1.1.5, Fortran routine {@code f2bdry}), made
 * fast without changing its result.
 *
 * <p>ph2simon examines, for every total n in 2..nmax, every n1 in 1..n-1, every r1 from n1 - 1
 * down to -1 and every r from r1 + n2 down to r1, the designs with {@code P0(reject) < alpha} and
 * {@code 1 - P1(reject) < beta}, and keeps for each n the first design met, in that order, whose
 * EN0 is strictly below every earlier one (and below n). This class visits the same designs in
 * the same order but skips those that provably cannot be kept:
 *
 * <ul>
 *   <li>for fixed (n, n1, r1), both error probabilities fall as r grows, so the first feasible r
 *       in ph2simon's descending order is the largest r with enough power, found by bisection;
 *       rejection sums are accumulated in ph2simon's order, so they are monotone in r and r1 in
 *       floating point too;
 *   <li>the power never exceeds {@code P1(X1 > r1)}, so r1 above the largest r1 that allows it
 *       never gives a feasible design;
 *   <li>EN0 falls as r1 grows, so once a design is kept for (n, n1) the smaller r1 cannot
 *       improve on it, and once {@code EN0(r1) >= } the best EN0 so far, neither can any smaller r1;
 *   <li>{@code EN0 >= n1}, so no n1 at or above the best EN0 so far can improve on it;
 *   <li>the power rises as r1 falls, so the largest powered r for r1 bounds it from below for r1 - 1.
 * </ul>
 */
final class SimonSearch {
    private SimonSearch() {}

    /** Slack for the Neyman-Pearson bound, far above the rounding error of the sums (about 1e-13). */
    private static final double SLACK = 1e-9;

    static List<SimonDesign> bestBySampleSize(double p0, double p1, double alpha, double beta, int nmax) {
        BinomialTables h0 = new BinomialTables(p0, nmax, true);
        BinomialTables h1 = new BinomialTables(p1, nmax, false);
        int[] topR1 = new int[nmax];
        for (int n1 = 1; n1 < nmax; n1++) {
            int t = n1 - 1;
            // power <= P1(X1 > r1) = upper[n1][r1 + 1]; ph2simon's test at r = r1 is exactly this
            while (t >= -1 && !(1 - h1.upper[n1][t + 1] < beta)) {
                t--;
            }
            topR1[n1] = t;
        }
        List<SimonDesign> rows = new ArrayList<>();
        SimonDesign previous = null;
        for (int n = 2; n <= nmax; n++) {
            if (mostPowerful(h0, h1, n, alpha + SLACK) < 1 - beta - SLACK) {
                continue;
            }
            // no design on n has more power than the single-stage test, so r <= rS
            int rS = n - 1;
            while (rS >= 0 && !(h1.upper[n][rS + 1] > 1 - beta - SLACK)) {
                rS--;
            }
            if (rS < 0) {
                continue;
            }
            SimonDesign seed = seed(h0, h1, n, rS, previous, alpha, beta);
            SimonDesign best = bestAt(h0, h1, n, rS, topR1, alpha, beta, seed);
            if (best != null) {
                rows.add(best);
                previous = best;
            }
        }
        return rows;
    }

    /**
     * The power of the most powerful (randomised) test of p0 against p1 at the given level based on
     * n responses. By the Neyman-Pearson lemma no design on n patients with type I error below the
     * level has more power, so when this is clearly below 1 - beta, n has no feasible design.
     */
    private static double mostPowerful(BinomialTables h0, BinomialTables h1, int n, double level) {
        double[] up0 = h0.upper[n];
        int k = 0;
        while (up0[k + 1] > level) {
            k++;
        }
        double gamma = (level - up0[k + 1]) / h0.pmf[n][k];
        return h1.upper[n][k + 1] + Math.min(1.0, gamma) * h1.pmf[n][k];
    }

    /**
     * A feasible design on n patients near the previous best (same n1, one more in stage 2, or one
     * more in stage 1), or null. It only bounds EN0 for the scan, which still decides in
     * ph2simon's order.
     */
    private static SimonDesign seed(
            BinomialTables h0, BinomialTables h1, int n, int rS, SimonDesign previous, double alpha, double beta) {
        if (previous == null) {
            return null;
        }
        SimonDesign best = null;
        for (int n1 = previous.n1(); n1 <= previous.n1() + 1 && n1 < n; n1++) {
            for (int r1 = Math.min(previous.r1() + 1, n1 - 1); r1 >= previous.r1() - 1 && r1 >= -1; r1--) {
                SimonDesign d = evaluate(h0, h1, n, rS, n1, r1, alpha, beta);
                if (d != null && (best == null || d.en0() < best.en0())) {
                    best = d;
                }
            }
        }
        return best;
    }

    private static SimonDesign evaluate(
            BinomialTables h0, BinomialTables h1, int n, int rS, int n1, int r1, double alpha, double beta) {
        int n2 = n - n1;
        if (!(1 - h1.upper[n1][r1 + 1] < beta)) {
            return null;
        }
        int r = largestPowered(h1, n1, n2, r1, r1, rS, beta);
        if (!(h0.reject(n1, n2, r1, r) < alpha)) {
            return null;
        }
        double pet = h0.pet[n1][r1 + 1];
        return new SimonDesign(r1, n1, r, n, n1 + (1.0 - pet) * n2, pet);
    }

    /**
     * ph2simon's choice for n. With a seed, designs of EN0 equal to the seed's are kept too, the
     * first in ph2simon's order winning, so that the seed never changes which design is chosen.
     */
    private static SimonDesign bestAt(
            BinomialTables h0,
            BinomialTables h1,
            int n,
            int rS,
            int[] topR1,
            double alpha,
            double beta,
            SimonDesign seed) {
        double bestEn = seed == null ? n : seed.en0();
        boolean provisional = seed != null;
        SimonDesign best = seed;
        double singleStageAlpha = h0.upper[n][rS + 1];
        for (int n1 = 1; n1 < n && (n1 < bestEn || provisional && n1 == bestEn); n1++) {
            int n2 = n - n1;
            double[] pet = h0.pet[n1];
            double[] up2 = h0.upper[n2];
            int rLow = Integer.MIN_VALUE;
            for (int r1 = topR1[n1]; r1 >= -1; r1--) {
                double en = n1 + (1.0 - pet[r1 + 1]) * n2;
                if (!(en < bestEn || provisional && en == bestEn)) {
                    break;
                }
                // alpha(r1, r) >= alpha(r1, rS) >= P0(S > rS) - P0(X1 <= r1) P0(X2 > rS - r1), and this
                // lower bound only grows as r1 falls
                int k = Math.max(0, Math.min(n2 + 1, rS + 1 - r1));
                if (singleStageAlpha - (1.0 - h0.upper[n1][r1 + 1]) * up2[k] >= alpha + SLACK) {
                    break;
                }
                int r = largestPowered(h1, n1, n2, r1, Math.max(r1, rLow), rS, beta);
                rLow = r;
                if (h0.reject(n1, n2, r1, r) < alpha) {
                    bestEn = en;
                    provisional = false;
                    best = new SimonDesign(r1, n1, r, n, en, pet[r1 + 1]);
                    break;
                }
            }
        }
        return best;
    }

    /**
     * The largest r in [lo, r1 + n2] with {@code 1 - P1(reject) < beta}, given that lo has it and
     * that no r above rS has it.
     */
    private static int largestPowered(BinomialTables h1, int n1, int n2, int r1, int lo, int rS, double beta) {
        int hi;
        if (rS < r1 + n2) {
            hi = rS + 1;
        } else {
            hi = r1 + n2;
            if (1 - h1.reject(n1, n2, r1, hi) < beta) {
                return hi;
            }
        }
        while (hi - lo > 1) {
            int mid = (lo + hi) >>> 1;
            if (1 - h1.reject(n1, n2, r1, mid) < beta) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
