package org.marrow.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Every kind of validation error: refused with file:line:column, the path, the value and the expectation. */
class ProtocolValidationTest {
    static final String VALID =
            """
            format: marrow-protocol/1
            id: mini
            version: "1.0"
            title: A minimal protocol
            phase: "2"
            arms:
              - {id: a, name: Arm A, type: experimental}
            reference_ranges:
              - {test: ALT, upper: 40, unit: U/L}
            history_items:
              prior_ist_weeks: weeks of prior immunosuppressive therapy
            eligibility:
              inclusion:
                - id: I1
                  text: platelets below 50
                  lab: {test: PLAT, relation: "<", value: 50, unit: 10^9/L}
              exclusion:
                - id: E1
                  text: prior IST
                  history: {item: prior_ist_weeks}
            regimens:
              - id: csa
                drug: csa
                dose: {min: 3, max: 5, unit: mg/kg, per: day}
                route: oral
                frequency: q12h
                days: [{from: 1, to: 182}]
            dose_rules:
              - id: gcsf
                drug: g-csf
                supportive_care:
                  start_when: {lab: {test: NEUT, relation: "<", value: 0.5, unit: 10^9/L}}
                  frequency: daily
            visits:
              - {name: month-3, target_day: 92, window: {start: 78, end: 106}}
            response:
              criteria: five-tier
              timepoints: [month-3]
            endpoints:
              - {id: orr, role: primary, measure: response-rate, visit: month-3}
            design:
              type: single-arm
            """;

    /** "line:column" of the first occurrence of {@code needle} in {@code text}, 1-based. */
    static String at(String text, String needle) {
        int index = text.indexOf(needle);
        assertThat(index).as("'%s' in the test protocol", needle).isGreaterThanOrEqualTo(0);
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < index; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return line + ":" + (index - lineStart + 1);
    }

    static List<String> problems(String text) {
        InvalidProtocolException e =
                catchThrowableOfType(InvalidProtocolException.class, () -> ProtocolRegistry.parse("mini.yaml", text));
        assertThat(e).as("protocol should be refused").isNotNull();
        return e.problems().stream().map(ProtocolProblem::toString).toList();
    }

    static String edit(String from, String to) {
        assertThat(VALID).contains(from);
        return VALID.replace(from, to);
    }

    @Test
    void theMinimalProtocolIsValid() {
        Protocol protocol = ProtocolRegistry.parse("mini.yaml", VALID);
        assertThat(protocol.id()).isEqualTo("mini");
        assertThat(protocol.regimens().get(0).arms()).containsExactly("a");
    }

    @Test
    void unknownDoseUnitNamesTheUnitAndTheAcceptedOnes() {
        String text = edit("unit: mg/kg, per: day", "unit: mg/kgg, per: day");
        assertThat(problems(text))
                .containsExactly("mini.yaml:" + at(text, "mg/kgg")
                        + ": regimens[0].dose.unit: 'mg/kgg' is not a dose unit; expected one of mg, ug, mg/kg, ug/kg");
    }

    @Test
    void overlappingDoseRulesForTheSameDrugAndArmAreRefused() {
        String text = edit(
                """
                      frequency: daily
                visits:""",
                """
                      frequency: daily
                  - id: gcsf-2
                    drug: g-csf
                    supportive_care:
                      start_when: {lab: {test: NEUT, relation: "<", value: 1.0, unit: 10^9/L}}
                      frequency: daily
                visits:""");
        assertThat(problems(text))
                .containsExactly("mini.yaml:" + at(text, "id: gcsf-2")
                        + ": dose_rules[1]: overlaps dose rule 'gcsf' (dose_rules[0]): both dose g-csf in the same arm on"
                        + " the same study days; expected different arms or non-overlapping 'days'");
    }

    @Test
    void doseRulesOnDisjointDaysDoNotOverlap() {
        String text = edit("    drug: g-csf\n", "    drug: g-csf\n    days: {from: 1, to: 28}\n")
                .replace(
                        """
                      frequency: daily
                visits:""",
                        """
                      frequency: daily
                  - id: gcsf-2
                    drug: g-csf
                    days: {from: 29}
                    supportive_care:
                      start_when: {lab: {test: NEUT, relation: "<", value: 1.0, unit: 10^9/L}}
                      frequency: daily
                visits:""");
        assertThat(ProtocolRegistry.parse("mini.yaml", text).doseRules()).hasSize(2);
    }

    @Test
    void criterionOnAnUnknownTestNamesTheKnownTests() {
        String text = edit("test: PLAT", "test: PLT");
        assertThat(problems(text))
                .singleElement()
                .asString()
                .startsWith(
                        "mini.yaml:" + at(text, "PLT,") + ": eligibility.inclusion[0].lab.test: 'PLT' is not a known"
                                + " lab test; expected one of HGB, PLAT, NEUT");
    }

    @Test
    void unitThatTheTestDoesNotAcceptIsRefused() {
        String text = edit("value: 50, unit: 10^9/L", "value: 50, unit: g/L");
        assertThat(problems(text))
                .containsExactly("mini.yaml:" + at(text, "g/L}") + ": eligibility.inclusion[0].lab.unit: 'g/L' is not a"
                        + " unit of PLAT; expected one of [10^9/L, 10^3/uL, /uL]");
    }

    @Test
    void windowThatDoesNotContainItsTargetDayIsRefused() {
        String text = edit("window: {start: 78, end: 106}", "window: {start: 78, end: 90}");
        assertThat(problems(text))
                .containsExactly("mini.yaml:" + at(text, "{start: 78") + ": visits[0].window: Window days 78 to 90 does"
                        + " not contain the target day 92; expected start <= 92 <= end");
    }

    @Test
    void unknownKeyNamesTheAllowedKeys() {
        String text = edit("    route: oral", "    rout: oral");
        assertThat(problems(text))
                .contains(
                        "mini.yaml:" + at(text, "rout:") + ": regimens[0].rout: unknown key 'rout'; expected one of"
                                + " id, drug, arms, dose, route, frequency, days, rounding, titrated_by, text",
                        "mini.yaml:" + at(text, "id: csa") + ": regimens[0].route: missing required key 'route'");
    }

    @Test
    void wrongTypesAreNamedWithWhatWasExpected() {
        String text =
                edit("target_day: 92", "target_day: ninety-two").replace("days: [{from: 1, to: 182}]", "days: 1-182");
        assertThat(problems(text))
                .containsExactly(
                        "mini.yaml:" + at(text, "1-182") + ": regimens[0].days: expected a list, got '1-182'",
                        "mini.yaml:" + at(text, "ninety-two") + ": visits[0].target_day: expected a whole number, got"
                                + " 'ninety-two'");
    }

    @Test
    void mappingExpectedButScalarGiven() {
        String text = edit("design:\n  type: single-arm\n", "design: single-arm\n");
        assertThat(problems(text))
                .singleElement()
                .asString()
                .startsWith("mini.yaml:" + at(text, "single-arm") + ": design: expected a mapping with keys type,");
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        String text = edit("unit: mg/kg, per: day", "unit: mg/kgg, per: day")
                .replace("test: PLAT", "test: PLT")
                .replace("window: {start: 78, end: 106}", "window: {start: 93, end: 106}")
                .replace("    route: oral", "    route: oral\n    colour: blue");
        List<String> problems = problems(text);
        assertThat(problems).hasSize(4);
        assertThat(String.join("\n", problems))
                .contains(
                        "eligibility.inclusion[0].lab.test",
                        "regimens[0].dose.unit",
                        "regimens[0].colour",
                        "visits[0].window");
        assertThatThrownBy(() -> ProtocolRegistry.parse("mini.yaml", text)).hasMessage(String.join("\n", problems));
    }

    @Test
    void unknownDrugNamesTheContractIds() {
        String text = edit("drug: csa", "drug: ciclosporin");
        assertThat(problems(text))
                .containsExactly("mini.yaml:" + at(text, "ciclosporin") + ": regimens[0].drug: 'ciclosporin' is not a"
                        + " known drug; expected one of p-atg, csa, hetrombopag, cyclophosphamide, romiplostim,"
                        + " sirolimus, g-csf, posaconazole");
    }

    @Test
    void armThatDoesNotExistIsRefused() {
        String text = edit("    drug: csa\n", "    drug: csa\n    arms: [b]\n");
        assertThat(problems(text))
                .containsExactly("mini.yaml:" + at(text, "b]")
                        + ": regimens[0].arms[0]: 'b' is not an arm of this protocol; expected one of a");
    }

    @Test
    void undeclaredHistoryItemIsRefused() {
        String text = edit("history: {item: prior_ist_weeks}", "history: {item: prior-ist-therapy}");
        assertThat(problems(text))
                .containsExactly(
                        "mini.yaml:" + at(text, "prior-ist-therapy") + ": eligibility.exclusion[0].history.item:"
                                + " 'prior-ist-therapy' is not a declared history item; expected one of prior_ist_weeks (declare it"
                                + " under history_items)");
    }

    @Test
    void historyItemMustBeADatasetItemOrCustom() {
        String text = edit("prior_ist_weeks: weeks", "prior-ist: weeks");
        assertThat(problems(text))
                .first()
                .asString()
                .startsWith(
                        "mini.yaml:" + at(text, "prior-ist:") + ": history_items.prior-ist: 'prior-ist' is not a data"
                                + " set history item; expected one of prior_ist_weeks,")
                .endsWith(", or a custom item starting with x_");
    }

    @Test
    void ulnMultipleNeedsAReferenceRange() {
        String text = edit(
                "lab: {test: PLAT, relation: \"<\", value: 50, unit: 10^9/L}",
                "lab: {test: AST, relation: \">\", uln_multiple: 3}");
        assertThat(problems(text))
                .containsExactly("mini.yaml:" + at(text, "3}") + ": eligibility.inclusion[0].lab.uln_multiple: no"
                        + " reference range for AST; a ULN multiple needs an entry under reference_ranges");
    }

    @Test
    void missingRequiredKeyIsNamed() {
        String text = edit("title: A minimal protocol\n", "");
        assertThat(problems(text)).containsExactly("mini.yaml:1:1: title: missing required key 'title'");
    }

    @Test
    void duplicateKeyIsRefused() {
        String text = edit("phase: \"2\"\n", "phase: \"2\"\nphase: \"3\"\n");
        assertThat(problems(text))
                .containsExactly("mini.yaml:" + at(text, "phase: \"3\"") + ": phase: duplicate key 'phase'");
    }

    @Test
    void badRelationAndBadPhaseNameTheChoices() {
        String text = edit("relation: \"<\", value: 50", "relation: \"=<\", value: 50")
                .replace("phase: \"2\"", "phase: II");
        assertThat(problems(text))
                .containsExactly(
                        "mini.yaml:" + at(text, "II")
                                + ": phase: 'II' is not a phase; expected one of 1, 1/2, 2, 2/3, 3, 4",
                        "mini.yaml:" + at(text, "\"=<\"") + ": eligibility.inclusion[0].lab.relation: '=<' is not a"
                                + " relation; expected one of <, <=, >, >=");
    }

    @Test
    void timepointAndEndpointVisitMustBeVisits() {
        String text = edit("timepoints: [month-3]", "timepoints: [month-6]");
        assertThat(problems(text))
                .containsExactly(
                        "mini.yaml:" + at(text, "month-6") + ": response.timepoints[0]: 'month-6' is not a visit"
                                + " of this protocol; expected one of month-3");
    }

    @Test
    void simonDesignInvariantsAreChecked() {
        String text = edit("  type: single-arm\n", "  type: single-arm\n  simon: {n1: 22, r1: 22, n: 43}\n");
        assertThat(problems(text))
                .containsExactly("mini.yaml:" + at(text, "{n1")
                        + ": design.simon: Stage-1 bound r1 (22) must be in 0..21" + " (n1 = 22)");
    }

    @Test
    void unsupportedFormatAndInvalidYamlAreRefused() {
        String text = edit("format: marrow-protocol/1", "format: marrow-protocol/2");
        assertThat(problems(text))
                .containsExactly("mini.yaml:1:9: format: 'marrow-protocol/2' is not a supported format; expected"
                        + " marrow-protocol/1");
        assertThat(problems("id: [unclosed\n")).singleElement().asString().startsWith("mini.yaml:2:1: not valid YAML");
        assertThat(problems("")).containsExactly("mini.yaml:0:0: the file is empty; expected a protocol mapping");
    }

    @Test
    void doseRangeWithMaxBelowMinIsRefused() {
        String text = edit("{min: 3, max: 5, unit: mg/kg", "{min: 5, max: 3, unit: mg/kg");
        assertThat(problems(text))
                .containsExactly("mini.yaml:" + at(text, "{min: 5")
                        + ": regimens[0].dose: Dose maximum (3 mg/kg) must be" + " >= its minimum (5 mg/kg)");
    }

    @Test
    void titratedByMustNameADoseRuleForTheSameDrug() {
        String text = edit("    frequency: q12h\n", "    frequency: q12h\n    titrated_by: gcsf\n");
        assertThat(problems(text))
                .containsExactly("mini.yaml:" + at(text, "gcsf\n") + ": regimens[0].titrated_by: dose rule 'gcsf' doses"
                        + " g-csf, not csa");
    }
}
