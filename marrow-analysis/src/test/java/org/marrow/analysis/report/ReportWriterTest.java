package org.marrow.analysis.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.marrow.analysis.figure.Figure;
import org.marrow.analysis.figure.SampleFigures;
import org.marrow.analysis.table.Row;
import org.marrow.analysis.table.StatTest;
import org.marrow.analysis.table.Table;

class ReportWriterTest {
    static final String HASH = "3a7bd3e2360a3d29eea436fcfb7e44c735d117c42d1c1835420b6b9942dd4f1b";
    static final Path OUT = Path.of("target", "report-sample");
    static ReportFiles files;
    static Report report;

    static Report sample() {
        ReportHeader header = new ReportHeader(
                "CTX + IST interim report (synthetic data)",
                HASH,
                "ctx-ist",
                "1.0",
                "0.1.0-SNAPSHOT",
                LocalDate.of(2026, 11, 21),
                LocalDate.of(2026, 10, 31));
        List<Figure> figures = SampleFigures.all();
        Table response = new Table(
                "response",
                "Table 2. Haematological response (ITT, n = 43)",
                List.of("Response", "Month 3", "Month 6"),
                List.of(
                        Row.of("ORR, n/N, % (95% CI)", "28/43, 65.1 (49.1\u201379.0)", "30/43, 69.8 (53.9\u201382.8)"),
                        Row.of("CR", "4/43, 9.3 (2.6\u201322.1)", "12/43, 27.9 (15.3\u201343.7)")),
                List.of("CI: Clopper-Pearson exact 95% confidence interval."));
        Table baseline = new Table(
                "baseline",
                "Table 1. Baseline characteristics",
                List.of("Characteristic", "SAA (n = 30)", "VSAA (n = 13)", "P value"),
                List.of(
                        Row.of("Age, years, median (range)", "34 (15\u201367)", "22 (14\u201368)", "0.210")
                                .testedBy(StatTest.MANN_WHITNEY),
                        Row.section("Sex, n (%)"),
                        Row.indented("Male", "15 (50.0)", "6 (46.2)", "1.000").testedBy(StatTest.FISHER_EXACT),
                        Row.indented("Female", "15 (50.0)", "7 (53.8)", "")),
                List.of());
        Report.Builder b = Report.builder(header).section("Participants").figure(figures.get(5), "Participant flow.");
        b.table(baseline);
        b.section("Response")
                .paragraph("Response was assessed by the five-tier criteria of the protocol; rates with <exact> CIs & "
                        + "\"quotes\".")
                .figure(figures.get(0), "Response rates with 95% Clopper-Pearson CIs.")
                .table(response)
                .figure(figures.get(1), "")
                .figure(figures.get(2), "Response course per patient.")
                .figure(figures.get(3), "Time to first response.");
        b.section("Safety").figure(figures.get(4), "Neutrophil counts around each CTX cycle.");
        b.results(new SampleResults(
                SampleFigures.rates(),
                Map.of("first_response", Map.of("median", 86.0, "lower", 74.0, "upper", Double.NaN))));
        return b.build();
    }

    /** The entries of the sample's results.json after the header. */
    record SampleResults(Object response, Map<String, Map<String, Double>> timeToEvent) {}

    @BeforeAll
    static void write() {
        report = sample();
        files = ReportWriter.write(report, OUT);
    }

    @Test
    void writesEveryFile() {
        assertThat(files.html()).isRegularFile().hasFileName("report.html");
        assertThat(files.pdf()).isRegularFile().hasFileName("report.pdf");
        assertThat(files.results()).isRegularFile().hasFileName("results.json");
        assertThat(files.tables())
                .extracting(p -> p.getFileName().toString())
                .containsExactly("baseline.csv", "response.csv");
        assertThat(files.figures())
                .extracting(p -> p.getFileName().toString())
                .containsExactly(
                        "flow.svg", "response-rates.svg", "sankey.svg", "swimmer.svg", "km-response.svg", "anc.svg");
        for (Path svg : files.figures()) {
            assertThat(svg.resolveSibling(svg.getFileName().toString().replace(".svg", ".png")))
                    .isRegularFile();
        }
    }

    @Test
    void htmlIsSelfContainedWithHeaderFiguresAndTables() throws Exception {
        String html = Files.readString(files.html());
        assertThat(html)
                .contains(HASH, "ctx-ist version 1.0", "0.1.0-SNAPSHOT", "2026-11-21", "2026-10-31")
                .contains("<style>", "<table class=\"marrow-table\" id=\"table-baseline\">")
                .contains("&lt;exact&gt; CIs &amp; &quot;quotes&quot;")
                .doesNotContain("<link", "<script", "src=\"http", "href=\"http");
        assertThat(html.split("<svg ", -1).length - 1).isEqualTo(6);
        assertThat(html).contains("<b>Figure 3.</b> Response at month 3 and month 6");
        assertThat(html).isEqualTo(ReportWriter.html(report));
        // Well-formed XML, as the PDF renderer needs.
        javax.xml.parsers.DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(new org.xml.sax.InputSource(new java.io.StringReader(html)));
    }

    @Test
    void pdfHasPagesWithTheHeaderText() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(files.pdf().toFile())) {
            assertThat(pdf.getNumberOfPages()).isGreaterThanOrEqualTo(3);
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("CTX + IST interim report", HASH, "Table 1. Baseline characteristics");
            assertThat(text).contains("a Mann-Whitney U test.", "Page 1 of");
        }
    }

    @Test
    void resultsJsonHasTheResponseContract() throws Exception {
        JsonNode json = new ObjectMapper().readTree(files.results().toFile());
        assertThat(json.path("report").path("dataset_sha256").asText()).isEqualTo(HASH);
        assertThat(json.path("report").path("data_cutoff").asText()).isEqualTo("2026-10-31");
        JsonNode m3 = json.path("response").get(0);
        assertThat(m3.path("timepoint").asText()).isEqualTo("M3");
        assertThat(m3.path("n").asInt()).isEqualTo(43);
        assertThat(m3.path("orr").path("x").asInt()).isEqualTo(28);
        assertThat(m3.path("orr").path("estimate").asDouble()).isEqualTo(28 / 43.0);
        assertThat(m3.path("superior").path("x").asInt()).isEqualTo(11);
        assertThat(json.path("time_to_event")
                        .path("first_response")
                        .path("upper")
                        .isNull())
                .isTrue();
        assertThat(Files.readString(files.results())).isEqualTo(ResultsJson.of(report));
    }

    @Test
    void tablesAreWrittenAsCsv() throws Exception {
        assertThat(Files.readString(files.tables().get(1)))
                .startsWith("Response,Month 3,Month 6\r\n\"ORR, n/N, % (95% CI)\",");
    }

    @Test
    void refusesAFigureNameUsedTwice() {
        Figure f = SampleFigures.all().get(0);
        assertThatThrownBy(() -> Report.builder(sample().header())
                        .section("A")
                        .figure(f, "")
                        .figure(f, ""))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A figure named 'response-rates' is already in the report");
    }

    @Test
    void refusesABadHeader() {
        assertThatThrownBy(() -> new ReportHeader("t", "abc", "p", "1", "0.1", LocalDate.of(2026, 1, 1), null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Data set hash (abc) must be a SHA-256: 64 lower-case hex digits");
        assertThatThrownBy(() -> new ReportHeader(
                        "t", HASH, "p", "1", "0.1", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Data cut-off (2026-02-01) must not be after the analysis date (2026-01-01)");
    }
}
