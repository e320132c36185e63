package org.marrow.stats.table;

import org.apache.commons.statistics.distribution.HypergeometricDistribution;

/**
 * The conditional maximum likelihood odds ratio of a 2x2 table and its exact confidence interval,
 * computed as R's {@code fisher.test} does: from the noncentral hypergeometric distribution of the
 * top-left count given the margins, with roots found by {@link Zeroin} as R's {@code uniroot}.
 */
final class ConditionalOddsRatio {
    /** R's {@code .Machine$double.eps}, the lower end of the search interval for 1/ncp. */
    private static final double EPS = Math.ulp(1.0);

    private final int x;
    private final int lo;
    private final int hi;
    private final int[] support;
    private final double[] logDensity;
    private final HypergeometricDistribution central;

    private ConditionalOddsRatio(ContingencyTable table) {
        int m = (int) table.columnTotal(0);
        int n = (int) table.columnTotal(1);
        int k = (int) table.rowTotal(0);
        x = table.count(0, 0);
        lo = Math.max(0, k - n);
        hi = Math.min(k, m);
        central = HypergeometricDistribution.of(m + n, m, k);
        support = new int[hi - lo + 1];
        logDensity = new double[support.length];
        for (int i = 0; i < support.length; i++) {
            support[i] = lo + i;
            logDensity[i] = central.logProbability(support[i]);
        }
    }

    static OddsRatioEstimate estimate(ContingencyTable table, double confidenceLevel) {
        ConditionalOddsRatio c = new ConditionalOddsRatio(table);
        double alpha = (1 - confidenceLevel) / 2;
        return new OddsRatioEstimate(c.mle(), c.lowerBound(alpha), c.upperBound(alpha), confidenceLevel);
    }

    /** The noncentral hypergeometric probabilities over the support (R's {@code dnhyper}). */
    private double[] density(double ncp) {
        double logNcp = Math.log(ncp);
        double[] d = new double[support.length];
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < d.length; i++) {
            d[i] = logDensity[i] + logNcp * support[i];
            max = Math.max(max, d[i]);
        }
        double sum = 0;
        for (int i = 0; i < d.length; i++) {
            d[i] = Math.exp(d[i] - max);
            sum += d[i];
        }
        for (int i = 0; i < d.length; i++) {
            d[i] /= sum;
        }
        return d;
    }

    /** The mean of the noncentral distribution (R's {@code mnhyper}). */
    private double mean(double ncp) {
        if (ncp == 0) {
            return lo;
        }
        if (ncp == Double.POSITIVE_INFINITY) {
            return hi;
        }
        double[] d = density(ncp);
        double mean = 0;
        for (int i = 0; i < d.length; i++) {
            mean += support[i] * d[i];
        }
        return mean;
    }

    /** P(X <= x) or, for the upper tail, P(X >= x) (R's {@code pnhyper} at the observed x). */
    private double tail(double ncp, boolean upper) {
        if (ncp == 1) {
            return upper ? central.survivalProbability(x - 1) : central.cumulativeProbability(x);
        }
        if (ncp == 0) {
            return (upper ? x <= lo : x >= lo) ? 1 : 0;
        }
        if (ncp == Double.POSITIVE_INFINITY) {
            return (upper ? x <= hi : x >= hi) ? 1 : 0;
        }
        double[] d = density(ncp);
        double p = 0;
        for (int i = 0; i < d.length; i++) {
            if (upper ? support[i] >= x : support[i] <= x) {
                p += d[i];
            }
        }
        return p;
    }

    private double mle() {
        if (x == lo) {
            return 0;
        }
        if (x == hi) {
            return Double.POSITIVE_INFINITY;
        }
        double mu = mean(1);
        if (mu > x) {
            return Zeroin.uniroot(t -> mean(t) - x, 0, 1);
        }
        if (mu < x) {
            return 1 / Zeroin.uniroot(t -> mean(1 / t) - x, EPS, 1);
        }
        return 1;
    }

    private double upperBound(double alpha) {
        if (x == hi) {
            return Double.POSITIVE_INFINITY;
        }
        double p = tail(1, false);
        if (p < alpha) {
            return Zeroin.uniroot(t -> tail(t, false) - alpha, 0, 1);
        }
        if (p > alpha) {
            return 1 / Zeroin.uniroot(t -> tail(1 / t, false) - alpha, EPS, 1);
        }
        return 1;
    }

    private double lowerBound(double alpha) {
        if (x == lo) {
            return 0;
        }
        double p = tail(1, true);
        if (p > alpha) {
            return Zeroin.uniroot(t -> tail(t, true) - alpha, 0, 1);
        }
        if (p < alpha) {
            return 1 / Zeroin.uniroot(t -> tail(1 / t, true) - alpha, EPS, 1);
        }
        return 1;
    }
}
