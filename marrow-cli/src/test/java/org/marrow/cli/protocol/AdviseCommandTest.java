package org.marrow.cli.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.marrow.cli.CliRun;

class AdviseCommandTest {

    static CliRun advise(String on, String... more) {
        String[] args = {"advise", "--protocol", "romiplostim-csa", "--subject", "SYN-R1", Study.dir(), "--on", on};
        String[] all = new String[args.length + more.length];
        System.arraycopy(args, 0, all, 0, args.length);
        System.arraycopy(more, 0, all, args.length, more.length);
        return CliRun.of(all);
    }

    @Test
    void jsonGivesTheNextDoseTheRuleAndEvidence() {
        // 10 ug/kg since 2024-01-01 (600 ug / 60 kg on 2024-01-08); on day 15 without a lineage response
        // (PLAT 10 -> 15, HGB 80 -> 82, NEUT 0.8 -> 0.9): +5 ug/kg = 15 ug/kg x 60 kg = 900 ug (document 003).
        CliRun run = advise("2024-01-15", "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.json().get("study_day").asInt()).isEqualTo(15);
        JsonNode a = run.json().get("advice").get(0);
        assertThat(a.get("drug").asText()).isEqualTo("romiplostim");
        assertThat(a.get("action").asText()).isEqualTo("increase");
        assertThat(a.get("amount").decimalValue()).isEqualByComparingTo("900");
        assertThat(a.get("unit").asText()).isEqualTo("ug");
        assertThat(a.get("per_kg").decimalValue()).isEqualByComparingTo("15");
        assertThat(a.get("per_kg_unit").asText()).isEqualTo("ug/kg");
        assertThat(a.get("rule").asText()).isEqualTo("romiplostim-escalation");
        assertThat(a.get("evidence")).isNotEmpty();
        assertThat(a.get("next_dose_on").asText()).isEqualTo("2024-01-15");
    }

    @ParameterizedTest
    @CsvSource({"2024-01-14, continue", "2024-01-15, increase", "2024-01-30, measure"})
    void actionsByDate(String on, String action) {
        // 2024-01-30: the counts of 2024-01-15 are 15 days old (at most 7): measure.
        JsonNode a = advise(on, "--json").json().get("advice").get(0);
        assertThat(a.get("action").asText()).isEqualTo(action);
        if (action.equals("measure")) {
            assertThat(a.get("amount").isNull()).isTrue();
            assertThat(a.get("missing")).isNotEmpty();
        }
    }

    @Test
    void tableByDefault() {
        CliRun run = advise("2024-01-15");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("romiplostim").contains("increase").contains("900 ug (15 ug/kg)");
    }

    @Test
    void badInput() {
        Study.assertOneLineError(advise("2024-02-30"), "--on", "'2024-02-30'", "YYYY-MM-DD");
        Study.assertOneLineError(advise("2023-12-31"), "--on", "2023-12-31", "first dose");
        Study.assertOneLineError(
                CliRun.of(
                        "advise",
                        "--protocol",
                        "romiplostim-csa",
                        "--subject",
                        "NOPE",
                        Study.dir(),
                        "--on",
                        "2024-01-15"),
                "--subject",
                "'NOPE'");
        Study.assertOneLineError(
                CliRun.of(
                        "advise",
                        "--protocol",
                        "romiplostim",
                        "--subject",
                        "SYN-R1",
                        Study.dir(),
                        "--on",
                        "2024-01-15"),
                "--protocol",
                "'romiplostim'");
    }
}
