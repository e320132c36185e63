package org.marrow.cli.design;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.marrow.cli.CliRun;
import org.marrow.cli.Marrow;

/**
 * Expected values from the stats module's fixtures bop2-designs.csv, bop2-boundaries.csv and
 * bop2-scenarios.csv (Rscript marrow-stats/src/test/r/bop2.R).
 */
class Bop2CommandTest {

    @Test
    void tunedEfficacyDesignForTrialDocument000Rates() {
        CliRun run = CliRun.of(
                "design",
                "bop2",
                "--p0",
                "0.45",
                "--p1",
                "0.65",
                "--looks",
                "11,22,33,43",
                "--alpha",
                "0.05",
                "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode json = run.json();
        // bop2-designs.csv, doc000_efficacy
        assertThat(json.get("lambda").asDouble()).isEqualTo(0.93);
        assertThat(json.get("gamma").asDouble()).isEqualTo(0.5);
        assertThat(json.get("alpha").asDouble()).isCloseTo(0.04968226, org.assertj.core.data.Offset.offset(1e-8));
        assertThat(json.get("power").asDouble()).isCloseTo(0.8230918, org.assertj.core.data.Offset.offset(1e-7));
        assertThat(json.get("boundaries")).hasSize(4);
        assertThat(json.get("boundaries").get(3).get("n").asInt()).isEqualTo(43);
        assertThat(json.get("boundaries")
                        .get(3)
                        .get("stop_if_toxicities_at_least")
                        .isNull())
                .isTrue();
        assertThat(json.get("scenarios").get(0).get("scenario").asText()).isEqualTo("NULL");
        assertThat(json.get("scenarios").get(1).get("scenario").asText()).isEqualTo("ALTERNATIVE");
    }

    @Test
    void efficacyAndToxicityTableListsFourScenarios() {
        CliRun run = CliRun.of(
                "design",
                "bop2",
                "--p0",
                "0.2",
                "--p1",
                "0.4",
                "--t0",
                "0.3",
                "--t1",
                "0.15",
                "--looks",
                "10,20,30,40",
                "--alpha",
                "0.1");
        assertThat(run.exitCode()).as(run.err()).isZero();
        // bop2-designs.csv, p20_p40_tox30_15: lambda 0.87, gamma 1.1
        assertThat(run.out())
                .contains("lambda 0.87, gamma 1.1")
                .contains("stop if toxicities >=")
                .contains("futile-safe", "effective-toxic", "futile-toxic", "alternative");
    }

    @Test
    void givenLambdaAndGammaAreUsedAsGiven() {
        CliRun run = CliRun.of(
                "design",
                "bop2",
                "--p0",
                "0.2",
                "--p1",
                "0.4",
                "--looks",
                "10,20,30,40",
                "--lambda",
                "0.9",
                "--gamma",
                "1",
                "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        // bop2-designs.csv, fixed_lambda_gamma: type I 0.07426234, power 0.886422
        assertThat(run.json().get("alpha").asDouble()).isCloseTo(0.07426234, org.assertj.core.data.Offset.offset(1e-8));
        assertThat(run.json().get("target_alpha").isNull()).isTrue();
    }

    @Test
    void noPairMeetingAlphaEndsWithExitCodeThree() {
        CliRun run = CliRun.of("design", "bop2", "--p0", "0.01", "--p1", "0.5", "--looks", "30", "--alpha", "1e-300");
        assertThat(run.exitCode()).isEqualTo(SimonCommand.EXIT_NO_DESIGN);
        assertThat(run.err()).contains("no lambda in 0.50..0.99 and gamma in 0..3 gives a type I error <= 1.0E-300");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "--looks 10,20 | --alpha: missing; expected --alpha, or --lambda with --gamma",
                "--looks 10,20 --alpha 0.05 --lambda 0.9 | --alpha: given with --lambda/--gamma; expected either --alpha or"
                        + " --lambda with --gamma",
                "--looks 20,10 --alpha 0.05 | --looks: 10 (look 2) is out of order; expected increasing numbers in 1..1000",
                "--looks 10,20 --alpha 1.5 | --alpha: 1.5 is out of range; expected 0 < alpha < 1",
                "--looks 10,20 --lambda 0 --gamma 1 | --lambda: 0.0 is out of range; expected 0 < lambda <= 1",
                "--looks 10,20 --lambda 0.9 --gamma -1 | --gamma: -1.0 is out of range; expected gamma >= 0",
                "--looks 10,20 --alpha 0.05 --t0 0.3 | --t1: missing; --t0 and --t1 go together",
                "--looks 10,20 --alpha 0.05 --t0 0.3 --t1 0.4 | --t1: 0.4 is out of range; expected 0 < t1 < t0 (0.3)",
                "--looks 10,20 --alpha 0.05 --t0 1.3 --t1 0.4 | --t0: 1.3 is out of range; expected 0 < t0 < 1",
                "--looks 10,20 --alpha 0.05 --prior-a 1 | --prior-b: missing; --prior-a and --prior-b go together",
                "--looks 10,20 --alpha 0.05 --prior-a 1 --prior-b 0 | --prior-a/--prior-b: 1.0, 0.0 are out of range;"
                        + " expected numbers > 0",
                "--looks 10,20 --alpha 0.05 --prior-a 1 --prior-b 1 --t0 0.3 --t1 0.1 | --prior-a: not used with --t0;"
                        + " the Dirichlet prior is set by the null rates",
            })
    void badOptionsAreOneLineWithExitCodeTwo(String args, String message) {
        String[] all = ("design bop2 --p0 0.2 --p1 0.4 " + args).split(" ");
        CliRun run = CliRun.of(all);
        assertThat(run.exitCode()).isEqualTo(Marrow.EXIT_USAGE);
        assertThat(run.err().strip().lines()).hasSize(1);
        assertThat(run.err().strip()).isEqualTo("marrow design bop2: " + message);
    }
}
