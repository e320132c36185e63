package org.marrow.cli.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marrow.cli.analysis.ExampleReport.find;
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
 * {@code marrow report --protocol sirolimus-csa examples/sirolimus-csa}: 40 patients randomized 1:3
 * (trial document 004, l.27 and l.45), responses at weeks 13 and 25 by arm
 * (examples/sirolimus-csa/PUBLISHED.md). The document's results are pending: the responses are the
 * example's.
 */
class SirolimusCsaReportTest {
    @TempDir
    static Path tmp;

    static JsonNode results;

    @BeforeAll
    static void report() throws IOException {
        results = ExampleReport.run("sirolimus-csa", tmp.resolve("out"));
    }

    @Test
    void fortyPatientsRandomizedOneToThree() {
        JsonNode groups = results.get("populations").get("groups");
        assertThat(groups.get("sirolimus").asInt()).isEqualTo(10);
        assertThat(groups.get("sirolimus-csa").asInt()).isEqualTo(30);
        assertThat(results.get("populations").get("itt").asInt()).isEqualTo(40);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"W13, orr, 3/10, 12/30", "W13, cr, 0/10, 2/30", "W25, orr, 4/10, 17/30", "W25, cr, 1/10, 5/30"})
    void responsesByArmAtWeeksThirteenAndTwentyFive(String timepoint, String measure, String alone, String combined) {
        JsonNode c = find(results.get("comparisons"), "timepoint", timepoint, "measure", measure);
        assertThat(rate(find(c.get("groups"), "group", "sirolimus"))).isEqualTo(alone);
        assertThat(rate(find(c.get("groups"), "group", "sirolimus-csa"))).isEqualTo(combined);
        assertThat(c.get("test").asText()).isEqualTo("Fisher's exact test");
    }
}
