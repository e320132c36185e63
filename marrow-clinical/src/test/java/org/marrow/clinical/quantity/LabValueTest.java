package org.marrow.clinical.quantity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LabValueTest {

    // Factors: 1 g/dL = 10 g/L; 1 10^3/uL = 1 10^9/L; 1 /uL = 0.001 10^9/L; creatinine 1 mg/dL =
    // 88.4 umol/L; bilirubin 1 mg/dL = 17.1 umol/L (LabTest Javadoc). Expected = amount x factor.
    @ParameterizedTest
    @CsvSource({
        "HGB, 9.5, g/dL, 95.0, g/L",
        "HGB, 95, g/L, 95, g/L",
        "PLAT, 150000, /uL, 150.000, 10^9/L",
        "PLAT, 150, 10^3/uL, 150, 10^9/L",
        "NEUT, 0.19, 10^9/L, 0.19, 10^9/L",
        "CREAT, 1.2, mg/dL, 106.08, umol/L",
        "CREAT, 1, mg/dL, 88.4, umol/L",
        "BILI, 1.0, mg/dL, 17.10, umol/L",
        "RBC, 3.1, 10^6/uL, 3.1, 10^12/L",
        "FERRITIN, 486.4, ug/L, 486.4, ng/mL"
    })
    void convertsToTheCanonicalUnitExactly(String test, String amount, String unit, String expected, String canonical) {
        LabValue value = LabValue.parse(LabTest.fromCode(test), amount, unit).inCanonicalUnit();
        assertThat(value.amount()).isEqualByComparingTo(expected);
        assertThat(value.unit()).isEqualTo(Unit.parse(canonical));
    }

    @Test
    void convertsAwayFromCanonicalWithSixteenSignificantDigits() {
        // 100 umol/L / 88.4 = 1.131221719457014 (16 significant digits, DECIMAL64).
        LabValue mgdl = LabValue.of(LabTest.CREAT, 100, Unit.UMOL_PER_L).to(Unit.MG_PER_DL);
        assertThat(mgdl.amount()).isEqualByComparingTo("1.131221719457014");
        assertThat(LabValue.of(LabTest.HGB, 95, Unit.G_PER_L).to(Unit.G_PER_DL).amount())
                .isEqualByComparingTo("9.5");
    }

    @Test
    void convertsReticulocytePercentWithTheRedCellCount() {
        // 1.5 % x 3.0 10^12/L = 0.015 x 3000 10^9/L = 45 10^9/L.
        LabValue absolute = LabValue.reticulocytesAbsolute(
                LabValue.of(LabTest.RETI, 1.5, Unit.PERCENT), LabValue.of(LabTest.RBC, 3.0, Unit.E12_PER_L));
        assertThat(absolute.amount()).isEqualByComparingTo("45");
        assertThat(absolute.unit()).isEqualTo(Unit.E9_PER_L);
    }

    @Test
    void refusesToConvertReticulocytePercentAlone() {
        LabValue percent = LabValue.of(LabTest.RETI, 1.5, Unit.PERCENT);
        assertThatThrownBy(percent::inCanonicalUnit)
                .isInstanceOf(UnitMismatchException.class)
                .hasMessageContaining("red cell count");
    }

    @ParameterizedTest
    @CsvSource({"PLAT, g/dL", "HGB, 10^9/L", "CREAT, U/L", "ALT, mg/dL", "NEUT, %"})
    void refusesUnitsThatDoNotFitTheTest(String test, String unit) {
        assertThatThrownBy(() -> LabValue.parse(LabTest.fromCode(test), "1", unit))
                .isInstanceOf(UnitMismatchException.class)
                .hasMessageContaining(test)
                .hasMessageContaining(unit);
    }

    @Test
    void refusesToCompareDifferentTests() {
        assertThatThrownBy(() -> LabValue.of(LabTest.PLAT, 1, Unit.E9_PER_L)
                        .compareTo(LabValue.of(LabTest.NEUT, 1, Unit.E9_PER_L)))
                .isInstanceOf(UnitMismatchException.class);
    }

    @Test
    void comparesAcrossUnits() {
        assertThat(LabValue.of(LabTest.HGB, 9.5, Unit.G_PER_DL).compareTo(LabValue.of(LabTest.HGB, 95, Unit.G_PER_L)))
                .isZero();
    }

    // Impossible limits are LabTest's (canonical): HGB 250 g/L, PLAT 5000 10^9/L, CREAT 5000 umol/L;
    // at the limit accepted, just above refused; percentages above 100 and negatives always refused.
    @ParameterizedTest
    @CsvSource({
        "HGB, 250, g/L, true",
        "HGB, 250.1, g/L, false",
        "HGB, 25, g/dL, true",
        "HGB, 25.01, g/dL, false",
        "PLAT, 5000, 10^9/L, true",
        "PLAT, 5000.001, 10^9/L, false",
        "PLAT, 5000000, /uL, true",
        "PLAT, 5000001, /uL, false",
        "CELLULARITY, 100, %, true",
        "CELLULARITY, 100.1, %, false",
        "RETI, 100, %, true",
        "RETI, 100.5, %, false",
        "NEUT, 0, 10^9/L, true",
        "NEUT, -0.1, 10^9/L, false",
        "CREAT, 5000, umol/L, true",
        "CREAT, 5000.1, umol/L, false"
    })
    void refusesImpossibleValuesAtTheirLimits(String test, String amount, String unit, boolean accepted) {
        LabTest t = LabTest.fromCode(test);
        if (accepted) {
            assertThat(LabValue.parse(t, amount, unit).amount()).isEqualByComparingTo(amount);
        } else {
            assertThatThrownBy(() -> LabValue.parse(t, amount, unit))
                    .isInstanceOf(ImpossibleLabValueException.class)
                    .hasMessageContaining(test + " " + amount + " " + unit)
                    .hasMessageContaining("expected 0 to");
        }
    }

    @Test
    void impossibleValueNamesTheRangeAndTheProbableUnit() {
        // 150000 10^9/L is 150000 /uL = 150 10^9/L, a plausible platelet count.
        assertThatThrownBy(() -> LabValue.of(LabTest.PLAT, 150000, Unit.E9_PER_L))
                .isInstanceOf(ImpossibleLabValueException.class)
                .hasMessage("PLAT 150000 10^9/L is impossible; expected 0 to 5000 10^9/L (was it 150000 /uL?)")
                .extracting(e -> ((ImpossibleLabValueException) e).likelyIntendedUnit())
                .isEqualTo(java.util.Optional.of(Unit.PER_UL));
        assertThatThrownBy(() -> LabValue.of(LabTest.HGB, -3, Unit.G_PER_L))
                .extracting(e -> ((ImpossibleLabValueException) e).likelyIntendedUnit())
                .isEqualTo(java.util.Optional.empty());
    }

    @Test
    void refusesTextThatIsNotANumber() {
        assertThatThrownBy(() -> LabValue.parse(LabTest.HGB, "9,5", "g/dL"))
                .hasMessage("HGB value '9,5' is not a number; expected a decimal such as 9.5");
    }

    // Implausible limits (canonical, LabTest): HGB 30-200 g/L; CREAT 10-1500 umol/L; PLAT <= 1500.
    // A mix-up is reported when the amount is plausible in another accepted unit: HGB x g/L is
    // plausible as g/dL for 3 <= x <= 20 (30-200 g/L); PLAT x 10^9/L as /uL for any x (x/1000).
    @ParameterizedTest
    @CsvSource({
        "HGB, 30, g/L, PLAUSIBLE", "HGB, 200, g/L, PLAUSIBLE", "HGB, 200.1, g/L, IMPLAUSIBLE",
        "HGB, 29.9, g/L, IMPLAUSIBLE", "HGB, 20, g/L, LIKELY_UNIT_MIXUP", "HGB, 20.1, g/L, IMPLAUSIBLE",
        "HGB, 9.5, g/L, LIKELY_UNIT_MIXUP", "HGB, 3, g/L, LIKELY_UNIT_MIXUP", "HGB, 2.9, g/L, IMPLAUSIBLE",
        "HGB, 9.5, g/dL, PLAUSIBLE", "CREAT, 10, umol/L, PLAUSIBLE", "CREAT, 1.2, umol/L, LIKELY_UNIT_MIXUP",
        "CREAT, 1.2, mg/dL, PLAUSIBLE", "PLAT, 1500, 10^9/L, PLAUSIBLE", "PLAT, 1500.1, 10^9/L, LIKELY_UNIT_MIXUP",
        "RETI, 30, %, PLAUSIBLE", "RETI, 30.1, %, IMPLAUSIBLE"
    })
    void flagsImplausibleValuesAndLikelyUnitMixUps(String test, String amount, String unit, Plausibility.Kind kind) {
        assertThat(LabValue.parse(LabTest.fromCode(test), amount, unit)
                        .plausibility()
                        .kind())
                .isEqualTo(kind);
    }

    @Test
    void reportsHaemoglobinNinePointFiveGramsPerLitreAsGramsPerDecilitre() {
        // ARCHITECTURE.md, principle 3: a likely unit mix-up (Hb 9.5 "g/L") is flagged as such.
        Plausibility p = LabValue.parse(LabTest.HGB, "9.5", "g/L").plausibility();
        assertThat(p.intendedUnit()).contains(Unit.G_PER_DL);
        assertThat(p.message()).startsWith("HGB 9.5 g/L looks like g/dL");
    }

    @Test
    void equalityIgnoresTrailingZerosButNotUnits() {
        assertThat(LabValue.of(LabTest.HGB, new BigDecimal("9.5"), Unit.G_PER_DL))
                .isEqualTo(LabValue.of(LabTest.HGB, new BigDecimal("9.50"), Unit.G_PER_DL))
                .hasSameHashCodeAs(LabValue.of(LabTest.HGB, new BigDecimal("9.50"), Unit.G_PER_DL))
                .isNotEqualTo(LabValue.of(LabTest.HGB, new BigDecimal("95"), Unit.G_PER_L));
    }

    @Test
    void refusesNonFiniteDoubles() {
        assertThatThrownBy(() -> LabValue.of(LabTest.HGB, Double.NaN, Unit.G_PER_L))
                .hasMessageContaining("NaN");
    }

    @Test
    void labTestsCarryTheLoincCodesOfIssueThree() {
        assertThat(LabTest.HGB.loinc()).contains("718-7");
        assertThat(LabTest.PLAT.loinc()).contains("777-3");
        assertThat(LabTest.NEUT.loinc()).contains("751-8");
        assertThat(LabTest.RETI.loinc()).contains("60474-4");
        assertThat(LabTest.FERRITIN.loinc()).contains("2276-4");
        assertThat(LabTest.CREAT.loinc()).contains("2160-0");
        assertThat(LabTest.ALT.loinc()).contains("1742-6");
        assertThat(LabTest.AST.loinc()).contains("1920-8");
        assertThat(LabTest.WBC.loinc()).contains("6690-2");
        assertThat(LabTest.LYM.loinc()).contains("731-0");
        assertThat(LabTest.RBC.loinc()).contains("789-8");
        assertThat(LabTest.BILI.loinc()).contains("14631-6");
        assertThat(LabTest.CELLULARITY.loinc()).isEmpty();
    }

    @Test
    void findsTestsByCodeAndListsTheCodesWhenUnknown() {
        assertThat(LabTest.fromCode("plat")).isEqualTo(LabTest.PLAT);
        assertThatThrownBy(() -> LabTest.fromCode("ANC"))
                .hasMessageContaining("'ANC'")
                .hasMessageContaining("NEUT");
    }
}
