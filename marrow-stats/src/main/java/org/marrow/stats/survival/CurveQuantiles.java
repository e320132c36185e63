package org.marrow.stats.survival;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * The two rules by which R's survival package reads a time off a step curve: {@code print.survfit}'s
 * median and {@code quantile.survfit}'s quantiles. They differ when a curve ends exactly at the
 * level sought, so both are kept.
 */
final class CurveQuantiles {
    /** R's {@code sqrt(.Machine$double.eps)}. */
    static final double TOLERANCE = Math.sqrt(Math.ulp(1.0));

    private CurveQuantiles() {}

    /**
     * The median rule of R's {@code survmean} (used by {@code print.survfit}).
     *
     * @param y the curve (survival, or a confidence curve, NaN for NA)
     * @param x the times
     */
    static double printedMedian(double[] y, double[] x) {
        int first = -1;
        for (int i = 0; i < y.length; i++) {
            if (y[i] < 0.5 + TOLERANCE) { // false for NaN, which R drops
                first = i;
                break;
            }
        }
        if (first < 0) {
            return Double.NaN;
        }
        if (Math.abs(y[first] - 0.5) < TOLERANCE) {
            for (int j = first + 1; j < y.length; j++) {
                if (y[j] < y[first]) {
                    return (x[first] + x[j]) / 2;
                }
            }
        }
        return x[first];
    }

    /**
     * R's {@code findq} (inside {@code quantile.survfit}).
     *
     * @param x {@code c(0, time)}
     * @param y {@code c(0, 1 - curve)}, NaN for NA
     * @param p the probabilities
     */
    static double[] quantiles(double[] x, double[] y, double[] p) {
        double[] out = new double[p.length];
        double maxY = Double.NEGATIVE_INFINITY;
        for (double v : y) {
            if (v > maxY) {
                maxY = v;
            }
        }
        double minP = Double.POSITIVE_INFINITY;
        for (double v : p) {
            minP = Math.min(minP, v);
        }
        if (maxY < minP) {
            Arrays.fill(out, Double.NaN);
            return out;
        }
        double xmax = x[x.length - 1];
        // duplicated(y): keep the first point of each value (NA included), with its time.
        int n = 0;
        double[] ux = new double[y.length];
        double[] uy = new double[y.length];
        boolean monotone = true;
        for (int i = 1; i < y.length && monotone; i++) {
            monotone = y[i] >= y[i - 1]; // false at any NaN
        }
        if (monotone) {
            for (int i = 0; i < y.length; i++) {
                if (i == 0 || y[i] != y[i - 1]) {
                    ux[n] = x[i];
                    uy[n++] = y[i];
                }
            }
        } else {
            Set<Double> seen = new HashSet<>();
            for (int i = 0; i < y.length; i++) {
                if (seen.add(y[i])) {
                    ux[n] = x[i];
                    uy[n++] = y[i];
                }
            }
        }
        StepIndex up = new StepIndex(uy, n, TOLERANCE);
        StepIndex down = new StepIndex(uy, n, -TOLERANCE);
        for (int k = 0; k < p.length; k++) {
            double i1 = up.at(p[k]);
            double i2 = down.at(p[k]);
            double q = (pick(ux, i1) + pick(ux, i2)) / 2;
            if (p[k] == 0) {
                q = ux[0];
            }
            if (!Double.isNaN(uy[n - 1]) && Math.abs(p[k] - uy[n - 1]) < TOLERANCE) {
                q = (pick(ux, i1) + xmax) / 2;
            }
            out[k] = q;
        }
        return out;
    }

    /** {@code x[index]} with R's 1-based, truncating indexing; NaN for an NA index. */
    private static double pick(double[] x, double index) {
        return Double.isNaN(index) ? Double.NaN : x[(int) index - 1];
    }

    /**
     * R's {@code approx(y + shift, 1:n, v, method = "constant", f = 1)}: pairs with NA dropped, sorted
     * by abscissa, tied abscissae averaged, NA outside the range.
     */
    private static final class StepIndex {
        private final double[] xs;
        private final double[] idx;
        private final int size;

        StepIndex(double[] y, int n, double shift) {
            int m = 0;
            double[][] pairs = new double[n][];
            for (int i = 0; i < n; i++) {
                if (!Double.isNaN(y[i])) {
                    pairs[m++] = new double[] {y[i] + shift, i + 1};
                }
            }
            double[][] used = Arrays.copyOf(pairs, m);
            Arrays.sort(used, (a, b) -> Double.compare(a[0], b[0]));
            double[] sx = new double[m];
            double[] si = new double[m];
            int s = 0;
            for (int i = 0; i < m; ) {
                int j = i;
                double sum = 0;
                while (j < m && used[j][0] == used[i][0]) {
                    sum += used[j][1];
                    j++;
                }
                sx[s] = used[i][0];
                si[s++] = sum / (j - i);
                i = j;
            }
            this.xs = sx;
            this.idx = si;
            this.size = s;
        }

        double at(double v) {
            if (size == 0 || v < xs[0] || v > xs[size - 1]) {
                return Double.NaN;
            }
            int i = 0;
            int j = size - 1;
            while (i < j - 1) {
                int mid = (i + j) >>> 1;
                if (v < xs[mid]) {
                    j = mid;
                } else {
                    i = mid;
                }
            }
            if (v == xs[j]) {
                return idx[j];
            }
            if (v == xs[i]) {
                return idx[i];
            }
            return idx[j];
        }
    }
}
