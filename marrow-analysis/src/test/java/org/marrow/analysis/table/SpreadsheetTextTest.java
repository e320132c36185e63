package org.marrow.analysis.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Text cells a spreadsheet would run as formulas are written after an apostrophe (OWASP, CSV Injection). */
class SpreadsheetTextTest {
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                "=HYPERLINK(\"http://x\")|'=HYPERLINK(\"http://x\")",
                "+cmd|'+cmd",
                "-2+3+cmd|'-2+3+cmd",
                "@SUM(A1)|'@SUM(A1)",
                "Anaemia|Anaemia",
                "a=b|a=b",
                "-1.5|-1.5",
                "+2|+2",
                "-3e-4|-3e-4",
                "-|-",
                "12%|12%"
            })
    void formulaCellsAreNeutralisedAndNumbersKept(String cell, String written) {
        assertThat(SpreadsheetText.neutralise(cell)).isEqualTo(written);
    }

    @Test
    void tabAndCarriageReturnAtTheStartAreNeutralised() {
        assertThat(SpreadsheetText.neutralise("\t=1")).isEqualTo("'\t=1");
        assertThat(SpreadsheetText.neutralise("\r=1")).isEqualTo("'\r=1");
        assertThat(SpreadsheetText.neutralise("")).isEmpty();
        assertThat(SpreadsheetText.neutralise(null)).isNull();
    }

    @Test
    void aTablesCsvNeutralisesTextCells() {
        Table t = new Table("ae", "AE", List.of("Term", "Events"), List.of(Row.of("=1+1", "-2")), List.of());
        assertThat(t.toCsv()).contains("'=1+1,-2");
    }
}
