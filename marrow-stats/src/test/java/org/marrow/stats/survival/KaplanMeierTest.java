package org.marrow.stats.survival;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class KaplanMeierTest {
    private static final KaplanMeier KM = KaplanMeier.withDefaults();

    @Test
    void defaultsAreRsLogIntervalsAtNinetyFivePercent() {
        assertThat(KM.confidenceType()).isEqualTo(ConfidenceType.LOG);
        assertThat(KM.confidenceLevel()).isEqualTo(0.95);
    }

    @Test
    void optionsAreImmutableCopies() {
        KaplanMeier other = KM.with(ConfidenceType.PLAIN).withConfidenceLevel(0.9);
        assertThat(other.confidenceType()).isEqualTo(ConfidenceType.PLAIN);
        assertThat(other.confidenceLevel()).isEqualTo(0.9);
        assertThat(KM.confidenceType()).isEqualTo(ConfidenceType.LOG);
        SurvivalCurve c = other.fit(new double[] {1, 2}, new int[] {1, 0});
        assertThat(c.confidenceType()).isEqualTo(ConfidenceType.PLAIN);
        assertThat(c.confidenceLevel()).isEqualTo(0.9);
    }

    @ParameterizedTest
    @ValueSource(doubles = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
    void nonFiniteRhoIsRefused(double rho) {
        assertThatThrownBy(() -> KM.withRho(rho))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Weight exponent rho (" + rho + ") must be a finite number");
    }

    @Test
    void rhoIsAnImmutableOptionDefaultingToTheLogRankTest() {
        assertThat(KM.rho()).isZero();
        assertThat(KM.withRho(1).rho()).isEqualTo(1.0);
        assertThat(KM.withRho(1).toString()).isEqualTo("KaplanMeier[log, 0.95, rho 1.0]");
        assertThat(KM.rho()).isZero();
    }

    @ParameterizedTest
    @ValueSource(doubles = {0, 1, -0.1, 1.5, Double.NaN})
    void confidenceLevelOutsideZeroOneIsRefused(double level) {
        assertThatThrownBy(() -> KM.withConfidenceLevel(level))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Confidence level (" + level + ") must be > 0 and < 1");
    }

    @Test
    void confidenceTypeIsReadFromRsNames() {
        assertThat(ConfidenceType.fromRName("log")).isEqualTo(ConfidenceType.LOG);
        assertThat(ConfidenceType.fromRName("log-log")).isEqualTo(ConfidenceType.LOG_LOG);
        assertThat(ConfidenceType.fromRName("LogLog")).isEqualTo(ConfidenceType.LOG_LOG);
        assertThat(ConfidenceType.fromRName("plain")).isEqualTo(ConfidenceType.PLAIN);
        assertThatThrownBy(() -> ConfidenceType.fromRName("logit"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Confidence interval type (logit) must be one of log, log-log, plain");
    }

    @Test
    void negativeTimeIsRefusedWithItsIndexAndValue() {
        assertThatThrownBy(() -> KM.fit(new double[] {1, -2}, new int[] {1, 1}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Time at index 1 (-2.0) must be a finite number >= 0");
    }

    @ParameterizedTest
    @ValueSource(doubles = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
    void nonFiniteTimeIsRefused(double t) {
        assertThatThrownBy(() -> KM.fit(new double[] {t}, new int[] {1}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Time at index 0 (" + t + ") must be a finite number >= 0");
    }

    @ParameterizedTest
    @ValueSource(ints = {2, -1})
    void eventCodeOtherThanZeroOrOneIsRefused(int code) {
        assertThatThrownBy(() -> KM.fit(new double[] {1, 2}, new int[] {0, code}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Event code at index 1 (" + code + ") must be 0 (censored) or 1 (event)");
    }

    @Test
    void emptyOrMismatchedDataIsRefused() {
        assertThatThrownBy(() -> KM.fit(new double[0], new int[0]))
                .hasMessage("Number of subjects (0) must be at least 1");
        assertThatThrownBy(() -> KM.fit(new double[] {1, 2}, new int[] {1}))
                .hasMessage("Number of events (1) must equal the number of times (2)");
        assertThatThrownBy(() -> KM.fit(null, new int[] {1}))
                .hasMessage("Times (null) and events (1 values) must both be given");
    }

    @Test
    void logicalEventsMeanTrueIsAnEvent() {
        SurvivalCurve logical = KM.fit(new double[] {1, 2, 3}, new boolean[] {true, false, true});
        SurvivalCurve coded = KM.fit(new double[] {1, 2, 3}, new int[] {1, 0, 1});
        assertThat(logical.rows()).isEqualTo(coded.rows());
    }

    @Test
    void groupWithNoSubjectsIsRefusedByName() {
        assertThatThrownBy(() -> KM.compare(
                        new double[] {1, 2, 3},
                        new int[] {1, 1, 0},
                        new int[] {0, 0, 2},
                        List.of("SAA", "VSAA", "NSAA")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Group 'VSAA' (code 1) has no subjects; every named group needs at least one");
    }

    @Test
    void groupCodeOutOfRangeIsRefused() {
        assertThatThrownBy(() -> KM.compare(new double[] {1, 2}, new int[] {1, 1}, new int[] {0, 2}, List.of("A", "B")))
                .hasMessage("Group code at index 1 (2) must be in [0, 2) for the groups [A, B]");
    }

    @Test
    void blankOrRepeatedGroupNamesAreRefused() {
        assertThatThrownBy(() -> KM.compare(new double[] {1, 2}, new int[] {1, 1}, new String[] {"A", " "}))
                .hasMessage("Group at index 1 (' ') must be a non-blank name");
        assertThatThrownBy(() -> KM.compare(new double[] {1, 2}, new int[] {1, 1}, new int[] {0, 1}, List.of("A", "A")))
                .hasMessage("Group name 'A' appears twice; names must be distinct");
    }

    @Test
    void logRankNeedsTwoGroupsAsSurvdiffDoes() {
        assertThatThrownBy(() -> KM.compare(new double[] {1, 2}, new int[] {1, 1}, new String[] {"A", "A"}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Number of groups (1, [A]) must be at least 2 for a log-rank test");
    }

    @Test
    void groupsAreOrderedByCodePointAsRInTheCLocale() {
        SurvivalComparison c =
                KM.compare(new double[] {1, 2, 3, 4}, new int[] {1, 1, 1, 1}, new String[] {"b", "B", "a", "b"});
        assertThat(c.groups()).extracting(SurvivalCurve::group).containsExactly("B", "a", "b");
        assertThat(c.overall().group()).isEqualTo("all");
        assertThat(c.overall().n()).isEqualTo(4);
    }

    @Test
    void eventsComeBeforeCensoringsAtATiedTime() {
        // Hand count: 4 at risk at t = 2, one event and one censoring there; S = 3/4 after t = 2.
        SurvivalCurve c = KM.fit(new double[] {2, 2, 3, 4}, new int[] {1, 0, 1, 0});
        assertThat(c.row(0))
                .isEqualTo(new SurvivalRow(
                        2, 4, 1, 1, 0.75, Math.sqrt(1.0 / 12), c.row(0).lower(), 1));
        assertThat(c.row(1).nRisk()).isEqualTo(2);
        assertThat(c.row(1).surv()).isEqualTo(0.375);
    }

    @Test
    void singularLogRankVarianceGivesNaNWhereRStops() {
        // survdiff stops: "Lapack routine dgesv: system is exactly singular" (both at risk die at t = 1).
        LogRankTest t = KM.compare(new double[] {1, 1}, new int[] {1, 1}, new String[] {"A", "B"})
                .logRank();
        assertThat(t.chiSquare()).isNaN();
        assertThat(t.pValue()).isNaN();
        assertThat(t.degreesOfFreedom()).isEqualTo(1);
    }

    @Test
    void negativeZeroTimeIsTheSameTimeAsZero() {
        SurvivalCurve c = KM.fit(new double[] {-0.0, 0.0, 1}, new int[] {1, 0, 1});
        assertThat(c.size()).isEqualTo(2);
        assertThat(c.row(0).nEvent()).isEqualTo(1);
        assertThat(c.row(0).nCensor()).isEqualTo(1);
    }

    @Test
    void timesBeyondFollowUpAreKeptWithUndefinedEstimates() {
        SurvivalCurve c = KM.fit(new double[] {1, 2, 3}, new int[] {1, 0, 1});
        List<SurvivalAt> at = c.at(10, 0.5);
        assertThat(at.get(0).time()).isEqualTo(0.5);
        assertThat(at.get(0).surv()).isEqualTo(1);
        assertThat(at.get(1).beyondFollowUp()).isTrue();
        assertThat(at.get(1).nRisk()).isZero();
        assertThat(at.get(1).nEvent()).isEqualTo(2); // as summary(fit, times = c(0.5, 10), extend = TRUE)
        assertThat(at.get(1).lower()).isNaN();
    }

    @Test
    void badTimesAndProbabilitiesAreRefused() {
        SurvivalCurve c = KM.fit(new double[] {1}, new int[] {1});
        assertThatThrownBy(() -> c.at(-1)).hasMessage("Time (-1.0) must be a finite number >= 0");
        assertThatThrownBy(() -> c.at()).hasMessage("At least one time is needed, none was given");
        assertThatThrownBy(() -> c.quantiles(1.5)).hasMessage("Probability (1.5) must be in [0, 1]");
        assertThatThrownBy(() -> c.quantiles(Double.NaN)).hasMessage("Probability (NaN) must be in [0, 1]");
    }

    @Test
    void medianRulesOfPrintAndQuantileDifferWhenTheCurveEndsAtOneHalf() {
        // R: print(survfit(Surv(1:4, c(1,1,0,0)) ~ 1)) median 2; quantile(fit, 0.5) gives 3.
        SurvivalCurve c = KM.fit(new double[] {1, 2, 3, 4}, new int[] {1, 1, 0, 0});
        assertThat(c.median().time()).isEqualTo(2);
        assertThat(c.quantiles(0.5).get(0).time()).isEqualTo(3);
    }

    @Test
    void aMillionSubjectsInTwoGroupsTakeLessThanASecond() {
        int n = 1_000_000;
        double[] time = new double[n];
        int[] event = new int[n];
        int[] group = new int[n];
        java.util.SplittableRandom r = new java.util.SplittableRandom(7);
        for (int i = 0; i < n; i++) {
            group[i] = r.nextInt(2);
            double t = -Math.log(r.nextDouble()) * (group[i] == 0 ? 100 : 130);
            double censor = r.nextDouble() * 400;
            time[i] = Math.min(t, censor);
            event[i] = t <= censor ? 1 : 0;
        }
        KM.compare(time, event, group, List.of("A", "B")); // warm-up
        long start = System.nanoTime();
        SurvivalComparison c = KM.compare(time, event, group, List.of("A", "B"));
        double seconds = (System.nanoTime() - start) / 1e9;
        assertThat(c.overall().n()).isEqualTo(n);
        assertThat(c.logRank().pValue()).isCloseTo(0, within(1e-12));
        // Generous bound: CI machines are shared; the JMH benchmark measures properly.
        assertThat(seconds).isLessThan(5);
    }
}
