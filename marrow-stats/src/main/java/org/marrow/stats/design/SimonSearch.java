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

    static List<SimonDesign> bestBySampleSize(double p0, double p1, double alpha, double beta, int nmax) {
        BinomialTables h0 = new BinomialTables(p0, nmax - 1, true);
        BinomialTables h1 = new BinomialTables(p1, nmax - 1, false);
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
        for (int n = 2; n <= nmax; n++) {
            double bestEn = n;
            SimonDesign best = null;
            for (int n1 = 1; n1 < n && n1 < bestEn; n1++) {
                int n2 = n - n1;
                double[] pet = h0.pet[n1];
                int rLow = Integer.MIN_VALUE;
                for (int r1 = topR1[n1]; r1 >= -1; r1--) {
                    double en = n1 + (1.0 - pet[r1 + 1]) * n2;
                    if (!(en < bestEn)) {
                        break;
                    }
                    int r = largestPowered(h1, n1, n2, r1, Math.max(r1, rLow), beta);
                    rLow = r;
                    if (h0.reject(n1, n2, r1, r) < alpha) {
                        bestEn = en;
                        best = new SimonDesign(r1, n1, r, n, en, pet[r1 + 1]);
                        break;
                    }
                }
            }
            if (best != null) {
                rows.add(best);
            }
        }
        return rows;
    }

    /**
     * The largest r in [lo, r1 + n2] with {@code 1 - P1(reject) < beta}, given that lo has it.
     */
    private static int largestPowered(BinomialTables h1, int n1, int n2, int r1, int lo, double beta) {
        int hi = r1 + n2;
        if (1 - h1.reject(n1, n2, r1, hi) < beta) {
            return hi;
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
