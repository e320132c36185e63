package org.marrow.study.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.marrow.study.DoseUnit;
import org.marrow.study.Drug;

/** Ranges, text limits and dose limits as values. */
class LimitsTest {

    @ParameterizedTest
    @CsvSource({"0.99, false", "1, true", "400, true", "400.01, false"})
    void aRangeIncludesBothEnds(String value, boolean inside) {
        assertThat(Limits.WEIGHT_KG.contains(new BigDecimal(value))).isEqualTo(inside);
    }

    @Test
    void aRangeMustRunUpwards() {
        assertThatThrownBy(() -> Range.of("2", "1")).hasMessageContaining("(2)");
    }

    @Test
    void textLimitsCountCharactersNotUtf16Units() {
        // A character outside the Basic Multilingual Plane is two UTF-16 units and one code point.
        String name = "\uD842\uDFB7".repeat(64);
        assertThat(name.length()).isEqualTo(128);
        assertThat(TextLimit.NAME.admits(name)).isTrue();
        assertThat(TextLimit.NAME.admits(name + "x")).isFalse();
        assertThat(TextLimit.NOTE.characters()).isEqualTo(2000);
    }

    @Test
    void everyDrugHasADefaultMaximumInEveryUnitItIsGivenIn() {
        for (Drug drug : Drug.values()) {
            for (DoseUnit unit : drug.units()) {
                assertThat(DoseLimits.defaults().range(drug, unit))
                        .as(drug + " " + unit)
                        .isPresent();
            }
        }
    }

    @Test
    void doseRangesNarrowToTheirIntersection() {
        DoseRange plausible = DoseRange.upTo(Drug.CSA, DoseUnit.MG, "2000");
        DoseRange protocol =
                new DoseRange(Drug.CSA, DoseUnit.MG, Optional.of(new BigDecimal("25")), new BigDecimal("150"));
        DoseRange both = plausible.narrowedBy(protocol);
        assertThat(both.minimum()).contains(new BigDecimal("25"));
        assertThat(both.maximum()).isEqualByComparingTo("150");
        assertThat(protocol.narrowedBy(plausible)).isEqualTo(both);
        DoseRange higher =
                new DoseRange(Drug.CSA, DoseUnit.MG, Optional.of(new BigDecimal("50")), new BigDecimal("300"));
        assertThat(protocol.narrowedBy(higher).minimum()).contains(new BigDecimal("50"));
        assertThat(both.contains(new BigDecimal("25"))).isTrue();
        assertThat(both.contains(new BigDecimal("24.99"))).isFalse();
        assertThatThrownBy(() -> plausible.narrowedBy(DoseRange.upTo(Drug.CSA, DoseUnit.MG_PER_KG, "5")))
                .hasMessageContaining("Cannot narrow");
        assertThatThrownBy(() -> DoseRange.upTo(Drug.HETROMBOPAG, DoseUnit.UG, "5"))
                .hasMessageContaining("not given in ug");
        assertThatThrownBy(() -> DoseRange.upTo(Drug.CSA, DoseUnit.MG, "0")).hasMessageContaining("above zero");
        assertThatThrownBy(() -> new DoseRange(Drug.CSA, DoseUnit.MG, Optional.of(BigDecimal.TEN), BigDecimal.ONE))
                .hasMessageContaining("above zero");
        assertThatThrownBy(() -> DoseLimits.of(List.of(protocol, plausible))).hasMessageContaining("Two dose ranges");
    }

    @Test
    void limitsWithoutARangeLeaveTheOtherOnesRange() {
        DoseLimits none = (drug, unit) -> Optional.empty();
        assertThat(none.narrowedBy(DoseLimits.defaults()).range(Drug.CSA, DoseUnit.MG))
                .isEqualTo(DoseLimits.defaults().range(Drug.CSA, DoseUnit.MG));
        assertThat(DoseLimits.defaults().narrowedBy(none).range(Drug.CSA, DoseUnit.MG))
                .isEqualTo(DoseLimits.defaults().range(Drug.CSA, DoseUnit.MG));
    }

    @Test
    void aProblemListCountsItsErrors() {
        Problems problems = new Problems();
        assertThat(problems.isEmpty()).isTrue();
        problems.addAll(List.of(new Problem(
                Problem.Kind.DOUBTFUL,
                org.marrow.study.RecordField.UNITS,
                "12",
                org.marrow.clinical.message.Message.of("study.date"))));
        assertThat(problems.hasErrors()).isFalse();
        assertThat(problems.errorCount()).isZero();
        assertThat(Problem.Kind.REFUSED.isError()).isTrue();
        assertThatThrownBy(() -> new InvalidEntryException(problems.list())).hasMessageContaining("needs an error");
        assertThatThrownBy(() -> new Checked<>(Optional.empty(), problems.list()))
                .hasMessageContaining("either a record or errors");
    }
}
