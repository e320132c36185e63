package org.marrow.clinical.ctcae;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.marrow.clinical.English.en;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.marrow.clinical.finding.Outcome;
import org.marrow.clinical.labs.LabResult;
import org.marrow.clinical.quantity.LabTest;
import org.marrow.clinical.quantity.LabValue;
import org.marrow.clinical.quantity.ReferenceRange;

class CtcaeTermTest {

    private static final LocalDate DAY = LocalDate.parse("2024-03-01");

    private static LabResult result(LabTest test, String amount) {
        return new LabResult(
                DAY, LabValue.parse(test, amount, test.canonicalUnit().symbol()));
    }

    private static ReferenceRange range(LabTest test, double lower, double upper) {
        return ReferenceRange.of(test, lower, upper, test.canonicalUnit());
    }

    private static Optional<Integer> grade(CtcaeTerm term, String value, ReferenceRange range, String baseline) {
        Optional<LabResult> base = baseline.isEmpty() ? Optional.empty() : Optional.of(result(term.test(), baseline));
        return term.grade(result(term.test(), value), range, base).grade();
    }

    // CTCAE v5.0 "Neutrophil count decreased": 1 <LLN-1.5; 2 <1.5-1.0; 3 <1.0-0.5; 4 <0.5 x10^9/L.
    // LLN 1.8 (an example laboratory limit).
    @ParameterizedTest
    @CsvSource({"0, 4", "0.49, 4", "0.5, 3", "0.99, 3", "1.0, 2", "1.49, 2", "1.5, 1", "1.79, 1", "1.8, 0", "5, 0"})
    void neutrophilCountDecreased(String value, int expected) {
        assertThat(grade(CtcaeTerm.NEUTROPHIL_COUNT_DECREASED, value, range(LabTest.NEUT, 1.8, 6.3), ""))
                .contains(expected);
    }

    // "Platelet count decreased": 1 <LLN-75; 2 <75-50; 3 <50-25; 4 <25 x10^9/L. LLN 125.
    @ParameterizedTest
    @CsvSource({"24.9, 4", "25, 3", "49.9, 3", "50, 2", "74.9, 2", "75, 1", "124.9, 1", "125, 0"})
    void plateletCountDecreased(String value, int expected) {
        assertThat(grade(CtcaeTerm.PLATELET_COUNT_DECREASED, value, range(LabTest.PLAT, 125, 350), ""))
                .contains(expected);
    }

    // "White blood cell decreased": 1 <LLN-3.0; 2 <3.0-2.0; 3 <2.0-1.0; 4 <1.0 x10^9/L. LLN 3.5.
    @ParameterizedTest
    @CsvSource({"0.99, 4", "1.0, 3", "1.99, 3", "2.0, 2", "2.99, 2", "3.0, 1", "3.49, 1", "3.5, 0"})
    void whiteBloodCellDecreased(String value, int expected) {
        assertThat(grade(CtcaeTerm.WHITE_BLOOD_CELL_DECREASED, value, range(LabTest.WBC, 3.5, 9.5), ""))
                .contains(expected);
    }

    // "Anemia": 1 <LLN-100 g/L; 2 <100-80; 3 <80 g/L (grade 4 is clinical). LLN 115.
    @ParameterizedTest
    @CsvSource({"31, 3", "79.9, 3", "80, 2", "99.9, 2", "100, 1", "114.9, 1", "115, 0"})
    void anemiaGradesAtMostThreeFromAValue(String value, int expected) {
        assertThat(grade(CtcaeTerm.ANEMIA, value, range(LabTest.HGB, 115, 150), ""))
                .contains(expected);
    }

    @Test
    void gradeOneNeedsTheLowerLimitOfNormal() {
        ReferenceRange noLimits = new ReferenceRange(LabTest.NEUT, Optional.empty(), Optional.empty());
        CtcaeGrade unknown =
                CtcaeTerm.NEUTROPHIL_COUNT_DECREASED.grade(result(LabTest.NEUT, "1.6"), noLimits, Optional.empty());
        assertThat(unknown.grade()).isEmpty();
        assertThat(en(unknown.missing())).singleElement().asString().startsWith("lower limit of normal (LLN) for NEUT");
        // Below 1.5 the grade does not depend on the LLN.
        assertThat(CtcaeTerm.NEUTROPHIL_COUNT_DECREASED
                        .grade(result(LabTest.NEUT, "0.3"), noLimits, Optional.empty())
                        .grade())
                .contains(4);
    }

    // "Creatinine increased": 1 >ULN-1.5 x ULN; 2 >1.5-3.0 x baseline or >1.5-3.0 x ULN; 3 >3.0 x
    // baseline or >3.0-6.0 x ULN; 4 >6.0 x ULN. ULN 100 umol/L; baseline 50 where given.
    @ParameterizedTest
    @CsvSource({
        "100, '', 0",
        "100.1, '', 1",
        "150, '', 1",
        "150.1, '', 2",
        "300, '', 2",
        "300.1, '', 3",
        "600, '', 3",
        "600.1, '', 4",
        "75, 50, 0",
        "75.1, 50, 2",
        "150, 50, 2",
        "150.1, 50, 3"
    })
    void creatinineIncreasedTakesTheHigherOfUlnAndBaselineGrades(String value, String baseline, int expected) {
        assertThat(grade(CtcaeTerm.CREATININE_INCREASED, value, range(LabTest.CREAT, 40, 100), baseline))
                .contains(expected);
    }

    // "ALT increased" (AST identical): baseline normal 1 >ULN-3.0; 2 >3.0-5.0; 3 >5.0-20.0; 4 >20.0
    // x ULN. Baseline abnormal (80 > ULN 40): 1 1.5-3.0; 2 >3.0-5.0; 3 >5.0-20.0; 4 >20.0 x baseline.
    @ParameterizedTest
    @CsvSource({
        "40, '', 0", "40.1, '', 1", "120, '', 1", "120.1, '', 2", "200, '', 2", "200.1, '', 3", "800, '', 3",
        "800.1, '', 4", "40.1, 30, 1", "119.9, 80, 0", "120, 80, 1", "240, 80, 1", "240.1, 80, 2", "400.1, 80, 3",
        "1600, 80, 3", "1600.1, 80, 4"
    })
    void aminotransferasesIncreasedRelativeToUlnOrAbnormalBaseline(String value, String baseline, int expected) {
        assertThat(grade(CtcaeTerm.ALANINE_AMINOTRANSFERASE_INCREASED, value, range(LabTest.ALT, 0, 40), baseline))
                .contains(expected);
        assertThat(grade(CtcaeTerm.ASPARTATE_AMINOTRANSFERASE_INCREASED, value, range(LabTest.AST, 0, 40), baseline))
                .contains(expected);
    }

    // "Blood bilirubin increased": baseline normal 1 >ULN-1.5; 2 >1.5-3.0; 3 >3.0-10.0; 4 >10.0 x ULN;
    // baseline abnormal (30 > ULN 21): 1 >1.0-1.5; 2 >1.5-3.0; 3 >3.0-10.0; 4 >10.0 x baseline.
    @ParameterizedTest
    @CsvSource({
        "21, '', 0", "21.1, '', 1", "31.5, '', 1", "31.6, '', 2", "63, '', 2", "63.1, '', 3", "210, '', 3",
        "210.1, '', 4", "30, 30, 0", "30.1, 30, 1", "45, 30, 1", "45.1, 30, 2", "90.1, 30, 3", "300.1, 30, 4"
    })
    void bilirubinIncreasedRelativeToUlnOrAbnormalBaseline(String value, String baseline, int expected) {
        assertThat(grade(CtcaeTerm.BLOOD_BILIRUBIN_INCREASED, value, range(LabTest.BILI, 3, 21), baseline))
                .contains(expected);
    }

    @Test
    void gradesInCanonicalUnitsAndRecordTheirVersion() {
        // Creatinine 3.5 mg/dL = 309.4 umol/L > 3 x ULN 100: grade 3.
        CtcaeGrade g = CtcaeTerm.CREATININE_INCREASED.grade(
                new LabResult(DAY, LabValue.parse(LabTest.CREAT, "3.5", "mg/dL")),
                range(LabTest.CREAT, 40, 100),
                Optional.empty());
        assertThat(g.grade()).contains(3);
        assertThat(g.version()).isEqualTo("5.0");
        assertThat(en(g.reason())).startsWith("Creatinine increased grade 3 (CTCAE v5.0): CREAT 309.40 umol/L");
    }

    // AA patients start at grade 3-4: only a rise in grade over baseline is treatment-emergent.
    @ParameterizedTest
    @CsvSource({"0.3, 0.1, NOT_MET", "1.2, 0.4, MET", "0.6, 0.6, NOT_MET", "0.6, 0.49, MET"})
    void treatmentEmergentMeansWorseThanTheBaselineGrade(String baseline, String onTreatment, Outcome expected) {
        ReferenceRange r = range(LabTest.NEUT, 1.8, 6.3);
        CtcaeGrade before =
                CtcaeTerm.NEUTROPHIL_COUNT_DECREASED.grade(result(LabTest.NEUT, baseline), r, Optional.empty());
        CtcaeGrade after =
                CtcaeTerm.NEUTROPHIL_COUNT_DECREASED.grade(result(LabTest.NEUT, onTreatment), r, Optional.empty());
        assertThat(after.treatmentEmergentComparedTo(before).outcome()).isEqualTo(expected);
    }

    @Test
    void refusesValuesOfAnotherTest() {
        assertThatThrownBy(() -> CtcaeTerm.ANEMIA.grade(
                        result(LabTest.PLAT, "10"), range(LabTest.HGB, 115, 150), Optional.empty()))
                .hasMessage("Anemia grades HGB; the result is for PLAT");
        assertThat(CtcaeTerm.forTest(LabTest.NEUT)).contains(CtcaeTerm.NEUTROPHIL_COUNT_DECREASED);
        assertThat(CtcaeTerm.forTest(LabTest.FERRITIN)).isEmpty();
    }
}
