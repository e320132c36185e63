package org.marrow.stats.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Balance summaries of the matching keys. */
final class Balance {
    private Balance() {}

    static List<NumericBalance> numeric(
            Collection<String> keys, List<Subject> cases, List<Subject> matched, List<Subject> pool) {
        List<NumericBalance> out = new ArrayList<>();
        for (String key : keys) {
            NumericSummary c = summary(values(cases, key));
            NumericSummary m = summary(values(matched, key));
            NumericSummary p = summary(values(pool, key));
            out.add(new NumericBalance(key, c, m, p, smd(c, m), smd(c, p)));
        }
        return out;
    }

    static List<CategoricalBalance> categorical(
            List<String> keys, List<Subject> cases, List<Subject> matched, List<Subject> pool) {
        List<CategoricalBalance> out = new ArrayList<>();
        for (String key : keys) {
            Map<String, int[]> counts = new LinkedHashMap<>();
            List<List<Subject>> groups = List.of(cases, matched, pool);
            // Levels in order of first appearance among cases, then the pool.
            for (Subject s : cases) {
                counts.computeIfAbsent(s.categories().get(key), k -> new int[3]);
            }
            for (Subject s : pool) {
                counts.computeIfAbsent(s.categories().get(key), k -> new int[3]);
            }
            for (int g = 0; g < 3; g++) {
                for (Subject s : groups.get(g)) {
                    counts.get(s.categories().get(key))[g]++;
                }
            }
            List<CategoricalBalance.LevelCount> levels = new ArrayList<>();
            counts.forEach((level, n) -> levels.add(new CategoricalBalance.LevelCount(level, n[0], n[1], n[2])));
            out.add(new CategoricalBalance(key, levels));
        }
        return out;
    }

    private static double[] values(List<Subject> subjects, String key) {
        return subjects.stream().mapToDouble(s -> s.measures().get(key)).toArray();
    }

    static NumericSummary summary(double[] x) {
        int n = x.length;
        if (n == 0) {
            return new NumericSummary(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        double[] sorted = x.clone();
        Arrays.sort(sorted);
        double sum = 0;
        for (double v : x) {
            sum += v;
        }
        double mean = sum / n;
        // Two-pass with correction, as R's mean() refines the first pass.
        double correction = 0;
        for (double v : x) {
            correction += v - mean;
        }
        mean += correction / n;
        double sd = Double.NaN;
        if (n > 1) {
            double ss = 0;
            for (double v : x) {
                ss += (v - mean) * (v - mean);
            }
            sd = Math.sqrt(ss / (n - 1));
        }
        double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
        return new NumericSummary(n, mean, sd, median, sorted[0], sorted[n - 1]);
    }

    static double smd(NumericSummary a, NumericSummary b) {
        double diff = a.mean() - b.mean();
        double pooled = Math.sqrt((a.sd() * a.sd() + b.sd() * b.sd()) / 2);
        if (pooled == 0) {
            return diff == 0 ? 0 : Double.NaN;
        }
        return diff / pooled;
    }
}
