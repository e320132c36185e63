package org.marrow.protocol.design;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The choices of the statistical analysis plan a protocol states in {@code design.analysis}: what the
 * report compares, with which test for rates, at which confidence level, whether HSCT and death are
 * competing events, and the window of early infections; and the analyses the documents report beyond
 * the response rates: how times to event are summarised and tested, times to lab thresholds, response
 * by subgroup within arm, denominators of the patients who completed follow-up at a data cut-off, the
 * duration of neutropenia, the rows of Table 1 and standardized differences. Every choice is
 * optional; one that is not stated follows the design type (marrow-analysis {@code AnalysisPlan.of}).
 *
 * @param compare the groups compared, if stated
 * @param ratesTest the test of rates and categorical characteristics, if stated
 * @param confidenceLevel the level of every interval, strictly between 0 and 1, if stated
 * @param competingEvents whether HSCT and death before an event are competing events (cumulative
 *     incidence) besides censorings, if stated
 * @param infectionWindowDays infections are counted from study day 1 to this day, if stated
 * @param timeToEvent how times to event are summarised and compared, if stated
 * @param labThresholds lab thresholds whose first crossing is a time-to-event endpoint
 * @param subgroups subgroups within which the arms' response rates are compared
 * @param completers the response timepoint (visit name) whose follow-up a patient must have completed
 *     to count in the completers' denominators, if stated
 * @param neutropeniaDuration the neutropenia duration to summarise, if stated
 * @param baseline the rows Table 1 adds
 * @param standardizedDifferences whether Table 1 shows standardized differences, if stated
 */
public record AnalysisSettings(
        Optional<Compare> compare,
        Optional<RatesTest> ratesTest,
        Optional<BigDecimal> confidenceLevel,
        Optional<Boolean> competingEvents,
        OptionalInt infectionWindowDays,
        Optional<TimeToEventSummary> timeToEvent,
        List<LabThreshold> labThresholds,
        List<Subgroup> subgroups,
        Optional<String> completers,
        Optional<NeutropeniaDuration> neutropeniaDuration,
        List<BaselineRow> baseline,
        Optional<Boolean> standardizedDifferences) {

    /** The groups the report sets against each other. */
    public enum Compare {
        /** Baseline severity: SAA vs VSAA (document 000). */
        SEVERITY,
        /** The arms: randomized arms, or cases vs matched controls. */
        ARM;

        /**
         * The code used in protocol files.
         *
         * @return {@code severity} or {@code arm}
         */
        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The test of a table of rates. */
    public enum RatesTest {
        /** Fisher's exact test (R {@code fisher.test}). */
        FISHER("fisher"),
        /** Pearson's chi-squared test without continuity correction (R {@code chisq.test(correct = FALSE)}). */
        CHISQ("chisq"),
        /** Pearson's chi-squared test with Yates' continuity correction (R {@code chisq.test}, 2 x 2). */
        CHISQ_YATES("chisq-yates"),
        /**
         * The linear-by-linear association test (SPSS; for a 2 x 2 table {@code (N - 1) / N} times
         * Pearson's statistic): document 001's printed P values 0.350, 0.005, 0.066, 0.015 (l.55-62).
         */
        LINEAR_BY_LINEAR("linear-by-linear");

        private final String code;

        RatesTest(String code) {
            this.code = code;
        }

        /**
         * The code used in protocol files.
         *
         * @return e.g. {@code chisq-yates}
         */
        public String code() {
            return code;
        }
    }

    /** The confidence level of every interval when a protocol does not state one. */
    public static final BigDecimal DEFAULT_CONFIDENCE_LEVEL = new BigDecimal("0.95");

    /** Nothing stated: every choice follows the design type. */
    public static final AnalysisSettings NONE = new AnalysisSettings(
            Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), OptionalInt.empty());

    /**
     * The choices of how groups are compared, without further analyses.
     *
     * @param compare the groups compared, if stated
     * @param ratesTest the test of rates and categorical characteristics, if stated
     * @param confidenceLevel the level of every interval, if stated
     * @param competingEvents whether HSCT and death are competing events, if stated
     * @param infectionWindowDays the infection window, if stated
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException as the canonical constructor
     */
    public AnalysisSettings(
            Optional<Compare> compare,
            Optional<RatesTest> ratesTest,
            Optional<BigDecimal> confidenceLevel,
            Optional<Boolean> competingEvents,
            OptionalInt infectionWindowDays) {
        this(
                compare,
                ratesTest,
                confidenceLevel,
                competingEvents,
                infectionWindowDays,
                Optional.empty(),
                List.of(),
                List.of(),
                Optional.empty(),
                Optional.empty(),
                List.of(),
                Optional.empty());
    }

    /**
     * The confidence level of the intervals: the stated one, else {@link #DEFAULT_CONFIDENCE_LEVEL}.
     *
     * @return the level, strictly between 0 and 1
     */
    public double confidenceLevelOrDefault() {
        return confidenceLevel.orElse(DEFAULT_CONFIDENCE_LEVEL).doubleValue();
    }

    /**
     * Checks and copies the settings.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if the confidence level is not strictly between 0 and 1, or the
     *     infection window is below 1 day
     */
    public AnalysisSettings {
        Objects.requireNonNull(compare, "compare");
        Objects.requireNonNull(timeToEvent, "timeToEvent");
        labThresholds = List.copyOf(labThresholds);
        subgroups = List.copyOf(subgroups);
        Objects.requireNonNull(completers, "completers");
        Objects.requireNonNull(neutropeniaDuration, "neutropeniaDuration");
        baseline = List.copyOf(baseline);
        Objects.requireNonNull(standardizedDifferences, "standardizedDifferences");
        Objects.requireNonNull(ratesTest, "ratesTest");
        Objects.requireNonNull(confidenceLevel, "confidenceLevel");
        Objects.requireNonNull(competingEvents, "competingEvents");
        Objects.requireNonNull(infectionWindowDays, "infectionWindowDays");
        if (confidenceLevel.isPresent()
                && (confidenceLevel.get().signum() <= 0 || confidenceLevel.get().compareTo(BigDecimal.ONE) >= 0)) {
            throw new IllegalArgumentException("Confidence level ("
                    + confidenceLevel.get().toPlainString() + ") must be strictly between 0 and 1");
        }
        if (infectionWindowDays.isPresent() && infectionWindowDays.getAsInt() < 1) {
            throw new IllegalArgumentException(
                    "Infection window (" + infectionWindowDays.getAsInt() + " days) must be >= 1");
        }
    }
}
