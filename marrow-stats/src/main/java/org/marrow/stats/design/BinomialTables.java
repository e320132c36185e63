package org.marrow.stats.design;

import org.apache.commons.statistics.distribution.BinomialDistribution;

/**
 * Binomial probabilities for every number of trials from 1 to a maximum, at one response rate:
 * the tables that {@code clinfun::ph2simon} builds before its search.
 */
final class BinomialTables {
    /** {@code pmf[m][x] = P(X = x)} for X ~ Bin(m, p), x = 0..m. */
    final double[][] pmf;

    /**
     * {@code upper[m][x] = P(X >= x)}, x = 0..m+1, summed from the top so that tail probabilities
     * keep their relative accuracy; {@code upper[m][m + 1] = 0}.
     */
    final double[][] upper;

    /**
     * {@code pet[m][x] = 1 - P(X = m) - P(X = m - 1) - ... - P(X = x)}, subtracted in that order
     * (the order of ph2simon's Fortran), so {@code pet[m][r1 + 1] = P(X <= r1)}; x = 0..m.
     * Only built on request.
     */
    final double[][] pet;

    BinomialTables(double p, int maxTrials, boolean withPet) {
        pmf = new double[maxTrials + 1][];
        upper = new double[maxTrials + 1][];
        pet = withPet ? new double[maxTrials + 1][] : null;
        double odds = p / (1 - p);
        for (int m = 1; m <= maxTrials; m++) {
            double[] f = new double[m + 1];
            double[] up = new double[m + 2];
            // Loader's saddle-point pmf (as R's dbinom) at the mode, then the ratio recurrence
            // outwards: each step costs a few ulps, and the mode carries most of the mass
            int mode = (int) Math.min(m, Math.floor((m + 1) * p));
            f[mode] = BinomialDistribution.of(m, p).probability(mode);
            for (int x = mode; x < m; x++) {
                f[x + 1] = f[x] * ((m - x) * odds / (x + 1));
            }
            for (int x = mode; x > 0; x--) {
                f[x - 1] = f[x] * (x / ((m - x + 1) * odds));
            }
            for (int x = m; x >= 0; x--) {
                up[x] = up[x + 1] + f[x];
            }
            pmf[m] = f;
            upper[m] = up;
            if (withPet) {
                double[] e = new double[m + 1];
                double acc = 1.0;
                for (int x = m; x >= 0; x--) {
                    acc -= f[x];
                    e[x] = acc;
                }
                pet[m] = e;
            }
        }
    }

    /**
     * {@code P(X1 > r1 and X1 + X2 > r)} with X1 ~ Bin(n1, p), X2 ~ Bin(n2, p), for
     * {@code r1 <= r <= r1 + n2}, accumulated as ph2simon's Fortran does: over x1 from n1 down to
     * r1 + 1, the terms with x1 > r (which need no second stage) first.
     */
    double reject(int n1, int n2, int r1, int r) {
        double[] f = pmf[n1];
        double[] up2 = upper[n2];
        int top = Math.min(r, n1);
        double sum = upper[n1][top + 1];
        for (int x1 = top; x1 > r1; x1--) {
            sum += f[x1] * up2[r + 1 - x1];
        }
        return sum;
    }
}
