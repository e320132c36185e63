package org.marrow.clinical.ctcae;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.marrow.clinical.English.en;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.marrow.clinical.finding.Finding;
import org.marrow.clinical.finding.Outcome;
import org.marrow.clinical.labs.LabResult;
import org.marrow.clinical.quantity.LabTest;
import org.marrow.clinical.quantity.LabValue;
import org.marrow.clinical.quantity.ReferenceRange;

/** A grade is treatment-emergent when it is above the baseline grade of the same term (CTCAE v5.0). */
class TreatmentEmergentTest {
    private static final LocalDate BASELINE = LocalDate.parse("2024-01-01");
    private static final LocalDate VISIT = LocalDate.parse("2024-02-01");
    private static final ReferenceRange PLATELETS =
            ReferenceRange.of(LabTest.PLAT, 150, 400, LabTest.PLAT.canonicalUnit());

    private static CtcaeGrade platelets(LocalDate date, String value, ReferenceRange range) {
        LabResult result = new LabResult(date, LabValue.parse(LabTest.PLAT, value, "10^9/L"));
        return CtcaeTerm.PLATELET_COUNT_DECREASED.grade(result, range, Optional.empty());
    }

    // Platelet count decreased: baseline 40 x10^9/L is grade 3 (< 50); a visit value grades 4 below 25,
    // 3 from 25 to below 50, 2 from 50 to below 75 (CTCAE v5.0).
    @ParameterizedTest
    @CsvSource({"24, MET", "25, NOT_MET", "49, NOT_MET", "50, NOT_MET"})
    void onlyAGradeAboveTheBaselineGradeIsTreatmentEmergent(String visit, Outcome expected) {
        CtcaeGrade baseline = platelets(BASELINE, "40", PLATELETS);
        Finding emergent = platelets(VISIT, visit, PLATELETS).treatmentEmergentComparedTo(baseline);
        assertThat(emergent.outcome()).isEqualTo(expected);
        assertThat(en(emergent.rule()))
                .isEqualTo("Platelet count decreased treatment-emergent (grade above baseline grade)");
        assertThat(emergent.evidence()).hasSize(2);
        assertThat(en(emergent.reason())).endsWith("at baseline 2024-01-01 (CTCAE v5.0)");
    }

    @Test
    void anUnknownGradeOnEitherDateLeavesItUnknownAndSaysWhy() {
        ReferenceRange noLimits = new ReferenceRange(LabTest.PLAT, Optional.empty(), Optional.empty());
        CtcaeGrade known = platelets(BASELINE, "40", PLATELETS);
        CtcaeGrade unknown = platelets(VISIT, "160", noLimits);
        Finding now = unknown.treatmentEmergentComparedTo(known);
        assertThat(now.outcome()).isEqualTo(Outcome.UNKNOWN);
        assertThat(en(now.missing().get(0))).startsWith("grade on 2024-02-01 unknown: lower limit of normal (LLN)");
        Finding before =
                platelets(VISIT, "40", PLATELETS).treatmentEmergentComparedTo(platelets(BASELINE, "160", noLimits));
        assertThat(en(before.missing().get(0))).startsWith("baseline grade on 2024-01-01 unknown:");
    }

    @Test
    void termsMustMatch() {
        CtcaeGrade neutrophils = CtcaeTerm.NEUTROPHIL_COUNT_DECREASED.grade(
                new LabResult(VISIT, LabValue.parse(LabTest.NEUT, "0.3", "10^9/L")),
                new ReferenceRange(LabTest.NEUT, Optional.empty(), Optional.empty()),
                Optional.empty());
        assertThatThrownBy(() -> neutrophils.treatmentEmergentComparedTo(platelets(BASELINE, "40", PLATELETS)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Platelet count decreased");
    }
}
