package org.marrow.protocol.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marrow.protocol.English.en;
import static org.marrow.protocol.screening.ScreeningTest.criterion;
import static org.marrow.protocol.screening.ScreeningTest.ctxIstCandidate;
import static org.marrow.protocol.screening.ScreeningTest.screen;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.marrow.clinical.message.Message;
import org.marrow.clinical.message.MessageRenderer;
import org.marrow.clinical.quantity.LabTest;
import org.marrow.clinical.severity.Severity;
import org.marrow.protocol.view.CriterionView;
import org.marrow.protocol.view.EvidenceView;
import org.marrow.protocol.view.MessageView;

/**
 * The JSON view of a criterion's finding: the texts in the reader's language, and the same as codes
 * with arguments that render to those texts.
 */
class ScreeningViewsTest {
    private static final MessageRenderer CHINESE = MessageRenderer.of(Locale.SIMPLIFIED_CHINESE);

    @Test
    void theViewCarriesTheRenderedTextAndTheMessageBehindIt() {
        CriterionResult i2 = criterion(screen("ctx-ist", ctxIstCandidate()), "I2");
        CriterionView english = CriterionView.of(i2, MessageRenderer.english());
        assertThat(english.reason()).isEqualTo(en(i2.finding().reason()));
        assertThat(english.reasonMessage().code())
                .isEqualTo(i2.finding().reason().code());
        EvidenceView plat = english.evidence().stream()
                .filter(e -> e.item().equals("PLAT"))
                .findFirst()
                .orElseThrow();
        assertThat(plat.criterion()).isEqualTo("< 20 10^9/L");
        assertThat(plat.criterionMessage().code()).isEqualTo("clinical.threshold.criterion");
        assertThat(plat.criterionMessage().args()).containsExactly("<", new BigDecimal("20"), "10^9/L");

        CriterionView chinese = CriterionView.of(i2, CHINESE);
        assertThat(chinese.reason()).contains("重型再生障碍性贫血（SAA）").doesNotContain("severity SAA on");
        assertThat(chinese.reasonMessage()).isEqualTo(english.reasonMessage());
    }

    @Test
    void whatIsMissingIsListedInBothForms() {
        ScreeningTest.Candidate candidate = ctxIstCandidate();
        candidate.labs.removeIf(l -> l.test() == LabTest.AST);
        CriterionView e7 = CriterionView.of(criterion(screen("ctx-ist", candidate), "E7"), CHINESE);
        assertThat(e7.finding()).isEqualTo("UNKNOWN");
        assertThat(e7.missing()).singleElement().asString().contains("AST").contains("无");
        assertThat(e7.missingMessages()).singleElement().satisfies(m -> assertThat(m.code())
                .isEqualTo("clinical.labs.none"));
    }

    @Test
    void argumentsBecomePlainJsonValues() {
        Message inner = Message.of("clinical.labs.none", "PLAT", LocalDate.parse("2024-03-01"));
        MessageView view = MessageView.of(Message.of(
                "clinical.test.any", inner, new BigDecimal("20.0"), 3, Severity.SEVERE, List.of("a", "b"), 'x'));
        assertThat(view.code()).isEqualTo("clinical.test.any");
        assertThat(view.args())
                .containsExactly(
                        new MessageView("clinical.labs.none", List.of("PLAT", LocalDate.parse("2024-03-01"))),
                        new BigDecimal("20"),
                        3,
                        "SEVERE",
                        List.of("a", "b"),
                        "x");
    }
}
