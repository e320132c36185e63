package org.marrow.cli.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marrow.cli.analysis.ExampleReport.find;
import static org.marrow.cli.analysis.ExampleReport.rate;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marrow.cli.CliRun;
import org.marrow.cli.Json;

/**
 * {@code marrow report --protocol hpag-csa-nsaa examples/hpag-csa-nsaa} shows the Simon two-stage
 * design of trial document 002 (l.51) at each stage with its rule, in results.json, the HTML report and
 * on the command line (examples/hpag-csa-nsaa/PUBLISHED.md). The document publishes no results: the
 * responses (9 of the first 15, 28 of 43) are the example's.
 */
class HpagCsaNsaaReportTest {
    @TempDir
    static Path tmp;

    static JsonNode results;
    static CliRun run;

    @BeforeAll
    static void report() throws IOException {
        run = ExampleReport.cli("hpag-csa-nsaa", tmp.resolve("out"));
        results = Json.mapper().readTree(Files.readString(tmp.resolve("out").resolve("results.json")));
    }

    @Test
    void fiftyFourEnrolledFortyThreeEvaluableAtWeekTwentyFour() {
        // l.27, l.51: 54 participants, 43 evaluable after a 20% dropout.
        assertThat(results.get("populations").get("enrolled").asInt()).isEqualTo(54);
        JsonNode w24 = find(results.get("response"), "timepoint", "W24");
        assertThat(w24.get("n").asInt()).isEqualTo(54);
        assertThat(w24.get("assessed").asInt()).isEqualTo(43);
        assertThat(w24.get("not_assessable").asInt()).isEqualTo(11);
        assertThat(rate(w24.get("orr"))).isEqualTo("28/54");
        JsonNode pp = find(results.get("response_per_protocol"), "timepoint", "W24");
        assertThat(rate(pp.get("orr"))).isEqualTo("28/43");
    }

    @Test
    void simonDesignAsTheDocumentStatesIt() {
        // l.51: stage 1 of 15, continue with at least 9 responses (r1 = 8); 43 in all, success with
        // more than 26.
        JsonNode simon = results.get("simon");
        assertThat(simon.get("visit").asText()).isEqualTo("week-24");
        assertThat(simon.get("n1").asInt()).isEqualTo(15);
        assertThat(simon.get("r1").asInt()).isEqualTo(8);
        assertThat(simon.get("n").asInt()).isEqualTo(43);
        assertThat(simon.get("r").asInt()).isEqualTo(26);
    }

    @Test
    void stageOneOfFifteenContinuesAndTheFullCohortIsPromising() {
        JsonNode stage1 = find(results.get("simon").get("stages"), "stage", "1");
        assertThat(stage1.get("evaluated").asInt()).isEqualTo(15);
        assertThat(stage1.get("responses").asInt()).isEqualTo(9);
        assertThat(stage1.get("dropouts").asInt()).isEqualTo(2);
        assertThat(stage1.get("decision").asText()).isEqualTo("CONTINUE");
        assertThat(stage1.get("rule").asText()).isEqualTo("9 of 15 responses > r1 = 8: continue");
        JsonNode stage2 = find(results.get("simon").get("stages"), "stage", "2");
        assertThat(stage2.get("evaluated").asInt()).isEqualTo(43);
        assertThat(stage2.get("responses").asInt()).isEqualTo(28);
        assertThat(stage2.get("dropouts").asInt()).isEqualTo(11);
        assertThat(stage2.get("decision").asText()).isEqualTo("PROMISING");
        assertThat(stage2.get("rule").asText()).isEqualTo("28 of 43 responses > r = 26: promising");
    }

    @Test
    void theDecisionsAreInTheHtmlReport() throws IOException {
        String html = Files.readString(tmp.resolve("out").resolve("report.html"));
        assertThat(html)
                .contains("9 of 15 responses &gt; r1 = 8: continue", "28 of 43 responses &gt; r = 26: promising");
    }

    @Test
    void theDecisionsArePrintedByTheCommand() {
        assertThat(run.out())
                .contains(
                        "Stage 1, the first 15 evaluable patients at W24 (dropouts replaced: 2): 9 of 15 responses > r1 = 8:"
                                + " continue")
                .contains(
                        "Stage 2, the first 43 evaluable patients at W24 (dropouts replaced: 11): 28 of 43 responses > r = 26:"
                                + " promising");
    }

    @Test
    void everyPatientIsNonSevereSplitByTransfusionDependence() {
        JsonNode s = results.get("severity_at_enrolment");
        assertThat(s.get("TD-NSAA").asInt() + s.get("NTD-NSAA").asInt()).isEqualTo(54);
    }
}
