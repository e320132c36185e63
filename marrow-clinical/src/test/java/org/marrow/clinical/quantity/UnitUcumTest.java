package org.marrow.clinical.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class UnitUcumTest {

    @ParameterizedTest
    @EnumSource(Unit.class)
    void everyUnitReadsItsOwnUcumCode(Unit unit) {
        assertThat(Unit.parse(unit.ucum())).isSameAs(unit);
    }

    /** UCUM codes as the UCUM specification writes them (ucum.org, "The Unified Code for Units of Measure"). */
    @ParameterizedTest
    @CsvSource({
        "E9_PER_L, 10*9/L",
        "E3_PER_UL, 10*3/uL",
        "E12_PER_L, 10*12/L",
        "E6_PER_UL, 10*6/uL",
        "PER_UL, /uL",
        "UMOL_PER_L, umol/L",
        "G_PER_L, g/L",
        "NG_PER_ML, ng/mL",
        "PERCENT, %"
    })
    void ucumCodes(Unit unit, String ucum) {
        assertThat(unit.ucum()).isEqualTo(ucum);
    }
}
