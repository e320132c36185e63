package org.marrow.cli.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marrow.cli.CliRun;
import org.marrow.cli.Json;
import org.marrow.dataset.DatasetReader;
import org.marrow.dataset.DatasetWriter;
import org.marrow.study.EventType;
import org.marrow.study.StudyDataset;
import org.marrow.study.SubjectRecords;

/**
 * {@code marrow report --protocol ctx-ist examples/ctx-ist} reproduces trial document 000's Figure 2
 * and Figure 3 numbers (examples/ctx-ist/PUBLISHED.md gives the line of each), with intervals, the
 * Fisher test and the Kaplan-Meier medians checked against R (src/test/r/report-ctx-ist.R).
 */
class ReportCommandTest {
    private static final double TOL = 1e-9;

    @TempDir
    static Path tmp;

    static JsonNode results;
    static CliRun run;

    static Path example() {
        Path fromModule = Path.of("..", "examples", "ctx-ist");
        return Files.isDirectory(fromModule) ? fromModule : Path.of("examples", "ctx-ist");
    }

    static JsonNode read(Path file) throws IOException {
        return Json.mapper().readTree(Files.readString(file, StandardCharsets.UTF_8));
    }

    @BeforeAll
    static void report() throws IOException {
        run = CliRun.of(
                "report",
                "--protocol",
                "ctx-ist",
                example().toString(),
                "--out",
                tmp.resolve("out").toString());
        results = read(tmp.resolve("out").resolve("results.json"));
    }

    private static Map<String, double[]> fixture(String name) throws IOException {
        Map<String, double[]> out = new HashMap<>();
        try (InputStream in = ReportCommandTest.class.getResourceAsStream(name)) {
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .toList();
            for (String line : lines) {
                if (line.startsWith("#") || line.startsWith("key,") || line.startsWith("endpoint,")) {
                    continue;
                }
                String[] f = line.split(",");
                double[] v = new double[f.length - 1];
                for (int i = 1; i < f.length; i++) {
                    v[i - 1] = f[i].equals("NA") ? Double.NaN : Double.parseDouble(f[i]);
                }
                out.put(f[0], v);
            }
        }
        return out;
    }

    private static JsonNode timepoint(JsonNode response, String label) {
        for (JsonNode t : response) {
            if (t.get("timepoint").asText().equals(label)) {
                return t;
            }
        }
        throw new AssertionError("no timepoint " + label + " in " + response);
    }

    private static void assertRate(JsonNode rate, double[] r) {
        // Fixture columns: x, n, estimate, lower, upper (R binom.test).
        assertThat(rate.get("x").asInt()).isEqualTo((int) r[0]);
        assertThat(rate.get("n").asInt()).isEqualTo((int) r[1]);
        assertThat(rate.get("estimate").asDouble()).isCloseTo(r[2], within(TOL * r[2]));
        assertThat(rate.get("lower").asDouble()).isCloseTo(r[3], within(TOL * r[3]));
        assertThat(rate.get("upper").asDouble()).isCloseTo(r[4], within(TOL * r[4]));
    }

    @Test
    void writesEveryFileAndNothingOnStandardError() {
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).contains("report of 43 treated subjects");
        Path out = tmp.resolve("out");
        for (String f : List.of(
                "report.html",
                "report.pdf",
                "results.json",
                "tables/baseline.csv",
                "tables/response.csv",
                "tables/adverse-events.csv",
                "figures/response-rates.svg",
                "figures/sankey.svg",
                "figures/swimmer.svg",
                "figures/km-time-to-response.svg",
                "figures/neutrophils.svg",
                "figures/participant-flow.svg")) {
            assertThat(out.resolve(f)).isNotEmptyFile();
        }
    }

    @Test
    void statesTheDataSetHashProtocolVersionAndDate() {
        JsonNode h = results.get("report");
        assertThat(h.get("dataset_sha256").asText())
                .isEqualTo(DatasetWriter.contentHash(DatasetReader.read(example())));
        assertThat(h.get("protocol_id").asText()).isEqualTo("ctx-ist");
        assertThat(h.get("protocol_version").asText()).isEqualTo("1.0");
        assertThat(h.get("marrow_version").asText()).isNotBlank();
        assertThat(h.get("analysis_date").asText()).isEqualTo(LocalDate.now().toString());
        assertThat(h.get("data_cutoff").isNull()).isTrue();
    }

    @Test
    void figureTwoRatesWithClopperPearsonIntervalsAsR() throws IOException {
        Map<String, double[]> r = fixture("ctx-ist-rates.csv");
        JsonNode m3 = timepoint(results.get("response"), "M3");
        JsonNode m6 = timepoint(results.get("response"), "M6");
        // Document 000 l.327-335 (ITT, n = 43 at both timepoints).
        assertThat(m3.get("n").asInt()).isEqualTo(43);
        assertThat(m6.get("n").asInt()).isEqualTo(43);
        assertRate(m3.get("orr"), r.get("M3.orr"));
        assertRate(m3.get("superior"), r.get("M3.superior"));
        assertRate(m3.get("cr"), r.get("M3.cr"));
        assertRate(m6.get("orr"), r.get("M6.orr"));
        assertRate(m6.get("superior"), r.get("M6.superior"));
        assertRate(m6.get("cr"), r.get("M6.cr"));
    }

    @Test
    void figureThreeCategoriesAtMonthThreeAndSix() {
        // Figure 3 and l.351-367: M3 CR 4, VGPR 4, GPR 3, PR 17, NR 15; M6 NR 9 (VGPR 6 / GPR 8 is the
        // example's split of the 14), 4 not assessable (death, HSCT, 2 lost; non-responders in ITT).
        JsonNode m3 = timepoint(results.get("response"), "M3").get("categories");
        assertThat(List.of(
                        m3.get("CR").asInt(),
                        m3.get("VGPR").asInt(),
                        m3.get("GPR").asInt(),
                        m3.get("PR").asInt(),
                        m3.get("NR").asInt()))
                .containsExactly(4, 4, 3, 17, 15);
        JsonNode m6 = timepoint(results.get("response"), "M6").get("categories");
        assertThat(List.of(
                        m6.get("CR").asInt(),
                        m6.get("VGPR").asInt(),
                        m6.get("GPR").asInt(),
                        m6.get("PR").asInt(),
                        m6.get("NR").asInt(),
                        m6.get("NOT_ASSESSABLE").asInt()))
                .containsExactly(12, 6, 8, 4, 9, 4);
    }

    @Test
    void sankeyTransitionsFromMonthThreeToMonthSix() {
        // Figure 3 legend (l.354-357) and text (l.360-367).
        Map<String, Integer> t = new HashMap<>();
        for (JsonNode x : results.get("transitions")) {
            if (x.get("from").asText().equals("M3")) {
                String from = superior(x.get("from_state").asText());
                String to = superior(x.get("to_state").asText());
                t.merge(from + "->" + to, x.get("n").asInt(), Integer::sum);
            }
        }
        assertThat(t)
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "SUPERIOR->SUPERIOR", 11,
                        "PR->SUPERIOR", 13,
                        "PR->PR", 2,
                        "PR->NR", 1,
                        "PR->Death", 1,
                        "NR->HSCT", 1,
                        "NR->SUPERIOR", 2,
                        "NR->PR", 2,
                        "NR->NR", 8,
                        "NR->Lost", 2));
        // "including 3 CR" (l.365).
        int prToCr = 0;
        for (JsonNode x : results.get("transitions")) {
            if (x.get("from").asText().equals("M3")
                    && x.get("from_state").asText().equals("PR")
                    && x.get("to_state").asText().equals("CR")) {
                prToCr = x.get("n").asInt();
            }
        }
        assertThat(prToCr).isEqualTo(3);
    }

    private static String superior(String s) {
        return s.equals("CR") || s.equals("VGPR") || s.equals("GPR") ? "SUPERIOR" : s;
    }

    @Test
    void monthThreeOrrSaaVersusVsaaByFishersTestAsR() throws IOException {
        // l.358-360: 30.8% vs 80.0%, p = 0.0041.
        Map<String, double[]> r = fixture("ctx-ist-rates.csv");
        JsonNode c = null;
        for (JsonNode x : results.get("comparisons")) {
            if (x.get("timepoint").asText().equals("M3")
                    && x.get("measure").asText().equals("orr")) {
                c = x;
            }
        }
        assertThat(c).isNotNull();
        assertThat(c.get("test").asText()).isEqualTo("Fisher's exact test");
        assertThat(c.get("p_value").asDouble()).isCloseTo(r.get("M3.orr.fisher")[2], within(TOL * 0.0041));
        assertRate(c.get("groups").get(0), r.get("M3.orr.SAA"));
        assertThat(c.get("groups").get(0).get("group").asText()).isEqualTo("SAA");
        assertRate(c.get("groups").get(1), r.get("M3.orr.VSAA"));
    }

    @Test
    void kaplanMeierMediansWithIntervalsAsR() throws IOException {
        // l.335-337: median time to first PR 86 days, to first superior remission 131 days.
        Map<String, double[]> r = fixture("ctx-ist-km.csv");
        for (String endpoint : List.of("time-to-response", "time-to-superior-response")) {
            JsonNode t = null;
            for (JsonNode x : results.get("time_to_event")) {
                if (x.get("endpoint").asText().equals(endpoint)
                        && x.get("group").asText().equals("all")) {
                    t = x;
                }
            }
            assertThat(t).as(endpoint).isNotNull();
            double[] expected = r.get(endpoint);
            assertThat(t.get("median").asDouble()).isEqualTo(expected[0]);
            assertThat(t.get("lower").asDouble()).isEqualTo(expected[1]);
            if (Double.isNaN(expected[2])) {
                assertThat(t.get("upper").isNull()).isTrue();
            } else {
                assertThat(t.get("upper").asDouble()).isEqualTo(expected[2]);
            }
        }
    }

    @Test
    void populationsAsFigureOneA() {
        // l.123-125, l.239-243: 45 screened, 2 withdrew before treatment, 43 treated, 40 per protocol.
        JsonNode p = results.get("populations");
        assertThat(p.get("screened").asInt()).isEqualTo(45);
        assertThat(p.get("withdrew_before_treatment").asInt()).isEqualTo(2);
        assertThat(p.get("itt").asInt()).isEqualTo(43);
        assertThat(p.get("per_protocol").asInt()).isEqualTo(40);
        assertThat(p.get("groups").get("SAA").asInt()).isEqualTo(30);
        assertThat(p.get("groups").get("VSAA").asInt()).isEqualTo(13);
    }

    @Test
    void safetyAsTableTwo() {
        // Table 2 (l.395-405): neutropenia grade >= 3 in 27 (62.8%); infections within 3 months 26/43.
        JsonNode s = results.get("safety");
        assertThat(s.get("infections").get("x").asInt()).isEqualTo(26);
        for (JsonNode t : s.get("terms")) {
            if (t.get("term").asText().equals("Neutrophil count decreased")) {
                assertThat(t.get("grade_three_or_more").asInt()).isEqualTo(27);
            }
        }
        // l.380-382: median 6 days (0-30) in cycle 1, 4.5 days (0-28) in cycle 2 over 40 patients.
        JsonNode c1 = s.get("neutropenia").get(0);
        JsonNode c2 = s.get("neutropenia").get(1);
        assertThat(List.of(
                        c1.get("median_days").asDouble(),
                        c1.get("min_days").asDouble(),
                        c1.get("max_days").asDouble()))
                .containsExactly(6.0, 0.0, 30.0);
        assertThat(c2.get("subjects").asInt()).isEqualTo(40);
        assertThat(List.of(
                        c2.get("median_days").asDouble(),
                        c2.get("min_days").asDouble(),
                        c2.get("max_days").asDouble()))
                .containsExactly(4.5, 0.0, 28.0);
    }

    @Test
    void asOfLeavesOpenWindowsOutOfTheDenominatorInsteadOfCountingThemAsNonResponders() throws IOException {
        LocalDate asOf = LocalDate.parse("2024-06-30");
        CliRun r = CliRun.of(
                "report",
                "--protocol",
                "ctx-ist",
                example().toString(),
                "--out",
                tmp.resolve("interim").toString(),
                "--as-of",
                asOf.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode j = read(tmp.resolve("interim").resolve("results.json"));
        assertThat(j.get("report").get("data_cutoff").asText()).isEqualTo("2024-06-30");
        // Expected from the data: treated by the cut-off; month-3 window (days 78-106) closed by it.
        StudyDataset data = DatasetReader.read(example());
        int treated = 0;
        int m3Due = 0;
        int m6Due = 0;
        for (SubjectRecords s : data.bySubject()) {
            if (s.subject().firstDoseOn().isEmpty()
                    || s.subject().firstDoseOn().get().isAfter(asOf)) {
                continue;
            }
            treated++;
            LocalDate day1 = s.subject().firstDoseOn().get();
            LocalDate exit = s.events().stream()
                    .filter(e -> e.type() == EventType.DEATH
                            || e.type() == EventType.HSCT
                            || e.type() == EventType.LOST_TO_FOLLOW_UP)
                    .map(e -> e.date())
                    .filter(d -> !d.isAfter(asOf))
                    .min(LocalDate::compareTo)
                    .orElse(null);
            m3Due += !day1.plusDays(105).isAfter(asOf) || exit != null && !exit.isAfter(day1.plusDays(105)) ? 1 : 0;
            m6Due += !day1.plusDays(196).isAfter(asOf) || exit != null && !exit.isAfter(day1.plusDays(196)) ? 1 : 0;
        }
        assertThat(treated).isBetween(1, 42);
        assertThat(j.get("populations").get("itt").asInt()).isEqualTo(treated);
        JsonNode m3 = timepoint(j.get("response"), "M3");
        JsonNode m6 = timepoint(j.get("response"), "M6");
        assertThat(m3.get("n").asInt()).isEqualTo(m3Due);
        assertThat(m3.get("not_yet_due").asInt()).isEqualTo(treated - m3Due);
        assertThat(m6.get("n").asInt()).isEqualTo(m6Due);
        assertThat(m6.get("not_yet_due").asInt()).isEqualTo(treated - m6Due);
        assertThat(m6Due).isLessThan(m3Due);
        // Every subject still in follow-up is censored at the cut-off or has had the event by it.
        for (JsonNode s : j.get("subjects")) {
            assertThat(s.get("follow_up_day").asInt()).isGreaterThanOrEqualTo(1);
        }
    }

    @Test
    void asOfAfterTheLastRecordGivesTheFullAnalysis() throws IOException {
        CliRun r = CliRun.of(
                "report",
                "--protocol",
                "ctx-ist",
                example().toString(),
                "--out",
                tmp.resolve("late").toString(),
                "--as-of",
                "2026-01-01");
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode j = read(tmp.resolve("late").resolve("results.json"));
        assertThat(j.get("response")).isEqualTo(results.get("response"));
    }

    @Test
    void asOfBeforeTheFirstTreatmentGivesEmptyRates() throws IOException {
        CliRun r = CliRun.of(
                "report",
                "--protocol",
                "ctx-ist",
                example().toString(),
                "--out",
                tmp.resolve("early").toString(),
                "--as-of",
                "2020-01-01");
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode m3 =
                timepoint(read(tmp.resolve("early").resolve("results.json")).get("response"), "M3");
        assertThat(m3.get("n").asInt()).isZero();
        assertThat(m3.get("orr").get("estimate").isNull()).isTrue();
    }

    @Test
    void unknownProtocolIsOneLineAndExitTwo() {
        CliRun r = CliRun.of(
                "report",
                "--protocol",
                "nope",
                example().toString(),
                "--out",
                tmp.resolve("x").toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err().lines()).hasSize(1);
        assertThat(r.err()).contains("--protocol").contains("'nope'").contains("ctx-ist");
    }

    @Test
    void malformedOrFutureAsOfIsOneLineAndExitTwo() {
        CliRun bad = CliRun.of(
                "report",
                "--protocol",
                "ctx-ist",
                example().toString(),
                "--out",
                tmp.resolve("x").toString(),
                "--as-of",
                "2024-13-01");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err().lines()).hasSize(1);
        assertThat(bad.err()).contains("--as-of: '2024-13-01' is not a date; expected YYYY-MM-DD");
        String future = LocalDate.now().plusDays(1).toString();
        CliRun late = CliRun.of(
                "report",
                "--protocol",
                "ctx-ist",
                example().toString(),
                "--out",
                tmp.resolve("x").toString(),
                "--as-of",
                future);
        assertThat(late.exitCode()).isEqualTo(2);
        assertThat(late.err().lines()).hasSize(1);
        assertThat(late.err()).contains("--as-of: " + future + " is after today");
    }

    @Test
    void missingDataSetIsOneLineAndExitTwo() {
        CliRun r = CliRun.of(
                "report",
                "--protocol",
                "ctx-ist",
                tmp.resolve("missing").toString(),
                "--out",
                tmp.resolve("x").toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err().lines()).hasSize(1);
        assertThat(r.err()).contains("missing").contains("no such directory");
    }

    @Test
    void dataSetErrorsAreListedAndExitTwo() throws IOException {
        Path bad = Files.createDirectories(tmp.resolve("bad"));
        Files.writeString(
                bad.resolve("subjects.csv"),
                "subject_id,site,arm,sex,birth_date,weight_kg,height_cm,enrolled_on,first_dose_on\n"
                        + "S1,X,A,Q,1990-01-01,60,170,2024-01-01,2024-01-01\n");
        CliRun r = CliRun.of(
                "report",
                "--protocol",
                "ctx-ist",
                bad.toString(),
                "--out",
                tmp.resolve("x").toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("subjects.csv:2:4").contains("'Q'");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void outputPathThatIsAFileIsOneLineAndExitTwo() throws IOException {
        Path file = Files.writeString(tmp.resolve("a-file"), "x");
        CliRun r = CliRun.of("report", "--protocol", "ctx-ist", example().toString(), "--out", file.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err().lines()).hasSize(1);
        assertThat(r.err()).contains("--out").contains("is a file");
    }
}
