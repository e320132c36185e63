package org.marrow.analysis.stage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.marrow.clinical.message.MessageRenderer;

/**
 * The stage decisions of Simon's two-stage design at every bound: document 002's stage 1 (15
 * patients, continue if at least 9 respond: r1 = 8) and its final bound (43 patients, success if more
 * than 26 respond: r = 26).
 */
class SimonStageTest {

    @ParameterizedTest(name = "{1} of {0} evaluated, {1} responses: {2}")
    @CsvSource({
        // r1 = 8: just above, at, and below the bound with every patient evaluated.
        "15, 9, CONTINUE, 9 of 15 responses > r1 = 8: continue",
        "15, 8, STOP, 8 of 15 responses <= r1 = 8: stop",
        "15, 7, STOP, 7 of 15 responses <= r1 = 8: stop",
        // Before every patient is evaluated: more than r1 already, still possible, no longer possible.
        "10, 9, CONTINUE, 9 of 15 responses > r1 = 8: continue",
        "14, 8, PENDING, '8 of 15 responses, 14 evaluated; more than r1 = 8 needed to continue: pending'",
        "7, 1, PENDING, '1 of 15 responses, 7 evaluated; more than r1 = 8 needed to continue: pending'",
        "8, 1, STOP, '1 of 15 responses with 7 still to be evaluated: at most 8 <= r1 = 8: stop'",
        "8, 0, STOP, '0 of 15 responses with 7 still to be evaluated: at most 7 <= r1 = 8: stop'",
        "0, 0, PENDING, '0 of 15 responses, 0 evaluated; more than r1 = 8 needed to continue: pending'"
    })
    void stageOneContinuesAboveRoneAndStopsWhenRoneCannotBePassed(
            int evaluated, int responses, StageDecision decision, String rule) {
        SimonStage s = SimonStage.decide(1, 15, OptionalInt.of(8), evaluated, responses);
        assertThat(s.decision()).isEqualTo(decision);
        assertThat(MessageRenderer.english().render(s.rule())).isEqualTo(rule);
    }

    @ParameterizedTest(name = "{0} evaluated, {1} responses: {2}")
    @CsvSource({
        "43, 27, PROMISING, 27 of 43 responses > r = 26: promising",
        "43, 26, NOT_PROMISING, 26 of 43 responses <= r = 26: not promising",
        "43, 25, NOT_PROMISING, 25 of 43 responses <= r = 26: not promising",
        "37, 20, NOT_PROMISING, '20 of 43 responses with 6 still to be evaluated: at most 26 <= r = 26: not promising'",
        "36, 20, ENROLLING, '20 of 43 responses, 36 evaluated; more than r = 26 needed: enrolling'",
        "30, 27, PROMISING, 27 of 43 responses > r = 26: promising"
    })
    void stageTwoIsPromisingAboveR(int evaluated, int responses, StageDecision decision, String rule) {
        SimonStage s = SimonStage.decide(2, 43, OptionalInt.of(26), evaluated, responses);
        assertThat(s.decision()).isEqualTo(decision);
        assertThat(MessageRenderer.english().render(s.rule())).isEqualTo(rule);
    }

    @Test
    void withoutAFinalBoundStageTwoEnrolsUntilEveryPatientIsEvaluated() {
        SimonStage enrolling = SimonStage.decide(2, 43, OptionalInt.empty(), 25, 25);
        assertThat(enrolling.decision()).isEqualTo(StageDecision.ENROLLING);
        assertThat(MessageRenderer.english().render(enrolling.rule()))
                .isEqualTo("25 of 43 responses, 25 evaluated; the protocol states no final bound r: enrolling");
        SimonStage complete = SimonStage.decide(2, 43, OptionalInt.empty(), 43, 28);
        assertThat(complete.decision()).isEqualTo(StageDecision.COMPLETE);
        assertThat(complete.remaining()).isZero();
        assertThat(MessageRenderer.english().render(complete.rule()))
                .isEqualTo("28 of 43 responses; the protocol states no final bound r: complete");
        assertThat(MessageRenderer.of(Locale.SIMPLIFIED_CHINESE).render(complete.rule()))
                .isEqualTo("43 例中 28 例有效；方案未规定最终界值 r：已完成");
    }

    @Test
    void decisionsReadInTheUsersLanguage() {
        MessageRenderer zh = MessageRenderer.of(Locale.SIMPLIFIED_CHINESE);
        assertThat(zh.value(StageDecision.STOP)).isEqualTo("因无效终止");
        assertThat(MessageRenderer.english().value(StageDecision.ENROLLING)).isEqualTo("continue: stage 2 in progress");
        assertThat(zh.render(SimonStage.decide(1, 15, OptionalInt.of(8), 15, 9).rule()))
                .isEqualTo("15 例中 9 例有效 > r1 = 8：继续");
    }

    @Test
    void inconsistentStagesAreRefused() {
        assertThatThrownBy(() -> new SimonStage(3, 15, OptionalInt.of(8), 1, 1, StageDecision.PENDING))
                .hasMessageContaining("(3)");
        assertThatThrownBy(() -> new SimonStage(1, 15, OptionalInt.of(8), 2, 3, StageDecision.PENDING))
                .hasMessageContaining("responses (3)");
        assertThatThrownBy(() -> new SimonStage(1, 15, OptionalInt.of(8), 16, 3, StageDecision.PENDING))
                .hasMessageContaining("size (15)");
        assertThatThrownBy(() -> new SimonStage(1, 15, OptionalInt.empty(), 1, 1, StageDecision.PENDING))
                .hasMessageContaining("r1");
        assertThatThrownBy(() -> new SimonStage(2, 43, OptionalInt.of(26), 1, 1, StageDecision.CONTINUE))
                .hasMessageContaining("CONTINUE");
        assertThatThrownBy(() -> new SimonStage(1, 15, null, 1, 1, StageDecision.PENDING))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SimonStage.decide(1, 15, OptionalInt.empty(), 1, 1))
                .hasMessageContaining("r1");
    }
}
