package org.marrow.stats.competing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.commons.statistics.distribution.ChiSquaredDistribution;

/**
 * Competing-risks analysis: cumulative incidence functions (Aalen-Johansen) per cause and group with
 * their variances, and Gray's test of equality across groups, identical to R's
 * {@code cmprsk::cuminc(ftime, fstatus, group, rho = rho, cencode = 0)} (cmprsk 2.2.11) and
 * {@code cmprsk::timepoints}.
 *
 * <p>Status codes: 0 is censored, every positive integer is a cause of failure (for example 1
 * response, 2 HSCT, 3 death). The causes analysed are those with at least one event, in increasing
 * order, as in cmprsk; a cause without events in one group has a curve that stays at 0.
 *
 * <p>Groups are ordered as R orders the levels of {@code as.factor(group)}: numerically when every
 * label is a number, otherwise by {@link String#compareTo} (R's locale collation may order labels
 * that differ only in letter case differently; the order changes only the presentation and, in the
 * last digits, Gray's statistic).
 *
 * <p>Instances are immutable: {@code CumulativeIncidence.withDefaults().withRho(1)}.
 */
public final class CumulativeIncidence {
    private static final CumulativeIncidence DEFAULTS = new CumulativeIncidence(0, null);

    private final double rho;
    private final int[] knownCauses;

    private CumulativeIncidence(double rho, int[] knownCauses) {
        this.rho = rho;
        this.knownCauses = knownCauses;
    }

    /**
     * The analysis with cmprsk's defaults: {@code rho = 0} (Gray's log-rank-like weights) and any
     * positive status code accepted as a cause.
     *
     * @return the default analysis
     */
    public static CumulativeIncidence withDefaults() {
        return DEFAULTS;
    }

    /**
     * The same analysis with another power {@code rho} of the weight {@code (1 - F(t-))^rho} in
     * Gray's test (cuminc's {@code rho}); larger values put more weight on early differences.
     *
     * @param rho the power, finite
     * @return a new analysis
     * @throws IllegalArgumentException if {@code rho} is not finite
     */
    public CumulativeIncidence withRho(double rho) {
        if (!Double.isFinite(rho)) {
            throw new IllegalArgumentException("rho (" + rho + ") must be a finite number");
        }
        return new CumulativeIncidence(rho, knownCauses);
    }

    /**
     * The same analysis accepting only the given cause codes besides 0 (censored), so that a
     * mistyped status is refused rather than analysed as a cause of its own. The causes reported
     * remain those with at least one event.
     *
     * @param causes the valid cause codes, each positive
     * @return a new analysis
     * @throws IllegalArgumentException if no cause is given or a cause is not positive
     */
    public CumulativeIncidence withCauses(int... causes) {
        if (causes.length == 0) {
            throw new IllegalArgumentException("Number of causes (0) must be at least 1");
        }
        for (int c : causes) {
            if (c <= 0) {
                throw new IllegalArgumentException("Cause code (" + c + ") must be a positive integer");
            }
        }
        int[] sorted = causes.clone();
        Arrays.sort(sorted);
        return new CumulativeIncidence(rho, sorted);
    }

    /**
     * The power {@code rho} used in Gray's test.
     *
     * @return rho
     */
    public double rho() {
        return rho;
    }

    /**
     * Analyses one group (cmprsk's {@code cuminc} without {@code group}); the group is named
     * {@code "all"} and there is no test.
     *
     * @param time follow-up times, finite and {@code >= 0}
     * @param status 0 (censored) or a positive cause code per subject
     * @return the fit
     * @throws IllegalArgumentException on the conditions of {@link #analyse(double[], int[], String[])}
     */
    public CumulativeIncidenceFit analyse(double[] time, int[] status) {
        String[] group = new String[time.length];
        Arrays.fill(group, "all");
        return analyse(time, status, group);
    }

    /**
     * Estimates the cumulative incidence of every cause in every group and, with two or more
     * groups, tests each cause with Gray's test.
     *
     * @param time follow-up times, finite and {@code >= 0}
     * @param status 0 (censored) or a positive cause code per subject
     * @param group a non-blank group label per subject
     * @return the fit
     * @throws IllegalArgumentException if the arrays are empty or differ in length, a time is
     *     negative or not finite, a status is negative (or not one of the causes given to
     *     {@link #withCauses(int...)}), or a group label is null or blank
     */
    public CumulativeIncidenceFit analyse(double[] time, int[] status, String[] group) {
        int n = time.length;
        if (status.length != n || group.length != n) {
            throw new IllegalArgumentException("Number of times (" + n + "), statuses (" + status.length
                    + ") and group labels (" + group.length + ") must be equal");
        }
        if (n == 0) {
            throw new IllegalArgumentException("Number of subjects (0) must be at least 1");
        }
        for (int i = 0; i < n; i++) {
            checkSubject(i, time[i], status[i], group[i]);
        }
        List<String> groups = orderedGroups(group);
        Map<String, Integer> groupIndex = new HashMap<>();
        for (int g = 0; g < groups.size(); g++) {
            groupIndex.put(groups.get(g), g);
        }

        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble(i -> time[i]));
        double[] sortedTime = new double[n];
        int[] sortedStatus = new int[n];
        int[] sortedGroup = new int[n];
        int[] groupSize = new int[groups.size()];
        TreeSet<Integer> causeSet = new TreeSet<>();
        for (int k = 0; k < n; k++) {
            int i = order[k];
            sortedTime[k] = time[i] + 0.0;
            sortedStatus[k] = status[i];
            sortedGroup[k] = groupIndex.get(group[i]);
            groupSize[sortedGroup[k]]++;
            if (status[i] != 0) {
                causeSet.add(status[i]);
            }
        }
        double[][] groupTime = new double[groups.size()][];
        int[][] groupStatus = new int[groups.size()][];
        for (int g = 0; g < groups.size(); g++) {
            groupTime[g] = new double[groupSize[g]];
            groupStatus[g] = new int[groupSize[g]];
        }
        int[] filled = new int[groups.size()];
        for (int k = 0; k < n; k++) {
            int g = sortedGroup[k];
            groupTime[g][filled[g]] = sortedTime[k];
            groupStatus[g][filled[g]] = sortedStatus[k];
            filled[g]++;
        }

        List<Integer> causes = new ArrayList<>(causeSet);
        Map<Integer, List<CumulativeIncidenceCurve>> curves = new LinkedHashMap<>();
        Map<Integer, GrayTest> tests = new LinkedHashMap<>();
        int[] kind = new int[n];
        for (int cause : causes) {
            List<CumulativeIncidenceCurve> perGroup = new ArrayList<>();
            for (int g = 0; g < groups.size(); g++) {
                perGroup.add(AalenJohansen.estimate(groupTime[g], groupStatus[g], cause, groups.get(g)));
            }
            curves.put(cause, List.copyOf(perGroup));
            if (groups.size() > 1) {
                for (int k = 0; k < n; k++) {
                    kind[k] = sortedStatus[k] == 0
                            ? GrayScore.CENSORED
                            : sortedStatus[k] == cause ? GrayScore.CAUSE : GrayScore.OTHER;
                }
                tests.put(cause, grayTest(cause, sortedTime, kind, sortedGroup, groups.size()));
            }
        }
        return new CumulativeIncidenceFit(causes, groups, curves, tests);
    }

    private GrayTest grayTest(int cause, double[] time, int[] kind, int[] group, int groups) {
        GrayScore score = GrayScore.compute(time, kind, group, groups, rho);
        double statistic = QuadraticForm.inverse(score.score, score.covariance);
        int df = groups - 1;
        // R: 1 - pchisq(stat, df), not the upper tail, so that tiny p-values agree with cmprsk.
        double p = Double.isNaN(statistic)
                ? Double.NaN
                : 1 - ChiSquaredDistribution.of(df).cumulativeProbability(statistic);
        return new GrayTest(cause, statistic, p, df, rho);
    }

    private void checkSubject(int i, double time, int status, String group) {
        if (!(time >= 0) || time == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException("Time at index " + i + " (" + time + ") must be a finite number >= 0");
        }
        if (status < 0) {
            throw new IllegalArgumentException(
                    "Status at index " + i + " (" + status + ") must be 0 (censored) or a positive cause code");
        }
        if (status > 0 && knownCauses != null && Arrays.binarySearch(knownCauses, status) < 0) {
            throw new IllegalArgumentException("Status at index " + i + " (" + status
                    + ") is not a known code; expected 0 (censored) or one of the causes "
                    + Arrays.toString(knownCauses));
        }
        if (group == null || group.isBlank()) {
            throw new IllegalArgumentException("Group label at index " + i + " ("
                    + (group == null ? "null" : "'" + group + "'") + ") must be a non-blank label");
        }
    }

    /** R's level order of as.factor(group): numeric when all labels are numbers, else lexical. */
    private static List<String> orderedGroups(String[] group) {
        TreeSet<String> distinct = new TreeSet<>(Arrays.asList(group));
        List<String> labels = new ArrayList<>(distinct);
        boolean numeric = true;
        for (String label : labels) {
            if (!isNumber(label)) {
                numeric = false;
                break;
            }
        }
        if (numeric) {
            labels.sort(Comparator.comparingDouble((String s) -> Double.parseDouble(s.strip()))
                    .thenComparing(Comparator.naturalOrder()));
        }
        return labels;
    }

    private static boolean isNumber(String s) {
        try {
            return Double.isFinite(Double.parseDouble(s.strip()));
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
