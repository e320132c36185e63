package org.marrow.stats.interval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

class ProportionIntervalTest {
    private static final double TOLERANCE = 1e-9;

    /** Expected values: proportion.csv, from R binom.test, prop.test(correct = FALSE) and qbeta. */
    @ParameterizedTest(name = "{0} {1}/{2} at {3}")
    @CsvFileSource(resources = "proportion.csv", useHeadersInDisplayName = true)
    void matchesR(String method, int x, int n, double conf, double estimate, double lower, double upper) {
        ProportionEstimate e = ProportionInterval.fromLabel(method).estimate(x, n, conf);
        assertThat(e.estimate()).isEqualTo(estimate);
        assertClose(e.lower(), lower);
        assertClose(e.upper(), upper);
        assertThat(e.method().label()).isEqualTo(method);
        assertThat(e.confidenceLevel()).isEqualTo(conf);
    }

    private static void assertClose(double actual, double expected) {
        if (expected == 0 || expected == 1) {
            assertThat(actual).isEqualTo(expected);
        } else {
            assertThat(actual).isCloseTo(expected, within(Math.abs(expected) * TOLERANCE));
        }
    }

    @Test
    void threeMonthResponseOfTrial000MatchesThePaper() {
        // Document 000: 3-month ORR 65.1% (28/43, 95% CI 49.1-79.0), Clopper-Pearson.
        ProportionEstimate e = ProportionInterval.CLOPPER_PEARSON.estimate(28, 43, 0.95);
        assertThat(e.lower()).isCloseTo(0.491, within(0.0005));
        assertThat(e.upper()).isCloseTo(0.790, within(0.0005));
    }

    @Test
    void noSuccessesGivesLowerBoundZeroAndAllSuccessesUpperBoundOne() {
        for (ProportionInterval m : ProportionInterval.values()) {
            assertThat(m.estimate(0, 7, 0.95).lower()).isZero();
            assertThat(m.estimate(7, 7, 0.95).upper()).isEqualTo(1.0);
        }
    }

    @Test
    void rejectsImpossibleCounts() {
        assertThatThrownBy(() -> ProportionInterval.WILSON.estimate(50, 43, 0.95))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Number of successes (50) must be <= number of trials (43)");
        assertThatThrownBy(() -> ProportionInterval.WILSON.estimate(-1, 43, 0.95))
                .hasMessage("Number of successes (-1) must be >= 0");
        assertThatThrownBy(() -> ProportionInterval.WILSON.estimate(0, 0, 0.95))
                .hasMessage("Number of trials (0) must be >= 1");
    }

    @Test
    void rejectsConfidenceLevelOutsideTheOpenUnitIntervalAndNaN() {
        for (double conf : new double[] {0, 1, -0.5, 95, Double.NaN}) {
            assertThatThrownBy(() -> ProportionInterval.JEFFREYS.estimate(3, 10, conf))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("Confidence level (" + conf + ") must be strictly between 0 and 1");
        }
    }

    @Test
    void unknownLabelNamesTheChoices() {
        assertThatThrownBy(() -> ProportionInterval.fromLabel("wald"))
                .hasMessage("Unknown proportion interval method 'wald'; expected clopper-pearson, wilson or jeffreys");
    }
}
