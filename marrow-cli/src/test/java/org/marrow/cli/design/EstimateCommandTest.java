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

class EstimateCommandTest {

    @Test
    void jsonMatchesTheRFixtureForTrialDocuments000And002() throws Exception {
        // the stats module's fixture (Rscript marrow-stats/src/test/r/twostage_inference.R)
        List<String> lines = Files.readAllLines(
                Path.of("../marrow-stats/src/test/resources/org/marrow/stats/design/twostage-inference.csv"));
        int checked = 0;
        for (String line : lines) {
            if (!(line.startsWith("22,8,43,0.45,")
                            || line.startsWith("15,8,40,0.5,")
                            || line.startsWith("15,8,47,0.5,"))
                    || !line.contains(",0.95,")) {
                continue;
            }
            String[] f = line.split(",");
            CliRun run = CliRun.of(
                    "design",
                    "estimate",
                    "--n1",
                    f[0],
                    "--r1",
                    f[1],
                    "--n",
                    f[2],
                    "--p0",
                    f[3],
                    "--x1",
                    f[4],
                    "--x",
                    f[5],
                    "--json");
            assertThat(run.exitCode()).as(run.err()).isZero();
            JsonNode json = run.json();
            String[] fields = {"p_value", "umvue", "mue", "lower", "upper"};
            for (int i = 0; i < fields.length; i++) {
                double want = Double.parseDouble(f[7 + i]);
                assertThat(Math.abs(json.get(fields[i]).asDouble() - want))
                        .as(line + " " + fields[i])
                        .isLessThanOrEqualTo(1e-9);
            }
            checked++;
        }
        assertThat(checked).isEqualTo(44 + 41 + 48);
    }

    @Test
    void trialDocument000TableShowsTheDesignAwareInterval() {
        CliRun run = CliRun.of(
                "design",
                "estimate",
                "--n1",
                "22",
                "--r1",
                "8",
                "--n",
                "43",
                "--x1",
                "14",
                "--x",
                "28",
                "--p0",
                "0.45");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .contains("Went on to stage 2 (14 of 22 > 8): 28 of 43 responded; p0 0.45")
                .contains("p-value (stage-wise ordering)", "0.00626395")
                .contains("95% lower (stage-wise)", "0.490734")
                .contains("95% upper (stage-wise, exact)", "0.789922");
    }

    @Test
    void koyamaChenUpperLimitReproducesTheRPackages() {
        // twostage-inference.csv, 22,8,43,0.45, x 28, 0.95: upper_kc 0.7702497
        CliRun run = CliRun.of(
                "design",
                "estimate",
                "--n1",
                "22",
                "--r1",
                "8",
                "--n",
                "43",
                "--x1",
                "14",
                "--x",
                "28",
                "--p0",
                "0.45",
                "--interval",
                "KOYAMA_CHEN",
                "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.json().get("interval").asText()).isEqualTo("KOYAMA_CHEN");
        assertThat(run.json().get("upper").asDouble()).isBetween(0.7702, 0.7703);
    }

    @Test
    void anEarlyStopNeedsOnlyX1() {
        CliRun run = CliRun.of(
                "design",
                "estimate",
                "--n1",
                "15",
                "--r1",
                "8",
                "--n",
                "43",
                "--x1",
                "6",
                "--p0",
                "0.5",
                "--conf",
                "0.9",
                "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode json = run.json();
        assertThat(json.get("stopped_after_stage_one").asBoolean()).isTrue();
        assertThat(json.get("n").asInt()).isEqualTo(15);
        assertThat(json.get("x").asInt()).isEqualTo(6);
        assertThat(json.get("umvue").asDouble()).isEqualTo(0.4);
        assertThat(json.get("conf_level").asDouble()).isEqualTo(0.9);
        assertThat(run.out()).contains("\"p_value\"", "\"mue\"", "\"lower\"", "\"upper\"");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "--n1 22 --r1 8 --n 43 --x1 14 | --x: missing; the trial went on to stage 2 (x1 = 14 > r1 = 8), so the"
                        + " total number of responses is needed",
                "--n1 22 --r1 8 --n 43 --x1 5 --x 7 | --x: 7 differs from --x1 (5), but the trial stopped after stage 1"
                        + " (x1 <= r1 = 8); expected x = x1 or no --x",
                "--n1 22 --r1 8 --n 43 --x1 14 --x 36 | --x: 36 is out of range; expected x1 (14) <= x <= x1 + n - n1 (35)",
                "--n1 22 --r1 8 --n 22 --x1 14 --x 14 | --n: 22 is not greater than --n1 (22); expected n1 < n",
                "--n1 22 --r1 8 --n 43 --x1 23 --x 28 | --x1: 23 is out of range for --n1 22; expected 0 <= x1 <= n1",
                "--n1 22 --r1 22 --n 43 --x1 14 --x 28 | --r1: 22 is out of range for --n1 22; expected -1 <= r1 < n1",
                "--n1 0 --r1 0 --n 43 --x1 0 --x 28 | --n1: 0 is too small; expected n1 >= 1",
                "--n1 22 --r1 8 --n 43 --x1 14 --x 28 --conf 1 | --conf: 1.0 is out of range; expected 0 < conf < 1",
            })
    void badInputIsOneLineWithExitCodeTwo(String args, String message) {
        String[] all = ("design estimate " + args + " --p0 0.45").split(" ");
        CliRun run = CliRun.of(all);
        assertThat(run.exitCode()).isEqualTo(Marrow.EXIT_USAGE);
        assertThat(run.err().strip().lines()).hasSize(1);
        assertThat(run.err().strip()).isEqualTo("marrow design estimate: " + message);
    }

    @Test
    void badP0IsOneLineWithExitCodeTwo() {
        CliRun run = CliRun.of(
                "design", "estimate", "--n1", "22", "--r1", "8", "--n", "43", "--x1", "14", "--x", "28", "--p0", "1.2");
        assertThat(run.exitCode()).isEqualTo(Marrow.EXIT_USAGE);
        assertThat(run.err().strip())
                .isEqualTo("marrow design estimate: --p0: 1.2 is out of range; expected 0 < p0 < 1");
    }
}
