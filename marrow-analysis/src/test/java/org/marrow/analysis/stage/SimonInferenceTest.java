package org.marrow.analysis.stage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.marrow.analysis.Synthetic.DAY1;
import static org.marrow.analysis.Synthetic.day;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.marrow.analysis.Synthetic;
import org.marrow.analysis.endpoint.AnalysisPlan;
import org.marrow.analysis.endpoint.EndpointDerivation;
import org.marrow.analysis.endpoint.Progress;
import org.marrow.analysis.endpoint.StudyEndpoints;
import org.marrow.clinical.message.MessageRenderer;
import org.marrow.protocol.Protocol;
import org.marrow.protocol.ProtocolRegistry;
import org.marrow.stats.design.TwoStageEstimate;
import org.marrow.stats.design.TwoStageInference;
import org.marrow.study.EventType;
import org.marrow.study.StudyDataset;

/**
 * The inference after the two stages of a Simon design (Koyama and Chen 2008; Jung and Kim 2004) once
 * the trial's outcome is known, for document 000's example (22 / 8 / 43, 28 of 43, p0 0.45) and document
 * 002's design (15 / 8 / 43 / 26, no p0 stated), against R (src/test/r/monitoring.R); and document 002's
 * dropouts replaced, as its 20% inflation to 54 patients assumes.
 */
class SimonInferenceTest {
    private static final double ROOT = 1e-9;

    private static SimonStatus status(String protocol, StudyDataset data, LocalDate asOf) {
        Protocol p = ProtocolRegistry.bundled().load(protocol);
        StudyEndpoints e = EndpointDerivation.derive(p, data, AnalysisPlan.of(p), asOf, Progress.NONE);
        return SimonStatus.of(e).orElseThrow();
    }

    private static void assertInference(TwoStageEstimate e, String key) {
        assertThat(e.umvue()).isCloseTo(Fixture.number(key + ".umvue"), within(1e-9 * e.umvue()));
        assertThat(e.medianUnbiased()).isCloseTo(Fixture.number(key + ".mue"), within(ROOT));
        assertThat(e.lower()).isCloseTo(Fixture.number(key + ".lower"), within(ROOT));
        assertThat(e.upper()).isCloseTo(Fixture.number(key + ".upper"), within(ROOT));
        assertThat(e.interval()).isEqualTo(TwoStageInference.Interval.EXACT);
        assertThat(e.confidenceLevel()).isEqualTo(0.95);
    }

    @Test
    void theCtxIstExampleHasTheInferenceThatRespectsTheStoppingRule() {
        SimonStatus s = status("ctx-ist", Synthetic.ctxIst(), null);
        TwoStageEstimate e = s.inference().orElseThrow();
        // Document 000: n1 22, r1 8, n 43, p0 0.45 (l.95-102); 28 of 43 responded (l.327-330).
        assertThat(e.outcome().n()).isEqualTo(43);
        assertThat(e.outcome().x()).isEqualTo(28);
        assertThat(e.pValue()).isCloseTo(Fixture.number("ctx-ist.p_value"), within(1e-9 * e.pValue()));
        assertInference(e, "ctx-ist");
        assertThat(MessageRenderer.english().render(s.inferenceSummary().orElseThrow()))
                .isEqualTo("28 of 43 responses after both stages: p-value 0.0063 (stage-wise ordering, H0: p <= 0.45),"
                        + " UMVUE 0.651, median unbiased estimate 0.638, exact 95% interval 0.491 to 0.790");
        assertThat(MessageRenderer.of(Locale.SIMPLIFIED_CHINESE)
                        .render(s.inferenceSummary().orElseThrow()))
                .isEqualTo("两阶段结束，43 例中 28 例有效：P 值 0.0063（按阶段排序，H0：p ≤ 0.45），UMVUE 0.651，"
                        + "中位无偏估计 0.638，精确 95% 置信区间 0.491 至 0.790");
    }

    @Test
    void beforeTheOutcomeIsKnownThereIsNoInference() {
        SimonStatus s = status("ctx-ist", Synthetic.ctxIst(), LocalDate.of(2024, 6, 30));
        assertThat(s.inference()).isEmpty();
        assertThat(s.inferenceSummary()).isEmpty();
    }

    /** Document 002's protocol: n1 15 at week 24 (window days 155-183), r1 8, n 43, r 26. */
    private static Synthetic hpag(int subjects, int responders) {
        Synthetic s = new Synthetic();
        for (int i = 0; i < subjects; i++) {
            LocalDate d1 = DAY1.plusDays(i);
            String id = String.format("H%02d", i + 1);
            s.treated(id, "hpag-csa", d1);
            if (i < responders) {
                s.complete(id, day(d1, 169));
            } else {
                s.none(id, day(d1, 169));
            }
        }
        return s;
    }

    @Test
    void aTrialStoppedAfterStageOneHasTheClopperPearsonIntervalOfStageOneAndNoPValueWithoutP0() {
        SimonStatus s = status("hpag-csa-nsaa", hpag(15, 6).build(), null);
        assertThat(s.stage1().decision()).isEqualTo(StageDecision.STOP);
        TwoStageEstimate e = s.inference().orElseThrow();
        assertThat(e.outcome().stoppedEarly()).isTrue();
        assertThat(e.pValue()).isNaN();
        assertInference(e, "hpag.stopped");
        assertThat(MessageRenderer.english().render(s.inferenceSummary().orElseThrow()))
                .isEqualTo("stopped after stage 1 with 6 of 15 responses: UMVUE 0.400, median unbiased estimate 0.370,"
                        + " exact 95% interval 0.163 to 0.677; no p-value: the protocol states no p0");
    }

    @Test
    void aCompletedTrialOfDocument002HasItsInference() {
        // 10 of the first 15 respond, 30 of 43 in all (> r = 26: promising)
        Synthetic data = new Synthetic();
        for (int i = 0; i < 43; i++) {
            LocalDate d1 = DAY1.plusDays(i);
            String id = String.format("H%02d", i + 1);
            data.treated(id, "hpag-csa", d1);
            boolean responds = i < 15 ? i < 10 : i < 35;
            if (responds) {
                data.complete(id, day(d1, 169));
            } else {
                data.none(id, day(d1, 169));
            }
        }
        SimonStatus s = status("hpag-csa-nsaa", data.build(), null);
        assertThat(s.stage2().orElseThrow().decision()).isEqualTo(StageDecision.PROMISING);
        TwoStageEstimate e = s.inference().orElseThrow();
        assertThat(e.outcome().x1()).isEqualTo(10);
        assertThat(e.outcome().x()).isEqualTo(30);
        assertInference(e, "hpag.complete");
    }

    @Test
    void document002ReplacesADropoutByTheNextTreatedPatient() {
        // 16 treated; the third withdraws on day 100, before the week-24 window, and is replaced
        Synthetic data = new Synthetic();
        for (int i = 0; i < 16; i++) {
            LocalDate d1 = DAY1.plusDays(i);
            String id = String.format("H%02d", i + 1);
            data.treated(id, "hpag-csa", d1);
            if (i == 2) {
                data.event(id, day(d1, 100), EventType.WITHDRAWN);
            } else if (i < 10) {
                data.complete(id, day(d1, 169));
            } else {
                data.none(id, day(d1, 169));
            }
        }
        SimonStatus s = status("hpag-csa-nsaa", data.build(), null);
        assertThat(s.dropoutsReplaced()).isTrue();
        SimonStage stage1 = s.stage1();
        assertThat(stage1.evaluated()).isEqualTo(15);
        assertThat(stage1.responses()).isEqualTo(9);
        assertThat(stage1.replaced()).isEqualTo(1);
        assertThat(stage1.decision()).isEqualTo(StageDecision.CONTINUE);
        assertThat(MessageRenderer.english().render(s.summary(stage1)))
                .isEqualTo("Stage 1, the first 15 evaluable patients at W24 (dropouts replaced: 1): 9 of 15 responses >"
                        + " r1 = 8: continue");
        // Counted as a non-responder (ITT), the dropout would have left stage 1 at 9 of 16 treated and its
        // first 15 at 8 of 15 evaluated plus one to come: document 000's protocol states no dropout rate.
        assertThat(status("ctx-ist", Synthetic.ctxIst(), null).dropoutsReplaced())
                .isFalse();
    }

    @Test
    void aDeathBeforeTheTimepointIsANonResponderEvenWhenDropoutsAreReplaced() {
        Synthetic data = hpag(15, 9);
        data.event("H01", day(DAY1, 100), EventType.DEATH);
        SimonStatus s = status("hpag-csa-nsaa", data.build(), null);
        assertThat(s.stage1().replaced()).isZero();
        assertThat(s.stage1().responses()).isEqualTo(8);
        assertThat(s.stage1().decision()).isEqualTo(StageDecision.STOP);
    }
}
