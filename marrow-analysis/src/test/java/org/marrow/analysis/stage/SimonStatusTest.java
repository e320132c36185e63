package org.marrow.analysis.stage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.marrow.analysis.Synthetic.DAY1;
import static org.marrow.analysis.Synthetic.day;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marrow.analysis.Synthetic;
import org.marrow.analysis.endpoint.AnalysisPlan;
import org.marrow.analysis.endpoint.EndpointDerivation;
import org.marrow.analysis.endpoint.Progress;
import org.marrow.analysis.endpoint.RateMeasure;
import org.marrow.analysis.endpoint.StudyEndpoints;
import org.marrow.clinical.message.MessageRenderer;
import org.marrow.protocol.Protocol;
import org.marrow.protocol.ProtocolRegistry;
import org.marrow.stats.design.OperatingCharacteristics;
import org.marrow.study.StudyDataset;

/**
 * Where a trial stands against its Simon design, from the endpoints: the first n1 treated in order of
 * first dose, evaluated once their window has closed (ITT).
 */
class SimonStatusTest {
    static StudyDataset ctxIst;

    @TempDir
    static Path tmp;

    @BeforeAll
    static void read() {
        ctxIst = Synthetic.ctxIst();
    }

    private static StudyEndpoints derive(Protocol p, StudyDataset data, LocalDate asOf) {
        return EndpointDerivation.derive(p, data, AnalysisPlan.of(p), asOf, Progress.NONE);
    }

    @Test
    void theCtxIstExamplePassesStageOneAndCompletesWithoutAFinalBound() {
        SimonStatus s = SimonStatus.of(derive(ProtocolRegistry.bundled().load("ctx-ist"), ctxIst, null))
                .orElseThrow();
        // Document 000 l.101-102: stage 1 of 22 patients, r1 = 8; month-3 ORR is the primary endpoint.
        assertThat(s.visit()).isEqualTo("month-3");
        assertThat(s.timepoint()).isEqualTo("M3");
        assertThat(s.measure()).isEqualTo(RateMeasure.ORR);
        assertThat(s.stage1().decision()).isEqualTo(StageDecision.CONTINUE);
        // The example's first 22 patients by first dose all respond at month 3 (CR to PR, Figure 3).
        assertThat(s.stage1().responses()).isEqualTo(22);
        SimonStage stage2 = s.stage2().orElseThrow();
        // Month-3 ORR 28 of 43 (l.327-330); the protocol states no r.
        assertThat(stage2.responses()).isEqualTo(28);
        assertThat(stage2.decision()).isEqualTo(StageDecision.COMPLETE);
        assertThat(s.stages()).containsExactly(s.stage1(), stage2);
        assertThat(s.characteristics()).isEmpty();
        assertThat(MessageRenderer.english().render(s.summary(stage2)))
                .isEqualTo(
                        "Stage 2, the first 43 treated patients at M3: 28 of 43 responses; the protocol states no final"
                                + " bound r: complete");
    }

    @Test
    void atAnEarlyCutOffStageOneIsPending() {
        SimonStatus s = SimonStatus.of(
                        derive(ProtocolRegistry.bundled().load("ctx-ist"), ctxIst, LocalDate.of(2023, 12, 31)))
                .orElseThrow();
        assertThat(s.stage1().decision()).isEqualTo(StageDecision.PENDING);
        assertThat(s.stage1().evaluated()).isLessThan(22);
        assertThat(s.stage2()).isEmpty();
    }

    @Test
    void aProtocolWithoutASimonDesignHasNoStatus() {
        assertThat(SimonStatus.of(derive(ProtocolRegistry.bundled().load("sirolimus-csa"), ctxIst, null)))
                .isEmpty();
    }

    @Test
    void statedHypothesesGiveTheOperatingCharacteristicsAsClinfun() throws IOException {
        // hpag-csa-nsaa's design with the p0 and p1 its comment gives: clinfun::ph2simon(0.5, 0.7, 0.05,
        // 0.2) optimal design n1 15, r1 8, n 43, r 26: alpha 0.0499, power 0.8044, EN0 23.50.
        String yaml;
        try (InputStream in =
                ProtocolRegistry.class.getResourceAsStream("/org/marrow/protocol/bundled/hpag-csa-nsaa-1.0.yaml")) {
            yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        yaml = yaml.replace("  simon:\n", "  simon:\n    p0: 0.5\n    p1: 0.7\n");
        Path file = Files.writeString(tmp.resolve("hpag-csa-nsaa-stated.yaml"), yaml);
        Protocol stated = ProtocolRegistry.bundled().resolve(file.toString());
        SimonStatus s = SimonStatus.of(derive(stated, ctxIst, null)).orElseThrow();
        OperatingCharacteristics oc = s.characteristics().orElseThrow();
        assertThat(oc.typeIError()).isBetween(0.0495, 0.0505);
        assertThat(oc.power()).isBetween(0.8040, 0.8050);
        assertThat(oc.en0()).isBetween(23.495, 23.505);
        // The week-24 response of the ctx-ist example: 15 of the first 15, then 30 of 43 > 26.
        assertThat(s.visit()).isEqualTo("week-24");
        assertThat(s.stage2().orElseThrow().decision()).isEqualTo(StageDecision.PROMISING);
    }

    @Test
    void subjectsCountInOrderOfFirstDoseAndAWindowStillOpenIsNotEvaluated() {
        Synthetic s = new Synthetic();
        // Nine responders treated first, then a non-responder, then one still before month 3.
        for (int i = 1; i <= 9; i++) {
            LocalDate d1 = DAY1.plusDays(i);
            s.treated("R" + i, "ctx-ist", d1).complete("R" + i, day(d1, 92));
        }
        s.treated("N", "ctx-ist", DAY1.plusDays(20)).none("N", day(DAY1.plusDays(20), 92));
        s.treated("L", "ctx-ist", DAY1.plusDays(200));
        LocalDate asOf = day(DAY1.plusDays(200), 60);
        SimonStatus status = SimonStatus.of(derive(ProtocolRegistry.bundled().load("ctx-ist"), s.build(), asOf))
                .orElseThrow();
        assertThat(status.stage1().evaluated()).isEqualTo(10);
        assertThat(status.stage1().responses()).isEqualTo(9);
        assertThat(status.stage1().decision()).isEqualTo(StageDecision.CONTINUE);
        assertThat(status.stage2().orElseThrow().decision()).isEqualTo(StageDecision.ENROLLING);
        assertThat(status.stage2().orElseThrow().bound()).isEqualTo(OptionalInt.empty());
    }

    @Test
    void anInconsistentStatusIsRefused() {
        SimonStatus s = SimonStatus.of(derive(ProtocolRegistry.bundled().load("ctx-ist"), ctxIst, null))
                .orElseThrow();
        assertThatThrownBy(() -> new SimonStatus(
                        s.design(), "month-3", "M3", RateMeasure.ORR, s.stage1(), Optional.empty(), Optional.empty()))
                .hasMessageContaining("Stage 2");
        assertThatThrownBy(() -> new SimonStatus(
                        s.design(),
                        "month-3",
                        "M3",
                        RateMeasure.ORR,
                        s.stage2().orElseThrow(),
                        s.stage2(),
                        Optional.empty()))
                .hasMessageContaining("numbered");
        assertThatThrownBy(() -> new SimonStatus(
                        null, "month-3", "M3", RateMeasure.ORR, s.stage1(), s.stage2(), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> s.summary(null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SimonStatus.of(null)).isInstanceOf(IllegalArgumentException.class);
    }
}
