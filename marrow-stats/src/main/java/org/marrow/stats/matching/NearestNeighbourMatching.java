package org.marrow.stats.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Greedy 1:k nearest-neighbour matching of controls to cases without replacement, exact on
 * categorical keys and within a caliper on numeric keys, as the 1:3 matched historical controls of
 * trial document 001 (32 hetrombopag cases, 96 IST-alone controls). Immutable; {@code with...} methods
 * return a modified copy. Deterministic: the same inputs in the same order give the same matches.
 *
 * <p><b>Eligibility.</b> A control is eligible for a case when every exact key has the same value
 * (case-sensitive string equality) and every caliper key differs by at most the caliper. A difference
 * equal to the caliper is inside (age 45 vs 40 is within a caliper of 5). So that decimal values land
 * on the boundary as written (1.6 - 1.1 is 0.5000000000000001 in binary), a difference exceeding the
 * caliper by at most 4 units in the last place of the largest of the two values and the caliper counts
 * as equal to it.
 *
 * <p><b>Distance.</b> The sum over the caliper keys of {@code |case - control| / caliper}, so that each
 * key is measured in calipers; 0 when matching on exact keys only.
 *
 * <p><b>Greedy order.</b> Matching proceeds in {@code k} rounds; in each round every case that still
 * can receives one control, so that no case takes a second control while another case waits for its
 * first (the scheme MatchIt describes for {@code ratio > 1}). Within a round the cases are visited in
 * increasing number of eligible controls still unmatched at the start of the round, ties by the order
 * the cases were given: the hardest-to-match cases choose first, which matches more cases than input
 * order when eligible sets overlap. Each case takes its nearest unmatched eligible control, ties by the
 * order the controls were given. Greedy matching is not optimal matching (Rosenbaum 1989, JASA
 * 84:1024): a different order can give a smaller total distance.
 *
 * <p><b>Trial document 001.</b> The document does not say how its 96 controls were chosen (its methods
 * are in an additional file that is not part of it). Its Table 1 shows they were not matched 1:3 per
 * case exactly on sex or severity (controls 52 male / 44 female and 60 SAA / 36 VSAA, where exact
 * matching of 17 / 15 and 21 / 11 cases gives 51 / 45 and 63 / 33), nor on age within 5 years (a
 * control aged 7, the youngest case 13). Exact keys and calipers are therefore the user's choice.
 */
public final class NearestNeighbourMatching {
    private final int ratio;
    private final List<String> exactKeys;
    private final Map<String, Double> calipers;

    private NearestNeighbourMatching(int ratio, List<String> exactKeys, Map<String, Double> calipers) {
        this.ratio = ratio;
        this.exactKeys = exactKeys;
        this.calipers = calipers;
    }

    /**
     * A 1:k matching with no keys yet; add them with {@link #withExact} and {@link #withCaliper}.
     *
     * @param k the number of controls per case, at least 1
     * @return the matching
     * @throws IllegalArgumentException if {@code k < 1}
     */
    public static NearestNeighbourMatching oneTo(int k) {
        if (k < 1) {
            throw new IllegalArgumentException("Matching ratio k (" + k + ") must be >= 1 control per case");
        }
        return new NearestNeighbourMatching(k, List.of(), Collections.unmodifiableMap(new LinkedHashMap<>()));
    }

    /**
     * This matching with more exact (categorical) keys.
     *
     * @param keys the key names, not blank, not already used
     * @return the modified matching
     * @throws IllegalArgumentException if a key is blank or already an exact or caliper key
     */
    public NearestNeighbourMatching withExact(String... keys) {
        List<String> next = new ArrayList<>(exactKeys);
        for (String key : keys) {
            checkNewKey(key, next);
            next.add(key);
        }
        return new NearestNeighbourMatching(ratio, List.copyOf(next), calipers);
    }

    /**
     * This matching with one more numeric key, matched within {@code |case - control| <= caliper}.
     *
     * @param key the key name, not blank, not already used
     * @param caliper the largest allowed absolute difference, finite and {@code > 0}
     * @return the modified matching
     * @throws IllegalArgumentException if the key is blank or already used, or the caliper is not a
     *     finite number {@code > 0} (NaN included)
     */
    public NearestNeighbourMatching withCaliper(String key, double caliper) {
        checkNewKey(key, exactKeys);
        if (!(caliper > 0 && caliper < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException(
                    "Caliper for key '" + key + "' (" + caliper + ") must be a finite number > 0");
        }
        Map<String, Double> next = new LinkedHashMap<>(calipers);
        next.put(key, caliper);
        return new NearestNeighbourMatching(ratio, exactKeys, Collections.unmodifiableMap(next));
    }

    private void checkNewKey(String key, List<String> exact) {
        Objects.requireNonNull(key, "key");
        if (key.isBlank()) {
            throw new IllegalArgumentException("Matching key names must not be blank");
        }
        if (exact.contains(key) || calipers.containsKey(key)) {
            throw new IllegalArgumentException("Matching key '" + key + "' is given twice; each key is used once");
        }
    }

    /**
     * The number of controls sought per case.
     *
     * @return k
     */
    public int ratio() {
        return ratio;
    }

    /**
     * The exact keys.
     *
     * @return the key names in the order given
     */
    public List<String> exactKeys() {
        return exactKeys;
    }

    /**
     * The caliper keys and their calipers.
     *
     * @return key to caliper, in the order given
     */
    public Map<String, Double> calipers() {
        return calipers;
    }

    /**
     * Matches controls to cases as described in the class comment.
     *
     * @param cases the cases, at least one, with unique ids
     * @param controls the candidate controls, with unique ids; may be empty (every case then falls short)
     * @return per case the matched controls and any shortfall, and the balance of every key
     * @throws IllegalArgumentException if the matching has no key; there are no cases; an id repeats
     *     within the cases or within the controls; a key is unknown (no case or control has it, as a
     *     category for an exact key or a measure for a caliper key); or a case or control has no value
     *     for a key (absent, null, blank category, or non-finite measure)
     * @throws NullPointerException if a list or an element is null
     */
    public MatchResult match(List<Subject> cases, List<Subject> controls) {
        List<Subject> cs = List.copyOf(cases);
        List<Subject> pool = List.copyOf(controls);
        if (exactKeys.isEmpty() && calipers.isEmpty()) {
            throw new IllegalArgumentException("At least one exact key or caliper key is required to match on");
        }
        if (cs.isEmpty()) {
            throw new IllegalArgumentException("Number of cases (0) must be at least 1");
        }
        checkUniqueIds(cs, "Case");
        checkUniqueIds(pool, "Control");
        checkKeysKnown(cs, pool);
        checkValues(cs, "Case");
        checkValues(pool, "Control");

        int n = cs.size();
        int[][] eligible = new int[n][];
        double[][] distances = new double[n][];
        Encoded enc = new Encoded(cs, pool);
        for (int c = 0; c < n; c++) {
            findEligible(enc, c, pool.size(), eligible, distances);
        }
        boolean[] taken = new boolean[pool.size()];
        List<List<MatchedControl>> matched = new ArrayList<>();
        for (int c = 0; c < n; c++) {
            matched.add(new ArrayList<>());
        }
        int[] next = new int[n];
        for (int round = 1; round <= ratio; round++) {
            int[] available = new int[n];
            List<Integer> order = new ArrayList<>();
            for (int c = 0; c < n; c++) {
                for (int j : eligible[c]) {
                    if (!taken[j]) {
                        available[c]++;
                    }
                }
                if (available[c] > 0 && matched.get(c).size() == round - 1) {
                    order.add(c);
                }
            }
            order.sort(Comparator.<Integer>comparingInt(c -> available[c]).thenComparingInt(c -> c));
            for (int c : order) {
                while (next[c] < eligible[c].length && taken[eligible[c][next[c]]]) {
                    next[c]++;
                }
                if (next[c] < eligible[c].length) {
                    int j = eligible[c][next[c]];
                    taken[j] = true;
                    matched.get(c).add(new MatchedControl(pool.get(j), distances[c][next[c]], round));
                }
            }
        }

        List<CaseMatch> result = new ArrayList<>(n);
        for (int c = 0; c < n; c++) {
            result.add(caseMatch(cs.get(c), eligible[c].length, matched.get(c)));
        }
        List<Subject> matchedControls = new ArrayList<>();
        for (int j = 0; j < pool.size(); j++) {
            if (taken[j]) {
                matchedControls.add(pool.get(j));
            }
        }
        return new MatchResult(
                this,
                result,
                Balance.numeric(calipers.keySet(), cs, matchedControls, pool),
                Balance.categorical(exactKeys, cs, matchedControls, pool));
    }

    /** The keys as arrays: category codes per exact key, values per caliper key. */
    private final class Encoded {
        final int[][] caseCodes;
        final int[][] controlCodes;
        final double[][] caseValues;
        final double[][] controlValues;
        final double[] widths;

        Encoded(List<Subject> cs, List<Subject> pool) {
            caseCodes = new int[exactKeys.size()][];
            controlCodes = new int[exactKeys.size()][];
            for (int k = 0; k < exactKeys.size(); k++) {
                String key = exactKeys.get(k);
                Map<String, Integer> codes = new java.util.HashMap<>();
                caseCodes[k] = cs.stream()
                        .mapToInt(s -> codes.computeIfAbsent(s.categories().get(key), x -> codes.size()))
                        .toArray();
                controlCodes[k] = pool.stream()
                        .mapToInt(s -> codes.computeIfAbsent(s.categories().get(key), x -> codes.size()))
                        .toArray();
            }
            List<String> keys = List.copyOf(calipers.keySet());
            caseValues = new double[keys.size()][];
            controlValues = new double[keys.size()][];
            widths = new double[keys.size()];
            for (int k = 0; k < keys.size(); k++) {
                String key = keys.get(k);
                caseValues[k] =
                        cs.stream().mapToDouble(s -> s.measures().get(key)).toArray();
                controlValues[k] =
                        pool.stream().mapToDouble(s -> s.measures().get(key)).toArray();
                widths[k] = calipers.get(key);
            }
        }

        /** The distance, or NaN if control {@code j} is not eligible for case {@code c}. */
        double distance(int c, int j) {
            for (int k = 0; k < caseCodes.length; k++) {
                if (caseCodes[k][c] != controlCodes[k][j]) {
                    return Double.NaN;
                }
            }
            double sum = 0;
            for (int k = 0; k < widths.length; k++) {
                double a = caseValues[k][c];
                double b = controlValues[k][j];
                if (!withinCaliper(a, b, widths[k])) {
                    return Double.NaN;
                }
                sum += Math.abs(a - b) / widths[k];
            }
            return sum;
        }
    }

    private static void findEligible(Encoded enc, int c, int poolSize, int[][] eligible, double[][] distances) {
        int[] idx = new int[16];
        double[] dist = new double[16];
        int m = 0;
        for (int j = 0; j < poolSize; j++) {
            double d = enc.distance(c, j);
            if (!Double.isNaN(d)) {
                if (m == idx.length) {
                    idx = Arrays.copyOf(idx, 2 * m);
                    dist = Arrays.copyOf(dist, 2 * m);
                }
                idx[m] = j;
                dist[m] = d;
                m++;
            }
        }
        Integer[] order = new Integer[m];
        for (int i = 0; i < m; i++) {
            order[i] = i;
        }
        // Stable sort: equal distances keep control input order.
        double[] dd = dist;
        Arrays.sort(order, Comparator.comparingDouble(i -> dd[i]));
        eligible[c] = new int[m];
        distances[c] = new double[m];
        for (int i = 0; i < m; i++) {
            eligible[c][i] = idx[order[i]];
            distances[c][i] = dist[order[i]];
        }
    }

    static boolean withinCaliper(double a, double b, double caliper) {
        double slack = 4 * Math.ulp(Math.max(caliper, Math.max(Math.abs(a), Math.abs(b))));
        return Math.abs(a - b) <= caliper + slack;
    }

    private CaseMatch caseMatch(Subject aCase, int eligible, List<MatchedControl> got) {
        int m = got.size();
        if (m == ratio) {
            return new CaseMatch(aCase, eligible, got, Shortfall.NONE, "");
        }
        String criteria = criteria(aCase);
        if (eligible == 0) {
            return new CaseMatch(aCase, eligible, got, Shortfall.NO_ELIGIBLE_CONTROL, "no control has " + criteria);
        }
        int takenByOthers = eligible - m;
        String counted = eligible + " eligible control" + (eligible == 1 ? "" : "s") + " (" + criteria + ")";
        String taken = takenByOthers == 1
                ? "1 was matched to another case first"
                : takenByOthers + " were matched to other cases first";
        if (eligible < ratio) {
            String reason = counted + ", fewer than the ratio " + ratio + (takenByOthers > 0 ? "; " + taken : "");
            return new CaseMatch(aCase, eligible, got, Shortfall.TOO_FEW_ELIGIBLE_CONTROLS, reason);
        }
        return new CaseMatch(aCase, eligible, got, Shortfall.ELIGIBLE_CONTROLS_TAKEN, counted + "; " + taken);
    }

    private String criteria(Subject aCase) {
        List<String> parts = new ArrayList<>();
        for (String key : exactKeys) {
            parts.add(key + "=" + aCase.categories().get(key));
        }
        for (Map.Entry<String, Double> e : calipers.entrySet()) {
            double v = aCase.measures().get(e.getKey());
            parts.add(e.getKey() + " within " + number(e.getValue()) + " of " + number(v));
        }
        return String.join(", ", parts);
    }

    private static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    private static void checkUniqueIds(List<Subject> subjects, String group) {
        Set<String> seen = new HashSet<>();
        for (Subject s : subjects) {
            if (!seen.add(s.id())) {
                throw new IllegalArgumentException(group + " id '" + s.id() + "' occurs twice; ids must be unique");
            }
        }
    }

    private void checkKeysKnown(List<Subject> cs, List<Subject> pool) {
        for (String key : exactKeys) {
            if (cs.stream().noneMatch(s -> s.categories().containsKey(key))
                    && pool.stream().noneMatch(s -> s.categories().containsKey(key))) {
                throw new IllegalArgumentException(
                        "Unknown exact key '" + key + "': no case or control has a category of that name");
            }
        }
        for (String key : calipers.keySet()) {
            if (cs.stream().noneMatch(s -> s.measures().containsKey(key))
                    && pool.stream().noneMatch(s -> s.measures().containsKey(key))) {
                throw new IllegalArgumentException(
                        "Unknown caliper key '" + key + "': no case or control has a measure of that name");
            }
        }
    }

    private void checkValues(List<Subject> subjects, String group) {
        for (Subject s : subjects) {
            for (String key : exactKeys) {
                String v = s.categories().get(key);
                if (v == null || v.isBlank()) {
                    throw new IllegalArgumentException(
                            group + " '" + s.id() + "' has no value for exact key '" + key + "'");
                }
            }
            for (String key : calipers.keySet()) {
                Double v = s.measures().get(key);
                if (v == null || !Double.isFinite(v)) {
                    throw new IllegalArgumentException(group + " '" + s.id() + "' has no value for caliper key '" + key
                            + "'" + (v == null ? "" : " (" + v + "); expected a finite number"));
                }
            }
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NearestNeighbourMatching m
                && ratio == m.ratio
                && exactKeys.equals(m.exactKeys)
                && calipers.equals(m.calipers);
    }

    @Override
    public int hashCode() {
        return Objects.hash(ratio, exactKeys, calipers);
    }

    @Override
    public String toString() {
        return "NearestNeighbourMatching[1:" + ratio + ", exact=" + exactKeys + ", calipers=" + calipers + "]";
    }
}
