package org.marrow.analysis.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.marrow.analysis.StudyAnalysis;
import org.marrow.analysis.Synthetic;
import org.marrow.analysis.endpoint.Progress;
import org.marrow.protocol.Protocol;
import org.marrow.protocol.ProtocolRegistry;
import org.marrow.study.StudyDataset;

/**
 * The monitoring in the report and {@code results.json}: the inference after the two stages of a Simon
 * design, the Bayesian monitoring's section and the toxicity stopping rules at the end of "Safety", all
 * from the one analysis, and nothing of them for a protocol that declares none.
 */
class MonitoringReportTest {
    static StudyDataset data;

    @BeforeAll
    static void read() {
        data = Synthetic.ctxIst();
    }

    private static Report report(Protocol protocol, LocalDate asOf) {
        return StudyAnalysis.of(protocol, data, asOf, Progress.NONE)
                .report(new ReportHeader(
                        "Test", StudyReportTest.HASH, protocol.id(), "1.0", "test", LocalDate.of(2026, 1, 1), asOf));
    }

    private static JsonNode json(Report r) throws IOException {
        return new ObjectMapper().readTree(ResultsJson.of(r));
    }

    private static List<String> paragraphs(Report r, String heading) {
        return r.sections().stream()
                .filter(s -> s.heading().equals(heading))
                .flatMap(s -> s.blocks().stream())
                .filter(b -> b instanceof Report.Paragraph)
                .map(b -> ((Report.Paragraph) b).text())
                .toList();
    }

    @Test
    void theCtxIstReportHasTheInferenceAfterTheTwoStagesAndItsToxicityRules() throws IOException {
        Report r = report(ProtocolRegistry.bundled().load("ctx-ist"), null);
        JsonNode inference = json(r).get("simon").get("inference");
        assertThat(inference.get("stopped_after_stage_one").asBoolean()).isFalse();
        assertThat(inference.get("x").asInt()).isEqualTo(28);
        assertThat(inference.get("p0").asDouble()).isEqualTo(0.45);
        for (String key : List.of("p_value", "umvue", "mue", "lower", "upper")) {
            assertThat(inference.get(key).isNumber()).as(key).isTrue();
        }
        assertThat(inference.get("interval").asText()).isEqualTo("exact");
        assertThat(inference.get("ordering").asText()).isEqualTo("stage-wise");
        assertThat(inference.get("confidence_level").asDouble()).isEqualTo(0.95);
        assertThat(json(r).get("simon").get("dropouts_replaced").asBoolean()).isFalse();
        assertThat(paragraphs(r, "Simon two-stage design").get(3))
                .startsWith("Inference after the two stages, respecting the stopping rule (Koyama and Chen 2008; Jung"
                        + " and Kim 2004): 28 of 43 responses after both stages: p-value 0.0063")
                .endsWith("The plain proportion 0.651 and its Clopper-Pearson interval ignore that the trial could have"
                        + " stopped after stage 1.");
        JsonNode tox = json(r).get("toxicity_monitoring");
        assertThat(tox).hasSize(2);
        assertThat(tox.get(0).get("id").asText()).isEqualTo("infection-grade3");
        assertThat(tox.get(0).get("toxicities").asInt()).isEqualTo(11);
        assertThat(tox.get(0).get("decision").asText()).isEqualTo("GO");
        assertThat(tox.get(0).get("max_acceptable").toString()).isEqualTo("[5,9,14,19]");
        assertThat(tox.get(0).get("looks").get(3).get("rule").asText())
                .isEqualTo("infection-grade3, look 4 of 4 at 43 evaluable patients: 11 of 43 with the toxicity <= 19:"
                        + " continue");
        assertThat(tox.get(1).get("posterior_excess").isNull()).isTrue();
        assertThat(tox.get(1).get("denominator").asText()).startsWith("treated patients");
        List<String> safety = paragraphs(r, "Safety");
        assertThat(safety).anyMatch(p -> p.startsWith("Toxicity stopping rules of the protocol. Denominator:"));
        assertThat(safety)
                .anyMatch(p -> p.startsWith("febrile-neutropenia-ctx (febrile neutropenia within 30 days of the first"
                        + " CTX dose; 000 l.389-391"));
        assertThat(json(r).has("monitoring")).isFalse();
    }

    @Test
    void anInterimReportHasNoInferenceYet() throws IOException {
        Report r = report(ProtocolRegistry.bundled().load("ctx-ist"), LocalDate.of(2024, 6, 30));
        assertThat(json(r).get("simon").get("inference").isNull()).isTrue();
        assertThat(paragraphs(r, "Simon two-stage design"))
                .last()
                .asString()
                .startsWith("Inference after the two stages (p-value by stage-wise ordering, UMVUE, median unbiased"
                        + " estimate, exact interval): available once");
    }

    @Test
    void aBop2ProtocolHasItsSectionAndResults() throws IOException {
        String text;
        try (InputStream in =
                ProtocolRegistry.class.getResourceAsStream("/org/marrow/protocol/bundled/ctx-ist-1.0.yaml")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String block =
                """
                  monitoring:
                    bop2:
                      p0: 0.45
                      p1: 0.65
                      looks: [11, 22, 33, 43]
                      lambda: 0.9
                      gamma: 1
                      toxicity: {t0: 0.4, t1: 0.2, events: {terms: [Febrile neutropenia], grade_at_least: 3}}
                """;
        Protocol p = ProtocolRegistry.parse(
                "bop2.yaml",
                text.substring(0, text.indexOf("  simon:\n"))
                        + block
                        + text.substring(text.indexOf("  enrollment: 43")));
        Report r = report(p, null);
        assertThat(r.sections().stream().map(Report.Section::heading)).contains("Bayesian monitoring");
        List<String> section = paragraphs(r, "Bayesian monitoring");
        assertThat(section.get(0))
                .startsWith("BOP2 (Zhou, Lee and Yuan 2017, efficacy and toxicity): stop when Pr(p <= p0 | data) > 1 -"
                        + " lambda (n/N)^gamma, lambda 0.90, gamma 1.00.")
                .contains("Boundaries: n = 11: responses <= ");
        assertThat(section.get(1)).startsWith("BOP2 look 1 of 4, the first 11 evaluable patients at M3:");
        assertThat(section.get(section.size() - 1)).startsWith("Operating characteristics (exact sums over the looks)");
        JsonNode m = json(r).get("monitoring");
        assertThat(m.get("method").asText()).isEqualTo("bop2");
        assertThat(m.get("lambda").asDouble()).isEqualTo(0.9);
        assertThat(m.get("boundaries")).hasSize(4);
        assertThat(m.get("boundaries").get(0).get("stop_if_toxicities_at_least").isInt())
                .isTrue();
        assertThat(m.get("looks").get(0).get("toxicities").isInt()).isTrue();
        assertThat(m.get("scenarios")).hasSize(4);
        assertThat(json(r).has("simon")).isFalse();
    }

    @Test
    void aProtocolWithoutMonitoringWritesNoneOfIt() throws IOException {
        JsonNode j = json(report(ProtocolRegistry.bundled().load("hpag-ist"), null));
        assertThat(j.has("monitoring")).isFalse();
        assertThat(j.has("toxicity_monitoring")).isFalse();
    }
}
