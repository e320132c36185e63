package org.marrow.clinical.renal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.marrow.clinical.English.en;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.marrow.clinical.labs.LabResult;
import org.marrow.clinical.quantity.LabTest;
import org.marrow.clinical.quantity.LabValue;

class CockcroftGaultTest {

    private static LabResult creatinine(String amount, String unit) {
        return new LabResult(LocalDate.parse("2024-03-01"), LabValue.parse(LabTest.CREAT, amount, unit));
    }

    // Hand computation: (140 - 40) x 70 / (72 x 1.0) = 97.2222... mL/min; female x 0.85 = 82.6388...
    // 88.4 umol/L = 1.0 mg/dL exactly, so both units give the same value.
    @ParameterizedTest
    @CsvSource({
        "M, 1.0, mg/dL, 97.22222222222223", "M, 88.4, umol/L, 97.22222222222223",
        "F, 1.0, mg/dL, 82.63888888888889", "F, 176.8, umol/L, 41.31944444444444"
    })
    void usesActualBodyWeightByDefault(String sex, String amount, String unit, double expected) {
        CreatinineClearance crcl = CockcroftGault.actualBodyWeight()
                .estimate(LocalDate.parse("1984-03-01"), Sex.fromCode(sex), 70, Double.NaN, creatinine(amount, unit));
        assertThat(crcl.millilitresPerMinute()).isCloseTo(expected, within(1e-9));
        assertThat(crcl.ageYears()).isEqualTo(40);
        assertThat(crcl.weightBasis()).isEqualTo(WeightBasis.ACTUAL);
        assertThat(en(crcl.explanation())).contains("actual body weight 70.0 kg");
    }

    @Test
    void ageIsInCompletedYearsOnTheSampleDate() {
        // Born 1984-03-02: 39 on 2024-03-01. (140 - 39) x 70 / 72 = 98.19444...
        CreatinineClearance crcl = CockcroftGault.actualBodyWeight()
                .estimate(LocalDate.parse("1984-03-02"), Sex.MALE, 70, Double.NaN, creatinine("1.0", "mg/dL"));
        assertThat(crcl.ageYears()).isEqualTo(39);
        assertThat(crcl.millilitresPerMinute()).isCloseTo(98.19444444444444, within(1e-9));
    }

    @Test
    void idealAndAdjustedWeightsAreStated() {
        // Devine, male, 175 cm: 50 + 2.3 x (175/2.54 - 60) = 50 + 2.3 x 8.8976... = 70.4645669... kg
        // (Python: 50+2.3*(175/2.54-60)).
        CreatinineClearance ideal = new CockcroftGault(WeightBasis.IDEAL)
                .estimate(LocalDate.parse("1984-03-01"), Sex.MALE, 100, 175, creatinine("1.0", "mg/dL"));
        assertThat(ideal.weightKg()).isCloseTo(70.46456692913384, within(1e-9));
        assertThat(en(ideal.explanation())).contains("ideal body weight (Devine) 70.5 kg");
        // Adjusted: 70.4645... + 0.4 x (100 - 70.4645...) = 82.2787401...
        CreatinineClearance adjusted = new CockcroftGault(WeightBasis.ADJUSTED)
                .estimate(LocalDate.parse("1984-03-01"), Sex.MALE, 100, 175, creatinine("1.0", "mg/dL"));
        assertThat(adjusted.weightKg()).isCloseTo(82.2787401574803, within(1e-9));
        assertThat(adjusted.weightBasis()).isEqualTo(WeightBasis.ADJUSTED);
    }

    @Test
    void refusesBadInputsNamingThem() {
        CockcroftGault cg = CockcroftGault.actualBodyWeight();
        LocalDate born = LocalDate.parse("1984-03-01");
        assertThatThrownBy(() -> cg.estimate(born, Sex.MALE, Double.NaN, Double.NaN, creatinine("1", "mg/dL")))
                .hasMessage("Weight (NaN kg) must be > 0 and <= 500 kg");
        assertThatThrownBy(() -> cg.estimate(born, Sex.MALE, 70, Double.NaN, creatinine("0", "mg/dL")))
                .hasMessage("Creatinine (CREAT 0 mg/dL) must be > 0");
        assertThatThrownBy(() -> new CockcroftGault(WeightBasis.IDEAL)
                        .estimate(born, Sex.MALE, 70, Double.NaN, creatinine("1", "mg/dL")))
                .hasMessage("Height (NaN cm) must be > 0 and <= 300 cm for IDEAL body weight");
        assertThatThrownBy(() -> Sex.fromCode("X")).hasMessage("Sex 'X' is not recognised; expected M or F");
    }
}
