package org.marrow.protocol.design;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The choices of the statistical analysis plan a protocol states in {@code design.analysis}: what the
 * report compares, with which test for rates, at which confidence level, whether HSCT and death are
 * competing events, and the window of early infections. Every choice is optional; one that is not
 * stated follows the design type (marrow-analysis {@code AnalysisPlan.of}).
 *
 * @param compare the groups compared, if stated
 * @param ratesTest the test of rates and categorical characteristics, if stated
 * @param confidenceLevel the level of every interval, strictly between 0 and 1, if stated
 * @param competingEvents whether HSCT and death before an event are competing events (cumulative
 *     incidence) besides censorings, if stated
 * @param infectionWindowDays infections are counted from study day 1 to this day, if stated
 */
public record AnalysisSettings(
        Optional<Compare> compare,
        Optional<RatesTest> ratesTest,
        Optional<BigDecimal> confidenceLevel,
        Optional<Boolean> competingEvents,
        OptionalInt infectionWindowDays) {

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
        CHISQ_YATES("chisq-yates");

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
     * Checks the settings.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if the confidence level is not strictly between 0 and 1, or the
     *     infection window is below 1 day
     */
    /**
     * The confidence level of the intervals: the stated one, else {@link #DEFAULT_CONFIDENCE_LEVEL}.
     *
     * @return the level, strictly between 0 and 1
     */
    public double confidenceLevelOrDefault() {
        return confidenceLevel.orElse(DEFAULT_CONFIDENCE_LEVEL).doubleValue();
    }

    public AnalysisSettings {
        Objects.requireNonNull(compare, "compare");
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
