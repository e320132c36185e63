package org.marrow.stats.survival;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.statistics.distribution.ChiSquaredDistribution;

/**
 * The G-rho family of log-rank tests (Harrington and Fleming 1982) on tabulated counts, R's
 * {@code survdiff(rho = rho)} ({@code survdiff2.c}): each event time is weighted by {@code
 * S(t-)^rho}, S the Kaplan-Meier estimate of all subjects just before t; rho = 0 is the log-rank
 * test, rho = 1 the Peto-Peto modification of the Gehan-Wilcoxon test.
 */
final class LogRank {
    private LogRank() {}

    static LogRankTest test(Tabulation tab, double rho) {
        int k = tab.groups();
        int m = tab.times.length;
        double[] weight = weights(tab, rho);
        double[] risk = new double[k];
        double[] observed = new double[k];
        double[] expected = new double[k];
        double[][] var = new double[k][k];
        // From the last time backwards, as R's survdiff2 accumulates.
        for (int i = m - 1; i >= 0; i--) {
            double deaths = 0;
            double wt = weight[i];
            for (int g = 0; g < k; g++) {
                int d = tab.events[g][i];
                risk[g] += d + tab.censored[g][i];
                observed[g] += d * wt;
                deaths += d;
            }
            if (deaths == 0) {
                continue;
            }
            double nrisk = 0;
            for (int g = 0; g < k; g++) {
                nrisk += risk[g];
            }
            for (int g = 0; g < k; g++) {
                expected[g] += wt * deaths * risk[g] / nrisk;
            }
            if (nrisk == 1) {
                continue;
            }
            for (int j = 0; j < k; j++) {
                double tmp = wt * wt * deaths * risk[j] * (nrisk - deaths) / (nrisk * (nrisk - 1));
                var[j][j] += tmp;
                for (int l = 0; l < k; l++) {
                    var[j][l] -= tmp * risk[l] / nrisk;
                }
            }
        }
        List<LogRankGroup> groups = new ArrayList<>(k);
        int[] used = new int[k];
        int nUsed = 0;
        for (int g = 0; g < k; g++) {
            groups.add(new LogRankGroup(tab.groupNames.get(g), tab.subjects[g], observed[g], expected[g]));
            if (expected[g] > 0) {
                used[nUsed++] = g;
            }
        }
        int df = nUsed - 1;
        double chi = 0;
        if (nUsed >= 2) {
            int r = nUsed - 1;
            double[][] a = new double[r][r];
            double[] b = new double[r];
            for (int i = 0; i < r; i++) {
                b[i] = observed[used[i + 1]] - expected[used[i + 1]];
                for (int j = 0; j < r; j++) {
                    a[i][j] = var[used[i + 1]][used[j + 1]];
                }
            }
            double[] x = solve(a, b.clone());
            chi = 0;
            for (int i = 0; i < r; i++) {
                chi += x[i] * b[i];
            }
        }
        return new LogRankTest(groups, chi, df, upperTail(chi, df), rho);
    }

    /**
     * {@code S(t-)^rho} at each tabulated time, S the Kaplan-Meier estimate of all subjects, as
     * survdiff2.c computes it (1 for every time when rho = 0).
     */
    private static double[] weights(Tabulation tab, double rho) {
        int m = tab.times.length;
        double[] w = new double[m];
        if (rho == 0) {
            java.util.Arrays.fill(w, 1.0);
            return w;
        }
        int atRisk = 0;
        for (int s : tab.subjects) {
            atRisk += s;
        }
        double km = 1;
        for (int i = 0; i < m; i++) {
            w[i] = Math.pow(km, rho);
            int deaths = 0;
            int leaving = 0;
            for (int g = 0; g < tab.groups(); g++) {
                deaths += tab.events[g][i];
                leaving += tab.events[g][i] + tab.censored[g][i];
            }
            km = km * (atRisk - deaths) / atRisk;
            atRisk -= leaving;
        }
        return w;
    }

    /** R's {@code pchisq(chi, df, lower.tail = FALSE)}, including its degenerate df. */
    private static double upperTail(double chi, int df) {
        if (Double.isNaN(chi) || df < 0) {
            return Double.NaN;
        }
        if (df == 0) {
            return 0; // all mass at 0
        }
        return ChiSquaredDistribution.of(df).survivalProbability(chi);
    }

    /**
     * Solves {@code a x = b} by Gaussian elimination with partial pivoting (LAPACK's {@code dgesv},
     * which R's {@code solve} calls); NaN when {@code a} is exactly singular, where R stops.
     */
    private static double[] solve(double[][] a, double[] b) {
        int n = b.length;
        for (int c = 0; c < n; c++) {
            int p = c;
            for (int r = c + 1; r < n; r++) {
                if (Math.abs(a[r][c]) > Math.abs(a[p][c])) {
                    p = r;
                }
            }
            if (a[p][c] == 0) {
                double[] nan = new double[n];
                java.util.Arrays.fill(nan, Double.NaN);
                return nan;
            }
            double[] rowTmp = a[p];
            a[p] = a[c];
            a[c] = rowTmp;
            double bTmp = b[p];
            b[p] = b[c];
            b[c] = bTmp;
            for (int r = c + 1; r < n; r++) {
                double f = a[r][c] / a[c][c];
                for (int j = c; j < n; j++) {
                    a[r][j] -= f * a[c][j];
                }
                b[r] -= f * b[c];
            }
        }
        double[] x = new double[n];
        for (int r = n - 1; r >= 0; r--) {
            double s = b[r];
            for (int j = r + 1; j < n; j++) {
                s -= a[r][j] * x[j];
            }
            x[r] = s / a[r][r];
        }
        return x;
    }
}
