package org.marrow.cli.design;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.marrow.cli.CliRun;
import org.marrow.cli.Marrow;

/** Expected values from the stats module's fixtures (Rscript marrow-stats/src/test/r/toxicity.R, clinfun 1.1.5). */
class ToxicityCommandTest {
    private static final Path FIXTURES = Path.of("../marrow-stats/src/test/resources/org/marrow/stats/design");

    private static List<String[]> rows(String file, String name) throws Exception {
        return Files.readAllLines(FIXTURES.resolve(file)).stream()
                .filter(l -> l.startsWith(name + ","))
                .map(l -> l.split(","))
                .toList();
    }

    @Test
    void repeatedSignificanceBoundaryForTrialDocument000InfectionsMatchesToxbdry() throws Exception {
        CliRun run =
                CliRun.of("design", "toxicity", "--looks", "10,20,30,43", "--p-lo", "0.2", "--p-hi", "0.4", "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode json = run.json();
        List<String[]> bounds = rows("toxbdry-bounds.csv", "doc000_infection_looks");
        for (int k = 0; k < 4; k++) {
            JsonNode b = json.get("boundaries").get(k);
            assertThat(b.get("max_acceptable").asInt()).isEqualTo(Integer.parseInt(bounds.get(k)[2]));
            assertThat(b.get("max_acceptable_high").asInt()).isEqualTo(Integer.parseInt(bounds.get(k)[3]));
        }
        List<String[]> oc = rows("toxbdry-oc.csv", "doc000_infection_looks");
        JsonNode first = json.get("operating_characteristics").get(0);
        assertThat(first.get("probability_cross").asDouble())
                .isCloseTo(Double.parseDouble(oc.get(0)[2]), org.assertj.core.data.Offset.offset(1e-12));
        assertThat(first.get("expected_sample_size_high").asDouble())
                .isCloseTo(Double.parseDouble(oc.get(0)[7]), org.assertj.core.data.Offset.offset(1e-10));
    }

    @Test
    void betaBinomialRuleTable() throws Exception {
        CliRun run = CliRun.of(
                "design",
                "toxicity",
                "--looks",
                "5,10,15,20,25,30,35,40",
                "--limit",
                "0.3",
                "--cutoff",
                "0.8",
                "--prior-a",
                "0.3",
                "--prior-b",
                "0.7");
        assertThat(run.exitCode()).as(run.err()).isZero();
        List<String[]> bounds = rows("bayes-toxicity-bounds.csv", "doc000_infection");
        assertThat(run.out()).contains("Beta-binomial rule: stop when Pr(p > 0.3 | data) > 0.8, prior Beta(0.3, 0.7)");
        assertThat(run.out()).containsPattern("(?m)^40\\s+" + bounds.get(7)[2] + "$");
        assertThat(run.out()).contains("P(cross)", "E(n)");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "--looks 10,20 | --p-lo: expected either --p-lo with --p-hi (repeated significance) or --limit with --cutoff"
                        + " (beta-binomial)",
                "--looks 10,20 --p-lo 0.2 --limit 0.3 | --p-lo: expected either --p-lo with --p-hi (repeated significance)"
                        + " or --limit with --cutoff (beta-binomial)",
                "--looks 10,20 --p-lo 0.2 | --p-hi: missing; --p-lo and --p-hi go together",
                "--looks 10,20 --p-lo 0.4 --p-hi 0.2 | --p-lo/--p-hi: 0.4, 0.2 are out of range; expected 0 < p-lo < p-hi < 1",
                "--looks 10,20 --p-lo 0.2 --p-hi 0.4 --cp0 0.95 | --cp0/--cp1: 0.95, 0.9 are out of range; expected 0 < cp0"
                        + " < cp1 < 1",
                "--looks 10,20 --p-lo 0.2 --p-hi 0.4 --delta 0.7 | --delta: 0.7 is out of range; expected 0 <= delta <= 0.5",
                "--looks 20 --p-lo 0.2 --p-hi 0.4 | --looks: one look cannot stop early; expected at least two",
                "--looks 20,10 --p-lo 0.2 --p-hi 0.4 | --looks: 10 (look 2) is out of order; expected increasing numbers in"
                        + " 1..1000",
                "--looks 10,20 --limit 0.3 | --cutoff: missing; --limit and --cutoff go together",
                "--looks 10,20 --limit 1.3 --cutoff 0.9 | --limit: 1.3 is out of range; expected 0 < limit < 1",
                "--looks 10,20 --limit 0.3 --cutoff 0 | --cutoff: 0.0 is out of range; expected 0 < cutoff < 1",
                "--looks 10,20 --limit 0.3 --cutoff 0.9 --rates 1.2 | --rates: 1.2 is out of range; expected rates in [0, 1]",
                "--looks 10,20 --limit 0.3 --cutoff 0.9 --prior-a 0 | --prior-a/--prior-b: 0.0, 1.0 are out of range;"
                        + " expected numbers > 0",
                "--looks 1,2 --limit 0.01 --cutoff 0.5 | --cutoff: With the prior Beta(1.0, 1.0), Pr(p > 0.01) exceeds 0.5"
                        + " with no toxicity among 1 patients; raise the cutoff or start later",
                "--looks 1,2 --p-lo 0.1 --p-hi 0.11 --cp1 0.999999 --priority ALTERNATIVE | --looks: the maximum 2 patients"
                        + " are too few for --cp0 0.1 and --cp1 0.999999",
            })
    void badOptionsAreOneLineWithExitCodeTwo(String args, String message) {
        String[] all = ("design toxicity " + args).split(" ");
        CliRun run = CliRun.of(all);
        assertThat(run.exitCode()).isEqualTo(Marrow.EXIT_USAGE);
        assertThat(run.err().strip().lines()).hasSize(1);
        assertThat(run.err().strip()).isEqualTo("marrow design toxicity: " + message);
    }
}
