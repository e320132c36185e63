package org.marrow.clinical.finding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FindingTest {

    private static Finding part(char c) {
        return switch (c) {
            case 'M' -> Finding.of("m", Outcome.MET, "met", List.of());
            case 'N' -> Finding.of("n", Outcome.NOT_MET, "not met", List.of());
            default -> Finding.unknown("u", "value missing");
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
        Finding combined = Finding.atLeast("rule", required, findings);
        assertThat(combined.outcome()).isEqualTo(expected);
        if (parts.contains("U")) {
            assertThat(combined.missing()).containsExactly("value missing");
        }
    }

    @ParameterizedTest
    @CsvSource({"MET, NOT_MET", "NOT_MET, MET", "UNKNOWN, UNKNOWN"})
    void negationKeepsUnknownUnknown(Outcome outcome, Outcome negated) {
        assertThat(outcome.not()).isEqualTo(negated);
        assertThat(Finding.of("r", outcome, "why", List.of()).negate("not r").outcome())
                .isEqualTo(negated);
    }

    @ParameterizedTest
    @CsvSource({"0", "4"})
    void refusesARequiredCountOutsideTheParts(int required) {
        assertThatThrownBy(() -> Finding.atLeast("r", required, List.of(part('M'), part('M'), part('M'))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("(" + required + ")");
    }
}
