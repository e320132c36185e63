package org.marrow.analysis.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TableTest {
    /** Document 001 Table 1, first rows, with its published P values. */
    static Table baseline() {
        return new Table(
                "baseline",
                "Table 1. Clinical characteristics at baseline",
                List.of("Characteristic", "Hetrombopag (n = 32)", "Control (n = 96)", "P value"),
                List.of(
                        Row.of("Age, years, median (range)", "44 (13\u201369)", "45 (7\u201370)", "0.928")
                                .testedBy(StatTest.MANN_WHITNEY),
                        Row.section("Severity, n (%)"),
                        Row.indented("Severe", "21 (66)", "60 (63)", "0.752").testedBy(StatTest.PEARSON_CHI_SQUARED),
                        Row.indented("Very severe", "11 (34)", "36 (37)", ""),
                        Row.of("Haemoglobin, g/L", "55 (34\u201399)", "61 (33\u201396)", "0.046")
                                .testedBy(StatTest.MANN_WHITNEY)),
                List.of("Control group: IST alone, matched 1:3."));
    }

    @Test
    void csvIsRfc4180WithATestColumn() {
        String csv = baseline().toCsv();
        assertThat(csv)
                .isEqualTo("Characteristic,Hetrombopag (n = 32),Control (n = 96),P value,Test\r\n"
                        + "\"Age, years, median (range)\",44 (13\u201369),45 (7\u201370),0.928,Mann-Whitney U test\r\n"
                        + "\"Severity, n (%)\",,,,\r\n"
                        + "Severe,21 (66),60 (63),0.752,Pearson's chi-squared test\r\n"
                        + "Very severe,11 (34),36 (37),,\r\n"
                        + "\"Haemoglobin, g/L\",55 (34\u201399),61 (33\u201396),0.046,Mann-Whitney U test\r\n");
    }

    @Test
    void csvQuotesQuotesAndLineBreaksAndOmitsTheTestColumnWhenNoTestIsNamed() {
        Table t = new Table(
                "odd",
                "Odd",
                List.of("a", "b"),
                List.of(Row.of("say \"hi\"", "two\nlines"), Row.of("x\ry", "plain")),
                List.of());
        assertThat(t.toCsv()).isEqualTo("a,b\r\n\"say \"\"hi\"\"\",\"two\nlines\"\r\n\"x\ry\",plain\r\n");
    }

    @Test
    void htmlEscapesTextAndLettersTheTestsInFootnotes() {
        Table t = new Table(
                "esc",
                "A <b> & 'c'",
                List.of("Group \"A\"", "P"),
                List.of(
                        Row.of("<script>", "< 0.001").testedBy(StatTest.FISHER_EXACT),
                        Row.of("x", "0.5").testedBy(StatTest.LOG_RANK)),
                List.of("R&D"));
        String html = t.toHtml();
        assertThat(html)
                .contains("<caption>A &lt;b&gt; &amp; &#39;c&#39;</caption>")
                .contains("<th>Group &quot;A&quot;</th>")
                .contains("<th scope=\"row\">&lt;script&gt;</th><td>&lt; 0.001<sup>a</sup></td>")
                .contains("<td>0.5<sup>b</sup></td>")
                .contains(">R&amp;D<", ">a Fisher&#39;s exact test.<", ">b Log-rank test.<")
                .doesNotContain("<script>");
        assertThat(t.allFootnotes()).containsExactly("R&D", "a Fisher's exact test.", "b Log-rank test.");
    }

    @Test
    void htmlHasOneRowPerTableRowAndSectionsSpanTheTable() {
        String html = baseline().toHtml();
        assertThat(html.split("<tr", -1).length - 1).isEqualTo(1 + 5 + 3); // header, rows, 1 note + 2 tests
        assertThat(html).contains("<tr class=\"section\"><th colspan=\"4\">Severity, n (%)</th></tr>");
        assertThat(html).contains("<tr class=\"indented\"><th scope=\"row\">Severe</th>");
    }

    @Test
    void writesUtf8CsvFile(@TempDir Path dir) throws Exception {
        Path file = baseline().writeCsv(dir.resolve("tables"));
        assertThat(file.getFileName()).hasToString("baseline.csv");
        assertThat(Files.readString(file)).isEqualTo(baseline().toCsv());
    }

    @Test
    void refusesARowWithTheWrongNumberOfCells() {
        assertThatThrownBy(() -> new Table("t", "T", List.of("a", "b"), List.of(Row.of("1", "2", "3")), List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Table t: row 1 [1, 2, 3] has 3 cells; expected one per column (2)");
    }

    @Test
    void refusesANameThatIsNotAFileName() {
        assertThatThrownBy(() -> new Table("../x", "T", List.of("a"), List.of(), List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Table name (../x) must be lower-case letters");
    }
}
