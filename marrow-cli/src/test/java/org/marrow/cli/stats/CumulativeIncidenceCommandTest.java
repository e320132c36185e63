package org.marrow.cli.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marrow.cli.CliRun;
import org.marrow.cli.Marrow;

/**
 * Reference values: marrow-stats/src/test/resources/org/marrow/stats/competing/*.csv, produced by
 * marrow-stats/src/test/r/competing.R (R 4.2.2, cmprsk 2.2.11).
 */
class CumulativeIncidenceCommandTest {
    private static final Path FIXTURES = Path.of("../marrow-stats/src/test/resources/org/marrow/stats/competing");

    @TempDir
    static Path dir;

    private static Path realistic;
    private static Path threeGroups;

    @BeforeAll
    static void writeData() throws IOException {
        realistic = dataset("realistic");
        threeGroups = dataset("three_groups");
    }

    /** One data set of the fixture datasets.csv as a CSV file with columns days, status, arm. */
    private static Path dataset(String name) throws IOException {
        List<String> lines = Files.readAllLines(FIXTURES.resolve("datasets.csv"), StandardCharsets.UTF_8).stream()
                .filter(l -> l.startsWith(name + ","))
                .map(l -> l.substring(name.length() + 1))
                .collect(Collectors.toList());
        lines.add(0, "days,status,arm");
        Path file = dir.resolve(name + ".csv");
        Files.write(file, lines, StandardCharsets.UTF_8);
        return file;
    }

    /** The fixture row of a file whose first fields are the given prefix. */
    private static String[] fixture(String file, String prefix) throws IOException {
        return Files.readAllLines(FIXTURES.resolve(file), StandardCharsets.UTF_8).stream()
                .filter(l -> l.startsWith(prefix))
                .findFirst()
                .orElseThrow()
                .split(",");
    }

    private static Path csv(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void jsonGivesCifAndVarianceAtTimesAndGrayTestsAsCmprsk() throws IOException {
        CliRun run = CliRun.of(
                "stats",
                "cif",
                "--csv",
                realistic.toString(),
                "--time",
                "days",
                "--status",
                "status",
                "--group",
                "arm",
                "--at",
                "180",
                "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode causes = run.json().get("causes");
        assertThat(causes).hasSize(3);
        for (int c = 0; c < 3; c++) {
            JsonNode cause = causes.get(c);
            assertThat(cause.get("cause").asInt()).isEqualTo(c + 1);
            for (int g = 0; g < 2; g++) {
                JsonNode group = cause.get("groups").get(g);
                String label = g == 0 ? "A" : "B";
                assertThat(group.get("group").asText()).isEqualTo(label);
                assertThat(group.get("n").asInt()).isEqualTo(20);
                JsonNode at = group.get("at").get(0);
                assertThat(at.get("time").asDouble()).isEqualTo(180);
                // cuminc-timepoints.csv: dataset,cause,group,time,est,var,lower,upper
                String[] expected = fixture("cuminc-timepoints.csv", "realistic," + (c + 1) + "," + label + ",180,");
                assertClose(at.get("cif"), expected[4]);
                assertClose(at.get("var"), expected[5]);
                assertClose(at.get("lower"), expected[6]);
                assertClose(at.get("upper"), expected[7]);
            }
            // gray-tests.csv: dataset,rho,cause,stat,pv,df
            String[] expected = fixture("gray-tests.csv", "realistic,0," + (c + 1) + ",");
            JsonNode gray = cause.get("gray");
            assertClose(gray.get("stat").asDouble(), Double.parseDouble(expected[3]));
            assertClose(gray.get("p").asDouble(), Double.parseDouble(expected[4]));
            assertThat(gray.get("df").asInt()).isEqualTo(Integer.parseInt(expected[5]));
        }
        int events = 0;
        for (JsonNode cause : causes) {
            for (JsonNode group : cause.get("groups")) {
                events += group.get("events").asInt();
            }
        }
        long censored = Files.readAllLines(realistic).stream()
                .skip(1)
                .filter(l -> l.split(",")[1].equals("0"))
                .count();
        assertThat(events + censored).isEqualTo(40);
    }

    @Test
    void beyondTheLastFollowUpTheCifIsNull() {
        CliRun run = CliRun.of(
                "stats",
                "cif",
                "--csv",
                realistic.toString(),
                "--time",
                "days",
                "--status",
                "status",
                "--group",
                "arm",
                "--at",
                "90,10000",
                "--json");
        JsonNode at = run.json().get("causes").get(0).get("groups").get(0).get("at");
        assertThat(at.get(0).get("time").asDouble()).isEqualTo(90);
        assertThat(at.get(1).get("cif").isNull()).isTrue();
        assertThat(at.get(1).get("var").isNull()).isTrue();
    }

    @Test
    void threeGroupsWithRhoMatchCmprsk() throws IOException {
        CliRun run = CliRun.of(
                "stats",
                "cif",
                "--csv",
                threeGroups.toString(),
                "--time",
                "days",
                "--status",
                "status",
                "--group",
                "arm",
                "--rho",
                "0.5",
                "--json");
        JsonNode gray = run.json().get("causes").get(0).get("gray");
        String[] expected = fixture("gray-tests.csv", "three_groups,0.5,1,");
        assertClose(gray.get("stat").asDouble(), Double.parseDouble(expected[3]));
        assertClose(gray.get("p").asDouble(), Double.parseDouble(expected[4]));
        assertThat(gray.get("df").asInt()).isEqualTo(2);
        assertThat(run.json()
                        .get("causes")
                        .get(0)
                        .get("groups")
                        .get(2)
                        .get("group")
                        .asText())
                .isEqualTo("VSAA");
    }

    @Test
    void withoutGroupThereIsOneGroupNamedAllAndNoTest() {
        CliRun run = CliRun.of(
                "stats", "cif", "--csv", realistic.toString(), "--time", "days", "--status", "status", "--json");
        assertThat(run.exitCode()).isZero();
        JsonNode cause = run.json().get("causes").get(0);
        assertThat(cause.get("groups")).hasSize(1);
        assertThat(cause.get("groups").get(0).get("group").asText()).isEqualTo("all");
        assertThat(cause.get("groups").get(0).get("n").asInt()).isEqualTo(40);
        assertThat(cause.get("gray").isNull()).isTrue();
    }

    @Test
    void oneGroupInTheGroupColumnHasNoTest() throws IOException {
        Path file = csv("one.csv", "t,s,g\n1,1,A\n2,2,A\n3,0,A\n");
        CliRun run = CliRun.of(
                "stats", "cif", "--csv", file.toString(), "--time", "t", "--status", "s", "--group", "g", "--json");
        assertThat(run.json().get("causes").get(0).get("gray").isNull()).isTrue();
        assertThat(run.json()
                        .get("causes")
                        .get(0)
                        .get("groups")
                        .get(0)
                        .get("group")
                        .asText())
                .isEqualTo("A");
    }

    @Test
    void tableListsTheCurvesAndGraysTest() {
        CliRun run = CliRun.of(
                "stats",
                "cif",
                "--csv",
                realistic.toString(),
                "--time",
                "days",
                "--status",
                "status",
                "--group",
                "arm",
                "--at",
                "30,180");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .contains("cause", "group", "cif", "lower 95%", "Gray's test", "rho = 0")
                .doesNotContain("{");
    }

    @Test
    void tableWithoutAtListsEveryEventTime() {
        CliRun run = CliRun.of("stats", "cif", "--csv", realistic.toString(), "--time", "days", "--status", "status");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("event times", "One group: no test.");
    }

    @Test
    void negativeTimeNamesFileLineColumnAndValue() throws IOException {
        Path file = csv("neg.csv", "t,s,g\n1,1,A\n-3,0,B\n");
        assertOneLineError(run(file, "--group", "g"), file + ":3:1: column 't' has value '-3', expected a time >= 0");
    }

    @Test
    void nonNumericTimeIsRefused() throws IOException {
        Path file = csv("nan.csv", "t,s,g\n1,1,A\nInfinity,0,B\n");
        assertOneLineError(
                run(file, "--group", "g"), file + ":3:1: column 't' has value 'Infinity', expected a time >= 0");
    }

    @Test
    void negativeOrTextStatusIsRefused() throws IOException {
        Path file = csv("status.csv", "t,s,g\n1,1,A\n2,-1,B\n");
        assertOneLineError(
                run(file, "--group", "g"),
                file + ":3:2: column 's' has value '-1', expected 0 (censored) or a positive integer cause code");
        Path text = csv("status2.csv", "t,s,g\n1,death,A\n");
        assertOneLineError(
                run(text, "--group", "g"),
                text + ":2:2: column 's' has value 'death', expected 0 (censored) or a positive integer cause code");
    }

    @Test
    void statusOutsideDeclaredCausesIsRefused() throws IOException {
        Path file = csv("causes.csv", "t,s,g\n1,1,A\n2,4,B\n");
        assertOneLineError(
                run(file, "--group", "g", "--causes", "1,2,3"),
                file + ":3:2: column 's' has value '4', expected 0 (censored) or one of the causes 1, 2, 3");
    }

    @Test
    void missingColumnIsNamed() throws IOException {
        Path file = csv("cols.csv", "t,s\n1,1\n");
        assertOneLineError(run(file, "--group", "arm"), file + ": no column 'arm' (--group); the columns are: t, s");
    }

    @Test
    void emptyGroupLabelIsRefused() throws IOException {
        Path file = csv("empty.csv", "t,s,g\n1,1,A\n2,0,\n");
        assertOneLineError(
                run(file, "--group", "g"), file + ":3:3: column 'g' has value '', expected a non-empty group label");
    }

    @Test
    void malformedLineIsRefused() throws IOException {
        Path file = csv("bad.csv", "t,s,g\n1,1,A\n2,0\n");
        assertOneLineError(
                run(file, "--group", "g"), file + ":3: malformed line: 2 fields, expected 3 as in the header (t,s,g)");
    }

    @Test
    void fileWithoutRowsIsRefused() throws IOException {
        Path file = csv("header.csv", "t,s,g\n");
        assertOneLineError(run(file), file + ": no data rows; expected at least one subject");
    }

    @Test
    void badOptionValuesAreRefused() throws IOException {
        Path file = csv("ok.csv", "t,s\n1,1\n");
        assertOneLineError(run(file, "--at", "-5"), "--at: -5 is not a valid time; expected a finite time >= 0");
        assertOneLineError(
                run(file, "--level", "1.5"), "--level: 1.5 is out of range; expected 0 < level < 1 (e.g. 0.95)");
        assertOneLineError(
                run(file, "--rho", "NaN"), "--rho: NaN is not finite; expected a finite number such as 0 or 1");
        assertOneLineError(run(file, "--causes", "0"), "--causes: 0 is not a cause code; expected positive integers");
    }

    private static CliRun run(Path file, String... extra) {
        String[] base = {"stats", "cif", "--csv", file.toString(), "--time", "t", "--status", "s"};
        String[] args = new String[base.length + extra.length];
        System.arraycopy(base, 0, args, 0, base.length);
        System.arraycopy(extra, 0, args, base.length, extra.length);
        return CliRun.of(args);
    }

    private static void assertOneLineError(CliRun run, String message) {
        assertThat(run.exitCode()).as(run.out()).isEqualTo(Marrow.EXIT_USAGE);
        assertThat(run.err().strip().lines()).hasSize(1);
        assertThat(run.err().strip()).isEqualTo("marrow stats cif: " + message);
    }

    /** R's NA is JSON null. */
    private static void assertClose(JsonNode actual, String expected) {
        if (expected.equals("NA")) {
            assertThat(actual.isNull()).as("null for NA").isTrue();
        } else {
            assertClose(actual.asDouble(), Double.parseDouble(expected));
        }
    }

    private static void assertClose(double actual, double expected) {
        assertThat(actual).isCloseTo(expected, within(1e-9 * Math.abs(expected) + 1e-15));
    }
}
