package org.marrow.analysis.endpoint;

import java.util.Objects;
import org.marrow.analysis.table.StatTest;
import org.marrow.protocol.Protocol;
import org.marrow.protocol.design.AnalysisSettings;
import org.marrow.protocol.design.ComparisonTest;
import org.marrow.protocol.design.DesignType;
import org.marrow.protocol.design.TimeToEventSummary;

/**
 * How a study's endpoints are analysed: the primary population, the window rule, the confidence
 * level, the groups compared and the tests named for them. Immutable; {@link #of(Protocol)} reads
 * the protocol's design and the {@code with...} methods override.
 *
 * <p>A protocol states its analysis choices in {@code design.analysis} (docs/protocol-format.md):
 * the groups compared, the test of rates, the confidence level, competing events and the infection
 * window. A choice it does not state follows the reference documents by design type:
 *
 * <ul>
 *   <li>single arm: severity subgroups SAA vs VSAA, Fisher's exact test (document 000, "30.8% vs
 *       80.0%; p = 0.0041");
 *   <li>matched controls: arms (cases vs controls), Pearson's chi-squared test without continuity
 *       correction for rates (document 001's P values 0.350, 0.005, 0.066, 0.015 are R's {@code
 *       chisq.test(correct = FALSE)}), Mann-Whitney for continuous baseline values, log-rank for times;
 *   <li>randomized: arms, Fisher's exact test for rates, Mann-Whitney, log-rank.
 * </ul>
 *
 * @param population the primary analysis population
 * @param windowRule the rule choosing the assessment of a timepoint
 * @param confidenceLevel the level of every interval, e.g. 0.95
 * @param grouping the groups compared
 * @param categoricalTest the test of rates and categorical baseline characteristics
 * @param continuousTest the test of continuous baseline characteristics
 * @param timeToEventTest the test of times to event
 * @param competingEvents whether HSCT and death before the event are competing events
 *     (cumulative incidence, cmprsk) in addition to censorings in the Kaplan-Meier analysis
 * @param infectionWindowDays infections are counted from study day 1 to this day (document 000:
 *     "within the first 3 months", 90 days)
 * @param analyses the further analyses the protocol asks for ({@code design.analysis}: time summaries,
 *     lab thresholds, subgroups, completers, neutropenia duration, Table 1 rows)
 * @param standardizedDifferences whether Table 1 shows standardized differences (stated, else for
 *     matched controls)
 */
public record AnalysisPlan(
        Population population,
        WindowRule windowRule,
        double confidenceLevel,
        Grouping grouping,
        StatTest categoricalTest,
        StatTest continuousTest,
        StatTest timeToEventTest,
        boolean competingEvents,
        int infectionWindowDays,
        AnalysisSettings analyses,
        boolean standardizedDifferences) {

    /** The groups that comparisons set against each other. */
    public enum Grouping {
        /** Baseline severity (SAA vs VSAA, or NSAA), document 000. */
        SEVERITY,
        /** The arm of {@code subjects.csv}: randomized arms, or cases vs matched controls. */
        ARM
    }

    /**
     * Checks the plan.
     *
     * @throws IllegalArgumentException if a component is null, the level is not strictly between
     *     0 and 1, a test does not fit its use, or the infection window is below 1 day
     */
    public AnalysisPlan {
        if (population == null || windowRule == null || grouping == null || analyses == null) {
            throw new IllegalArgumentException("Population, window rule, grouping and analyses must not be null");
        }
        if (!(confidenceLevel > 0 && confidenceLevel < 1)) {
            throw new IllegalArgumentException(
                    "Confidence level (" + confidenceLevel + ") must be strictly between 0 and 1");
        }
        if (!isTableTest(categoricalTest)) {
            throw new IllegalArgumentException("Categorical test (" + categoricalTest
                    + ") must be Fisher's exact, Pearson's chi-squared or the linear-by-linear test");
        }
        if (continuousTest != StatTest.MANN_WHITNEY) {
            throw new IllegalArgumentException("Continuous test (" + continuousTest + ") must be MANN_WHITNEY");
        }
        if (timeToEventTest != StatTest.LOG_RANK) {
            throw new IllegalArgumentException("Time-to-event test (" + timeToEventTest + ") must be LOG_RANK");
        }
        if (infectionWindowDays < 1) {
            throw new IllegalArgumentException("Infection window (" + infectionWindowDays + " days) must be >= 1");
        }
    }

    /**
     * The plan of a study without further analyses (only the response rates, their comparisons, times
     * to response, events and safety).
     *
     * @param population the primary analysis population
     * @param windowRule the rule choosing the assessment of a timepoint
     * @param confidenceLevel the level of every interval
     * @param grouping the groups compared
     * @param categoricalTest the test of rates and categorical baseline characteristics
     * @param continuousTest the test of continuous baseline characteristics
     * @param timeToEventTest the test of times to event
     * @param competingEvents whether HSCT and death before the event are competing events
     * @param infectionWindowDays the infection window
     * @throws IllegalArgumentException as the canonical constructor
     */
    public AnalysisPlan(
            Population population,
            WindowRule windowRule,
            double confidenceLevel,
            Grouping grouping,
            StatTest categoricalTest,
            StatTest continuousTest,
            StatTest timeToEventTest,
            boolean competingEvents,
            int infectionWindowDays) {
        this(
                population,
                windowRule,
                confidenceLevel,
                grouping,
                categoricalTest,
                continuousTest,
                timeToEventTest,
                competingEvents,
                infectionWindowDays,
                AnalysisSettings.NONE,
                false);
    }

    /**
     * Whether a test compares a contingency table (rates, categorical characteristics).
     *
     * @param test the test
     * @return true for Fisher's exact test, Pearson's chi-squared tests and the linear-by-linear test
     */
    public static boolean isTableTest(StatTest test) {
        return test == StatTest.FISHER_EXACT
                || test == StatTest.PEARSON_CHI_SQUARED
                || test == StatTest.PEARSON_CHI_SQUARED_YATES
                || test == StatTest.LINEAR_BY_LINEAR;
    }

    /**
     * How times to event are summarised and compared: the protocol's {@code time_to_event}, else
     * Kaplan-Meier medians with the log-rank test.
     *
     * @return the summary
     */
    public TimeToEventSummary timeSummary() {
        return analyses.timeToEvent().orElse(TimeToEventSummary.KAPLAN_MEIER);
    }

    /**
     * The test a protocol's comparison test names in tables.
     *
     * @param test the protocol's test
     * @return the report's test
     * @throws IllegalArgumentException if test is null
     */
    public static StatTest test(ComparisonTest test) {
        if (test == null) {
            throw new IllegalArgumentException("Test must not be null");
        }
        return switch (test) {
            case FISHER -> StatTest.FISHER_EXACT;
            case CHISQ -> StatTest.PEARSON_CHI_SQUARED;
            case CHISQ_YATES -> StatTest.PEARSON_CHI_SQUARED_YATES;
            case LINEAR_BY_LINEAR -> StatTest.LINEAR_BY_LINEAR;
            case MANN_WHITNEY -> StatTest.MANN_WHITNEY;
            case LOG_RANK -> StatTest.LOG_RANK;
        };
    }

    /**
     * The plan of a protocol: its population ({@code itt} or {@code per-protocol}), 95% intervals,
     * and the grouping and tests of its design type (see the class description).
     *
     * @param protocol the protocol
     * @return the plan
     * @throws IllegalArgumentException if protocol is null, or its population or interval method is
     *     not one Marrow implements (itt / per-protocol; clopper-pearson)
     */
    public static AnalysisPlan of(Protocol protocol) {
        if (protocol == null) {
            throw new IllegalArgumentException("Protocol must not be null");
        }
        String pop = protocol.design().population();
        Population population =
                switch (pop) {
                    case "itt" -> Population.ITT;
                    case "per-protocol", "pp" -> Population.PER_PROTOCOL;
                    default ->
                        throw new IllegalArgumentException("Protocol " + protocol.id() + ": analysis population '" + pop
                                + "' is not supported; expected itt or per-protocol");
                };
        String ci = protocol.design().confidenceInterval();
        if (!ci.equals("clopper-pearson")) {
            throw new IllegalArgumentException("Protocol " + protocol.id() + ": confidence interval '" + ci
                    + "' is not supported for reports; expected clopper-pearson");
        }
        DesignType type = protocol.design().type();
        AnalysisSettings stated = protocol.design().analysis();
        Grouping grouping = stated.compare()
                .map(c -> c == AnalysisSettings.Compare.SEVERITY ? Grouping.SEVERITY : Grouping.ARM)
                .orElse(type == DesignType.SINGLE_ARM ? Grouping.SEVERITY : Grouping.ARM);
        StatTest rates = stated.ratesTest()
                .map(AnalysisPlan::test)
                .orElse(type == DesignType.MATCHED_CONTROLS ? StatTest.PEARSON_CHI_SQUARED : StatTest.FISHER_EXACT);
        return new AnalysisPlan(
                population,
                WindowRule.CLOSEST_TO_TARGET_LATER_ON_TIE,
                stated.confidenceLevelOrDefault(),
                grouping,
                rates,
                StatTest.MANN_WHITNEY,
                StatTest.LOG_RANK,
                stated.competingEvents().orElse(true),
                stated.infectionWindowDays().orElse(90),
                stated,
                stated.standardizedDifferences().orElse(type == DesignType.MATCHED_CONTROLS));
    }

    private static StatTest test(AnalysisSettings.RatesTest test) {
        return switch (test) {
            case FISHER -> StatTest.FISHER_EXACT;
            case CHISQ -> StatTest.PEARSON_CHI_SQUARED;
            case CHISQ_YATES -> StatTest.PEARSON_CHI_SQUARED_YATES;
            case LINEAR_BY_LINEAR -> StatTest.LINEAR_BY_LINEAR;
        };
    }

    /**
     * The same plan with another primary population.
     *
     * @param population the population
     * @return the plan
     * @throws IllegalArgumentException if null
     */
    public AnalysisPlan with(Population population) {
        return new AnalysisPlan(
                population,
                windowRule,
                confidenceLevel,
                grouping,
                categoricalTest,
                continuousTest,
                timeToEventTest,
                competingEvents,
                infectionWindowDays,
                analyses,
                standardizedDifferences);
    }

    /**
     * The same plan with another grouping.
     *
     * @param grouping the grouping
     * @return the plan
     * @throws IllegalArgumentException if null
     */
    public AnalysisPlan with(Grouping grouping) {
        return new AnalysisPlan(
                population,
                windowRule,
                confidenceLevel,
                grouping,
                categoricalTest,
                continuousTest,
                timeToEventTest,
                competingEvents,
                infectionWindowDays,
                analyses,
                standardizedDifferences);
    }

    /**
     * The same plan with another categorical test.
     *
     * @param test Fisher's exact test or a Pearson chi-squared test
     * @return the plan
     * @throws IllegalArgumentException if the test is not a test of a contingency table
     */
    public AnalysisPlan withCategoricalTest(StatTest test) {
        return new AnalysisPlan(
                population,
                windowRule,
                confidenceLevel,
                grouping,
                Objects.requireNonNullElse(test, StatTest.GRAY),
                continuousTest,
                timeToEventTest,
                competingEvents,
                infectionWindowDays,
                analyses,
                standardizedDifferences);
    }
}
