package org.marrow.protocol.design;

import java.util.Locale;
import java.util.Objects;

/**
 * How the report summarises and compares times to event ({@code design.analysis.time_to_event}):
 * the Kaplan-Meier median over every patient with the log-rank test (document 000, "median time to
 * first PR was 86 days"), or the median among the patients who had the event with the Mann-Whitney
 * test (document 001: "the median time to first response was 56 days ... and 77 days (P = 0.000)"
 * cannot be a Kaplan-Meier median when 15 of 32 responded by 3 months).
 *
 * @param summary the summary
 * @param test the test, {@link ComparisonTest#LOG_RANK} or {@link ComparisonTest#MANN_WHITNEY}
 */
public record TimeToEventSummary(Summary summary, ComparisonTest test) {

    /** The summary of the times. */
    public enum Summary {
        /** The Kaplan-Meier median over every patient, censored at the end of follow-up. */
        KM_MEDIAN,
        /** The median (and range) of the times of the patients who had the event. */
        MEDIAN_AMONG_EVENTS;

        /**
         * The code used in protocol files.
         *
         * @return {@code km-median} or {@code median-among-events}
         */
        public String code() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /** Document 000's: Kaplan-Meier medians and the log-rank test. */
    public static final TimeToEventSummary KAPLAN_MEIER =
            new TimeToEventSummary(Summary.KM_MEDIAN, ComparisonTest.LOG_RANK);

    /**
     * Checks the choice.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if the test is not a test of times (log-rank or Mann-Whitney)
     */
    public TimeToEventSummary {
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(test, "test");
        if (test != ComparisonTest.LOG_RANK && test != ComparisonTest.MANN_WHITNEY) {
            throw new IllegalArgumentException(
                    "A test of times (" + test.code() + ") must be log-rank or mann-whitney");
        }
    }
}
