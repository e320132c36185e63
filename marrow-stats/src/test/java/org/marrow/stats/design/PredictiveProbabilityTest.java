package org.marrow.stats.design;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.marrow.stats.RReference;

/** Every number is compared with {@code marrow-stats/src/test/r/predictive.R}'s fixtures. */
class PredictiveProbabilityTest {
    private static final List<Map<String, String>> DESIGNS =
            RReference.read(PredictiveProbabilityTest.class, "predictive-designs.csv");
    private static final List<Map<String, String>> BOUNDS =
            RReference.read(PredictiveProbabilityTest.class, "predictive-boundaries.csv");
    private static final List<Map<String, String>> OC =
            RReference.read(PredictiveProbabilityTest.class, "predictive-oc.csv");
    private static final List<Map<String, String>> PP =
            RReference.read(PredictiveProbabilityTest.class, "predictive-pp.csv");

    static Stream<Map<String, String>> cases() {
        return DESIGNS.stream();
    }

    private static double d(Map<String, String> row, String key) {
        return Double.parseDouble(row.get(key));
    }

    private static int i(Map<String, String> row, String key) {
        return Integer.parseInt(row.get(key));
    }

    private static PredictiveProbability maker(Map<String, String> row) {
        return PredictiveProbability.withDefaults()
                .withPrior(d(row, "prior_a"), d(row, "prior_b"))
                .withThresholds(d(row, "theta_t"), d(row, "theta_l"), d(row, "theta_u"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void boundariesAndCharacteristicsMatchR(Map<String, String> row) {
        String name = row.get("case");
        PredictiveDesign design =
                maker(row).design(d(row, "p0"), d(row, "p1"), i(row, "nmin"), i(row, "nmax"), i(row, "cohort"));
        List<Map<String, String>> bounds =
                BOUNDS.stream().filter(r -> r.get("case").equals(name)).collect(Collectors.toList());
        assertThat(design.looks()).hasSize(bounds.size());
        for (int k = 0; k < bounds.size(); k++) {
            Map<String, String> e = bounds.get(k);
            assertThat(design.looks().get(k))
                    .as(name)
                    .isEqualTo(new MonitoringLook(i(e, "n"), i(e, "futility"), i(e, "efficacy")));
        }
        List<Map<String, String>> oc =
                OC.stream().filter(r -> r.get("case").equals(name)).collect(Collectors.toList());
        assertCharacteristics(design.underNull(), oc.get(0), name + " p0");
        assertCharacteristics(design.underAlternative(), oc.get(1), name + " p1");
    }

    @Test
    void predictiveProbabilityMatchesPh2byePredP() {
        assertThat(PP).hasSizeGreaterThan(1000);
        for (Map<String, String> row : PP) {
            Map<String, String> design = DESIGNS.stream()
                    .filter(r -> r.get("case").equals(row.get("case")))
                    .findFirst()
                    .orElseThrow();
            double pp =
                    maker(design).predictiveProbability(i(row, "x"), i(row, "n"), i(design, "nmax"), d(design, "p0"));
            assertThat(Math.abs(pp - d(row, "pp"))).as(row.toString()).isLessThanOrEqualTo(1e-9);
        }
    }

    @Test
    void trialDocument002FinalRuleIsTheSimonRule() {
        // predictive-boundaries.csv: at 43 the design is promising with more than 26 responses, as document 002
        PredictiveDesign d = PredictiveProbability.withDefaults()
                .withThresholds(0.95, 0.1, 1)
                .design(0.5, 0.7, 15, 43, 1);
        assertThat(d.looks().get(d.looks().size() - 1)).isEqualTo(new MonitoringLook(43, 26, 44));
    }

    @Test
    void badArgumentsNameTheValue() {
        PredictiveProbability pp = PredictiveProbability.withDefaults();
        assertThatThrownBy(() -> pp.withThresholds(1, 0.05, 1)).hasMessage("Threshold thetaT (1.0) must be in (0, 1)");
        assertThatThrownBy(() -> pp.withThresholds(0.9, -0.1, 1))
                .hasMessage("Threshold thetaL (-0.1) must be in [0, 1)");
        assertThatThrownBy(() -> pp.withThresholds(0.9, 0.5, 0.4))
                .hasMessage("Threshold thetaU (0.4) must be in (thetaL, 1] (thetaL = 0.5)");
        assertThatThrownBy(() -> pp.withPrior(Double.NaN, 1))
                .hasMessage("Prior shape a (NaN) must be a finite number > 0");
        assertThatThrownBy(() -> pp.withPrior(1, 0)).hasMessage("Prior shape b (0.0) must be a finite number > 0");
        assertThatThrownBy(() -> pp.design(0.2, 0.4, 0, 40, 1)).hasMessage("First look (0) must be in 1..N (N = 40)");
        assertThatThrownBy(() -> pp.design(0.2, 0.4, 10, 1001, 1))
                .hasMessage("Maximum sample size (1001) must be in 1..1000");
        assertThatThrownBy(() -> pp.design(0.2, 0.4, 10, 40, 0)).hasMessage("Cohort size (0) must be >= 1");
        assertThatThrownBy(() -> pp.predictiveProbability(5, 4, 40, 0.2))
                .hasMessage("Responses x (5) must be in 0..n (n = 4)");
        assertThatThrownBy(() -> pp.predictiveProbability(1, 41, 40, 0.2))
                .hasMessage("Patients so far n (41) must be in 0..N (N = 40)");
        assertThatThrownBy(() -> pp.predictiveProbability(1, 4, 0, 0.2))
                .hasMessage("Maximum sample size (0) must be >= 1");
        assertThatThrownBy(() -> new MonitoringLook(0, -1, 1))
                .hasMessage("Number of patients at a look (0) must be >= 1");
        assertThatThrownBy(() -> new MonitoringLook(5, 6, 7)).hasMessage("Futility bound (6) must be in -1..n (n = 5)");
        assertThatThrownBy(() -> new MonitoringLook(5, 1, 7)).hasMessage("Upper bound (7) must be in 0..n+1 (n = 5)");
        assertThatThrownBy(() -> new MonitoringLook(5, 3, 3))
                .hasMessage("Upper bound (3) must be > futility bound (3) at n = 5");
    }

    private static void assertCharacteristics(MonitoringCharacteristics got, Map<String, String> e, String what) {
        assertThat(got.responseRate()).isEqualTo(d(e, "rate"));
        assertRelative(got.probabilityRejectNull(), e.get("reject"), what + " reject");
        assertRelative(got.probabilityEarlyStop(), e.get("early_stop"), what + " early");
        assertRelative(got.probabilityStopForFutility(), e.get("futility_stop"), what + " futility");
        assertRelative(got.expectedSampleSize(), e.get("expected_n"), what + " EN");
    }

    private static void assertRelative(double actual, String expected, String what) {
        double e = Double.parseDouble(expected);
        assertThat(Math.abs(actual - e))
                .as(what + ": " + actual + " vs R " + expected)
                .isLessThanOrEqualTo(1e-9 * Math.abs(e));
    }
}
