package org.marrow.stats.competing;

import java.util.Arrays;

/**
 * The Aalen-Johansen cumulative incidence estimate of one cause in one group and its variance, the
 * computation of cmprsk's Fortran routine {@code cinc} (R package cmprsk 2.2.11).
 *
 * <p>At each distinct time {@code t} with {@code d1} events of the cause, {@code d2} events of other
 * causes and {@code n} at risk, with {@code S} the all-cause Kaplan-Meier estimate just before
 * {@code t} and {@code S'} just after: {@code F += S * d1 / n}. The variance accumulates three sums
 * (over the times so far) whose combination {@code v1 + F^2 v3 - 2 F v2} is Gray's delta-method
 * variance; tied events enter with the factor {@code 1 - (d - 1) / (n - 1)}.
 */
final class AalenJohansen {
    private AalenJohansen() {}

    /**
     * Estimates one curve.
     *
     * @param time follow-up times of the group, sorted increasing
     * @param status status codes in the same order (0 censored, otherwise a cause)
     * @param cause the cause of interest
     * @param group the group label, for the result
     * @return the curve
     */
    static CumulativeIncidenceCurve estimate(double[] time, int[] status, int cause, String group) {
        int n = time.length;
        double[] jumpTimes = new double[n];
        double[] estimates = new double[n];
        double[] variances = new double[n];
        int jumps = 0;
        int events = 0;
        double survival = 1;
        double f = 0;
        double v1 = 0;
        double v2 = 0;
        double v3 = 0;
        int first = 0;
        while (first < n) {
            int end = first;
            int d1 = 0;
            int d2 = 0;
            while (end < n && time[end] == time[first]) {
                if (status[end] == cause) {
                    d1++;
                } else if (status[end] != 0) {
                    d2++;
                }
                end++;
            }
            if (d1 + d2 > 0) {
                double atRisk = n - first;
                double survivalAfter = survival * (atRisk - (d1 + d2)) / atRisk;
                if (d1 > 0) {
                    f = f + survival * d1 / atRisk;
                }
                if (d2 > 0 && survivalAfter > 0) {
                    double w = survival * survival * tieFactor(d2, atRisk) * d2 / (atRisk * atRisk);
                    double a = 1 / survivalAfter;
                    double b = f / survivalAfter;
                    v1 += b * b * w;
                    v2 += a * b * w;
                    v3 += a * a * w;
                }
                if (d1 > 0) {
                    double w = survival * survival * tieFactor(d1, atRisk) * d1 / (atRisk * atRisk);
                    double a = survivalAfter > 0 ? 1 / survivalAfter : 0;
                    double b = 1 + a * f;
                    v1 += b * b * w;
                    v2 += a * b * w;
                    v3 += a * a * w;
                    jumpTimes[jumps] = time[first];
                    estimates[jumps] = f;
                    variances[jumps] = v1 + f * f * v3 - 2 * f * v2;
                    jumps++;
                    events += d1;
                }
                survival = survivalAfter;
            }
            first = end;
        }
        return new CumulativeIncidenceCurve(
                cause,
                group,
                n,
                events,
                time[n - 1],
                Arrays.copyOf(jumpTimes, jumps),
                Arrays.copyOf(estimates, jumps),
                Arrays.copyOf(variances, jumps));
    }

    /** The correction for d tied events among n at risk (a hypergeometric rather than binomial count). */
    private static double tieFactor(int d, double atRisk) {
        return d > 1 ? 1 - (d - 1.0) / (atRisk - 1.0) : 1;
    }
}
