package org.marrow.stats.design;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.marrow.stats.RReference;
import org.marrow.stats.interval.ProportionEstimate;
import org.marrow.stats.interval.ProportionInterval;

class TwoStageInferenceTest {
    private static final List<Map<String, String>> R =
            RReference.read(TwoStageInferenceTest.class, "twostage-inference.csv");

    private static TwoStageOutcome outcome(Map<String, String> row) {
        int n1 = Integer.parseInt(row.get("n1"));
        int r1 = Integer.parseInt(row.get("r1"));
        int x1 = Integer.parseInt(row.get("x1"));
        return x1 <= r1
                ? TwoStageOutcome.stoppedAfterStageOne(n1, r1, x1)
                : new TwoStageOutcome(n1, r1, Integer.parseInt(row.get("n")), x1, Integer.parseInt(row.get("x")));
    }

    // twostage_inference.R: tolerance 1e-9 relative for p-value and UMVUE, 1e-9 absolute for roots
    @Test
    void everyOutcomeOfTenDesignsMatchesR() {
        assertThat(R).hasSize(1232);
        for (Map<String, String> row : R) {
            TwoStageEstimate e = TwoStageInference.withDefaults()
                    .withConfidenceLevel(Double.parseDouble(row.get("conf")))
                    .estimate(outcome(row), Double.parseDouble(row.get("p0")));
            String at = row.toString();
            assertRelative(e.pValue(), row.get("p_value"), at + " p");
            assertRelative(e.umvue(), row.get("umvue"), at + " umvue");
            assertAbsolute(e.medianUnbiased(), row.get("mue"), at + " mue");
            assertAbsolute(e.lower(), row.get("lower"), at + " lower");
            assertAbsolute(e.upper(), row.get("upper"), at + " upper");
            TwoStageEstimate kc = TwoStageInference.withDefaults()
                    .withConfidenceLevel(Double.parseDouble(row.get("conf")))
                    .with(TwoStageInference.Interval.KOYAMA_CHEN)
                    .estimate(outcome(row), Double.parseDouble(row.get("p0")));
            assertAbsolute(kc.upper(), row.get("upper_kc"), at + " upper_kc");
            assertThat(kc.lower()).isEqualTo(e.lower());
        }
    }

    @Test
    void koyamaAndChensSection34ExampleMatchesTheAuthorsCode() {
        // Koyama and Chen (2008) section 3.4: optimal design for p0 0.1, p1 0.3 (n1 10, continue if >= 2, n 29,
        // reject if >= 6); x1 = 2, x2 = 4. Values from the authors' R code (TwoStageInf, conf.level 0.9), run
        // with uniroot tol 1e-12: p 0.04708631, 90% CI 0.10150479-0.40073577, median estimate 0.21468088
        TwoStageEstimate e = TwoStageInference.withDefaults()
                .withConfidenceLevel(0.9)
                .with(TwoStageInference.Interval.KOYAMA_CHEN)
                .estimate(new TwoStageOutcome(10, 1, 29, 2, 6), 0.1);
        assertThat(e.pValue()).isCloseTo(0.04708631, org.assertj.core.data.Offset.offset(5e-9));
        assertThat(e.lower()).isCloseTo(0.10150479, org.assertj.core.data.Offset.offset(5e-9));
        assertThat(e.medianUnbiased()).isCloseTo(0.21468088, org.assertj.core.data.Offset.offset(5e-9));
        assertThat(e.upper()).isCloseTo(0.40073577, org.assertj.core.data.Offset.offset(5e-9));
        assertThat(e.interval()).isEqualTo(TwoStageInference.Interval.KOYAMA_CHEN);
    }

    /** P(T = t) for every outcome of the design (n1, r1, n) at rate p, in the order of {@link #outcomes}. */
    private static double[] probabilities(List<TwoStageOutcome> outcomes, double p) {
        org.apache.commons.statistics.distribution.BinomialDistribution b1 =
                org.apache.commons.statistics.distribution.BinomialDistribution.of(22, p);
        org.apache.commons.statistics.distribution.BinomialDistribution b2 =
                org.apache.commons.statistics.distribution.BinomialDistribution.of(21, p);
        double[] w = new double[outcomes.size()];
        for (int i = 0; i < w.length; i++) {
            TwoStageOutcome t = outcomes.get(i);
            if (t.stoppedEarly()) {
                w[i] = b1.probability(t.x1());
            } else {
                for (int k = 9; k <= 22; k++) {
                    w[i] += b1.probability(k) * b2.probability(t.x() - k);
                }
            }
        }
        return w;
    }

    private static List<TwoStageOutcome> outcomes() {
        List<TwoStageOutcome> out = new java.util.ArrayList<>();
        for (int x1 = 0; x1 <= 8; x1++) {
            out.add(TwoStageOutcome.stoppedAfterStageOne(22, 8, x1));
        }
        for (int x = 9; x <= 43; x++) {
            out.add(new TwoStageOutcome(22, 8, 43, Math.max(9, x - 21), x));
        }
        return out;
    }

    @Test
    void theExactIntervalCoversAtLeastItsLevelWhereKoyamaAndChensDoesNot() {
        // trial document 000's design (22 / 8 / 43): coverage of the nominal 95% interval over rates 0.005..0.995
        List<TwoStageOutcome> outcomes = outcomes();
        List<TwoStageEstimate> exact = new java.util.ArrayList<>();
        List<TwoStageEstimate> kc = new java.util.ArrayList<>();
        for (TwoStageOutcome t : outcomes) {
            exact.add(TwoStageInference.withDefaults().estimate(t, 0.45));
            kc.add(TwoStageInference.withDefaults()
                    .with(TwoStageInference.Interval.KOYAMA_CHEN)
                    .estimate(t, 0.45));
        }
        double leastExact = 1;
        double leastKc = 1;
        for (int i = 1; i < 200; i++) {
            double p = i / 200.0;
            double[] w = probabilities(outcomes, p);
            double covExact = 0;
            double covKc = 0;
            for (int j = 0; j < w.length; j++) {
                covExact += exact.get(j).lower() <= p && p <= exact.get(j).upper() ? w[j] : 0;
                covKc += kc.get(j).lower() <= p && p <= kc.get(j).upper() ? w[j] : 0;
            }
            leastExact = Math.min(leastExact, covExact);
            leastKc = Math.min(leastKc, covKc);
        }
        assertThat(leastExact).isGreaterThanOrEqualTo(0.95); // 0.9529 (R, the same grid)
        assertThat(leastKc).isLessThan(0.91); // 0.9077 (R, the same grid)
    }

    @Test
    void trialDocument000AccountsForTheStoppingRule() {
        // document 000: 28 of 43 responded (n1 22, stop if <= 8); it reports 65.1% (49.1-79.0)
        TwoStageEstimate e = TwoStageInference.withDefaults().estimate(new TwoStageOutcome(22, 8, 43, 14, 28), 0.45);
        assertThat(e.observed()).isEqualTo(28.0 / 43);
        // twostage-inference.csv, row 22,8,43,0.45,9,28,0.95
        assertThat(e.pValue()).isCloseTo(0.0062639524372201088, org.assertj.core.data.Offset.offset(1e-15));
        assertThat(e.umvue()).isCloseTo(0.65117590778482937, org.assertj.core.data.Offset.offset(1e-15));
        assertThat(e.lower()).isBetween(0.4907, 0.4908);
        assertThat(e.upper()).isBetween(0.7899, 0.7900);
    }

    @ParameterizedTest
    @CsvSource({"22, 8, 0", "22, 8, 3", "22, 8, 8", "15, 8, 5", "10, 0, 0"})
    void afterAnEarlyStopTheIntervalIsClopperPearsonAndTheEstimateX1OverN1(int n1, int r1, int x1) {
        TwoStageEstimate e =
                TwoStageInference.withDefaults().estimate(TwoStageOutcome.stoppedAfterStageOne(n1, r1, x1), 0.3);
        ProportionEstimate cp = ProportionInterval.CLOPPER_PEARSON.estimate(x1, n1, 0.95);
        assertThat(e.umvue()).isEqualTo((double) x1 / n1);
        assertThat(e.lower()).isCloseTo(cp.lower(), org.assertj.core.data.Offset.offset(1e-12));
        assertThat(e.upper()).isCloseTo(cp.upper(), org.assertj.core.data.Offset.offset(1e-12));
    }

    @Test
    void everyPatientRespondingHasUpperLimitOne() {
        TwoStageEstimate e = TwoStageInference.withDefaults().estimate(new TwoStageOutcome(15, 8, 43, 15, 43), 0.5);
        assertThat(e.upper()).isEqualTo(1.0);
        assertThat(e.umvue()).isEqualTo(1.0);
    }

    @Test
    void withoutEarlyStopAndNoResponseEverythingIsZero() {
        TwoStageEstimate e = TwoStageInference.withDefaults().estimate(new TwoStageOutcome(5, -1, 12, 0, 0), 0.2);
        assertThat(new double[] {e.lower(), e.medianUnbiased(), e.umvue()}).containsExactly(0, 0, 0);
        assertThat(e.pValue()).isEqualTo(1.0);
    }

    @Test
    void withoutANullRateEverythingButThePValueIsTheSame() {
        // document 002 states the stage sizes only (15 / 9 / 43 / 26), no p0
        TwoStageOutcome outcome = new TwoStageOutcome(15, 8, 43, 10, 30);
        TwoStageEstimate with = TwoStageInference.withDefaults().estimate(outcome, 0.5);
        TwoStageEstimate without = TwoStageInference.withDefaults().estimate(outcome);
        assertThat(without.pValue()).isNaN();
        assertThat(without.p0()).isNaN();
        assertThat(new double[] {without.umvue(), without.medianUnbiased(), without.lower(), without.upper()})
                .containsExactly(with.umvue(), with.medianUnbiased(), with.lower(), with.upper());
        assertThatThrownBy(() -> TwoStageInference.withDefaults().estimate(null))
                .hasMessage("Outcome (null) must be given");
    }

    @Test
    void optionsAreImmutableAndChecked() {
        TwoStageInference ninety = TwoStageInference.withDefaults().withConfidenceLevel(0.9);
        assertThat(TwoStageInference.withDefaults().confidenceLevel()).isEqualTo(0.95);
        assertThat(ninety.confidenceLevel()).isEqualTo(0.9);
        assertThatThrownBy(() -> TwoStageInference.withDefaults().withConfidenceLevel(Double.NaN))
                .hasMessage("Confidence level (NaN) must be > 0 and < 1");
        assertThat(TwoStageInference.withDefaults().interval()).isEqualTo(TwoStageInference.Interval.EXACT);
        assertThatThrownBy(() -> TwoStageInference.withDefaults().with(null))
                .hasMessage("Interval (null) must be EXACT or KOYAMA_CHEN");
        assertThatThrownBy(() -> TwoStageInference.withDefaults().estimate(null, 0.2))
                .hasMessage("Outcome (null) must be given");
        assertThatThrownBy(() -> TwoStageInference.withDefaults().estimate(new TwoStageOutcome(22, 8, 43, 9, 28), 1))
                .hasMessage("Response rate p0 (1.0) must be in (0, 1)");
    }

    @Test
    void impossibleOutcomesNameTheValue() {
        assertThatThrownBy(() -> new TwoStageOutcome(0, 0, 43, 0, 0))
                .hasMessage("Stage-1 sample size n1 (0) must be >= 1");
        assertThatThrownBy(() -> new TwoStageOutcome(22, 22, 43, 0, 0))
                .hasMessage("Stage-1 bound r1 (22) must be in -1..n1-1 (n1 = 22)");
        assertThatThrownBy(() -> new TwoStageOutcome(22, 8, 43, 23, 28))
                .hasMessage("Stage-1 responses x1 (23) must be in 0..n1 (n1 = 22)");
        assertThatThrownBy(() -> new TwoStageOutcome(22, 8, 43, 5, 7))
                .hasMessage(
                        "Trial stopped after stage 1 (x1 = 5 <= r1 = 8): n (43) must be n1 (22) and x (7) must be x1 (5)");
        assertThatThrownBy(() -> new TwoStageOutcome(22, 8, 22, 9, 9))
                .hasMessage(
                        "Total sample size n (22) must be > n1 (22) when the trial went on to stage 2 (x1 = 9 > r1 = 8)");
        assertThatThrownBy(() -> new TwoStageOutcome(22, 8, 43, 9, 31))
                .hasMessage("Total responses x (31) must be in x1..x1 + n - n1 (9..30)");
        assertThatThrownBy(() -> new TwoStageOutcome(22, 8, 43, 9, 8))
                .hasMessage("Total responses x (8) must be in x1..x1 + n - n1 (9..30)");
        assertThatThrownBy(() -> TwoStageOutcome.stoppedAfterStageOne(22, 8, 9))
                .hasMessage("Stage-1 responses x1 (9) must be <= r1 (8) for a trial that stopped");
        assertThat(new TwoStageOutcome(22, 8, 43, 9, 28).n2()).isEqualTo(21);
    }

    private static void assertRelative(double actual, String expected, String what) {
        double e = Double.parseDouble(expected);
        assertThat(Math.abs(actual - e)).as(what + ": " + actual).isLessThanOrEqualTo(1e-9 * Math.abs(e));
    }

    private static void assertAbsolute(double actual, String expected, String what) {
        double e = Double.parseDouble(expected);
        assertThat(Math.abs(actual - e)).as(what + ": " + actual).isLessThanOrEqualTo(1e-9);
    }
}
