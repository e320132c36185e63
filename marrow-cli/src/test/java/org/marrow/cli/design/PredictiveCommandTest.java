package org.marrow.cli.design;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.marrow.cli.CliRun;
import org.marrow.cli.Marrow;

/**
 * Expected values from the stats module's fixtures predictive-boundaries.csv and predictive-oc.csv
 * (Rscript marrow-stats/src/test/r/predictive.R).
 */
class PredictiveCommandTest {

    @Test
    void trialDocument002RatesWithContinuousMonitoring() {
        CliRun run = CliRun.of(
                "design",
                "predictive",
                "--p0",
                "0.5",
                "--p1",
                "0.7",
                "--nmin",
                "15",
                "--nmax",
                "43",
                "--theta-t",
                "0.95",
                "--theta-l",
                "0.1",
                "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode json = run.json();
        JsonNode looks = json.get("looks");
        assertThat(looks).hasSize(29);
        // predictive-boundaries.csv, doc002_continuous: at 15 stop if <= 7; at 43 promising if > 26
        assertThat(looks.get(0).get("stop_for_futility_if_at_most").asInt()).isEqualTo(7);
        assertThat(looks.get(28).get("stop_for_futility_if_at_most").asInt()).isEqualTo(26);
        assertThat(looks.get(0).get("stop_for_efficacy_if_at_least").isNull()).isTrue();
        JsonNode oc = json.get("operating_characteristics");
        // predictive-oc.csv, doc002_continuous
        assertThat(oc.get(0).get("probability_reject_null").asDouble())
                .isCloseTo(0.050581213395275895, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(oc.get(1).get("probability_reject_null").asDouble())
                .isCloseTo(0.82922646913392462, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(oc.get(0).get("expected_sample_size").asDouble())
                .isCloseTo(21.522922748333489, org.assertj.core.data.Offset.offset(1e-10));
    }

    @Test
    void tableShowsBoundariesAndCharacteristics() {
        CliRun run = CliRun.of(
                "design",
                "predictive",
                "--p0",
                "0.2",
                "--p1",
                "0.4",
                "--nmin",
                "10",
                "--nmax",
                "40",
                "--cohort",
                "5",
                "--theta-u",
                "0.99",
                "--prior-a",
                "1",
                "--prior-b",
                "1");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .contains("looks from 10 to 40 every 5")
                .contains("stop for efficacy if responses >=")
                .contains("P(reject H0)")
                .contains("0.0868103"); // predictive-oc.csv, p20_p40_cohort5_efficacy at 0.2
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "--nmin 50 --nmax 40 | --nmin: 50 is out of range; expected 1 <= nmin <= nmax (40)",
                "--nmin 10 --nmax 1001 | --nmax: 1001 is out of range; expected 1 <= nmax <= 1000",
                "--nmin 10 --nmax 40 --cohort 0 | --cohort: 0 is too small; expected cohort >= 1",
                "--nmin 10 --nmax 40 --theta-t 1 | --theta-t: 1.0 is out of range; expected 0 < theta-t < 1",
                "--nmin 10 --nmax 40 --theta-l 1 | --theta-l: 1.0 is out of range; expected 0 <= theta-l < 1",
                "--nmin 10 --nmax 40 --theta-u 0.01 | --theta-u: 0.01 is out of range; expected theta-l (0.05) < theta-u <= 1",
                "--nmin 10 --nmax 40 --prior-b 1 | --prior-a: missing; --prior-a and --prior-b go together",
                "--nmin 10 --nmax 40 --prior-a -1 --prior-b 1 | --prior-a/--prior-b: -1.0, 1.0 are out of range; expected"
                        + " numbers > 0",
            })
    void badOptionsAreOneLineWithExitCodeTwo(String args, String message) {
        String[] all = ("design predictive --p0 0.2 --p1 0.4 " + args).split(" ");
        CliRun run = CliRun.of(all);
        assertThat(run.exitCode()).isEqualTo(Marrow.EXIT_USAGE);
        assertThat(run.err().strip().lines()).hasSize(1);
        assertThat(run.err().strip()).isEqualTo("marrow design predictive: " + message);
    }
}
