package org.marrow.analysis.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FormatsTest {
    @Test
    void medianRangeOfAnOddAndAnEvenSample() {
        // R: median(c(14, 33, 68)) = 33; median(c(2, 5, 6, 11)) = 5.5 (document 000: VSAA PLT 5.5 (2.0-11.0)).
        assertThat(Formats.medianRange(new double[] {68, 14, 33}, 0)).isEqualTo("33 (14\u201368)");
        assertThat(Formats.medianRange(new double[] {2, 11, 6, 5}, 1)).isEqualTo("5.5 (2.0\u201311.0)");
    }

    @Test
    void medianRangeLeavesMissingValuesOut() {
        assertThat(Formats.medianRange(new double[] {Double.NaN, 0.2, 0.4, Double.NaN, 0.36}, 2))
                .isEqualTo("0.36 (0.20\u20130.40)");
        assertThat(Formats.count(new double[] {Double.NaN, 1, 2})).isEqualTo("2");
        assertThat(Formats.medianRange(new double[] {Double.NaN}, 1)).isEqualTo("NA");
    }

    @ParameterizedTest(name = "{0}/{1} = {3}")
    @CsvSource({
        // Document 000 Table 1: male 21/43 (48.8), VSAA >6 mo 0/13 (0.0), all 13/13 (100.0).
        "21, 43, 1, 21 (48.8)",
        "0, 13, 1, 0 (0.0)",
        "13, 13, 1, 13 (100.0)",
        // 1/8 = 12.5% exactly: half up gives 13.
        "1, 8, 0, 1 (13)",
        "0, 0, 1, 0 (NA)"
    })
    void countPercent(int k, int n, int decimals, String expected) {
        assertThat(Formats.countPercent(k, n, decimals)).isEqualTo(expected);
    }

    @Test
    void rateWithItsInterval() {
        // Document 000: 3-month ORR 65.1% (28/43, 95% CI 49.1-79.0).
        assertThat(Formats.rate(28, 43, 0.49075, 0.79037, 1)).isEqualTo("28/43, 65.1 (49.1\u201379.0)");
    }

    @ParameterizedTest(name = "p = {0} -> {1}")
    @CsvSource({
        // Document 001 reports 0.350, 0.005, 0.066, 0.015; document 000 p = 0.0041 shows as 0.004.
        "0.35, 0.350",
        "0.005, 0.005",
        "0.0659, 0.066",
        "0.0041, 0.004",
        "0.001, 0.001",
        "0.000999, < 0.001",
        "0.0, < 0.001",
        "1.0, 1.000",
        "NaN, NA"
    })
    void pValues(double p, String expected) {
        assertThat(Formats.pValue(p)).isEqualTo(expected);
    }

    @Test
    void pValueWithFourDecimals() {
        assertThat(Formats.pValue(0.00041, 4)).isEqualTo("0.0004");
        assertThat(Formats.pValue(0.00004, 4)).isEqualTo("< 0.0001");
    }

    @Test
    void numberRoundsHalfUpOnTheDecimalValue() {
        assertThat(Formats.number(0.125, 2)).isEqualTo("0.13");
        assertThat(Formats.number(-0.001, 1)).isEqualTo("0.0");
        assertThat(Formats.number(Double.NaN, 1)).isEqualTo("NA");
    }

    @Test
    void badArgumentsAreRefusedWithTheValue() {
        assertThatThrownBy(() -> Formats.pValue(1.5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("P value (1.5) must be between 0 and 1");
        assertThatThrownBy(() -> Formats.countPercent(5, 4, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Count (5) must be between 0 and the total (4)");
        assertThatThrownBy(() -> Formats.number(1, 11))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Decimals (11) must be between 0 and 10");
    }
}
