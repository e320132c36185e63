package org.marrow.stats.design;

import java.util.List;
import org.apache.commons.statistics.distribution.BinomialDistribution;

/**
 * Exact operating characteristics of designs monitored at several looks on one or two binary
 * outcomes: the distribution of the counts among trials still running is carried from look to look
 * and convolved with the binomial (or bivariate binomial) increments.
 */
final class SequentialBinomial {
    private SequentialBinomial() {}

    /** One outcome; see {@link MonitoringLook}. */
    static MonitoringCharacteristics characteristics(List<MonitoringLook> looks, double p) {
        double[] dist = {1.0};
        int previous = 0;
        double futility = 0;
        double upper = 0;
        double expected = 0;
        double reject = 0;
        for (int k = 0; k < looks.size(); k++) {
            MonitoringLook look = looks.get(k);
            dist = convolve(dist, binomial(look.n() - previous, p));
            previous = look.n();
            boolean last = k == looks.size() - 1;
            double stopLow = 0;
            double stopHigh = 0;
            double promising = 0;
            for (int x = 0; x < dist.length; x++) {
                if (x <= look.futility()) {
                    stopLow += dist[x];
                    dist[x] = 0;
                } else if (last) {
                    promising += dist[x];
                } else if (x >= look.upper()) {
                    stopHigh += dist[x];
                    dist[x] = 0;
                }
            }
            if (last) {
                reject += promising;
                expected += look.n() * (stopLow + promising);
            } else {
                futility += stopLow;
                upper += stopHigh;
                reject += stopHigh;
                expected += look.n() * (stopLow + stopHigh);
            }
        }
        return new MonitoringCharacteristics(p, reject, futility + upper, futility, expected);
    }

    static double[] binomial(int m, double p) {
        BinomialDistribution b = BinomialDistribution.of(m, p);
        double[] f = new double[m + 1];
        for (int y = 0; y <= m; y++) {
            f[y] = b.probability(y);
        }
        return f;
    }

    static double[] convolve(double[] a, double[] b) {
        double[] c = new double[a.length + b.length - 1];
        for (int i = 0; i < a.length; i++) {
            if (a[i] == 0) {
                continue;
            }
            for (int j = 0; j < b.length; j++) {
                c[i + j] += a[i] * b[j];
            }
        }
        return c;
    }

    /**
     * Two outcomes (efficacy and toxicity) per patient with joint cell probabilities: stop at a
     * look if responses are at most {@code futility[k]} or toxicities at least {@code toxicity[k]};
     * at the last look the trial goes on (is promising) if neither holds.
     *
     * @return {probability of going on at the end, probability of an early stop, expected size}
     */
    static double[] joint(int[] looks, int[] futility, int[] toxicity, JointRates rates) {
        double[][] dist = {{1.0}};
        int previous = 0;
        double early = 0;
        double expected = 0;
        double go = 0;
        for (int k = 0; k < looks.length; k++) {
            dist = convolve(dist, increment(looks[k] - previous, rates));
            previous = looks[k];
            boolean last = k == looks.length - 1;
            double stop = 0;
            for (int e = 0; e < dist.length; e++) {
                for (int t = 0; t < dist[e].length; t++) {
                    if (dist[e][t] == 0) {
                        continue;
                    }
                    if (e <= futility[k] || t >= toxicity[k]) {
                        stop += dist[e][t];
                        dist[e][t] = 0;
                    } else if (last) {
                        go += dist[e][t];
                    }
                }
            }
            if (last) {
                expected += looks[k] * (stop + go);
            } else {
                early += stop;
                expected += looks[k] * stop;
            }
        }
        return new double[] {go, early, expected};
    }

    /** {@code g[e][t]}: probability of e responses and t toxicities among m patients. */
    private static double[][] increment(int m, JointRates r) {
        double[][] g = {{1.0}};
        for (int i = 0; i < m; i++) {
            int size = g.length + 1;
            double[][] h = new double[size][size];
            for (int e = 0; e < g.length; e++) {
                for (int t = 0; t < g.length; t++) {
                    double v = g[e][t];
                    if (v == 0) {
                        continue;
                    }
                    h[e + 1][t + 1] += v * r.efficacyAndToxicity();
                    h[e + 1][t] += v * r.efficacyWithoutToxicity();
                    h[e][t + 1] += v * r.toxicityWithoutEfficacy();
                    h[e][t] += v * r.neither();
                }
            }
            g = h;
        }
        return g;
    }

    private static double[][] convolve(double[][] a, double[][] b) {
        int size = a.length + b.length - 1;
        double[][] c = new double[size][size];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < a[i].length; j++) {
                double v = a[i][j];
                if (v == 0) {
                    continue;
                }
                for (int u = 0; u < b.length; u++) {
                    for (int w = 0; w < b[u].length; w++) {
                        c[i + u][j + w] += v * b[u][w];
                    }
                }
            }
        }
        return c;
    }
}
