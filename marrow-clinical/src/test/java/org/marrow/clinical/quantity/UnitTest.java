package org.marrow.clinical.quantity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UnitTest {

    // Spellings of the trial documents and docs/dataset-format.md (g/L, g/dL, 10^9/L, 10^3/uL, /uL, %, umol/L, mg/dL,
    // U/L,
    // ng/mL) and common laboratory variants.
    @ParameterizedTest
    @CsvSource(
            delimiter = ';',
            value = {
                "g/L;G_PER_L", "g/dL;G_PER_DL", "g/dl;G_PER_DL", "10^9/L;E9_PER_L", "x10^9/L;E9_PER_L",
                "10*9/L;E9_PER_L", "10^3/uL;E3_PER_UL", "10^3/µL;E3_PER_UL", "10^3/μL;E3_PER_UL", "K/uL;E3_PER_UL",
                "/uL;PER_UL", "/mm3;PER_UL", "%;PERCENT", "umol/L;UMOL_PER_L", "µmol/L;UMOL_PER_L",
                "μmol/l;UMOL_PER_L", "mg/dL;MG_PER_DL", "U/L;U_PER_L", "IU/L;U_PER_L", "ng/mL;NG_PER_ML",
                "ug/L;NG_PER_ML", " 10^9 / L ;E9_PER_L", "10^12/L;E12_PER_L"
            })
    void parsesTheSpellingsSeenInPractice(String text, Unit expected) {
        assertThat(Unit.parse(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"mg/ml", "10^9", "''", "cells"})
    void refusesUnknownUnitsNamingTheTextAndTheAcceptedUnits(String text) {
        assertThatThrownBy(() -> Unit.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'" + text + "'")
                .hasMessageContaining("10^9/L");
    }

    @org.junit.jupiter.api.Test
    void refusesNull() {
        assertThatThrownBy(() -> Unit.parse(null)).hasMessageContaining("'null' is not recognised");
    }
}
