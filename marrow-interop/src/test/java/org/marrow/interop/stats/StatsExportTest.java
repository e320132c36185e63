package org.marrow.interop.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marrow.analysis.endpoint.Population;
import org.marrow.analysis.endpoint.ResponseAtTimepoint;
import org.marrow.clinical.message.MessageRenderer;
import org.marrow.interop.Examples;
import org.marrow.interop.ExportFiles;
import org.marrow.interop.ExportFormat;
import org.marrow.interop.StudyExport;
import org.marrow.interop.table.CodeList;
import org.marrow.interop.table.Column;
import org.marrow.interop.table.ColumnType;
import org.marrow.interop.table.Labels;
import org.marrow.interop.table.Table;

/**
 * The statistics packages' exports of examples/ctx-ist: the R script run by Rscript builds every data frame with
 * every variable labelled, codes as factors, dates as Dates, and the derived endpoints equal to the analysis';
 * the SAS, SPSS and Stata programs label every variable and code.
 */
class StatsExportTest {

    private static List<Table> tables(StudyExport export) {
        Labels labels = new Labels(export.language());
        List<Table> tables = new ArrayList<>(new SourceTables(labels).of(export.dataset()));
        tables.add(new AnalysisTable(labels).of(export.analysis()));
        return tables;
    }

    private static String rClass(Column c) {
        if (c.codes().isPresent()) {
            return "factor";
        }
        return switch (c.type()) {
            case TEXT -> "character";
            case INTEGER -> "integer";
            case DECIMAL -> "numeric";
            case DATE -> "Date";
        };
    }

    @Test
    void theRScriptRunByRscriptReadsEveryFileIntoLabelledDataFramesWithFactorsAndDates(@TempDir Path dir)
            throws Exception {
        StudyExport export = Examples.ctxIst();
        ExportFiles files = ExportFormat.R.export(export);
        files.writeTo(dir);
        Files.copy(Path.of("src", "test", "r", "check-r-export.R"), dir.resolve("check-r-export.R"));
        Process r = new ProcessBuilder("Rscript", "--vanilla", "check-r-export.R")
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .start();
        String out = new String(r.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(r.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(r.exitValue()).as(out).isZero();

        Map<String, String[]> facts = new HashMap<>();
        for (String line : out.split("\n")) {
            String[] f = line.split("\t");
            switch (f[0]) {
                case "table" -> facts.put("table " + f[1], f);
                case "column" -> facts.put("column " + f[1] + " " + f[2], f);
                case "value" -> facts.put("value " + f[1], f);
                default -> {}
            }
        }
        List<Table> tables = tables(export);
        assertThat(tables)
                .extracting(Table::name)
                .containsExactly(
                        "subjects",
                        "labs",
                        "transfusions",
                        "doses",
                        "adverse_events",
                        "events",
                        "screening_history",
                        "analysis");
        for (Table t : tables) {
            String[] table = facts.get("table " + t.name());
            assertThat(table).as("data frame %s", t.name()).isNotNull();
            assertThat(Integer.parseInt(table[2]))
                    .as("rows of %s", t.name())
                    .isEqualTo(t.rows().size());
            assertThat(table[3]).isEqualTo(t.label());
            for (Column c : t.columns()) {
                String[] column = facts.get("column " + t.name() + " " + c.name());
                assertThat(column).as("%s$%s", t.name(), c.name()).isNotNull();
                assertThat(column[3]).as("class of %s$%s", t.name(), c.name()).isEqualTo(rClass(c));
                assertThat(column[4]).as("label of %s$%s", t.name(), c.name()).isEqualTo(c.label());
                if (c.codes().isPresent()) {
                    assertThat(column[5].split("\\|"))
                            .containsExactlyElementsOf(c.codes().get().items().stream()
                                    .map(CodeList.Item::decode)
                                    .toList());
                }
            }
        }
        // The endpoints R reads are the analysis': the 3-month ITT response count, the events of time to response.
        ResponseAtTimepoint m3 =
                export.analysis().endpoints().responseRates(Population.ITT).get(0);
        assertThat(m3.timepoint()).isEqualTo("M3");
        assertThat(Integer.parseInt(facts.get("value orr_m3")[2]))
                .isEqualTo(m3.orr().x());
        assertThat(facts.get("value first_dose_class")[2]).isEqualTo("Date");
        assertThat(facts.get("value first_birth_date")[2])
                .isEqualTo(export.dataset().subjects().get(0).birthDate().toString());
        assertThat(facts.get("value first_hgb")[2]).isEqualTo("7.9");
        long responders = export.analysis().endpoints().subjects().stream()
                .filter(s -> s.firstResponseDay().isPresent())
                .count();
        assertThat(Long.parseLong(facts.get("value km_events")[2])).isEqualTo(responders);
    }

    @Test
    void sasSpssAndStataLabelEveryVariableAndCodeAndReadDatesAsDates() {
        StudyExport export = Examples.ctxIst();
        List<Table> tables = tables(export);
        String sas = ExportFormat.SAS.export(export).text("marrow.sas");
        String spss = ExportFormat.SPSS.export(export).text("marrow.sps");
        String stata = ExportFormat.STATA.export(export).text("marrow.do");
        for (Table t : tables) {
            assertThat(sas).contains("data " + t.name() + " (label=").contains("&marrow/" + t.name() + ".csv");
            assertThat(spss).contains("/FILE='" + t.name() + ".csv'").contains("DATASET NAME " + t.name() + ".");
            assertThat(stata)
                    .contains("import delimited using \"" + t.name() + ".csv\"")
                    .contains("save \"" + t.name() + ".dta\", replace");
            for (Column c : t.columns()) {
                assertThat(sas).contains("    " + c.name() + " = " + StatsPackage.sas(c.label()));
                assertThat(spss).contains(c.name() + " " + StatsPackage.spss(c.label()));
                assertThat(stata).contains("label variable " + c.name() + " " + StatsPackage.stata(c.label()));
                if (c.type() == ColumnType.DATE) {
                    assertThat(spss).contains("    " + c.name() + " SDATE10");
                    assertThat(stata).contains("generate double _marrow = date(" + c.name() + ", \"YMD\")");
                }
                c.codes().ifPresent(l -> {
                    String format = (c.type().isNumeric() ? "" : "$") + l.name();
                    assertThat(sas).contains("value " + format).contains("format " + c.name() + " " + format + ".;");
                    assertThat(stata).contains("label values " + c.name() + " " + l.name());
                    for (CodeList.Item i : l.items()) {
                        assertThat(sas).contains(StatsPackage.sas(i.decode()));
                        assertThat(spss).contains(StatsPackage.spss(i.decode()));
                    }
                });
            }
        }
        assertThat(sas).contains("informat birth_date screened_on enrolled_on first_dose_on yymmdd10.;");
    }

    @Test
    void everyPackageWritesTheSameCsvFilesAndItsOwnSyntaxFile() {
        StudyExport export = Examples.ctxIst();
        ExportFiles r = ExportFormat.R.export(export);
        for (ExportFormat f : List.of(ExportFormat.SAS, ExportFormat.SPSS, ExportFormat.STATA)) {
            ExportFiles other = f.export(export);
            for (String name : r.names()) {
                if (name.endsWith(".csv")) {
                    assertThat(other.text(name)).isEqualTo(r.text(name));
                }
            }
        }
        assertThat(r.names()).contains("marrow.R", "analysis.csv", "labs.csv");
        assertThat(r.text("subjects.csv"))
                .startsWith("subject_id,site,arm,sex,birth_date,weight_kg,height_cm,screened_on,enrolled_on,"
                        + "first_dose_on\nCTX-001,SYNTH-01,CTX+IST,F,1991-03-13,50.6,164,,2023-07-05,2023-07-05\n");
    }

    @Test
    void labelsFollowTheExportLanguage() {
        StudyExport english = Examples.ctxIst();
        StudyExport chinese = new StudyExport(
                english.protocol(),
                english.dataset(),
                english.analysis(),
                english.history(),
                english.createdAt(),
                english.marrowVersion(),
                MessageRenderer.of(Locale.SIMPLIFIED_CHINESE));
        String r = ExportFormat.R.export(chinese).text("marrow.R");
        assertThat(r)
                .contains("attr(subjects$sex, \"label\") <- \"性别\"")
                .contains("labels = c(\"完全缓解（CR）\", \"非常好的部分缓解（VGPR）\"");
    }

    @Test
    void quotesAreEscapedForEachLanguage() {
        assertThat(StatsPackage.r("a \"b\" \\ c")).isEqualTo("\"a \\\"b\\\" \\\\ c\"");
        assertThat(StatsPackage.sas("it's")).isEqualTo("'it''s'");
        assertThat(StatsPackage.spss("it's")).isEqualTo("'it''s'");
        assertThat(StatsPackage.stata("x".repeat(100))).isEqualTo("`\"" + "x".repeat(80) + "\"'");
    }

    @Test
    void everyMessageIsInEnglishAndChinese() throws IOException {
        assertThat(MessageRenderer.untranslated("interop")).isEmpty();
    }
}
