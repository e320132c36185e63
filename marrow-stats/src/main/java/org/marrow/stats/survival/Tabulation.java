package org.marrow.stats.survival;

import java.util.Arrays;
import java.util.List;

/**
 * Event and censoring counts per distinct time and group: everything the Kaplan-Meier curves and the
 * log-rank test need, built with one pass over the subjects (and one sort of the times when nearly
 * every time is distinct).
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

    private Tabulation(double[] times, List<String> groupNames, int[][] events, int[][] censored, int[] subjects) {
        this.times = times;
        this.groupNames = groupNames;
        this.events = events;
        this.censored = censored;
        this.subjects = subjects;
    }

    /**
     * Tabulates validated data: counted per distinct time in a hash table when there are at most
     * {@link #MAX_HASHED} distinct times (whole days, the usual case), the distinct times then sorted;
     * otherwise the times, each carrying its (group, event) class, are radix-sorted on their bit
     * patterns (which order like the values for times >= 0) and counted in one sequential pass. Both
     * give the same table.
     *
     * @param time times, finite and >= 0
     * @param event 0 or 1
     * @param group codes in [0, groupNames.size()), or null for one group
     */
    static Tabulation of(double[] time, int[] event, int[] group, List<String> groupNames) {
        Tabulation exact = hashed(time, event, group, groupNames, MAX_HASHED);
        return timefix(exact != null ? exact : sorted(time, event, group, groupNames));
    }

    /** The most distinct times counted in a hash table before the times are sorted instead. */
    static final int MAX_HASHED = 1 << 16;

    /**
     * The counts per distinct time (not merged within the tolerance), from a hash table of the times'
     * bit patterns, or null if there are more than {@code limit} distinct times.
     */
    static Tabulation hashed(double[] time, int[] event, int[] group, List<String> groupNames, int limit) {
        int n = time.length;
        int k = groupNames.size();
        int width = 2 * k; // per distinct time: 2g + e, group g's censorings (e = 0) or events (e = 1)
        int bits = 10;
        long[] keys = new long[1 << bits];
        int[] slots = new int[1 << bits]; // 1 + the distinct time's number in order of appearance; 0 free
        long[] distinctKeys = new long[256];
        int[] counts = new int[256 * width];
        int distinct = 0;
        int[] subjects = new int[k];
        for (int i = 0; i < n; i++) {
            long key = Double.doubleToRawLongBits(time[i] + 0.0); // -0.0 becomes 0.0
            int h = (int) ((key * 0x9E3779B97F4A7C15L) >>> (64 - bits));
            int d;
            while (true) {
                d = slots[h] - 1;
                if (d < 0) {
                    if (distinct == limit) {
                        return null;
                    }
                    d = distinct++;
                    keys[h] = key;
                    slots[h] = distinct;
                    if (d == distinctKeys.length) {
                        distinctKeys = Arrays.copyOf(distinctKeys, 2 * d);
                        counts = Arrays.copyOf(counts, 2 * d * width);
                    }
                    distinctKeys[d] = key;
                    if (2 * distinct > keys.length) {
                        bits++;
                        keys = new long[1 << bits];
                        slots = new int[1 << bits];
                        for (int j = 0; j < distinct; j++) {
                            int s = (int) ((distinctKeys[j] * 0x9E3779B97F4A7C15L) >>> (64 - bits));
                            while (slots[s] != 0) {
                                s = (s + 1) & (keys.length - 1);
                            }
                            keys[s] = distinctKeys[j];
                            slots[s] = j + 1;
                        }
                    }
                    break;
                }
                if (keys[h] == key) {
                    break;
                }
                h = (h + 1) & (keys.length - 1);
            }
            int g = group == null ? 0 : group[i];
            counts[d * width + 2 * g + event[i]]++;
            subjects[g]++;
        }
        long[] sorted = Arrays.copyOf(distinctKeys, distinct);
        Arrays.sort(sorted);
        double[] unique = new double[distinct];
        for (int j = 0; j < distinct; j++) {
            unique[j] = Double.longBitsToDouble(sorted[j]);
        }
        int[][] events = new int[k][distinct];
        int[][] censored = new int[k][distinct];
        for (int d = 0; d < distinct; d++) {
            int j = Arrays.binarySearch(sorted, distinctKeys[d]);
            for (int g = 0; g < k; g++) {
                censored[g][j] = counts[d * width + 2 * g];
                events[g][j] = counts[d * width + 2 * g + 1];
            }
        }
        return new Tabulation(unique, groupNames, events, censored, subjects);
    }

    /** The counts per distinct time (not merged within the tolerance), from one radix sort of the times. */
    static Tabulation sorted(double[] time, int[] event, int[] group, List<String> groupNames) {
        int n = time.length;
        int k = groupNames.size();
        long[] keys = new long[n];
        int[] classes = new int[n]; // 2g + e: group g's censorings (e = 0) or events (e = 1)
        int[] subjects = new int[k];
        for (int i = 0; i < n; i++) {
            keys[i] = Double.doubleToRawLongBits(time[i] + 0.0); // -0.0 becomes 0.0
            int g = group == null ? 0 : group[i];
            classes[i] = 2 * g + event[i];
            subjects[g]++;
        }
        radixSort(keys, classes);
        int distinct = n == 0 ? 0 : 1;
        for (int i = 1; i < n; i++) {
            if (keys[i] != keys[i - 1]) {
                distinct++;
            }
        }
        double[] unique = new double[distinct];
        int[][] events = new int[k][distinct];
        int[][] censored = new int[k][distinct];
        int j = -1;
        for (int i = 0; i < n; i++) {
            if (i == 0 || keys[i] != keys[i - 1]) {
                unique[++j] = Double.longBitsToDouble(keys[i]);
            }
            int c = classes[i];
            ((c & 1) == 1 ? events : censored)[c >> 1][j]++;
        }
        return new Tabulation(unique, groupNames, events, censored, subjects);
    }

    /** Merges distinct times within R's tolerance ({@code aeqSurv}) into the smallest of each run. */
    private static Tabulation timefix(Tabulation exact) {
        double[] unique = exact.times;
        int distinct = unique.length;
        int k = exact.groupNames.size();
        int[] cut = timefixCuts(unique);
        int m = cut[distinct - 1] + 1;
        if (m == distinct) {
            return exact;
        }
        double[] times = new double[m];
        int[][] ev = new int[k][m];
        int[][] ce = new int[k][m];
        for (int i = distinct - 1; i >= 0; i--) {
            times[cut[i]] = unique[i]; // the smallest of a tied run is its time, as findInterval gives
            for (int g = 0; g < k; g++) {
                ev[g][cut[i]] += exact.events[g][i];
                ce[g][cut[i]] += exact.censored[g][i];
            }
        }
        return new Tabulation(times, exact.groupNames, ev, ce, exact.subjects);
    }

    /**
     * Sorts non-negative keys ascending, moving each payload with its key: least significant digit
     * first, 16 bits at a time, skipping digits that all keys share.
     */
    static void radixSort(long[] keys, int[] payload) {
        int n = keys.length;
        int[][] counts = new int[4][1 << 16];
        for (long key : keys) {
            for (int d = 0; d < 4; d++) {
                counts[d][(int) (key >>> (16 * d)) & 0xFFFF]++;
            }
        }
        long[] k1 = keys;
        int[] p1 = payload;
        long[] k2 = null;
        int[] p2 = null;
        for (int d = 0; d < 4; d++) {
            int shift = 16 * d;
            int[] count = counts[d];
            if (n == 0 || count[(int) (k1[0] >>> shift) & 0xFFFF] == n) {
                continue;
            }
            if (k2 == null) {
                k2 = new long[n];
                p2 = new int[n];
            }
            int sum = 0;
            for (int b = 0; b < count.length; b++) {
                int c = count[b];
                count[b] = sum;
                sum += c;
            }
            for (int i = 0; i < n; i++) {
                int pos = count[(int) (k1[i] >>> shift) & 0xFFFF]++;
                k2[pos] = k1[i];
                p2[pos] = p1[i];
            }
            long[] kt = k1;
            k1 = k2;
            k2 = kt;
            int[] pt = p1;
            p1 = p2;
            p2 = pt;
        }
        if (k1 != keys) {
            System.arraycopy(k1, 0, keys, 0, n);
            System.arraycopy(p1, 0, payload, 0, n);
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
