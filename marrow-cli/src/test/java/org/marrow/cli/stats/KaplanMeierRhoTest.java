package org.marrow.cli.stats;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marrow.cli.CliRun;
import org.marrow.cli.Marrow;

/**
 * {@code marrow stats km --rho}: the G-rho test equals R's {@code survdiff(rho = rho)} as written by
 * {@code marrow-stats/src/test/r/survival.R} to {@code logrank-rho.csv} (data set {@code aml}, R's
 * survival::aml), relative tolerance 1e-9.
 */
class KaplanMeierRhoTest {
    private static final Path FIXTURES = Path.of("../marrow-stats/src/test/resources/org/marrow/stats/survival");

    @TempDir
    Path dir;

    private static List<String[]> rows(String file, String dataset) throws IOException {
        List<String[]> out = new ArrayList<>();
        for (String line : Files.readAllLines(FIXTURES.resolve(file))) {
            if (line.startsWith(dataset + ",")) {
                out.add(line.split(",", -1));
            }
        }
        return out;
    }

    private Path aml() throws IOException {
        StringBuilder csv = new StringBuilder("weeks,relapse,arm\n");
        for (String[] r : rows("km-data.csv", "aml")) {
            csv.append(r[1]).append(',').append(r[2]).append(',').append(r[3]).append('\n');
        }
        Path p = dir.resolve("aml.csv");
        Files.writeString(p, csv.toString(), StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void everyRhoMatchesSurvdiff() throws IOException {
        Path aml = aml();
        List<String[]> expected = rows("logrank-rho.csv", "aml");
        assertThat(expected).hasSize(8);
        for (int i = 0; i < expected.size(); i += 2) {
            String rho = expected.get(i)[1];
            CliRun run = CliRun.of(
                    "stats",
                    "km",
                    "--csv",
                    aml.toString(),
                    "--time",
                    "weeks",
                    "--event",
                    "relapse",
                    "--group",
                    "arm",
                    "--rho",
                    rho,
                    "--json");
            assertThat(run.exitCode()).as(run.err()).isZero();
            JsonNode lr = run.json().get("logrank");
            assertThat(lr.get("rho").asDouble()).isEqualTo(Double.parseDouble(rho));
            assertRelative(lr.get("chisq").asDouble(), expected.get(i)[6], "chisq rho " + rho);
            assertRelative(lr.get("p").asDouble(), expected.get(i)[8], "p rho " + rho);
            for (int g = 0; g < 2; g++) {
                JsonNode group = lr.get("groups").get(g);
                assertThat(group.get("group").asText()).isEqualTo(expected.get(i + g)[2]);
                assertRelative(group.get("observed").asDouble(), expected.get(i + g)[4], "observed");
                assertRelative(group.get("expected").asDouble(), expected.get(i + g)[5], "expected");
            }
        }
    }

    @Test
    void tableNamesTheGRhoTest() throws IOException {
        CliRun run = CliRun.of(
                "stats",
                "km",
                "--csv",
                aml().toString(),
                "--time",
                "weeks",
                "--event",
                "relapse",
                "--group",
                "arm",
                "--rho",
                "1");
        assertThat(run.exitCode()).as(run.err()).isZero();
        // logrank-rho.csv, aml, rho 1, at 6 significant digits
        assertThat(run.out()).contains("G-rho test (rho = 1): chisq = 2.77928 on 1 df, p = 0.0954911");
    }

    @Test
    void nonFiniteRhoIsOneLineWithExitCodeTwo() throws IOException {
        CliRun run = CliRun.of(
                "stats",
                "km",
                "--csv",
                aml().toString(),
                "--time",
                "weeks",
                "--event",
                "relapse",
                "--group",
                "arm",
                "--rho",
                "NaN");
        assertThat(run.exitCode()).isEqualTo(Marrow.EXIT_USAGE);
        assertThat(run.err().strip())
                .isEqualTo("marrow stats km: --rho: NaN is not a finite number; expected e.g. 0 or 1");
    }

    private static void assertRelative(double actual, String expected, String what) {
        double e = Double.parseDouble(expected);
        assertThat(Math.abs(actual - e))
                .as(what + ": " + actual + " vs R " + expected)
                .isLessThanOrEqualTo(1e-9 * Math.abs(e));
    }
}
