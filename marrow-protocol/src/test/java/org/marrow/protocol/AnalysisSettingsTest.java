package org.marrow.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marrow.protocol.ProtocolValidationTest.at;
import static org.marrow.protocol.ProtocolValidationTest.edit;
import static org.marrow.protocol.ProtocolValidationTest.problems;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.marrow.clinical.quantity.LabTest;
import org.marrow.protocol.design.AnalysisSettings;
import org.marrow.protocol.design.AnalysisSettings.Compare;
import org.marrow.protocol.design.AnalysisSettings.RatesTest;
import org.marrow.protocol.design.BaselineRow;
import org.marrow.protocol.design.ComparisonTest;
import org.marrow.protocol.design.LabThreshold;
import org.marrow.protocol.design.NeutropeniaDuration;
import org.marrow.protocol.design.Subgroup;
import org.marrow.protocol.design.TimeToEventSummary;

/** {@code design.analysis}: the analysis plan's stated choices, parsed and checked with their position. */
class AnalysisSettingsTest {
    /** "line:column" of the value of the first {@code key:} in the analysis block. */
    private static String valueOf(String text, String key) {
        String needle = "    " + key + ": ";
        String[] position = at(text, needle).split(":");
        return position[0] + ":" + (Integer.parseInt(position[1]) + needle.length());
    }

    private static String withAnalysis(String block) {
        return edit("design:\n  type: single-arm\n", "design:\n  type: single-arm\n  analysis:\n" + block);
    }

    @Test
    void aProtocolWithoutTheBlockStatesNothing() {
        assertThat(ProtocolRegistry.parse("mini.yaml", ProtocolValidationTest.VALID)
                        .design()
                        .analysis())
                .isEqualTo(AnalysisSettings.NONE);
    }

    @Test
    void everyChoiceIsRead() {
        AnalysisSettings a = ProtocolRegistry.parse(
                        "mini.yaml",
                        withAnalysis(
                                """
                                    compare: severity
                                    rates_test: chisq-yates
                                    confidence_level: 0.9
                                    competing_events: false
                                    infection_window_days: 30
                                """))
                .design()
                .analysis();
        assertThat(a)
                .isEqualTo(new AnalysisSettings(
                        Optional.of(Compare.SEVERITY),
                        Optional.of(RatesTest.CHISQ_YATES),
                        Optional.of(new BigDecimal("0.9")),
                        Optional.of(false),
                        OptionalInt.of(30)));
    }

    @Test
    void anUnknownTestNamesTheKnownOnes() {
        String text = withAnalysis("    rates_test: t-test\n");
        assertThat(problems(text))
                .containsExactly(
                        "mini.yaml:" + valueOf(text, "rates_test") + ": design.analysis.rates_test: 't-test' is not a"
                                + " test of rates; expected one of fisher, chisq, chisq-yates, linear-by-linear");
    }

    @Test
    void comparingArmsNeedsTwoArms() {
        String text = withAnalysis("    compare: arm\n");
        assertThat(problems(text))
                .containsExactly(
                        "mini.yaml:" + valueOf(text, "compare") + ": design.analysis.compare: 'arm' needs two arms to"
                                + " compare; this protocol has one (compare 'severity'?)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "1", "1.0", "-0.5", "95"})
    void aConfidenceLevelOutsideZeroToOneIsRefused(String level) {
        String text = withAnalysis("    confidence_level: " + level + "\n");
        assertThat(problems(text))
                .containsExactly(
                        "mini.yaml:" + valueOf(text, "confidence_level") + ": design.analysis.confidence_level:"
                                + " confidence level " + new BigDecimal(level).toPlainString()
                                + " is not strictly between 0 and 1 (e.g. 0.95)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.0001", "0.95", "0.9999"})
    void aConfidenceLevelJustInsideIsAccepted(String level) {
        assertThat(ProtocolRegistry.parse("mini.yaml", withAnalysis("    confidence_level: " + level + "\n"))
                        .design()
                        .analysis()
                        .confidenceLevel())
                .contains(new BigDecimal(level));
    }

    @Test
    void theInfectionWindowIsAtLeastOneDay() {
        String text = withAnalysis("    infection_window_days: 0\n");
        assertThat(problems(text))
                .containsExactly("mini.yaml:" + valueOf(text, "infection_window_days")
                        + ": design.analysis.infection_window_days: 0 days is"
                        + " not a window; expected a whole number >= 1");
        assertThat(ProtocolRegistry.parse("mini.yaml", withAnalysis("    infection_window_days: 1\n"))
                        .design()
                        .analysis()
                        .infectionWindowDays())
                .hasValue(1);
    }

    @Test
    void competingEventsIsTrueOrFalse() {
        String text = withAnalysis("    competing_events: yes please\n");
        assertThat(problems(text))
                .containsExactly("mini.yaml:" + valueOf(text, "competing_events")
                        + ": design.analysis.competing_events: expected" + " true or false, got 'yes please'");
    }

    @Test
    void anUnknownKeyNamesTheAllowedOnes() {
        String text = withAnalysis("    alpha: 0.05\n");
        assertThat(problems(text))
                .containsExactly("mini.yaml:" + at(text, "alpha:") + ": design.analysis.alpha: unknown key 'alpha';"
                        + " expected one of compare, rates_test, confidence_level, competing_events,"
                        + " infection_window_days, time_to_event, lab_thresholds, subgroups, completers,"
                        + " neutropenia_duration, baseline, standardized_differences");
    }

    @Test
    void theReferenceProtocolsStateWhatTheirDocumentsShow() {
        AnalysisSettings ctx =
                ProtocolRegistry.bundled().resolve("ctx-ist").design().analysis();
        assertThat(ctx.compare()).contains(Compare.SEVERITY);
        assertThat(ctx.ratesTest()).contains(RatesTest.FISHER);
        assertThat(ctx.infectionWindowDays()).hasValue(90);
        AnalysisSettings hpag =
                ProtocolRegistry.bundled().resolve("hpag-ist").design().analysis();
        assertThat(hpag.compare()).contains(Compare.ARM);
        assertThat(hpag.ratesTest()).contains(RatesTest.LINEAR_BY_LINEAR);
        assertThat(hpag.timeToEvent())
                .contains(new TimeToEventSummary(
                        TimeToEventSummary.Summary.MEDIAN_AMONG_EVENTS, ComparisonTest.MANN_WHITNEY));
        assertThat(hpag.labThresholds()).extracting(LabThreshold::code).containsExactly("time-to-plat-100");
        assertThat(hpag.subgroups()).containsExactly(Subgroup.SEVERITY);
        assertThat(hpag.standardizedDifferences()).contains(true);
        assertThat(ctx.neutropeniaDuration()).contains(new NeutropeniaDuration(new BigDecimal("1.0"), 29, 80));
        assertThat(ctx.baseline())
                .extracting(BaselineRow::kind)
                .containsExactly(
                        BaselineRow.Kind.ONSET_INTERVAL,
                        BaselineRow.Kind.LAB,
                        BaselineRow.Kind.LAB,
                        BaselineRow.Kind.LAB_POSITIVE,
                        BaselineRow.Kind.KARYOTYPE,
                        BaselineRow.Kind.SOMATIC_MUTATION);
        assertThat(ProtocolRegistry.bundled()
                        .resolve("romiplostim-csa")
                        .design()
                        .analysis()
                        .completers())
                .contains("week-26");
    }

    private static String withArms(String block) {
        return edit(
                        "  - {id: a, name: Arm A, type: experimental}\n",
                        "  - {id: a, name: Arm A, type: experimental}\n  - {id: b, name: Arm B, type: control}\n")
                .replace("design:\n  type: single-arm\n", "design:\n  type: single-arm\n  analysis:\n" + block);
    }

    @Test
    void everyAnalysisIsRead() {
        AnalysisSettings a = ProtocolRegistry.parse(
                        "mini.yaml",
                        withArms(
                                """
                                    time_to_event: {summary: median-among-events, test: mann-whitney}
                                    lab_thresholds:
                                      - {test: PLAT, relation: ">=", value: 100, unit: 10^9/L}
                                      - {test: HGB, relation: ">", value: 10, unit: g/dL}
                                    subgroups: [severity, severity]
                                    completers: month-3
                                    neutropenia_duration: {below: 0.5, from_day: 1, to_day: 30}
                                    baseline:
                                      - {row: lab, lab: FERRITIN, test: mann-whitney}
                                      - {row: lab-positive, lab: PNH_CLONE, relation: ">=", value: 1, unit: "%", test: fisher}
                                      - {row: karyotype}
                                      - {row: somatic-mutation, test: linear-by-linear}
                                      - {row: onset-interval, months: 6}
                                    standardized_differences: false
                                """))
                .design()
                .analysis();
        assertThat(a.timeToEvent().orElseThrow().summary()).isEqualTo(TimeToEventSummary.Summary.MEDIAN_AMONG_EVENTS);
        assertThat(a.labThresholds())
                .extracting(LabThreshold::code)
                .containsExactly("time-to-plat-100", "time-to-hgb-10");
        assertThat(a.labThresholds().get(1).threshold().limit()).isEqualByComparingTo("100");
        assertThat(a.subgroups()).containsExactly(Subgroup.SEVERITY);
        assertThat(a.completers()).contains("month-3");
        assertThat(a.neutropeniaDuration()).contains(new NeutropeniaDuration(new BigDecimal("0.5"), 1, 30));
        assertThat(a.baseline()).hasSize(5);
        assertThat(a.baseline().get(0))
                .isEqualTo(BaselineRow.lab(LabTest.FERRITIN).comparedBy(ComparisonTest.MANN_WHITNEY));
        assertThat(a.baseline().get(1).limit().orElseThrow().amount()).isEqualByComparingTo("1");
        assertThat(a.baseline().get(2)).isEqualTo(BaselineRow.of(BaselineRow.Kind.KARYOTYPE));
        assertThat(a.baseline().get(4).months()).hasValue(6);
        assertThat(a.standardizedDifferences()).contains(false);
    }

    @Test
    void everyAnalysisProblemIsReportedWithItsPosition() {
        String text = withArms(
                """
                    time_to_event: {summary: mean, test: fisher}
                    lab_thresholds:
                      - {test: PLT, relation: ">=", value: 100, unit: 10^9/L}
                      - {test: PLAT, relation: ">=", value: 100, unit: g/L}
                      - {test: PLAT, relation: ">=", value: 100, unit: 10^9/L}
                      - {test: PLAT, relation: ">=", value: 100.0, unit: 10^9/L}
                    subgroups: [sex]
                    completers: week-99
                    neutropenia_duration: {below: 0, from_day: 30, to_day: 29}
                    baseline:
                      - {row: table, lab: FERRITIN}
                      - {row: lab, test: fisher}
                      - {row: karyotype, months: 6, test: mann-whitney}
                      - {row: onset-interval, months: 0}
                      - {row: lab-positive, lab: PNH_CLONE, relation: ">", value: 200, unit: "%"}
                """);
        assertThat(problems(text))
                .containsExactly(
                        "mini.yaml:" + valueAt(text, "summary: mean")
                                + ": design.analysis.time_to_event.summary: 'mean'"
                                + " is not a summary of times; expected one of km-median, median-among-events",
                        "mini.yaml:" + valueIn(text, "summary: mean, test: fisher}", "fisher")
                                + ": design.analysis.time_to_event.test: 'fisher'"
                                + " is not a test of times; expected log-rank or mann-whitney",
                        "mini.yaml:" + valueAt(text, "test: PLT") + ": design.analysis.lab_thresholds[0].test: 'PLT' is"
                                + " not a known lab test; expected one of "
                                + String.join(
                                        ", ",
                                        java.util.Arrays.stream(LabTest.values())
                                                .map(LabTest::code)
                                                .toList()),
                        "mini.yaml:" + valueAt(text, "unit: g/L") + ": design.analysis.lab_thresholds[1].unit: 'g/L' is"
                                + " not a unit of PLAT; expected one of [10^9/L, 10^3/uL, /uL]",
                        "mini.yaml:" + at(text, "{test: PLAT, relation: \">=\", value: 100.0")
                                + ": design.analysis.lab_thresholds[3]: a second threshold of PLAT at 100.0; each"
                                + " threshold once",
                        "mini.yaml:" + at(text, "sex]") + ": design.analysis.subgroups[0]: 'sex' is not a subgroup;"
                                + " expected one of severity",
                        "mini.yaml:" + valueAt(text, "completers: week-99") + ": design.analysis.completers: 'week-99'"
                                + " is not a visit of this protocol; expected one of [month-3]",
                        "mini.yaml:" + valueAt(text, "below: 0") + ": design.analysis.neutropenia_duration.below: 0 is"
                                + " not a neutrophil count; expected a number > 0 (10^9/L)",
                        "mini.yaml:" + valueAt(text, "to_day: 29") + ": design.analysis.neutropenia_duration.to_day:"
                                + " day 29 is before from_day 30; expected a day on or after it",
                        "mini.yaml:" + valueAt(text, "row: table") + ": design.analysis.baseline[0].row: 'table' is not"
                                + " a Table 1 row; expected one of lab, lab-positive, karyotype, somatic-mutation,"
                                + " onset-interval",
                        "mini.yaml:" + at(text, "{row: lab, test: fisher}")
                                + ": design.analysis.baseline[1].lab: missing" + " required key 'lab'",
                        "mini.yaml:" + valueIn(text, "{row: lab, test: fisher}", "fisher")
                                + ": design.analysis.baseline[1].test: 'fisher'"
                                + " does not compare a lab row; expected mann-whitney",
                        "mini.yaml:" + valueAt(text, "months: 6, test")
                                + ": design.analysis.baseline[2].months: 'months'"
                                + " does not belong to a karyotype row",
                        "mini.yaml:" + valueAt(text, "test: mann-whitney}") + ": design.analysis.baseline[2].test:"
                                + " 'mann-whitney' does not compare a karyotype row; expected fisher, chisq, chisq-yates"
                                + " or linear-by-linear",
                        "mini.yaml:" + valueAt(text, "months: 0") + ": design.analysis.baseline[3].months: 0 is not an"
                                + " interval; expected a whole number of months >= 1",
                        "mini.yaml:" + valueAt(text, "value: 200")
                                + ": design.analysis.baseline[4].value: 200 % is not a" + " possible PNH_CLONE");
    }

    /** "line:column" of the value of the first {@code key: value} written as the needle. */
    private static String valueAt(String text, String needle) {
        String[] position = at(text, needle).split(":");
        return position[0] + ":" + (Integer.parseInt(position[1]) + needle.indexOf(": ") + 2);
    }

    /** "line:column" of a value inside the needle. */
    private static String valueIn(String text, String needle, String value) {
        String[] position = at(text, needle).split(":");
        return position[0] + ":" + (Integer.parseInt(position[1]) + needle.indexOf(value));
    }

    @Test
    void subgroupsNeedTwoArms() {
        String text = withAnalysis("    subgroups: [severity]\n");
        assertThat(problems(text))
                .containsExactly("mini.yaml:" + valueOf(text, "subgroups") + ": design.analysis.subgroups: subgroups"
                        + " compare arms within each subgroup; this protocol has one arm");
    }
}
