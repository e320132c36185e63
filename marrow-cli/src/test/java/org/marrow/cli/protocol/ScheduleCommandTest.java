package org.marrow.cli.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.marrow.cli.CliRun;

class ScheduleCommandTest {

    @Test
    void jsonGivesEveryDoseInMilligramsAndTheVisits() {
        CliRun run = CliRun.of("schedule", "--protocol", "ctx-ist", "--subject", "SYN-001", Study.dir(), "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode doses = run.json().get("doses");
        // Day 1 = first_dose_on 2024-01-10; p-ATG 25 mg/kg/day x 68.5 kg = 1712.5 mg (document 000).
        JsonNode first = doses.get(0);
        assertThat(first.get("date").asText()).isEqualTo("2024-01-10");
        assertThat(first.get("study_day").asInt()).isEqualTo(1);
        assertThat(first.get("drug").asText()).isEqualTo("p-atg");
        assertThat(first.get("amount").decimalValue()).isEqualByComparingTo("1712.5");
        assertThat(first.get("unit").asText()).isEqualTo("mg");
        JsonNode ctx = null;
        int csaRanges = 0;
        for (JsonNode d : doses) {
            if (d.get("drug").asText().equals("cyclophosphamide") && ctx == null) {
                ctx = d;
            }
            if (d.get("drug").asText().equals("csa") && d.get("amount").isNull()) {
                csaRanges++;
            }
        }
        // CTX 20 mg/kg/day x 68.5 kg = 1370 mg on day 29 (2024-02-07).
        assertThat(ctx.get("study_day").asInt()).isEqualTo(29);
        assertThat(ctx.get("date").asText()).isEqualTo("2024-02-07");
        assertThat(ctx.get("amount").decimalValue()).isEqualByComparingTo("1370");
        // CsA 3-5 mg/kg/day is a range: amount null, bounds given; q12h to day 183.
        assertThat(csaRanges).isEqualTo(2 * 183);
        JsonNode visit = run.json().get("visits").get(4);
        assertThat(visit.get("name").asText()).isEqualTo("month-3");
        assertThat(visit.get("target_day").asInt()).isEqualTo(92);
        assertThat(visit.get("window_start").asInt()).isEqualTo(78);
        assertThat(visit.get("window_end").asInt()).isEqualTo(106);
        assertThat(visit.get("target_date").asText()).isEqualTo("2024-04-10");
        assertThat(run.json().get("last_day").asInt()).isEqualTo(183);
    }

    @Test
    void icsIsAnICalendarWithCrlfLines() {
        CliRun run = CliRun.of("schedule", "--protocol", "ctx-ist", "--subject", "SYN-001", Study.dir(), "--ics");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n");
        assertThat(run.out()).contains("UID:SYN-001.ctx-ist-1.0.p-atg.day1@marrow\r\n");
        assertThat(run.out().replace("\r\n", "")).doesNotContain("\n");
    }

    @Test
    void tableByDefault() {
        CliRun run = CliRun.of("schedule", "--protocol", "ctx-ist", "--subject", "SYN-001", Study.dir());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("1712.5").contains("month-3").contains("note: csa is open-ended");
    }

    @Test
    void subjectWithoutFirstDose() {
        Study.assertOneLineError(
                CliRun.of("schedule", "--protocol", "ctx-ist", "--subject", "SYN-003", Study.dir()),
                "SYN-003",
                "first_dose_on");
    }

    @Test
    void candidateWithoutArm() {
        Study.assertOneLineError(
                CliRun.of("schedule", "--protocol", "ctx-ist", "--subject", "SYN-002", Study.dir()), "SYN-002", "arm");
    }

    @Test
    void badInput() {
        Study.assertOneLineError(
                CliRun.of("schedule", "--protocol", "ctx-ist", "--subject", "S9", Study.dir()), "--subject", "'S9'");
        Study.assertOneLineError(
                CliRun.of("schedule", "--protocol", "nope", "--subject", "SYN-001", Study.dir()),
                "--protocol",
                "'nope'");
        Study.assertOneLineError(
                CliRun.of("schedule", "--protocol", "ctx-ist", "--subject", "SYN-001", Study.dir(), "--json", "--ics"),
                "--json",
                "--ics");
    }
}
