package org.marrow.clinical.finding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.marrow.clinical.message.Message;

class FindingTest {

    private static Finding part(char c) {
        return switch (c) {
            case 'M' ->
                Finding.of(Message.of("clinical.test.m"), Outcome.MET, Message.of("clinical.test.met"), List.of());
            case 'N' ->
                Finding.of(
                        Message.of("clinical.test.n"), Outcome.NOT_MET, Message.of("clinical.test.notMet"), List.of());
            default -> Finding.unknown(Message.of("clinical.test.u"), Message.of("clinical.test.valueMissing"));
        };
    }

    // Kleene three-valued logic for "at least k of n" (document 000: two of three counts).
    @ParameterizedTest
    @CsvSource({
        "MMM, 2, MET",
        "MMN, 2, MET",
        "MMU, 2, MET",
        "MNN, 2, NOT_MET",
        "MNU, 2, UNKNOWN",
        "NNU, 2, NOT_MET",
        "UUU, 2, UNKNOWN",
        "MUU, 2, UNKNOWN",
        "MNU, 1, MET",
        "NNN, 1, NOT_MET",
        "NNU, 1, UNKNOWN",
        "MMU, 3, UNKNOWN",
        "MMN, 3, NOT_MET"
    })
    void countsMetPartsUnderThreeValuedLogic(String parts, int required, Outcome expected) {
        List<Finding> findings = new ArrayList<>();
        parts.chars().forEach(c -> findings.add(part((char) c)));
        Finding combined = Finding.atLeast(Message.of("clinical.test.rule"), required, findings);
        assertThat(combined.outcome()).isEqualTo(expected);
        if (parts.contains("U")) {
            assertThat(combined.missing()).containsExactly(Message.of("clinical.test.valueMissing"));
        }
    }

    @ParameterizedTest
    @CsvSource({"MET, NOT_MET", "NOT_MET, MET", "UNKNOWN, UNKNOWN"})
    void negationKeepsUnknownUnknown(Outcome outcome, Outcome negated) {
        assertThat(outcome.not()).isEqualTo(negated);
        assertThat(Finding.of(Message.of("clinical.test.r"), outcome, Message.of("clinical.test.why"), List.of())
                        .negate(Message.of("clinical.test.notR"))
                        .outcome())
                .isEqualTo(negated);
    }

    @ParameterizedTest
    @CsvSource({"0", "4"})
    void refusesARequiredCountOutsideTheParts(int required) {
        assertThatThrownBy(() -> Finding.atLeast(
                        Message.of("clinical.test.r"), required, List.of(part('M'), part('M'), part('M'))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("(" + required + ")");
    }
}
