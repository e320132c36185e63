package org.marrow.cli.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marrow.cli.analysis.ExampleReport.find;
import static org.marrow.cli.analysis.ExampleReport.percent;
import static org.marrow.cli.analysis.ExampleReport.rate;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code marrow report --protocol romiplostim-csa examples/romiplostim-csa --as-of 2025-07-31}
 * reproduces the interim of trial document 003 (examples/romiplostim-csa/PUBLISHED.md): 16 enrolled,
 * 11 completed week 26, severity at enrolment 6/1/4 among them, ORR 9/11 at weeks 13 and 26 with CR
 * 1/11 and 2/11 over the completers, beside the ITT denominators of the patients due at the cut-off.
 */
class RomiplostimCsaReportTest {
    @TempDir
    static Path tmp;

    static JsonNode results;

    @BeforeAll
    static void report() throws IOException {
        results = ExampleReport.run("romiplostim-csa", tmp.resolve("out"), "--as-of", "2025-07-31");
    }

    @Test
    void sixteenEnrolledAtTheCutOffAndElevenCompleted() {
        // l.11: "As of July 31, 2025, 16 patients were enrolled (target: 40); 11 patients completed the
        // 26-week follow-up".
        assertThat(results.get("report").get("data_cutoff").asText()).isEqualTo("2025-07-31");
        assertThat(results.get("populations").get("enrolled").asInt()).isEqualTo(16);
        assertThat(results.get("populations").get("itt").asInt()).isEqualTo(16);
        assertThat(results.get("completers").get("visit").asText()).isEqualTo("week-26");
        assertThat(results.get("completers").get("n").asInt()).isEqualTo(11);
    }

    @Test
    void severityAtEnrolmentOfTheCompleters() {
        // l.11: 6/11 (54.5%) SAA, 1/11 (9.1%) TD-NSAA, 4/11 (36.4%) NTD-NSAA.
        JsonNode s = results.get("completers").get("severity");
        assertThat(s.get("SAA").asInt()).isEqualTo(6);
        assertThat(s.get("TD-NSAA").asInt()).isEqualTo(1);
        assertThat(s.get("NTD-NSAA").asInt()).isEqualTo(4);
        assertThat(s.get("VSAA").asInt()
                        + s.get("NSAA").asInt()
                        + s.get("Unknown").asInt())
                .isZero();
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        // l.11: week 13 ORR 81.8% (9/11), CR 9.1% (1/11); week 26 ORR 81.8% (9/11), CR 18.2% (2/11).
        "W13, orr, 9/11, 81.8",
        "W13, cr, 1/11, 9.1",
        "W26, orr, 9/11, 81.8",
        "W26, cr, 2/11, 18.2"
    })
    void responseOverTheCompleters(String timepoint, String measure, String rate, String pct) {
        JsonNode t = find(results.get("completers").get("response"), "timepoint", timepoint);
        assertThat(rate(t.get(measure))).isEqualTo(rate);
        assertThat(percent(t.get(measure))).isEqualTo(pct);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        // Beside the completers: ITT over the patients due at the cut-off (not published).
        "W13, 13, 3, 10/13, 1/13",
        "W26, 11, 5, 9/11, 2/11"
    })
    void intentToTreatDenominatorsBesideTheCompleters(String timepoint, int due, int notYetDue, String orr, String cr) {
        JsonNode t = find(results.get("response"), "timepoint", timepoint);
        assertThat(t.get("n").asInt()).isEqualTo(due);
        assertThat(t.get("not_yet_due").asInt()).isEqualTo(notYetDue);
        assertThat(rate(t.get("orr"))).isEqualTo(orr);
        assertThat(rate(t.get("cr"))).isEqualTo(cr);
    }

    @Test
    void everyBaselinePlateletCountBelowThirty() {
        // l.11: "All patients had platelet counts <30x10^9/L at baseline".
        JsonNode row = find(results.get("baseline"), "label", "Platelets, x10^9/L");
        assertThat(find(row.get("cells"), "group", "all").get("max").asDouble()).isLessThan(30.0);
        assertThat(find(row.get("cells"), "group", "all").get("known").asInt()).isEqualTo(16);
    }

    @Test
    void noAdverseEventLeadingToDiscontinuation() {
        // l.11: "No treatment-related adverse events leading to discontinuation were observed."
        assertThat(results.get("events").get("WITHDRAWN").asInt()).isZero();
        assertThat(results.get("safety").get("serious").asInt()).isZero();
    }
}
