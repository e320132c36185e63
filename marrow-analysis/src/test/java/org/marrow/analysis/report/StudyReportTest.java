package org.marrow.analysis.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.marrow.analysis.StudyAnalysis;
import org.marrow.analysis.Synthetic;
import org.marrow.analysis.endpoint.Progress;
import org.marrow.analysis.figure.Figure;
import org.marrow.analysis.table.Table;
import org.marrow.protocol.ProtocolRegistry;
import org.marrow.study.StudyDataset;

/**
 * The report of the example data set under protocols of each design (single arm by severity, matched
 * controls and randomized by arm), at an interim cut-off and before anyone was treated: its sections,
 * tables, figures and the results.json entries.
 */
class StudyReportTest {
    static final String HASH = "3a7bd3e2360a3d29eea436fcfb7e44c735d117c42d1c1835420b6b9942dd4f1b";
    static StudyDataset data;

    @BeforeAll
    static void read() {
        data = Synthetic.ctxIst();
    }

    private static Report report(String protocol, LocalDate asOf) {
        StudyAnalysis a = StudyAnalysis.of(ProtocolRegistry.bundled().load(protocol), data, asOf, Progress.NONE);
        return a.report(new ReportHeader("Test", HASH, protocol, "1.0", "test", LocalDate.of(2026, 1, 1), asOf));
    }

    private static List<String> headings(Report r) {
        return r.sections().stream().map(Report.Section::heading).toList();
    }

    private static JsonNode json(Report r) throws Exception {
        return new ObjectMapper().readTree(ResultsJson.of(r));
    }

    @Test
    void aSingleArmReportComparesSeverityGroupsAndStatesTheSimonStage() throws Exception {
        Report r = report("ctx-ist", null);
        assertThat(headings(r))
                .containsExactly(
                        "Analysis",
                        "Baseline characteristics",
                        "Hematologic response",
                        "Simon two-stage design",
                        "Time to response",
                        "Safety",
                        "Relapse and clonal evolution");
        assertThat(r.tables())
                .extracting(Table::name)
                .containsExactly(
                        "baseline",
                        "response",
                        "response-per-protocol",
                        "response-by-group",
                        "time-to-event",
                        "adverse-events",
                        "neutropenia");
        assertThat(r.figures())
                .extracting(Figure::name)
                .containsExactly(
                        "participant-flow",
                        "response-rates",
                        "sankey",
                        "swimmer",
                        "km-time-to-response",
                        "km-time-to-superior-response",
                        "km-time-to-cr",
                        "neutrophils");
        List<String> simon = r.sections().get(3).blocks().stream()
                .map(b -> ((Report.Paragraph) b).text())
                .toList();
        assertThat(simon.get(1))
                .isEqualTo("Stage 1, the first 22 treated patients at M3: 22 of 22 responses > r1 = 8: continue.");
        JsonNode j = json(r);
        assertThat(j.get("simon").get("stages").get(1).get("rule").asText())
                .isEqualTo("28 of 43 responses; the protocol states no final bound r: complete");
        assertThat(j.get("simon").get("r").isNull()).isTrue();
        assertThat(j.get("populations").get("groups").get("SAA").asInt()).isEqualTo(30);
        assertThat(j.get("analysis").get("grouping").asText()).isEqualTo("severity");
        assertThat(j.get("analysis").get("competing_events").toString()).isEqualTo("[\"HSCT\",\"DEATH\"]");
        assertThat(j.get("response").get(0).get("categories").toString())
                .isEqualTo(
                        "{\"CR\":4,\"VGPR\":4,\"GPR\":3,\"PR\":17,\"NR\":15,\"NOT_ASSESSABLE\":0,\"NOT_YET_DUE\":0}");
        assertThat(j.get("comparisons").get(0).get("groups").get(0).get("group").asText())
                .isEqualTo("SAA");
        assertThat(j.get("time_to_event").get(0).get("group").asText()).isEqualTo("all");
        assertThat(j.get("subjects").get(0).get("severity").asText()).isIn("SAA", "VSAA");
        String html = ReportWriter.html(r);
        assertThat(html).contains("<h2>Simon two-stage design</h2>", "Table 7. Neutropenia per cyclophosphamide cycle");
    }

    @Test
    void armDesignsCompareArmsWithTheirTestsAndShowSeverityAsACharacteristic() throws Exception {
        Report matched = report("hpag-ist", null);
        Table baseline = matched.tables().get(0);
        assertThat(baseline.toHtml()).contains("Severity, no. (%)");
        assertThat(headings(matched)).doesNotContain("Simon two-stage design");
        JsonNode j = json(matched);
        assertThat(j.get("analysis").get("grouping").asText()).isEqualTo("arm");
        // hpag-ist states the linear-by-linear test: it gives every P value document 001 prints.
        assertThat(j.get("analysis").get("categorical_test").asText()).isEqualTo("Linear-by-linear association test");
        assertThat(j.has("simon")).isFalse();
        Report randomized = report("sirolimus-csa", null);
        assertThat(json(randomized).get("analysis").get("categorical_test").asText())
                .isEqualTo("Fisher's exact test");
        assertThat(randomized.tables()).extracting(Table::name).doesNotContain("neutropenia");
    }

    @Test
    void anInterimReportStatesItsCutOffAndLeavesOpenWindowsOut() throws Exception {
        LocalDate asOf = LocalDate.of(2024, 6, 30);
        Report r = report("ctx-ist", asOf);
        String analysis = r.sections().get(0).blocks().stream()
                .filter(b -> b instanceof Report.Paragraph)
                .map(b -> ((Report.Paragraph) b).text())
                .filter(t -> t.startsWith("Data cut-off"))
                .findFirst()
                .orElseThrow();
        assertThat(analysis).startsWith("Data cut-off 2024-06-30: records dated after it are not used.");
        JsonNode j = json(r);
        assertThat(j.get("analysis").get("as_of").asText()).isEqualTo("2024-06-30");
        assertThat(j.get("response").get(1).get("not_yet_due").asInt()).isPositive();
    }

    @Test
    void aReportBeforeAnyTreatmentHasNoRatesButEverySection() throws Exception {
        Report r = report("ctx-ist", LocalDate.of(2020, 1, 1));
        assertThat(r.figures()).extracting(Figure::name).containsExactly("participant-flow");
        JsonNode j = json(r);
        assertThat(j.get("populations").get("itt").asInt()).isZero();
        assertThat(j.get("response").get(0).get("orr").get("estimate").isNull()).isTrue();
        assertThat(j.get("simon").get("stages").get(0).get("decision").asText()).isEqualTo("PENDING");
    }

    @Test
    void aReportNeedsAnAnalysisAndAHeader() {
        assertThatThrownBy(() -> StudyReport.build(null, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> StudyAnalysis.of(null, data, null, Progress.NONE))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> StudyAnalysis.of(null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> StudyResults.of(null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new StudyAnalysis(null, null, null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void resultsAreSetOnceAndNeverUnderTheHeadersName() {
        record Clash(int report) {}
        record Fine(int n) {}
        ReportHeader h = new ReportHeader("T", HASH, "p", "1", "v", LocalDate.of(2026, 1, 1), null);
        assertThatThrownBy(() -> Report.builder(h).results(new Clash(1))).hasMessageContaining("'report'");
        assertThatThrownBy(() -> Report.builder(h).results(new Fine(1)).results(new Fine(2)))
                .hasMessageContaining("already");
        assertThatThrownBy(() -> Report.builder(h).results(null)).isInstanceOf(IllegalArgumentException.class);
        Report withoutResults = Report.builder(h).section("A").paragraph("text").build();
        assertThat(withoutResults.results()).isEmpty();
        assertThat(ResultsJson.of(withoutResults)).startsWith("{\n  \"report\" : {");
    }
}
