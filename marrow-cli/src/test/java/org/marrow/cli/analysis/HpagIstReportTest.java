package org.marrow.cli.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marrow.cli.analysis.ExampleReport.find;
import static org.marrow.cli.analysis.ExampleReport.p;
import static org.marrow.cli.analysis.ExampleReport.percent;
import static org.marrow.cli.analysis.ExampleReport.rate;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code marrow report --protocol hpag-ist examples/hpag-ist} reproduces the numbers of trial document
 * 001 (examples/hpag-ist/PUBLISHED.md gives the line of each): Table 1 with its P values, response and
 * CR at 3 and 6 months with the linear-by-linear P values, Table S1's SAA rows, the median times among
 * responders with their Mann-Whitney P values, the follow-up and the events.
 */
class HpagIstReportTest {
    private static final String HPAG = "hpag-ist";
    private static final String CONTROL = "ist-control";

    @TempDir
    static Path tmp;

    static JsonNode results;

    @BeforeAll
    static void report() throws IOException {
        results = ExampleReport.run("hpag-ist", tmp.resolve("out"));
    }

    private static JsonNode baselineRow(String label) {
        return find(results.get("baseline"), "label", label);
    }

    private static JsonNode baselineRow(String section, String label) {
        return find(results.get("baseline"), "section", section, "label", label);
    }

    private static JsonNode cell(JsonNode row, String group) {
        return find(row.get("cells"), "group", group);
    }

    private static String summary(JsonNode cell) {
        return number(cell.get("median")) + " (" + number(cell.get("min")) + "-" + number(cell.get("max")) + ")";
    }

    private static String number(JsonNode n) {
        double v = n.asDouble();
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }

    @Test
    void thirtyTwoHetrombopagPatientsAndNinetySixControls() {
        // Abstract l.4-7.
        assertThat(results.get("populations").get("groups").get(HPAG).asInt()).isEqualTo(32);
        assertThat(results.get("populations").get("groups").get(CONTROL).asInt())
                .isEqualTo(96);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                // Table 1, l.118-136: median (range) per group and the Mann-Whitney P value.
                "Age, years, median (range)|44 (13-69)|45 (7-70)|0.928",
                "Reticulocytes, x10^9/L|15.2 (0.2-68.4)|12.9 (0-63.7)|0.821",
                "Neutrophils, x10^9/L|0.33 (0-1.04)|0.33 (0-1.12)|0.739",
                "Platelets, x10^9/L|7 (1-21)|8 (0-31)|0.361",
                "Haemoglobin, g/L|55 (34-99)|61 (33-96)|0.046"
            })
    void tableOneContinuousRowsAsPrinted(String label, String hpag, String control, String pValue) {
        JsonNode row = baselineRow(label);
        assertThat(summary(cell(row, HPAG))).isEqualTo(hpag);
        assertThat(summary(cell(row, CONTROL))).isEqualTo(control);
        assertThat(row.get("test").asText()).isEqualTo("Mann-Whitney U test");
        assertThat(p(row)).isEqualTo(pValue);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                // Table 1, l.120-138: counts per group and the P value on the row that carries it.
                "Sex, no. (%)|Male|17|52|0.919",
                "Sex, no. (%)|Female|15|44|",
                "Severity, no. (%)|SAA|21|60|0.752",
                "Severity, no. (%)|VSAA|11|36|",
                "PNH clone > 0 %, no. (%)|Yes|11|26|0.433"
            })
    void tableOneCategoricalRowsAsPrinted(String section, String label, int hpag, int control, String pValue) {
        JsonNode row = baselineRow(section, label);
        assertThat(cell(row, HPAG).get("count").asInt()).isEqualTo(hpag);
        assertThat(cell(row, CONTROL).get("count").asInt()).isEqualTo(control);
        if (pValue != null) {
            assertThat(row.get("test").asText()).isEqualTo("Linear-by-linear association test");
            assertThat(p(row)).isEqualTo(pValue);
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        // l.55-62 and Fig. 1A-B: rates per group and the P value as printed (22/32 = 68.75% is printed
        // 68.7%).
        "M3, orr, 15/32, 46.9, 36/96, 37.5, 0.350",
        "M3, cr, 7/32, 21.9, 5/96, 5.2, 0.005",
        "M6, orr, 22/32, 68.8, 48/96, 50.0, 0.066",
        "M6, cr, 11/32, 34.4, 14/96, 14.6, 0.015"
    })
    void responseAndCompleteResponseAtThreeAndSixMonths(
            String timepoint,
            String measure,
            String hpag,
            String hpagPct,
            String control,
            String controlPct,
            String pValue) {
        JsonNode c = find(results.get("comparisons"), "timepoint", timepoint, "measure", measure);
        JsonNode h = find(c.get("groups"), "group", HPAG);
        JsonNode k = find(c.get("groups"), "group", CONTROL);
        assertThat(rate(h)).isEqualTo(hpag);
        assertThat(percent(h)).isEqualTo(hpagPct);
        assertThat(rate(k)).isEqualTo(control);
        assertThat(percent(k)).isEqualTo(controlPct);
        assertThat(c.get("test").asText()).isEqualTo("Linear-by-linear association test");
        assertThat(p(c)).isEqualTo(pValue);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        // l.62-64 and Table S1: CR among SAA, 23.8% vs 6.7% at 3 months, 42.9% vs 16.7% at 6 months.
        "M3, 5/21, 23.8, 4/60, 6.7",
        "M6, 9/21, 42.9, 10/60, 16.7"
    })
    void completeResponseAmongSaaAsTableS1(
            String timepoint, String hpag, String hpagPct, String control, String controlPct) {
        JsonNode row = null;
        for (JsonNode s : results.get("subgroup_response")) {
            JsonNode c = s.get("comparison");
            if (s.get("level").asText().equals("SAA")
                    && c.get("timepoint").asText().equals(timepoint)
                    && c.get("measure").asText().equals("cr")) {
                row = c;
            }
        }
        assertThat(row).isNotNull();
        JsonNode h = find(row.get("groups"), "group", HPAG);
        JsonNode k = find(row.get("groups"), "group", CONTROL);
        assertThat(rate(h)).isEqualTo(hpag);
        assertThat(percent(h)).isEqualTo(hpagPct);
        assertThat(rate(k)).isEqualTo(control);
        assertThat(percent(k)).isEqualTo(controlPct);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        // l.11-12 and l.70-78: medians among the patients with the event, Mann-Whitney P as printed.
        "time-to-response, 56, 77, 0.000",
        "time-to-cr, 96, 214, 0.019",
        "time-to-plat-100, 88, 207, 0.030"
    })
    void mediansAmongThoseWithTheEventAndTheirRankTests(String endpoint, int hpag, int control, String pValue) {
        JsonNode h = find(results.get("time_summaries"), "endpoint", endpoint, "group", HPAG);
        JsonNode k = find(results.get("time_summaries"), "endpoint", endpoint, "group", CONTROL);
        assertThat(h.get("summary").asText()).isEqualTo("median-among-events");
        assertThat(h.get("median").asInt()).isEqualTo(hpag);
        assertThat(k.get("median").asInt()).isEqualTo(control);
        JsonNode test = find(results.get("time_summary_comparisons"), "endpoint", endpoint);
        assertThat(test.get("test").asText()).isEqualTo("Mann-Whitney U test");
        assertThat(p(test)).isEqualTo(pValue);
    }

    @Test
    void followUpCompleteResponsesAndEventsOfTheHetrombopagGroup() {
        // l.49-50: median follow-up 366 (295-449) days in the HPAG group.
        List<Integer> days = new ArrayList<>();
        for (JsonNode s : results.get("subjects")) {
            if (s.get("arm").asText().equals(HPAG)) {
                days.add(s.get("follow_up_day").asInt());
            }
        }
        Collections.sort(days);
        assertThat(days).hasSize(32);
        assertThat((days.get(15) + days.get(16)) / 2.0).isEqualTo(366.0);
        assertThat(days.get(0)).isEqualTo(295);
        assertThat(days.get(31)).isEqualTo(449);
        // l.94: CR by the last follow-up 43.8% (14/32); l.95-97: two relapses, one death in the HSCT course.
        assertThat(find(results.get("time_summaries"), "endpoint", "time-to-cr", "group", HPAG)
                        .get("events")
                        .asInt())
                .isEqualTo(14);
        JsonNode events = results.get("events");
        assertThat(events.get("RELAPSE").asInt()).isEqualTo(2);
        assertThat(events.get("HSCT").asInt()).isEqualTo(1);
        assertThat(events.get("DEATH").asInt()).isEqualTo(1);
    }
}
