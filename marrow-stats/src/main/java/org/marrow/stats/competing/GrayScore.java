package org.marrow.stats.competing;

import java.util.Arrays;

/**
 * The score vector and its covariance for Gray's test of one cause, the computation of cmprsk's
 * Fortran routine {@code crst} (R package cmprsk 2.2.11; Gray, Ann. Statist. 16, 1988, 1141-1154),
 * for one stratum.
 *
 * <p>At each event time the score of group {@code k} gains
 * {@code (1 - F(t-))^rho * (d1_k - d1 * R_k / sum R)}, where {@code R_k = n_k (1 - F_k(t-)) / S_k(t-)}
 * is the group's "risk set" for the subdistribution; the covariance follows Gray's appendix, with
 * the same tie factors as cmprsk.
 */
final class GrayScore {
    static final int CENSORED = 0;
    static final int CAUSE = 1;
    static final int OTHER = 2;

    /** Scores of the first groups - 1 groups. */
    final double[] score;

    /** Covariance of the scores, full symmetric matrix. */
    final double[][] covariance;

    private GrayScore(double[] score, double[][] covariance) {
        this.score = score;
        this.covariance = covariance;
    }

    /**
     * Computes the scores and covariance.
     *
     * @param time follow-up times sorted increasing (all groups together)
     * @param kind {@link #CENSORED}, {@link #CAUSE} or {@link #OTHER}, in the same order
     * @param group 0-based group index of each subject, in the same order
     * @param groups the number of groups, at least 2
     * @param rho the power of the weight {@code (1 - F(t-))^rho}
     * @return scores and covariance
     */
    static GrayScore compute(double[] time, int[] kind, int[] group, int groups, double rho) {
        int n = time.length;
        int g1 = groups - 1;
        int[] atRisk = new int[groups];
        for (int i = 0; i < n; i++) {
            atRisk[group[i]]++;
        }
        double[] score = new double[g1];
        double[][] v = new double[g1][g1];
        // Per group: cumulative incidence and all-cause KM, left (before t) and right (at t) limits.
        double[] incidenceBefore = new double[groups];
        double[] incidence = new double[groups];
        double[] survivalBefore = filled(groups, 1);
        double[] survival = filled(groups, 1);
        double[][] c = new double[groups][groups];
        double[][] a = new double[groups][groups];
        double[] v3 = new double[groups];
        double[][] v2 = new double[g1][groups];
        int[] causeEvents = new int[groups];
        int[] otherEvents = new int[groups];
        // Pooled cumulative incidence of the cause, before and at t.
        double pooledBefore = 0;
        double pooled = 0;

        int first = 0;
        while (first < n) {
            int end = first;
            Arrays.fill(causeEvents, 0);
            Arrays.fill(otherEvents, 0);
            while (end < n && time[end] == time[first]) {
                if (kind[end] == CAUSE) {
                    causeEvents[group[end]]++;
                } else if (kind[end] == OTHER) {
                    otherEvents[group[end]]++;
                }
                end++;
            }
            int d1 = 0;
            int d2 = 0;
            for (int k = 0; k < groups; k++) {
                d1 += causeEvents[k];
                d2 += otherEvents[k];
            }
            if (d1 > 0 || d2 > 0) {
                double hazardDenominator = 0;
                double scoreDenominator = 0;
                for (int k = 0; k < groups; k++) {
                    if (atRisk[k] <= 0) {
                        continue;
                    }
                    double events = causeEvents[k] + otherEvents[k];
                    survival[k] = survivalBefore[k] * (atRisk[k] - events) / atRisk[k];
                    incidence[k] = incidenceBefore[k] + (survivalBefore[k] * causeEvents[k]) / atRisk[k];
                    hazardDenominator += atRisk[k] / survivalBefore[k];
                    scoreDenominator += atRisk[k] * (1 - incidenceBefore[k]) / survivalBefore[k];
                }
                pooled = pooledBefore + d1 / hazardDenominator;
                double weight = Math.pow(1 - pooledBefore, rho);
                for (int i = 0; i < groups; i++) {
                    for (int j = i; j < groups; j++) {
                        a[i][j] = 0;
                    }
                    if (atRisk[i] <= 0) {
                        continue;
                    }
                    double ti = atRisk[i] / survivalBefore[i];
                    a[i][i] = weight * ti * (1 - ti / hazardDenominator);
                    c[i][i] += a[i][i] * d1 / (hazardDenominator * (1 - pooledBefore));
                    for (int j = i + 1; j < groups; j++) {
                        if (atRisk[j] <= 0) {
                            continue;
                        }
                        a[i][j] = -weight * ti * atRisk[j] / (survivalBefore[j] * hazardDenominator);
                        c[i][j] += a[i][j] * d1 / (hazardDenominator * (1 - pooledBefore));
                    }
                }
                for (int i = 1; i < groups; i++) {
                    for (int j = 0; j < i; j++) {
                        a[i][j] = a[j][i];
                        c[i][j] = c[j][i];
                    }
                }
                for (int i = 0; i < g1; i++) {
                    if (atRisk[i] > 0) {
                        score[i] += weight
                                * (causeEvents[i]
                                        - ((double) d1 * atRisk[i])
                                                * (1 - incidenceBefore[i])
                                                / (survivalBefore[i] * scoreDenominator));
                    }
                }
                if (d1 > 0) {
                    for (int k = 0; k < groups; k++) {
                        if (atRisk[k] <= 0) {
                            continue;
                        }
                        double t4 = survival[k] > 0 ? 1 - (1 - pooled) / survival[k] : 1;
                        double tie = d1 > 1 ? 1 - (d1 - 1) / (hazardDenominator * survivalBefore[k] - 1) : 1;
                        double t3 = tie * survivalBefore[k] * d1 / (hazardDenominator * atRisk[k]);
                        v3[k] += t4 * t4 * t3;
                        for (int i = 0; i < g1; i++) {
                            double t1 = a[i][k] - t4 * c[i][k];
                            v2[i][k] += t1 * t4 * t3;
                            for (int j = 0; j <= i; j++) {
                                double t2 = a[j][k] - t4 * c[j][k];
                                v[i][j] += t1 * t2 * t3;
                            }
                        }
                    }
                }
                if (d2 > 0) {
                    for (int k = 0; k < groups; k++) {
                        if (survival[k] <= 0 || otherEvents[k] <= 0) {
                            continue;
                        }
                        double t4 = (1 - pooled) / survival[k];
                        int dk = otherEvents[k];
                        double tie = dk > 1 ? 1 - (dk - 1.0) / (atRisk[k] - 1.0) : 1;
                        double t3 =
                                tie * (survivalBefore[k] * survivalBefore[k] * dk) / ((double) atRisk[k] * atRisk[k]);
                        v3[k] += t4 * t4 * t3;
                        for (int i = 0; i < g1; i++) {
                            double t1 = t4 * c[i][k];
                            v2[i][k] -= t1 * t4 * t3;
                            for (int j = 0; j <= i; j++) {
                                double t2 = t4 * c[j][k];
                                v[i][j] += t1 * t2 * t3;
                            }
                        }
                    }
                }
            }
            for (int i = first; i < end; i++) {
                atRisk[group[i]]--;
            }
            pooledBefore = pooled;
            System.arraycopy(incidence, 0, incidenceBefore, 0, groups);
            System.arraycopy(survival, 0, survivalBefore, 0, groups);
            first = end;
        }
        for (int i = 0; i < g1; i++) {
            for (int j = 0; j <= i; j++) {
                for (int k = 0; k < groups; k++) {
                    v[i][j] += c[i][k] * c[j][k] * v3[k];
                    v[i][j] += c[i][k] * v2[j][k];
                    v[i][j] += c[j][k] * v2[i][k];
                }
                v[j][i] = v[i][j];
            }
        }
        return new GrayScore(score, v);
    }

    private static double[] filled(int length, double value) {
        double[] x = new double[length];
        Arrays.fill(x, value);
        return x;
    }
}
