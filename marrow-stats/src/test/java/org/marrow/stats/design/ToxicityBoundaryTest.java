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
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.marrow.stats.RReference;

/** Every number is compared with {@code marrow-stats/src/test/r/toxicity.R}'s fixtures (clinfun 1.1.5). */
class ToxicityBoundaryTest {
    private static List<Map<String, String>> read(String name) {
        return RReference.read(ToxicityBoundaryTest.class, name);
    }

    private static final List<Map<String, String>> BOUNDS = read("toxbdry-bounds.csv");
    private static final List<Map<String, String>> OC = read("toxbdry-oc.csv");
    private static final List<Map<String, String>> BAYES_BOUNDS = read("bayes-toxicity-bounds.csv");
    private static final List<Map<String, String>> BAYES_OC = read("bayes-toxicity-oc.csv");

    static Stream<Map<String, String>> toxbdryCases() {
        return read("toxbdry-cases.csv").stream();
    }

    static Stream<Map<String, String>> bayesCases() {
        return read("bayes-toxicity-cases.csv").stream();
    }

    private static int[] looks(Map<String, String> row) {
        return Arrays.stream(row.get("looks").split(";"))
                .mapToInt(Integer::parseInt)
                .toArray();
    }

    private static double d(Map<String, String> row, String key) {
        return Double.parseDouble(row.get(key));
    }

    private static List<Map<String, String>> of(List<Map<String, String>> rows, String name) {
        return rows.stream().filter(r -> r.get("case").equals(name)).collect(Collectors.toList());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("toxbdryCases")
    void boundariesAndCharacteristicsMatchClinfunToxbdry(Map<String, String> row) {
        String name = row.get("case");
        SequentialToxicityDesign design = SequentialToxicityBoundary.withDefaults()
                .withCrossingProbabilities(d(row, "cp0"), d(row, "cp1"))
                .withGrid(Integer.parseInt(row.get("ngrid")))
                .withShape(d(row, "delta"))
                .withPriority(
                        row.get("priority").equals("null")
                                ? SequentialToxicityBoundary.Priority.NULL
                                : SequentialToxicityBoundary.Priority.ALTERNATIVE)
                .compute(d(row, "p_lo"), d(row, "p_hi"), looks(row));
        List<Map<String, String>> bounds = of(BOUNDS, name);
        assertThat(design.low().looks()).hasSize(bounds.size());
        for (int k = 0; k < bounds.size(); k++) {
            assertThat(design.low().maxAcceptable().get(k))
                    .as(name + " low " + k)
                    .isEqualTo(Integer.parseInt(bounds.get(k).get("low")));
            assertThat(design.high().maxAcceptable().get(k))
                    .as(name + " high " + k)
                    .isEqualTo(Integer.parseInt(bounds.get(k).get("high")));
        }
        List<Map<String, String>> oc = of(OC, name);
        assertThat(design.lowCharacteristics()).hasSize(oc.size());
        for (int i = 0; i < oc.size(); i++) {
            Map<String, String> e = oc.get(i);
            ToxicityCharacteristics lo = design.lowCharacteristics().get(i);
            ToxicityCharacteristics hi = design.highCharacteristics().get(i);
            assertRelative(lo.toxicityRate(), e.get("ptox"), name + " ptox");
            assertRelative(lo.probabilityCross(), e.get("pcross_lo"), name + " pcross.lo");
            assertRelative(lo.probabilityStopEarly(), e.get("pstop_lo"), name + " pstop.lo");
            assertRelative(lo.expectedSampleSize(), e.get("ess_lo"), name + " ess.lo");
            assertRelative(hi.probabilityCross(), e.get("pcross_hi"), name + " pcross.hi");
            assertRelative(hi.probabilityStopEarly(), e.get("pstop_hi"), name + " pstop.hi");
            assertRelative(hi.expectedSampleSize(), e.get("ess_hi"), name + " ess.hi");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bayesCases")
    void betaBinomialRuleMatchesR(Map<String, String> row) {
        String name = row.get("case");
        ToxicityBoundary b = BayesianToxicityRule.withDefaults()
                .withPrior(d(row, "prior_a"), d(row, "prior_b"))
                .boundary(d(row, "limit"), d(row, "cutoff"), looks(row));
        List<Map<String, String>> bounds = of(BAYES_BOUNDS, name);
        assertThat(b.maxAcceptable())
                .as(name)
                .containsExactlyElementsOf(bounds.stream()
                        .map(r -> Integer.parseInt(r.get("max_acceptable")))
                        .collect(Collectors.toList()));
        for (Map<String, String> e : of(BAYES_OC, name)) {
            ToxicityCharacteristics c = b.characteristics(d(e, "ptox"));
            assertRelative(c.probabilityCross(), e.get("pcross"), name + " pcross");
            assertRelative(c.probabilityStopEarly(), e.get("pstop"), name + " pstop");
            assertRelative(c.expectedSampleSize(), e.get("ess"), name + " ess");
        }
    }

    // thresholds of the rule: Pr(p > 0.3 | t of 10) with a uniform prior is 1 - pbeta(0.3, 1 + t, 11 - t):
    // t = 4: 0.7896954 (R), t = 5: 0.9217752 (R)
    @ParameterizedTest
    @CsvSource({"4, 0.78, true", "4, 0.7896, true", "4, 0.7897, false", "5, 0.9217, true", "5, 0.9218, false"})
    void posteriorExcessIsCheckedAtItsThresholds(int t, double cutoff, boolean exceeds) {
        double excess = BayesianToxicityRule.withDefaults().posteriorExcess(t, 10, 0.3);
        assertThat(excess > cutoff).isEqualTo(exceeds);
    }

    @Test
    void oneLookCannotStopEarly() {
        ToxicityBoundary b = new ToxicityBoundary(List.of(20), List.of(6));
        ToxicityCharacteristics c = b.characteristics(0.3);
        assertThat(c.probabilityStopEarly()).isZero();
        assertThat(c.expectedSampleSize()).isEqualTo(20.0);
        assertThat(b.toString()).isEqualTo("ToxicityBoundary[20][6]");
    }

    @Test
    void badArgumentsNameTheValue() {
        assertThatThrownBy(() -> new ToxicityBoundary(List.of(10, 20), List.of(3)))
                .hasMessage("Bounds (1) must be one per look (2)");
        assertThatThrownBy(() -> new ToxicityBoundary(List.of(10), List.of(11)))
                .hasMessage("Toxicity bound at n = 10 (11) must be in 0..n");
        assertThatThrownBy(() -> new ToxicityBoundary(List.of(10), List.of(3)).characteristics(1.5))
                .hasMessage("Toxicity rate (1.5) must be in [0, 1]");
        assertThatThrownBy(() -> BayesianToxicityRule.withDefaults().boundary(0.3, 1, new int[] {5}))
                .hasMessage("Posterior probability cutoff (1.0) must be in (0, 1)");
        assertThatThrownBy(() -> BayesianToxicityRule.withDefaults().boundary(0.01, 0.5, new int[] {1, 2}))
                .hasMessage("With the prior Beta(1.0, 1.0), Pr(p > 0.01) exceeds 0.5 with no toxicity among 1 patients;"
                        + " raise the cutoff or start later");
        assertThatThrownBy(() -> BayesianToxicityRule.withDefaults().posteriorExcess(3, 2, 0.3))
                .hasMessage("Toxicities (3) must be in 0..n (n = 2), n >= 0");
        assertThatThrownBy(() -> BayesianToxicityRule.withDefaults().withPrior(0, 1))
                .hasMessage("Prior shape a (0.0) must be a finite number > 0");
        assertThatThrownBy(() -> BayesianToxicityRule.withDefaults().withPrior(1, Double.NaN))
                .hasMessage("Prior shape b (NaN) must be a finite number > 0");
        SequentialToxicityBoundary s = SequentialToxicityBoundary.withDefaults();
        assertThatThrownBy(() -> s.compute(0.3, 0.2, new int[] {10, 20}))
                .hasMessage("Toxicity rate pHi (0.2) must be > pLo (0.3)");
        assertThatThrownBy(() -> s.compute(0.2, 0.3, new int[] {10}))
                .hasMessage("Looks ([10]) must be at least two to be able to stop early");
        assertThatThrownBy(() -> s.withShape(0.6)).hasMessage("Boundary shape delta (0.6) must be in [0, 0.5]");
        assertThatThrownBy(() -> s.withGrid(1)).hasMessage("Number of toxicity rates ngrid (1) must be >= 2");
        assertThatThrownBy(() -> s.withPriority(null)).hasMessage("Priority (null) must be NULL or ALTERNATIVE");
        assertThatThrownBy(() -> s.withCrossingProbabilities(0.5, 0.4))
                .hasMessage("Crossing probability cP1 (0.4) must be > cP0 (0.5)");
        assertThatThrownBy(() -> s.withCrossingProbabilities(0.1, 0.999999)
                        .withPriority(SequentialToxicityBoundary.Priority.ALTERNATIVE)
                        .compute(0.1, 0.11, new int[] {1, 2}))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("the maximum sample size is too small for the crossing probabilities");
    }

    @ParameterizedTest
    @CsvSource({"0.5, 10, 0.5, 5", "0.0, 10, 0.5, 0", "1.0, 10, 0.5, 10", "0.9, 20, 0.2, 6"})
    void qbinomIsRs(double p, int n, double prob, int expected) {
        // qbinom(0.5, 10, 0.5) = 5, qbinom(0, 10, 0.5) = 0, qbinom(1, 10, 0.5) = 10, qbinom(0.9, 20, 0.2) = 6
        assertThat(SequentialToxicityBoundary.qbinom(p, n, prob)).isEqualTo(expected);
    }

    private static void assertRelative(double actual, String expected, String what) {
        double e = Double.parseDouble(expected);
        assertThat(Math.abs(actual - e))
                .as(what + ": " + actual + " vs R " + expected)
                .isLessThanOrEqualTo(1e-9 * Math.abs(e));
    }
}
