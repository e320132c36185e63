package org.marrow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class TextTableTest {
    private static String print(TextTable table) {
        StringWriter text = new StringWriter();
        table.print(new PrintWriter(text));
        return text.toString();
    }

    @Test
    void alignsTextLeftAndNumbersRight() {
        String out = print(new TextTable("id", "n", "note").row("A", 1, "x").row("BBB", 2.5, "yy"));
        assertThat(out).isEqualTo("id   n    note\n---  ---  ----\nA      1  x\nBBB  2.5  yy\n");
    }

    @Test
    void ruleUnderALongLastColumnStopsAtFortyCharacters() {
        String reason = "r".repeat(39);
        assertThat(print(new TextTable("id", "reason").row("A", reason))
                        .lines()
                        .toList()
                        .get(1))
                .isEqualTo("--  " + "-".repeat(39));
        assertThat(print(new TextTable("id", "reason").row("A", reason + "r"))
                        .lines()
                        .toList()
                        .get(1))
                .isEqualTo("--  " + "-".repeat(40));
        assertThat(print(new TextTable("id", "reason").row("A", reason + "rr"))
                        .lines()
                        .toList()
                        .get(1))
                .isEqualTo("--  " + "-".repeat(40));
        // cells are not cut
        assertThat(print(new TextTable("id", "reason").row("A", "r".repeat(500))))
                .contains("r".repeat(500));
    }

    @Test
    void aHeaderWiderThanTheCapKeepsItsRule() {
        String title = "h".repeat(45);
        assertThat(print(new TextTable("id", title).row("A", "x".repeat(60)))
                        .lines()
                        .toList()
                        .get(1))
                .isEqualTo("--  " + "-".repeat(45));
    }

    @Test
    void nonFiniteAndMissingValuesPrintAsNa() {
        assertThat(TextTable.cell(null)).isEqualTo("NA");
        assertThat(TextTable.cell(Double.NaN)).isEqualTo("NA");
        assertThat(TextTable.cell(0.123456789)).isEqualTo("0.123457");
        assertThat(TextTable.cell(2.0)).isEqualTo("2");
    }
}
