package org.marrow.stats.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.marrow.stats.design.MonitoringCharacteristics;
import org.marrow.stats.design.MonitoringLook;
import org.marrow.stats.design.OperatingCharacteristics;
import org.marrow.stats.design.PredictiveDesign;
import org.marrow.stats.design.PredictiveProbability;
import org.marrow.stats.design.SimonTwoStage;

class TrialSimulationTest {
    /** Trial document 002: 15 in stage 1, go on if at least 9 respond, 43 in all, success if more than 26. */
    private static final List<MonitoringLook> DOC_002 =
            List.of(new MonitoringLook(15, 8, 16), new MonitoringLook(43, 26, 44));

    private static final int RUNS = 20_000;

    /** Within 4 Monte Carlo standard errors (the seed is fixed, so the check is deterministic). */
    private static void assertAgrees(MonteCarloEstimate simulated, double exact) {
        assertThat(Math.abs(simulated.estimate() - exact))
                .as("%s vs exact %s", simulated, exact)
                .isLessThanOrEqualTo(4 * simulated.standardError());
    }

    @ParameterizedTest
    @CsvSource({"0.5, 0.7", "0.7, 0.5", "0.3, 0.9"})
    void simonDesignWithoutDropoutAgreesWithItsExactOperatingCharacteristics(double p, double other) {
        SimulationResult r = TrialSimulation.withDefaults().run(DOC_002, new TrialConduct(p, 0, 2, 6), RUNS, 20240611L);
        double p0 = Math.min(p, other);
        double p1 = Math.max(p, other);
        OperatingCharacteristics oc = SimonTwoStage.operatingCharacteristics(15, 8, 43, 26, p0, p1);
        double pet = p == p0 ? oc.pet0() : oc.pet1();
        double reject = p == p0 ? oc.typeIError() : oc.power();
        double en = p == p0 ? oc.en0() : oc.en1();
        assertAgrees(r.probabilityEarlyStop(), pet);
        assertAgrees(r.probabilityRejectNull(), reject);
        assertAgrees(r.expectedEnrolled(), en);
        assertAgrees(r.expectedEvaluable(), en);
        assertThat(r.expectedEnrolled().estimate())
                .isEqualTo(r.expectedEvaluable().estimate());
        // no dropout, Poisson accrual at 2 a month, 6 months to assessment at each of the looks reached:
        // E(duration) = EN / 2 + 6 (1 + P(stage 2))
        assertAgrees(r.expectedDurationMonths(), en / 2 + 6 * (1 + (1 - pet)));
    }

    @Test
    void dropoutInflatesEnrolmentByOneOverOneMinusTheDropoutRate() {
        // document 002: 20% dropout; the evaluable numbers are unchanged, enrolment is EN / 0.8
        SimulationResult r = TrialSimulation.withDefaults().run(DOC_002, new TrialConduct(0.5, 0.2, 3, 0), RUNS, 7);
        OperatingCharacteristics oc = SimonTwoStage.operatingCharacteristics(15, 8, 43, 26, 0.5, 0.7);
        assertAgrees(r.expectedEvaluable(), oc.en0());
        assertAgrees(r.expectedEnrolled(), oc.en0() / 0.8);
        assertAgrees(r.probabilityRejectNull(), oc.typeIError());
    }

    @Test
    void aPredictiveDesignWithEfficacyStopsAgreesWithItsExactCharacteristics() {
        PredictiveDesign d = PredictiveProbability.withDefaults()
                .withPrior(1, 1)
                .withThresholds(0.9, 0.05, 0.99)
                .design(0.2, 0.4, 10, 40, 5);
        MonitoringCharacteristics exact = d.underAlternative();
        SimulationResult r = TrialSimulation.withDefaults().run(d.looks(), new TrialConduct(0.4, 0, 1, 0), RUNS, 99);
        assertAgrees(r.probabilityEarlyStop(), exact.probabilityEarlyStop());
        assertAgrees(r.probabilityRejectNull(), exact.probabilityRejectNull());
        assertAgrees(r.expectedEvaluable(), exact.expectedSampleSize());
    }

    @Test
    void theSameSeedGivesTheSameResultWhateverTheNumberOfThreads() {
        TrialConduct conduct = new TrialConduct(0.6, 0.2, 1.5, 6);
        SimulationResult one = TrialSimulation.withDefaults().withThreads(1).run(DOC_002, conduct, 5000, 42);
        SimulationResult three = TrialSimulation.withDefaults().withThreads(3).run(DOC_002, conduct, 5000, 42);
        SimulationResult again = TrialSimulation.withDefaults().run(DOC_002, conduct, 5000, 42);
        assertThat(three).isEqualTo(one);
        assertThat(again).isEqualTo(one);
        assertThat(TrialSimulation.withDefaults().run(DOC_002, conduct, 5000, 43))
                .isNotEqualTo(one);
    }

    @Test
    void badArgumentsNameTheValue() {
        TrialConduct c = new TrialConduct(0.5, 0, 1, 0);
        TrialSimulation s = TrialSimulation.withDefaults();
        assertThatThrownBy(() -> s.withThreads(0)).hasMessage("Number of threads (0) must be >= 1");
        assertThatThrownBy(() -> s.run(List.of(), c, 10, 1)).hasMessage("Looks ([]) must name at least one look");
        assertThatThrownBy(() -> s.run(List.of(new MonitoringLook(10, 2, 11), new MonitoringLook(10, 3, 11)), c, 10, 1))
                .hasMessage("Looks must increase: look 2 has n = 10 after 10");
        assertThatThrownBy(() -> s.run(DOC_002, null, 10, 1)).hasMessage("Trial conduct (null) must be given");
        assertThatThrownBy(() -> s.run(DOC_002, c, 1, 1)).hasMessage("Number of runs (1) must be in 2..10000000");
        assertThatThrownBy(() -> new TrialConduct(1.5, 0, 1, 0)).hasMessage("Response rate (1.5) must be in [0, 1]");
        assertThatThrownBy(() -> new TrialConduct(0.5, 1, 1, 0))
                .hasMessage("Dropout probability (1.0) must be in [0, 1)");
        assertThatThrownBy(() -> new TrialConduct(0.5, 0, 0, 0))
                .hasMessage("Accrual per month (0.0) must be a finite number > 0");
        assertThatThrownBy(() -> new TrialConduct(0.5, 0, 1, Double.NaN))
                .hasMessage("Months to assessment (NaN) must be a finite number >= 0");
    }
}
