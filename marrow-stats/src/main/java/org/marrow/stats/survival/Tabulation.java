package org.marrow.stats.survival;

import java.util.Arrays;
import java.util.List;

/**
 * Event and censoring counts per distinct time and group: everything the Kaplan-Meier curves and the
 * log-rank test need, built with one sort of the times.
 *
 * <p>Times closer than R's tolerance are merged first, as {@code aeqSurv} does when {@code
 * survfit} and {@code survdiff} run with their default {@code timefix = TRUE}.
 */
final class Tabulation {
    /** R's {@code sqrt(.Machine$double.eps)}, the default tolerance of {@code aeqSurv}. */
    static final double TIME_TOLERANCE = Math.sqrt(Math.ulp(1.0));

    final double[] times;
    final List<String> groupNames;
    /** {@code events[g][i]}: events in group g at {@code times[i]}. */
    final int[][] events;
    /** {@code censored[g][i]}: censorings in group g at {@code times[i]}. */
    final int[][] censored;
    /** Subjects per group. */
    final int[] subjects;

    private Tabulation(
            double[] times, List<String> groupNames, int[][] events, int[][] censored, int[] subjects) {
        this.times = times;
        this.groupNames = groupNames;
        this.events = events;
        this.censored = censored;
        this.subjects = subjects;
    }

    /**
     * Tabulates validated data. The times of each (group, event) class are sorted separately (each
     * time is sorted once) and the sorted classes merged: sequential memory access throughout, which
     * is what makes a million subjects fast.
     *
     * @param time times, finite and >= 0
     * @param event 0 or 1
     * @param group codes in [0, groupNames.size()), or null for one group
     */
    static Tabulation of(double[] time, int[] event, int[] group, List<String> groupNames) {
        int n = time.length;
        int k = groupNames.size();
        int classes = 2 * k; // class 2g + e holds group g's censorings (e = 0) or events (e = 1)
        int[] size = new int[classes];
        for (int i = 0; i < n; i++) {
            size[classOf(group, event, i)]++;
        }
        double[][] sorted = new double[classes][];
        for (int c = 0; c < classes; c++) {
            sorted[c] = new double[size[c]];
        }
        int[] fill = new int[classes];
        for (int i = 0; i < n; i++) {
            int c = classOf(group, event, i);
            sorted[c][fill[c]++] = time[i] + 0.0; // -0.0 becomes 0.0, one time with 0.0
        }
        for (double[] s : sorted) {
            Arrays.sort(s);
        }
        int distinct = merge(sorted, null, null, null);
        double[] unique = new double[distinct];
        int[][] events = new int[k][distinct];
        int[][] censored = new int[k][distinct];
        merge(sorted, unique, events, censored);
        int[] subjects = new int[k];
        for (int g = 0; g < k; g++) {
            subjects[g] = size[2 * g] + size[2 * g + 1];
        }
        int[] cut = timefixCuts(unique);
        int m = cut[distinct - 1] + 1;
        if (m == distinct) {
            return new Tabulation(unique, groupNames, events, censored, subjects);
        }
        double[] times = new double[m];
        int[][] ev = new int[k][m];
        int[][] ce = new int[k][m];
        for (int i = distinct - 1; i >= 0; i--) {
            times[cut[i]] = unique[i]; // the smallest of a tied run is its time, as findInterval gives
            for (int g = 0; g < k; g++) {
                ev[g][cut[i]] += events[g][i];
                ce[g][cut[i]] += censored[g][i];
            }
        }
        return new Tabulation(times, groupNames, ev, ce, subjects);
    }

    private static int classOf(int[] group, int[] event, int i) {
        return 2 * (group == null ? 0 : group[i]) + event[i];
    }

    /**
     * Merges the sorted classes into distinct times; counts them, and when the arrays are given,
     * fills the times and the counts per group.
     */
    private static int merge(double[][] sorted, double[] unique, int[][] events, int[][] censored) {
        int classes = sorted.length;
        int[] pos = new int[classes];
        int j = 0;
        while (true) {
            double v = Double.POSITIVE_INFINITY;
            for (int c = 0; c < classes; c++) {
                if (pos[c] < sorted[c].length && sorted[c][pos[c]] < v) {
                    v = sorted[c][pos[c]];
                }
            }
            if (v == Double.POSITIVE_INFINITY) {
                return j;
            }
            for (int c = 0; c < classes; c++) {
                double[] s = sorted[c];
                int p = pos[c];
                while (p < s.length && s[p] == v) {
                    p++;
                }
                if (unique != null) {
                    int[][] counts = (c & 1) == 1 ? events : censored;
                    counts[c >> 1][j] = p - pos[c];
                }
                pos[c] = p;
            }
            if (unique != null) {
                unique[j] = v;
            }
            j++;
        }
    }

    /**
     * For each distinct sorted time, the index of the time it is merged into: a time is tied to the
     * one before it when they differ by at most the tolerance, absolutely or relative to the mean
     * absolute distinct time (R's {@code aeqSurv}).
     */
    private static int[] timefixCuts(double[] unique) {
        int q = unique.length;
        double sum = 0;
        for (double u : unique) {
            sum += Math.abs(u);
        }
        double mean = sum / q;
        int[] cut = new int[q];
        int c = 0;
        for (int i = 1; i < q; i++) {
            double dy = unique[i] - unique[i - 1];
            boolean tied = dy <= TIME_TOLERANCE || dy / mean <= TIME_TOLERANCE;
            if (!tied) {
                c++;
            }
            cut[i] = c;
        }
        return cut;
    }

    int groups() {
        return groupNames.size();
    }

    /** The Kaplan-Meier curve of one group (g >= 0) or of all groups together (g = -1). */
    SurvivalCurve curve(int g, ConfidenceType type, double level, double z) {
        int m = times.length;
        int rows = 0;
        for (int i = 0; i < m; i++) {
            if (count(events, g, i) + count(censored, g, i) > 0) {
                rows++;
            }
        }
        double[] t = new double[rows];
        int[] risk = new int[rows];
        int[] ev = new int[rows];
        int[] ce = new int[rows];
        int r = rows;
        int atRisk = 0;
        for (int i = m - 1; i >= 0; i--) {
            int d = count(events, g, i);
            int c = count(censored, g, i);
            if (d + c > 0) {
                atRisk += d + c;
                r--;
                t[r] = times[i];
                risk[r] = atRisk;
                ev[r] = d;
                ce[r] = c;
            }
        }
        String name = g < 0 ? "all" : groupNames.get(g);
        return SurvivalCurve.of(name, t, risk, ev, ce, type, level, z);
    }

    private static int count(int[][] counts, int g, int i) {
        if (g >= 0) {
            return counts[g][i];
        }
        int s = 0;
        for (int[] c : counts) {
            s += c[i];
        }
        return s;
    }
}
