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

class CheckCommandTest {

    @Test
    void jsonMatchesTheRFixtureForEveryDesign() throws Exception {
        // the stats module's R fixture (Rscript marrow-stats/src/test/r/simon.R), tolerance 1e-9 relative
        List<String> lines =
                Files.readAllLines(Path.of("../marrow-stats/src/test/resources/org/marrow/stats/design/simon-oc.csv"));
        int checked = 0;
        for (String line : lines) {
            if (line.startsWith("#") || line.startsWith("n1,")) {
                continue;
            }
            String[] f = line.split(",");
            CliRun run = CliRun.of(
                    "design", "check", "--n1", f[0], "--r1", f[1], "--n", f[2], "--r", f[3], "--p0", f[4], "--p1", f[5],
                    "--json");
            assertThat(run.exitCode()).as(run.err()).isZero();
            JsonNode json = run.json();
            String[] fields = {"alpha", "power", "pet0", "en0", "pet1", "en1"};
            for (int i = 0; i < fields.length; i++) {
                double want = Double.parseDouble(f[6 + i]);
                assertThat(Math.abs(json.get(fields[i]).asDouble() - want))
                        .as(line + " " + fields[i])
                        .isLessThanOrEqualTo(1e-9 * Math.abs(want));
            }
            assertThat(json.get("meets_alpha").isNull()).isTrue();
            checked++;
        }
        assertThat(checked).isEqualTo(14);
    }

    @Test
    void trialDocument000PublishedRuleMissesAlpha() {
        CliRun run = CliRun.of(
                "design", "check", "--n1", "22", "--r1", "8", "--n", "43", "--r", "24", "--p0", "0.45", "--p1", "0.65",
                "--alpha", "0.05", "--power", "0.8", "--json");
        assertThat(run.exitCode()).isZero();
        assertThat(run.json().get("meets_alpha").asBoolean()).isFalse();
        assertThat(run.json().get("meets_power").asBoolean()).isTrue();
        assertThat(run.json().get("alpha").asDouble()).isGreaterThan(0.057).isLessThan(0.058);
    }

    @Test
    void trialDocument002DesignMeetsAlphaAndPower() {
        CliRun run = CliRun.of(
                "design", "check", "--n1", "15", "--r1", "8", "--n", "43", "--r", "26", "--p0", "0.5", "--p1", "0.7",
                "--alpha", "0.05", "--power", "0.8");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .contains("meets alpha < 0.05", "meets power > 0.8", "true")
                .doesNotContain("false");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "--n1 22 --r1 22 --n 43 --r 24 | --r1: 22 is out of range for --n1 22; expected -1 <= r1 < n1",
                "--n1 22 --r1 -2 --n 43 --r 24 | --r1: -2 is out of range for --n1 22; expected -1 <= r1 < n1",
                "--n1 0 --r1 0 --n 43 --r 24 | --n1: 0 is too small; expected n1 >= 1",
                "--n1 22 --r1 8 --n 22 --r 24 | --n: 22 is not greater than --n1 (22); expected n1 < n",
                "--n1 22 --r1 8 --n 43 --r 7 | --r: 7 is out of range; expected r1 (8) <= r < n (43)",
                "--n1 22 --r1 8 --n 43 --r 43 | --r: 43 is out of range; expected r1 (8) <= r < n (43)",
            })
    void badDesignIsOneLineWithExitCodeTwo(String design, String message) {
        String[] all = ("design check " + design + " --p0 0.45 --p1 0.65").split(" ");
        CliRun run = CliRun.of(all);
        assertThat(run.exitCode()).isEqualTo(Marrow.EXIT_USAGE);
        assertThat(run.err().strip().lines()).hasSize(1);
        assertThat(run.err().strip()).isEqualTo("marrow design check: " + message);
    }

    @Test
    void badRateIsOneLineWithExitCodeTwo() {
        CliRun run = CliRun.of(
                "design", "check", "--n1", "22", "--r1", "8", "--n", "43", "--r", "24", "--p0", "0.65", "--p1", "0.45");
        assertThat(run.exitCode()).isEqualTo(Marrow.EXIT_USAGE);
        assertThat(run.err().strip())
                .isEqualTo("marrow design check: --p1: 0.45 is not greater than --p0 (0.65); expected p0 < p1");
    }
}
