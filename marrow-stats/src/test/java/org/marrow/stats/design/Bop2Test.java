package org.marrow.stats.design;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.marrow.stats.RReference;

/** Every number is compared with {@code marrow-stats/src/test/r/bop2.R}'s fixtures. */
class Bop2Test {
    private static final List<Map<String, String>> DESIGNS = RReference.read(Bop2Test.class, "bop2-designs.csv");
    private static final List<Map<String, String>> BOUNDS = RReference.read(Bop2Test.class, "bop2-boundaries.csv");
    private static final List<Map<String, String>> SCENARIOS = RReference.read(Bop2Test.class, "bop2-scenarios.csv");

    static Stream<Map<String, String>> cases() {
        return DESIGNS.stream();
    }

    private static double d(Map<String, String> row, String key) {
        String v = row.get(key);
        return v.equals("NA") ? Double.NaN : Double.parseDouble(v);
    }

    private static Bop2Design design(Map<String, String> row) {
        int[] looks = Arrays.stream(row.get("looks").split(";"))
                .mapToInt(Integer::parseInt)
                .toArray();
        Bop2 bop2 = Bop2.withDefaults().withPrior(d(row, "prior_a"), d(row, "prior_b"));
        boolean joint = !row.get("t0").equals("NA");
        boolean fixed = row.get("alpha").equals("NA");
        double p0 = d(row, "p0");
        double p1 = d(row, "p1");
        if (joint) {
            return fixed
                    ? bop2.efficacyAndToxicity(
                            p0, p1, d(row, "t0"), d(row, "t1"), looks, d(row, "lambda"), d(row, "gamma"))
                    : bop2.efficacyAndToxicity(p0, p1, d(row, "t0"), d(row, "t1"), looks, d(row, "alpha"))
                            .orElseThrow();
        }
        return fixed
                ? bop2.efficacy(p0, p1, looks, d(row, "lambda"), d(row, "gamma"))
                : bop2.efficacy(p0, p1, looks, d(row, "alpha")).orElseThrow();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void designBoundariesAndCharacteristicsMatchR(Map<String, String> row) {
        String name = row.get("case");
        Bop2Design design = design(row);
        assertThat(design.lambda()).as(name).isEqualTo(d(row, "lambda"));
        assertThat(design.gamma()).as(name).isEqualTo(d(row, "gamma"));
        assertRelative(design.typeIError(), row.get("type_i"), name + " type I");
        assertRelative(design.power(), row.get("power"), name + " power");
        List<Map<String, String>> bounds =
                BOUNDS.stream().filter(r -> r.get("case").equals(name)).collect(Collectors.toList());
        assertThat(design.looks()).hasSize(bounds.size());
        for (int k = 0; k < bounds.size(); k++) {
            Bop2Look look = design.looks().get(k);
            Map<String, String> e = bounds.get(k);
            assertThat(look.n()).isEqualTo(Integer.parseInt(e.get("n")));
            assertThat(Math.abs(look.cutoff() - d(e, "cutoff"))).isLessThanOrEqualTo(1e-12);
            assertThat(look.futility())
                    .as(name + " futility at " + look.n())
                    .isEqualTo(Integer.parseInt(e.get("futility")));
            assertThat(look.toxicity())
                    .as(name + " toxicity at " + look.n())
                    .isEqualTo(Integer.parseInt(e.get("toxicity")));
        }
        List<Map<String, String>> scenarios =
                SCENARIOS.stream().filter(r -> r.get("case").equals(name)).collect(Collectors.toList());
        assertThat(design.scenarios()).hasSize(scenarios.size());
        for (int s = 0; s < scenarios.size(); s++) {
            Bop2Scenario got = design.scenarios().get(s);
            Map<String, String> e = scenarios.get(s);
            assertThat(got.kind().name()).isEqualTo(e.get("scenario"));
            assertThat(got.efficacy()).isEqualTo(d(e, "efficacy"));
            assertThat(Double.isNaN(got.toxicity()) ? "NA" : String.valueOf(got.toxicity()))
                    .isEqualTo(e.get("toxicity").equals("NA") ? "NA" : String.valueOf(d(e, "toxicity")));
            assertRelative(got.probabilityGo(), e.get("p_go"), name + " " + got.kind() + " go");
            assertRelative(got.probabilityEarlyStop(), e.get("p_early_stop"), name + " " + got.kind() + " early");
            assertRelative(got.expectedSampleSize(), e.get("expected_n"), name + " " + got.kind() + " EN");
        }
    }

    @Test
    void theDefaultPriorHasTheNullRateAsItsMeanAndSampleSizeOne() {
        int[] looks = {11, 22, 33, 43};
        assertThat(Bop2.withDefaults().efficacy(0.45, 0.65, looks, 0.93, 0.5))
                .isEqualTo(Bop2.withDefaults().withPrior(0.45, 0.55).efficacy(0.45, 0.65, looks, 0.93, 0.5));
    }

    @Test
    void noPairMeetingAlphaIsEmpty() {
        // 30 of 30 responding always gives a go, which has probability 0.01^30 = 1e-60 under p0
        assertThat(Bop2.withDefaults().efficacy(0.01, 0.5, new int[] {30}, 1e-300))
                .isEmpty();
    }

    @Test
    void badArgumentsNameTheValue() {
        int[] looks = {10, 20};
        assertThatThrownBy(() -> Bop2.withDefaults().efficacy(0.5, 0.4, looks, 0.05))
                .hasMessage("Response rate p1 (0.4) must be > p0 (0.5)");
        assertThatThrownBy(() -> Bop2.withDefaults().efficacyAndToxicity(0.2, 0.4, 0.1, 0.3, looks, 0.05))
                .hasMessage("Toxicity rate t0 (0.1) must be > t1 (0.3)");
        assertThatThrownBy(() -> Bop2.withDefaults().efficacy(0.2, 0.4, new int[] {10, 10}, 0.05))
                .hasMessage("Looks ([10, 10]) must be increasing numbers of patients >= 1; look 2 is 10");
        assertThatThrownBy(() -> Bop2.withDefaults().efficacy(0.2, 0.4, new int[] {}, 0.05))
                .hasMessage("Looks ([]) must name at least one sample size");
        assertThatThrownBy(() -> Bop2.withDefaults().efficacy(0.2, 0.4, new int[] {1001}, 0.05))
                .hasMessage("Maximum sample size (1001) must be at most 1000");
        assertThatThrownBy(() -> Bop2.withDefaults().efficacy(0.2, 0.4, looks, Double.NaN))
                .hasMessage("Type I error alpha (NaN) must be in (0, 1)");
        assertThatThrownBy(() -> Bop2.withDefaults().efficacy(0.2, 0.4, looks, 0, 1))
                .hasMessage("Tuning parameter lambda (0.0) must be in (0, 1]");
        assertThatThrownBy(() -> Bop2.withDefaults().efficacy(0.2, 0.4, looks, 0.9, -1))
                .hasMessage("Tuning parameter gamma (-1.0) must be a finite number >= 0");
        assertThatThrownBy(() -> Bop2.withDefaults().withPrior(0, 1))
                .hasMessage("Prior shape a (0.0) must be a finite number > 0");
        assertThatThrownBy(() -> JointRates.independent(1.5, 0.2)).hasMessage("Response rate (1.5) must be in [0, 1]");
        assertThatThrownBy(() -> JointRates.independent(0.5, -0.2))
                .hasMessage("Toxicity rate (-0.2) must be in [0, 1]");
        assertThatThrownBy(() -> new JointRates(0.5, 0.5, 0.5, 0))
                .hasMessage("Joint outcome probabilities must sum to 1 (sum 1.5)");
        assertThatThrownBy(() -> new JointRates(-0.1, 0.5, 0.5, 0.1))
                .hasMessage("P(response and toxicity) (-0.1) must be in [0, 1]");
    }

    private static void assertRelative(double actual, String expected, String what) {
        double e = Double.parseDouble(expected);
        assertThat(Math.abs(actual - e))
                .as(what + ": " + actual + " vs R " + expected)
                .isLessThanOrEqualTo(1e-9 * Math.abs(e));
    }
}
