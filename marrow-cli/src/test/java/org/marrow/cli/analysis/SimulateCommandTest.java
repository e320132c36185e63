package org.marrow.cli.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.marrow.cli.CliRun;

/**
 * {@code marrow simulate}: the trial simulated through its protocol, the same output for the same seed
 * whatever the threads, every figure with its Monte Carlo standard error, and bad options refused in one
 * line with exit code 2.
 */
class SimulateCommandTest {

    @Test
    void document002WithItsDropoutRateGivesEveryFigureWithItsStandardError() {
        CliRun run = CliRun.of(
                "simulate",
                "--protocol",
                "hpag-csa-nsaa",
                "--response-rate",
                "0.7",
                "--runs",
                "2000",
                "--seed",
                "5",
                "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode j = run.json();
        assertThat(j.get("gate").asText()).isEqualTo("simon");
        assertThat(j.get("looks").toString()).isEqualTo("[15,43]");
        // the protocol's design.dropout (document 002: 20%) when --dropout is not given
        assertThat(j.get("conduct").get("dropout").asDouble()).isEqualTo(0.2);
        assertThat(j.get("dropouts_replaced").asBoolean()).isTrue();
        assertThat(j.get("conduct").get("accrual_per_month").asDouble()).isEqualTo(SimulateCommand.DEFAULT_ACCRUAL);
        for (String key : new String[] {
            "probability_early_stop",
            "probability_reject_null",
            "expected_enrolled",
            "expected_counted",
            "expected_duration_months"
        }) {
            assertThat(j.get(key).get("estimate").isNumber()).as(key).isTrue();
            assertThat(j.get(key).get("standard_error").asDouble()).as(key).isPositive();
        }
        assertThat(j.get("probability_stop_for_toxicity").isNull()).isTrue();
    }

    @Test
    void theSameSeedGivesTheSameOutputWhateverTheThreads() {
        String[] args = {
            "simulate",
            "--protocol",
            "hpag-csa-nsaa",
            "--response-rate",
            "0.5",
            "--dropout",
            "0",
            "--accrual",
            "3",
            "--runs",
            "3000",
            "--seed",
            "17"
        };
        CliRun one = CliRun.of(concat(args, "--threads", "1"));
        CliRun two = CliRun.of(concat(args, "--threads", "2"));
        assertThat(one.exitCode()).as(one.err()).isZero();
        assertThat(two.out()).isEqualTo(one.out());
        assertThat(one.out())
                .startsWith("Simulation of hpag-csa-nsaa 1.0: simon gate at [15, 43] patients counted at week-24"
                        + " (window days 155 to 183); 3000 runs, seed 17")
                .contains("response rate 0.5, dropout 0 (replaced), accrual 3 a month")
                .contains("probability of early stop", "probability of rejecting H0", "expected duration (months)");
    }

    private static String[] concat(String[] a, String... b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @Test
    void aSimonDesignWithoutAFinalBoundSaysSoAndCountsDropoutsAsNonResponders() {
        CliRun run = CliRun.of(
                "simulate",
                "--protocol",
                "ctx-ist",
                "--response-rate",
                "0.65",
                "--dropout",
                "0.1",
                "--runs",
                "500",
                "--seed",
                "3");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .contains("dropout 0.1 (non-responders, ITT)")
                .containsPattern("probability of rejecting H0 +not defined: the protocol states no final bound");
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "--response-rate, 1.5, '--response-rate: 1.5 is out of range; expected 0 <= P <= 1'",
        "--dropout, 1, '--dropout: 1.0 is out of range; expected 0 <= D < 1'",
        "--accrual, 0, '--accrual: 0.0 is out of range; expected 0 < PER_MONTH <= 1000'",
        "--toxicity-rate, -0.1, '--toxicity-rate: -0.1 is out of range; expected 0 <= T <= 1'",
        "--runs, 1, '--runs: 1 is out of range; expected 2 to 10000000'",
        "--threads, 0, '--threads: 0 is too small; expected >= 1'"
    })
    void aBadOptionIsOneLineAndExitTwo(String option, String value, String message) {
        String[] args = {"simulate", "--protocol", "ctx-ist", "--response-rate", "0.5", "--runs", "10", "--seed", "1"};
        int i = java.util.Arrays.asList(args).indexOf(option);
        String[] run;
        if (i >= 0) {
            run = args.clone();
            run[i + 1] = value;
        } else {
            run = concat(args, option, value);
        }
        CliRun r = CliRun.of(run);
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err().lines().findFirst().orElseThrow()).isEqualTo("marrow simulate: " + message);
    }

    @Test
    void aProtocolWithoutAGateOrUnknownIsRefused(@TempDir Path tmp) throws Exception {
        CliRun none = CliRun.of(
                "simulate", "--protocol", "hpag-ist", "--response-rate", "0.5", "--runs", "10", "--seed", "1");
        assertThat(none.exitCode()).isEqualTo(2);
        assertThat(none.err().lines().findFirst().orElseThrow())
                .isEqualTo(
                        "marrow simulate: --protocol: protocol hpag-ist declares no design gate to simulate: design.simon or"
                                + " design.monitoring");
        CliRun unknown =
                CliRun.of("simulate", "--protocol", "nope", "--response-rate", "0.5", "--runs", "10", "--seed", "1");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("--protocol").contains("'nope'");
        Path bad = Files.writeString(tmp.resolve("bad.yaml"), "format: marrow-protocol/1\nid: x\n");
        CliRun invalid = CliRun.of(
                "simulate", "--protocol", bad.toString(), "--response-rate", "0.5", "--runs", "10", "--seed", "1");
        assertThat(invalid.exitCode()).isEqualTo(2);
        assertThat(invalid.err()).contains("bad.yaml:");
    }
}
