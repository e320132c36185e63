package org.marrow.cli.design;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marrow.cli.CliRun;
import org.marrow.cli.Marrow;

class MatchCommandTest {

    /** The synthetic 32:200 data and R results of marrow-stats (src/test/r/matching.R). */
    private static final Path FIXTURES = Path.of("../marrow-stats/src/test/resources/org/marrow/stats/matching");

    @TempDir
    Path dir;

    private Path withoutComments(String name) throws IOException {
        Path target = dir.resolve(name);
        List<String> lines = Files.readAllLines(FIXTURES.resolve(name), StandardCharsets.UTF_8).stream()
                .filter(l -> !l.startsWith("#"))
                .toList();
        Files.write(target, lines, StandardCharsets.UTF_8);
        return target;
    }

    private Path file(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p;
    }

    private static CliRun match(String... args) {
        List<String> all = new ArrayList<>(List.of("design", "match"));
        all.addAll(List.of(args));
        return CliRun.of(all.toArray(String[]::new));
    }

    @Test
    void syntheticOneToThreeMatchEqualsTheRResult() throws IOException {
        Path cases = withoutComments("synthetic-cases.csv");
        Path controls = withoutComments("synthetic-controls.csv");
        CliRun run = match(
                "--cases",
                cases.toString(),
                "--controls",
                controls.toString(),
                "--id",
                "id",
                "--exact",
                "sex,severity",
                "--caliper",
                "age=5",
                "--caliper",
                "hb=15",
                "--ratio",
                "3",
                "--csv");
        assertThat(run.exitCode()).as(run.err()).isZero();
        // Expected: synthetic-match-1to3.csv from src/test/r/matching.R (case, round, control).
        List<String> expected = Files.readAllLines(FIXTURES.resolve("synthetic-match-1to3.csv")).stream()
                .filter(l -> !l.startsWith("#"))
                .skip(1)
                .map(l -> String.join(",", List.of(l.split(",")).subList(0, 3)))
                .toList();
        List<String> actual = run.out()
                .lines()
                .skip(1)
                .map(l -> String.join(",", List.of(l.split(",")).subList(0, 3)))
                .toList();
        assertThat(actual).containsExactlyElementsOf(expected);
    }

    @Test
    void jsonReportsMatchesShortfallsAndBalance() throws IOException {
        Path cases = file("cases.csv", "id,sex,age\nA,F,40\nB,M,50\nC,M,70\n");
        Path controls = file("controls.csv", "id,sex,age\nc1,F,42\nc2,M,47\nc3,M,80\nc4,F,45\n");
        CliRun run = match(
                "--cases",
                cases.toString(),
                "--controls",
                controls.toString(),
                "--id",
                "id",
                "--exact",
                "sex",
                "--caliper",
                "age=5",
                "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode json = run.json();
        assertThat(json.get("ratio").asInt()).isEqualTo(1);
        assertThat(json.get("n_cases").asInt()).isEqualTo(3);
        assertThat(json.get("n_matched_controls").asInt()).isEqualTo(2);
        assertThat(json.get("n_cases_short").asInt()).isEqualTo(1);
        JsonNode a = json.get("cases").get(0);
        assertThat(a.get("case_id").asText()).isEqualTo("A");
        assertThat(a.get("eligible_controls").asInt()).isEqualTo(2);
        assertThat(a.get("controls").get(0).get("control_id").asText()).isEqualTo("c1");
        // |40 - 42| / 5
        assertThat(a.get("controls").get(0).get("distance").asDouble()).isEqualTo(0.4);
        JsonNode c = json.get("cases").get(2);
        assertThat(c.get("shortfall").asText()).isEqualTo("NO_ELIGIBLE_CONTROL");
        assertThat(c.get("reason").asText()).isEqualTo("no control has sex=M, age within 5 of 70");
        JsonNode age = json.get("numeric_balance").get(0);
        assertThat(age.get("key").asText()).isEqualTo("age");
        // Cases 40, 50, 70 -> mean 53.333...; matched 42, 47 -> mean 44.5.
        assertThat(age.get("cases").get("mean").asDouble())
                .isCloseTo(160.0 / 3, org.assertj.core.api.Assertions.within(1e-12));
        assertThat(age.get("matched_controls").get("mean").asDouble()).isEqualTo(44.5);
        assertThat(json.get("categorical_balance").get(0).get("levels")).hasSize(2);
    }

    @Test
    void textListsPairsShortfallsAndBalance() throws IOException {
        Path cases = file("cases.csv", "id,sex,age\nA,F,40\nC,M,70\n");
        Path controls = file("controls.csv", "id,sex,age\nc1,F,42\n");
        CliRun run = match(
                "--cases",
                cases.toString(),
                "--controls",
                controls.toString(),
                "--id",
                "id",
                "--exact",
                "sex",
                "--caliper",
                "age=5");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .contains("1:1 nearest-neighbour matching without replacement (exact on sex; age within 5)")
                .contains("2 cases, 1 candidate controls, 1 controls matched, 1 case with fewer than 1")
                .contains("C: 0 of 1 (no control has sex=M, age within 5 of 70)")
                .contains("matched controls");
    }

    @Test
    void badInputIsOneLineNamingTheProblem() throws IOException {
        Path cases = file("cases.csv", "id,sex,age\nA,F,40\nB,,50\n");
        Path controls = file("controls.csv", "id,sex,age\nc1,F,4x\n");
        Path dup = file("dup.csv", "id,sex,age\nA,F,40\nA,M,50\n");
        Path good = file("good.csv", "id,sex,age\nA,F,40\n");
        String cs = cases.toString();
        String ct = controls.toString();
        String g = good.toString();
        assertBad(
                match("--cases", cs, "--controls", g, "--id", "id", "--exact", "sex"),
                cs + ":3:2: column 'sex' has value '', expected a value (--exact sex cannot match a missing value)");
        assertBad(
                match("--cases", g, "--controls", ct, "--id", "id", "--caliper", "age=5"),
                ct
                        + ":2:3: column 'age' has value '4x', expected a number (--caliper age; missing values cannot match)");
        assertBad(
                match("--cases", dup.toString(), "--controls", g, "--id", "id", "--exact", "sex"),
                dup + ":3:1: column 'id' has value 'A', expected a unique id (it is also on line 2)");
        assertBad(
                match("--cases", g, "--controls", g, "--id", "id", "--exact", "severity"),
                g + ": no column 'severity' (--exact); the columns are: id, sex, age");
        assertBad(
                match("--cases", g, "--controls", g, "--id", "pid", "--exact", "sex"), g + ": no column 'pid' (--id)");
        assertBad(
                match("--cases", g, "--controls", g, "--id", "id", "--caliper", "age=0"),
                "--caliper: 'age=0' has width 0; expected COLUMN=WIDTH with WIDTH a number > 0, e.g. age=5");
        assertBad(
                match("--cases", g, "--controls", g, "--id", "id", "--caliper", "age=NaN"),
                "--caliper: 'age=NaN' has width NaN");
        assertBad(
                match("--cases", g, "--controls", g, "--id", "id", "--caliper", "age"),
                "--caliper: 'age' is malformed");
        assertBad(
                match("--cases", g, "--controls", g, "--id", "id", "--exact", "sex", "--ratio", "0"),
                "--ratio: 0; expected at least 1 control per case");
        assertBad(
                match("--cases", g, "--controls", g, "--id", "id"),
                "--exact/--caliper: none given; expected at least one column to match on");
        assertBad(
                match("--cases", dir.resolve("nope.csv").toString(), "--controls", g, "--id", "id", "--exact", "sex"),
                "nope.csv: no such file");
    }

    private static void assertBad(CliRun run, String expected) {
        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(Marrow.EXIT_USAGE);
        assertThat(run.err().strip().lines().collect(Collectors.toList())).hasSize(1);
        assertThat(run.err()).contains(expected).doesNotContain("Exception");
    }
}
