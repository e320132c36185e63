package org.marrow.stats.survival;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * The Kaplan-Meier estimator with Greenwood variance and pointwise confidence limits, and the
 * log-rank comparison of groups, identical to R's survival package 3.5.3: {@code survfit(Surv(time,
 * event) ~ 1)}, {@code survfit(Surv(time, event) ~ group)} and {@code survdiff(Surv(time, event) ~
 * group)}.
 *
 * <p>Immutable options: {@code KaplanMeier.withDefaults().with(ConfidenceType.LOG_LOG)
 * .withConfidenceLevel(0.9)}. The defaults are R's: {@link ConfidenceType#LOG}, level 0.95.
 *
 * <p>Data are right-censored times: {@code time[i] >= 0}, finite, with {@code event[i]} 1 for an
 * event and 0 for a censoring (R's other codings, 1/2 and logical, are not accepted as integers: a 2
 * is refused rather than guessed). At a time shared by events and censorings the events come first
 * (the censored subjects are still at risk). Times closer together than {@code
 * sqrt(.Machine$double.eps)} are merged as R's default {@code timefix = TRUE} does.
 *
 * <p>Computation uses primitive arrays and one sort of the times: a million subjects take well under
 * a second.
 */
public final class KaplanMeier {
    private static final KaplanMeier DEFAULTS = new KaplanMeier(ConfidenceType.LOG, 0.95, 0);

    private final ConfidenceType confidenceType;
    private final double confidenceLevel;
    private final double rho;

    private KaplanMeier(ConfidenceType confidenceType, double confidenceLevel, double rho) {
        this.confidenceType = confidenceType;
        this.confidenceLevel = confidenceLevel;
        this.rho = rho;
    }

    /**
     * The estimator with R's defaults: log confidence limits at level 0.95.
     *
     * @return the default estimator
     */
    public static KaplanMeier withDefaults() {
        return DEFAULTS;
    }

    /**
     * A copy with another confidence interval type ({@code conf.type}).
     *
     * @param type the type
     * @return the new estimator
     * @throws IllegalArgumentException if the type is null
     */
    public KaplanMeier with(ConfidenceType type) {
        if (type == null) {
            throw new IllegalArgumentException("Confidence interval type (null) must be one of log, log-log, plain");
        }
        return new KaplanMeier(type, confidenceLevel, rho);
    }

    /**
     * A copy with another confidence level ({@code conf.int}).
     *
     * @param level the level, strictly between 0 and 1
     * @return the new estimator
     * @throws IllegalArgumentException if the level is not in (0, 1) (NaN included)
     */
    public KaplanMeier withConfidenceLevel(double level) {
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("Confidence level (" + level + ") must be > 0 and < 1");
        }
        return new KaplanMeier(confidenceType, level, rho);
    }

    /**
     * A copy whose test between groups is the G-rho test with this exponent ({@code
     * survdiff(rho = rho)}): 0 (the default) the log-rank test, 1 the Peto-Peto test.
     *
     * @param rho the exponent of the weight {@code S(t-)^rho}, a finite number
     * @return the new estimator
     * @throws IllegalArgumentException if rho is not finite (NaN included)
     */
    public KaplanMeier withRho(double rho) {
        if (!Double.isFinite(rho)) {
            throw new IllegalArgumentException("Weight exponent rho (" + rho + ") must be a finite number");
        }
        return new KaplanMeier(confidenceType, confidenceLevel, rho);
    }

    /**
     * The weight exponent of the test between groups.
     *
     * @return rho, 0 for the log-rank test
     */
    public double rho() {
        return rho;
    }

    /**
     * The confidence interval type.
     *
     * @return the type
     */
    public ConfidenceType confidenceType() {
        return confidenceType;
    }

    /**
     * The confidence level.
     *
     * @return the level
     */
    public double confidenceLevel() {
        return confidenceLevel;
    }

    /**
     * The Kaplan-Meier curve of all subjects, R's {@code survfit(Surv(time, event) ~ 1)}; the curve is
     * named {@code "all"}.
     *
     * @param time follow-up times, finite and >= 0
     * @param event 1 for an event, 0 for a censoring
     * @return the curve
     * @throws IllegalArgumentException if an array is null or empty, the lengths differ, a time is
     *     negative or not finite, or an event code is not 0 or 1
     */
    public SurvivalCurve fit(double[] time, int[] event) {
        checkData(time, event);
        return Tabulation.of(time, event, null, List.of("all")).curve(0, confidenceType, confidenceLevel, z());
    }

    /**
     * The Kaplan-Meier curve of all subjects with logical event indicators (R's {@code TRUE} = event).
     *
     * @param time follow-up times, finite and >= 0
     * @param event true for an event, false for a censoring
     * @return the curve
     * @throws IllegalArgumentException if an array is null or empty, the lengths differ, or a time is
     *     negative or not finite
     */
    public SurvivalCurve fit(double[] time, boolean[] event) {
        return fit(time, codes(event));
    }

    /**
     * Curves per group, the curve of all subjects, and the log-rank test, with groups given as codes:
     * {@code group[i]} is an index into {@code groupNames}, whose order is the order of the results
     * (R's factor level order).
     *
     * @param time follow-up times, finite and >= 0
     * @param event 1 for an event, 0 for a censoring
     * @param group group codes in [0, groupNames.size())
     * @param groupNames the distinct, non-blank group names; at least two
     * @return the curves and the test
     * @throws IllegalArgumentException if an array is null or empty, the lengths differ, a time is
     *     negative or not finite, an event code is not 0 or 1, a group code is out of range, a name
     *     is null, blank or repeated, fewer than two groups are named, or a named group has no
     *     subjects
     */
    public SurvivalComparison compare(double[] time, int[] event, int[] group, List<String> groupNames) {
        checkData(time, event);
        if (group == null || group.length != time.length) {
            throw new IllegalArgumentException("Group codes (" + (group == null ? "null" : group.length + " values")
                    + ") must have one value per subject (" + time.length + ")");
        }
        if (groupNames == null || groupNames.size() < 2) {
            throw new IllegalArgumentException("Number of groups (" + (groupNames == null ? 0 : groupNames.size())
                    + (groupNames == null ? "" : ", " + groupNames) + ") must be at least 2 for a log-rank test");
        }
        for (int i = 0; i < groupNames.size(); i++) {
            String name = groupNames.get(i);
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("Group name at index " + i + " ('" + name + "') must not be blank");
            }
            if (groupNames.indexOf(name) != i) {
                throw new IllegalArgumentException("Group name '" + name + "' appears twice; names must be distinct");
            }
        }
        int k = groupNames.size();
        int[] size = new int[k];
        for (int i = 0; i < group.length; i++) {
            int g = group[i];
            if (g < 0 || g >= k) {
                throw new IllegalArgumentException("Group code at index " + i + " (" + g + ") must be in [0, " + k
                        + ") for the groups " + groupNames);
            }
            size[g]++;
        }
        for (int g = 0; g < k; g++) {
            if (size[g] == 0) {
                throw new IllegalArgumentException("Group '" + groupNames.get(g) + "' (code " + g
                        + ") has no subjects; every named group needs at least one");
            }
        }
        Tabulation tab = Tabulation.of(time, event, group, List.copyOf(groupNames));
        double z = z();
        List<SurvivalCurve> curves = new ArrayList<>(k);
        for (int g = 0; g < k; g++) {
            curves.add(tab.curve(g, confidenceType, confidenceLevel, z));
        }
        SurvivalCurve overall = tab.curve(-1, confidenceType, confidenceLevel, z);
        return new SurvivalComparison(overall, curves, LogRank.test(tab, rho));
    }

    /**
     * As {@link #compare(double[], int[], int[], List)} with groups given by name; the groups are
     * ordered by {@link String#compareTo} (R's factor levels in the C locale).
     *
     * @param time follow-up times, finite and >= 0
     * @param event 1 for an event, 0 for a censoring
     * @param group the group name of each subject, non-blank
     * @return the curves and the test
     * @throws IllegalArgumentException if an array is null or empty, the lengths differ, a time is
     *     negative or not finite, an event code is not 0 or 1, a group name is null or blank, or
     *     there are fewer than two groups
     */
    public SurvivalComparison compare(double[] time, int[] event, String[] group) {
        checkData(time, event);
        if (group == null || group.length != time.length) {
            throw new IllegalArgumentException("Group names (" + (group == null ? "null" : group.length + " values")
                    + ") must have one value per subject (" + time.length + ")");
        }
        TreeSet<String> levels = new TreeSet<>();
        for (int i = 0; i < group.length; i++) {
            if (group[i] == null || group[i].isBlank()) {
                throw new IllegalArgumentException(
                        "Group at index " + i + " ('" + group[i] + "') must be a non-blank name");
            }
            levels.add(group[i]);
        }
        List<String> names = new ArrayList<>(levels);
        Map<String, Integer> code = new HashMap<>();
        for (int g = 0; g < names.size(); g++) {
            code.put(names.get(g), g);
        }
        int[] codes = new int[group.length];
        for (int i = 0; i < group.length; i++) {
            codes[i] = code.get(group[i]);
        }
        return compare(time, event, codes, names);
    }

    private double z() {
        return NormalDistribution.of(0, 1).inverseCumulativeProbability(1 - (1 - confidenceLevel) / 2);
    }

    private static int[] codes(boolean[] event) {
        if (event == null) {
            throw new IllegalArgumentException("Event indicators (null) must be given, one per subject");
        }
        int[] c = new int[event.length];
        for (int i = 0; i < event.length; i++) {
            c[i] = event[i] ? 1 : 0;
        }
        return c;
    }

    private static void checkData(double[] time, int[] event) {
        if (time == null || event == null) {
            throw new IllegalArgumentException("Times (" + (time == null ? "null" : time.length + " values")
                    + ") and events (" + (event == null ? "null" : event.length + " values") + ") must both be given");
        }
        if (time.length == 0) {
            throw new IllegalArgumentException("Number of subjects (0) must be at least 1");
        }
        if (time.length != event.length) {
            throw new IllegalArgumentException(
                    "Number of events (" + event.length + ") must equal the number of times (" + time.length + ")");
        }
        for (int i = 0; i < time.length; i++) {
            double t = time[i];
            if (!(t >= 0 && t < Double.POSITIVE_INFINITY)) {
                throw new IllegalArgumentException("Time at index " + i + " (" + t + ") must be a finite number >= 0");
            }
            int e = event[i];
            if (e != 0 && e != 1) {
                throw new IllegalArgumentException(
                        "Event code at index " + i + " (" + e + ") must be 0 (censored) or 1 (event)");
            }
        }
    }

    @Override
    public String toString() {
        return "KaplanMeier[" + confidenceType.rName() + ", " + confidenceLevel + ", rho " + rho + "]";
    }
}
