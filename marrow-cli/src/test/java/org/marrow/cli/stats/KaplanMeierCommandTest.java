package org.marrow.cli.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marrow.cli.CliRun;
import org.marrow.cli.Marrow;

/**
 * {@code marrow stats km}: the JSON contract and the error lines. Expected numbers are R 4.2.2 /
 * survival 3.5.3 values from the marrow-stats fixtures written by {@code
 * marrow-stats/src/test/r/survival.R} (data set {@code saa_vsaa}: 43 SAA/VSAA patients, days to
 * response, 28 responders).
 */
class KaplanMeierCommandTest {
    private static final Path FIXTURES = Path.of("../marrow-stats/src/test/resources/org/marrow/stats/survival");

    @TempDir
    static Path dir;

    private static Path saa;

    @BeforeAll
    static void writeTrialData() throws IOException {
        StringBuilder csv = new StringBuilder("patient,days,response,severity\n");
        int id = 1;
        for (Map<String, String> r : fixture("km-data.csv")) {
            if (r.get("dataset").equals("saa_vsaa")) {
                csv.append(id++)
                        .append(',')
                        .append(r.get("time"))
                        .append(',')
                        .append(r.get("event"))
                        .append(',')
                        .append(r.get("group"))
                        .append('\n');
            }
        }
        saa = write("saa.csv", csv.toString());
    }

    private static Path write(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p;
    }

    private static List<Map<String, String>> fixture(String name) throws IOException {
        List<Map<String, String>> rows = new ArrayList<>();
        String[] header = null;
        for (String line : Files.readAllLines(FIXTURES.resolve(name))) {
            if (line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split(",", -1);
            if (header == null) {
                header = cells;
                continue;
            }
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < header.length; i++) {
                row.put(header[i], cells[i]);
            }
            rows.add(row);
        }
        return rows;
    }

    private static List<Map<String, String>> select(String name, String dataset, String type, String level)
            throws IOException {
        return fixture(name).stream()
                .filter(r -> r.get("dataset").equals(dataset)
                        && r.get("conf_type").equals(type)
                        && r.get("conf_level").equals(level))
                .collect(Collectors.toList());
    }

    private static void assertR(JsonNode actual, String expected, String what) {
        if (expected.equals("NA") || expected.equals("NaN")) {
            assertThat(actual.isNull())
                    .as(what + " is null (R: NA), was " + actual)
                    .isTrue();
        } else {
            double e = Double.parseDouble(expected);
            assertThat(actual.asDouble()).as(what).isCloseTo(e, within(1e-9 * Math.abs(e)));
        }
    }

    private static CliRun km(String... args) {
        List<String> all = new ArrayList<>(List.of("stats", "km"));
        all.addAll(List.of(args));
        return CliRun.of(all.toArray(String[]::new));
    }

    @Test
    void jsonWithGroupsMatchesSurvfitAndSurvdiff() throws IOException {
        CliRun run = km(
                "--csv",
                saa.toString(),
                "--time",
                "days",
                "--event",
                "response",
                "--group",
                "severity",
                "--at",
                "30,90,180,200",
                "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode json = run.json();

        List<JsonNode> curves = new ArrayList<>();
        curves.add(json.get("overall"));
        json.get("groups").forEach(curves::add);
        assertThat(curves).extracting(g -> g.get("group").asText()).containsExactly("all", "SAA", "VSAA");

        List<Map<String, String>> medians = select("km-median.csv", "saa_vsaa", "log", "0.95");
        List<Map<String, String>> at = select("km-at.csv", "saa_vsaa", "log", "0.95");
        for (int i = 0; i < 3; i++) {
            JsonNode g = curves.get(i);
            Map<String, String> m = medians.get(i);
            assertThat(g.get("n").asInt()).isEqualTo(Integer.parseInt(m.get("n")));
            assertThat(g.get("events").asInt()).isEqualTo(Integer.parseInt(m.get("events")));
            assertR(g.get("median"), m.get("median"), "median");
            assertR(g.get("median_lower"), m.get("lower"), "median_lower");
            assertR(g.get("median_upper"), m.get("upper"), "median_upper");
            String name = m.get("curve");
            List<Map<String, String>> expected =
                    at.stream().filter(r -> r.get("curve").equals(name)).collect(Collectors.toList());
            JsonNode rows = g.get("at");
            assertThat(rows).hasSize(4);
            for (int j = 0; j < 3; j++) {
                assertR(rows.get(j).get("time"), expected.get(j).get("time"), "time");
                assertR(rows.get(j).get("surv"), expected.get(j).get("surv"), name + " surv");
                assertR(rows.get(j).get("lower"), expected.get(j).get("lower"), name + " lower");
                assertR(rows.get(j).get("upper"), expected.get(j).get("upper"), name + " upper");
            }
            // t = 200 is after the last follow-up (180): R's summary() leaves it out; here it is null.
            assertThat(rows.get(3).get("time").asDouble()).isEqualTo(200);
            assertThat(rows.get(3).get("surv").isNull()).isTrue();
            assertThat(rows.get(3).get("lower").isNull()).isTrue();
        }

        List<Map<String, String>> logrank = fixture("logrank.csv").stream()
                .filter(r -> r.get("dataset").equals("saa_vsaa"))
                .collect(Collectors.toList());
        JsonNode lr = json.get("logrank");
        assertR(lr.get("chisq"), logrank.get(0).get("chisq"), "chisq");
        assertThat(lr.get("df").asInt()).isEqualTo(1);
        assertR(lr.get("p"), logrank.get(0).get("p"), "p");
        assertR(lr.get("groups").get(1).get("expected"), logrank.get(1).get("expected"), "expected VSAA");
    }

    @Test
    void withoutGroupThereIsOneCurveNamedAllAndNoTest() {
        CliRun run = km("--csv", saa.toString(), "--time", "days", "--event", "response", "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode json = run.json();
        assertThat(json.get("overall").get("group").asText()).isEqualTo("all");
        assertThat(json.get("groups")).isEmpty();
        assertThat(json.get("logrank").isNull()).isTrue();
        assertThat(json.get("overall").get("at")).isEmpty();
    }

    @Test
    void confidenceTypeAndLevelReachTheMedianLimits() throws IOException {
        CliRun run = km(
                "--csv",
                saa.toString(),
                "--time",
                "days",
                "--event",
                "response",
                "--group",
                "severity",
                "--conf-type",
                "log-log",
                "--conf",
                "0.8",
                "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode json = run.json();
        assertThat(json.get("conf_type").asText()).isEqualTo("log-log");
        List<Map<String, String>> medians = select("km-median.csv", "saa_vsaa", "log-log", "0.8");
        assertR(json.get("overall").get("median_lower"), medians.get(0).get("lower"), "all lower");
        assertR(json.get("overall").get("median_upper"), medians.get(0).get("upper"), "all upper");
        assertR(json.get("groups").get(0).get("median_upper"), medians.get(1).get("upper"), "SAA upper");
    }

    @Test
    void humanReadableOutputHasOneLinePerGroupTheTableAndTheTest() {
        CliRun run = km(
                "--csv", saa.toString(), "--time", "days", "--event", "response", "--group", "severity", "--at", "90");
        assertThat(run.exitCode()).as(run.err()).isZero();
        // Values from km-median.csv and logrank.csv (saa_vsaa, log, 0.95), at 6 significant digits.
        assertThat(run.out())
                .containsPattern("(?m)^all\\s+43\\s+28\\s+119\\s+90\\s+175$")
                .containsPattern("(?m)^SAA\\s+24\\s+17\\s+98\\s+84\\s+NA$")
                .containsPattern("(?m)^VSAA\\s+19\\s+11\\s+133\\s+90\\s+NA$")
                .containsPattern("(?m)^SAA\\s+90\\s+14\\s+0\\.580357")
                .contains("Log-rank test: chisq = 0.869814 on 1 df, p = 0.351007");
    }

    @Test
    void logicalEventCodesAreAcceptedAsR() throws IOException {
        Path coded = write("coded.csv", "t,e\n1,1\n2,0\n3,1\n4,0\n");
        Path logical = write("logical.csv", "t,e\n1,TRUE\n2,FALSE\n3,T\n4,false\n");
        CliRun a = km("--csv", coded.toString(), "--time", "t", "--event", "e", "--at", "3", "--json");
        CliRun b = km("--csv", logical.toString(), "--time", "t", "--event", "e", "--at", "3", "--json");
        assertThat(b.exitCode()).as(b.err()).isZero();
        assertThat(b.out()).isEqualTo(a.out());
    }

    @Test
    void numericGroupsAreOrderedAsNumbers() throws IOException {
        Path p = write("num.csv", "t,e,arm\n1,1,10\n2,1,2\n3,0,10\n4,1,2\n5,1,1\n");
        CliRun run = km("--csv", p.toString(), "--time", "t", "--event", "e", "--group", "arm", "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        List<String> names = new ArrayList<>();
        run.json().get("groups").forEach(g -> names.add(g.get("group").asText()));
        assertThat(names).containsExactly("1", "2", "10");
        assertThat(run.json().get("logrank").get("df").asInt()).isEqualTo(2);
    }

    private static void assertOneLineError(CliRun run, String... parts) {
        assertThat(run.exitCode()).isEqualTo(Marrow.EXIT_USAGE);
        assertThat(run.err().strip().lines()).hasSize(1);
        assertThat(run.err()).contains(parts).doesNotContain("Exception");
    }

    @Test
    void negativeTimeNamesFileLineColumnAndValue() throws IOException {
        Path p = write("neg.csv", "t,e\n1,1\n-3,0\n");
        assertOneLineError(
                km("--csv", p.toString(), "--time", "t", "--event", "e"),
                p + ":3:1: column 't' has value '-3', expected a time >= 0");
    }

    @Test
    void missingTimeIsRefusedRatherThanDropped() throws IOException {
        Path p = write("na.csv", "t,e\n1,1\nNA,0\n");
        assertOneLineError(
                km("--csv", p.toString(), "--time", "t", "--event", "e"),
                p + ":3:1: column 't' has value 'NA', expected a time >= 0");
    }

    @Test
    void unknownEventCodeNamesTheValueAndTheCodes() throws IOException {
        Path p = write("ev.csv", "t,e\n1,1\n2,2\n");
        assertOneLineError(
                km("--csv", p.toString(), "--time", "t", "--event", "e"),
                p + ":3:2: column 'e' has value '2', expected 0 (censored) or 1 (event), or TRUE/FALSE");
    }

    @Test
    void missingColumnListsTheColumns() {
        assertOneLineError(
                km("--csv", saa.toString(), "--time", "days", "--event", "status"),
                "no column 'status' (--event); the columns are: patient, days, response, severity");
    }

    @Test
    void emptyGroupNameIsRefused() throws IOException {
        Path p = write("grp.csv", "t,e,arm\n1,1,A\n2,0,\n3,1,B\n");
        assertOneLineError(
                km("--csv", p.toString(), "--time", "t", "--event", "e", "--group", "arm"),
                p + ":3:3: column 'arm' has value '', expected a group name (not empty)");
    }

    @Test
    void singleGroupCannotBeTestedAndSaysSo() throws IOException {
        Path p = write("one.csv", "t,e,arm\n1,1,A\n2,0,A\n");
        assertOneLineError(
                km("--csv", p.toString(), "--time", "t", "--event", "e", "--group", "arm"),
                "column 'arm' (--group) has only the group 'A'; expected at least 2 groups");
    }

    @Test
    void malformedLineNamesFileAndLine() throws IOException {
        Path p = write("bad.csv", "t,e\n1,1\n2,0,7\n");
        assertOneLineError(km("--csv", p.toString(), "--time", "t", "--event", "e"), p + ":3: malformed line");
    }

    @Test
    void noDataRowsIsRefused() throws IOException {
        Path p = write("empty.csv", "t,e\n");
        assertOneLineError(
                km("--csv", p.toString(), "--time", "t", "--event", "e"),
                p + ": no data rows; expected at least one subject");
    }

    @Test
    void badOptionValuesNameTheOptionAndTheExpectation() {
        assertOneLineError(
                km("--csv", saa.toString(), "--time", "days", "--event", "response", "--conf", "1.5"),
                "--conf: 1.5 is not in (0, 1)");
        assertOneLineError(
                km("--csv", saa.toString(), "--time", "days", "--event", "response", "--conf-type", "logit"),
                "--conf-type: 'logit' is not one of log, log-log, plain");
        assertOneLineError(
                km("--csv", saa.toString(), "--time", "days", "--event", "response", "--at", "90,-1"),
                "--at: '-1' is not a time; expected numbers >= 0");
    }
}
