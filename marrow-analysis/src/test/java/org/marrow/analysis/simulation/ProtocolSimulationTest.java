package org.marrow.analysis.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.commons.statistics.distribution.BinomialDistribution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.marrow.analysis.stage.DesignScenario;
import org.marrow.analysis.stage.MonitoringDesign;
import org.marrow.protocol.Protocol;
import org.marrow.protocol.ProtocolRegistry;
import org.marrow.stats.design.OperatingCharacteristics;
import org.marrow.stats.design.SimonTwoStage;
import org.marrow.stats.simulation.MonteCarloEstimate;

/**
 * The simulation of a protocol against what is known exactly: with no dropout, a Simon design's
 * probabilities of early stop and of rejecting the null hypothesis and its expected size are clinfun's
 * ({@code oc.twostage.bdry}, marrow-stats), within Monte Carlo error; so are a BOP2 design's; the result
 * is identical for a seed whatever the threads.
 */
class ProtocolSimulationTest {
    private static final int RUNS = 20_000;

    /** Within 4 Monte Carlo standard errors (the seed is fixed, so the check is deterministic). */
    private static void assertAgrees(MonteCarloEstimate simulated, double exact) {
        assertThat(Math.abs(simulated.estimate() - exact))
                .as("%s vs exact %s", simulated, exact)
                .isLessThanOrEqualTo(4 * simulated.standardError());
    }

    private static Protocol bundled(String id) {
        return ProtocolRegistry.bundled().load(id);
    }

    private static String text(String file) {
        try (InputStream in = ProtocolRegistry.class.getResourceAsStream("/org/marrow/protocol/bundled/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ParameterizedTest(name = "response rate {0}")
    @CsvSource({"0.5", "0.7", "0.6"})
    void document002WithoutDropoutAgreesWithTheExactOperatingCharacteristics(double p) {
        SimulatedTrials r =
                ProtocolSimulation.of(bundled("hpag-csa-nsaa")).run(new SimulationConduct(p, 0, 2, 0), RUNS, 20240611L);
        // n1 15, r1 8, n 43, r 26 (document 002 l.51); exact sums at the simulated rate
        OperatingCharacteristics oc = SimonTwoStage.operatingCharacteristics(15, 8, 43, 26, p, Math.min(0.99, p + 0.2));
        assertAgrees(r.probabilityEarlyStop(), oc.pet0());
        assertAgrees(r.probabilityRejectNull(), oc.typeIError());
        assertAgrees(r.expectedEnrolled(), oc.en0());
        assertAgrees(r.expectedCounted(), oc.en0());
        assertThat(r.probabilityStopForToxicity()).isNull();
        assertThat(r.gate()).isEqualTo("simon");
        assertThat(r.looks()).containsExactly(15, 43);
        assertThat(r.visit()).isEqualTo("week-24");
        // the first decision waits for the window of the 15th patient to close (day 183)
        assertThat(r.expectedDurationMonths().estimate()).isGreaterThan(183 / ProtocolSimulation.MONTH);
    }

    @Test
    void theSameSeedGivesTheSameResultWhateverTheNumberOfThreads() {
        ProtocolSimulation s = ProtocolSimulation.of(bundled("hpag-csa-nsaa"));
        SimulationConduct c = new SimulationConduct(0.6, 0.2, 1.5, 0);
        SimulatedTrials one = s.withThreads(1).run(c, 3000, 42);
        SimulatedTrials three = s.withThreads(3).run(c, 3000, 42);
        assertThat(three).isEqualTo(one);
        assertThat(s.run(c, 3000, 42)).isEqualTo(one);
        assertThat(s.run(c, 3000, 43)).isNotEqualTo(one);
    }

    @Test
    void document002ReplacesItsDropoutsSoThePowerIsKept() {
        // 20% dropout, as the protocol states: the gate counts 15 and 43 evaluable patients
        SimulatedTrials r =
                ProtocolSimulation.of(bundled("hpag-csa-nsaa")).run(new SimulationConduct(0.7, 0.2, 2, 0), RUNS, 7);
        OperatingCharacteristics oc = SimonTwoStage.operatingCharacteristics(15, 8, 43, 26, 0.5, 0.7);
        assertThat(r.dropoutsReplaced()).isTrue();
        assertAgrees(r.probabilityRejectNull(), oc.power());
        assertAgrees(r.probabilityEarlyStop(), oc.pet1());
        // replacements are enrolled beyond the counted patients (dropouts seen after a decision are not)
        assertThat(r.expectedEnrolled().estimate()).isGreaterThan(oc.en1() + 4);
        assertThat(r.expectedEnrolled().estimate()).isLessThan(oc.en1() / 0.8);
    }

    @Test
    void withoutAStatedDropoutRateADropoutIsANonResponder() {
        // ctx-ist: ITT, n1 22, r1 8; no r stated, so no probability of rejecting the null hypothesis
        SimulatedTrials r =
                ProtocolSimulation.of(bundled("ctx-ist")).run(new SimulationConduct(0.65, 0.2, 3, 0), RUNS, 11);
        assertThat(r.dropoutsReplaced()).isFalse();
        assertThat(r.probabilityRejectNull()).isNull();
        // a responder is a patient who stays and responds: 0.65 x 0.8 = 0.52
        assertAgrees(r.probabilityEarlyStop(), BinomialDistribution.of(22, 0.52).cumulativeProbability(8));
        assertAgrees(
                r.expectedEnrolled(),
                22 + (1 - BinomialDistribution.of(22, 0.52).cumulativeProbability(8)) * 21);
    }

    private static final String BOP2 =
            """
              monitoring:
                bop2:
                  p0: 0.45
                  p1: 0.65
                  looks: [11, 22, 33, 43]
                  lambda: 0.9
                  gamma: 1
                  toxicity: {t0: 0.35, t1: 0.2, events: {terms: [Febrile neutropenia], grade_at_least: 3}}
            """;

    private static Protocol bop2() {
        String t = text("ctx-ist-1.0.yaml");
        return ProtocolRegistry.parse(
                "bop2.yaml",
                t.substring(0, t.indexOf("  simon:\n")) + BOP2 + t.substring(t.indexOf("  enrollment: 43")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"futile-safe", "effective-toxic", "alternative"})
    void aBop2DesignWithToxicityAgreesWithItsExactScenarios(String scenario) {
        Protocol p = bop2();
        MonitoringDesign d =
                MonitoringDesign.of(p.design().monitoring().efficacy().orElseThrow());
        DesignScenario s = d.scenarios().stream()
                .filter(x -> x.scenario().equals(scenario))
                .findFirst()
                .orElseThrow();
        SimulatedTrials r =
                ProtocolSimulation.of(p).run(new SimulationConduct(s.responseRate(), 0, 4, s.toxicityRate()), RUNS, 99);
        assertThat(r.gate()).isEqualTo("bop2");
        assertAgrees(r.probabilityRejectNull(), s.probabilityGo());
        assertAgrees(r.probabilityEarlyStop(), s.probabilityEarlyStop());
        assertAgrees(r.expectedCounted(), s.expectedSampleSize());
        assertThat(r.probabilityStopForToxicity()).isNotNull();
    }

    @Test
    void aProtocolWithoutAGateOrTimepointIsRefused() {
        assertThatThrownBy(() -> ProtocolSimulation.of(bundled("hpag-ist")))
                .hasMessage("protocol hpag-ist declares no design gate to simulate: design.simon or design.monitoring");
        assertThatThrownBy(() -> ProtocolSimulation.of(null)).isInstanceOf(IllegalArgumentException.class);
        ProtocolSimulation s = ProtocolSimulation.of(bundled("ctx-ist"));
        assertThatThrownBy(() -> s.run(null, 10, 1)).hasMessage("Simulation conduct must not be null");
        assertThatThrownBy(() -> s.run(new SimulationConduct(0.5, 0, 1, 0), 1, 1))
                .hasMessage("Number of runs (1) must be in 2..10000000");
        assertThatThrownBy(() -> new SimulationConduct(1.1, 0, 1, 0))
                .hasMessage("Response rate (1.1) must be in [0, 1]");
        assertThatThrownBy(() -> new SimulationConduct(0.5, 1, 1, 0))
                .hasMessage("Dropout probability (1.0) must be in [0, 1)");
        assertThatThrownBy(() -> new SimulationConduct(0.5, 0, 0, 0))
                .hasMessage("Accrual per month (0.0) must be > 0 and <= 1000");
        assertThatThrownBy(() -> new SimulationConduct(0.5, 0, 1, Double.NaN))
                .hasMessage("Toxicity rate (NaN) must be in [0, 1]");
    }
}
