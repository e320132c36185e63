package org.marrow.cli.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marrow.cli.CliRun;
import org.marrow.cli.Marrow;

class ScreenCommandTest {

    static JsonNode subject(CliRun run, String id) {
        for (JsonNode s : run.json().get("subjects")) {
            if (s.get("subject_id").asText().equals(id)) {
                return s;
            }
        }
        throw new AssertionError("no " + id + " in " + run.out());
    }

    @Test
    void jsonGivesStatusAndEveryCriterionWithEvidence() {
        CliRun run = CliRun.of("screen", "--protocol", "ctx-ist", Study.dir(), "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.json().get("protocol").get("id").asText()).isEqualTo("ctx-ist");
        JsonNode eligible = subject(run, "SYN-001");
        assertThat(eligible.get("status").asText()).isEqualTo("ELIGIBLE");
        // Default date: enrolled_on.
        assertThat(eligible.get("on").asText()).isEqualTo("2024-01-08");
        assertThat(eligible.get("on_basis").asText()).isEqualTo("enrolled_on");
        // ctx-ist has 5 inclusion and 11 exclusion criteria (document 000 l.107-137).
        assertThat(eligible.get("criteria")).hasSize(16);
        JsonNode i2 = eligible.get("criteria").get(1);
        assertThat(i2.get("id").asText()).isEqualTo("I2");
        assertThat(i2.get("kind").asText()).isEqualTo("inclusion");
        assertThat(i2.get("finding").asText()).isEqualTo("MET");
        JsonNode plat = null;
        for (JsonNode e : i2.get("evidence")) {
            if (e.get("item").asText().equals("PLAT")) {
                plat = e;
            }
        }
        assertThat(plat).as(i2.toString()).isNotNull();
        assertThat(plat.get("value").decimalValue()).isEqualByComparingTo("8");
        assertThat(plat.get("date").asText()).isEqualTo("2024-01-07");
        assertThat(plat.get("criterion").asText()).isEqualTo("< 20 10^9/L");
        assertThat(eligible.get("criteria").get(5).get("kind").asText()).isEqualTo("exclusion");
    }

    @Test
    void missingDataIsIncompleteAndExclusionIsNotEligible() {
        CliRun run = CliRun.of("screen", "--protocol", "ctx-ist", Study.dir(), "--json");
        JsonNode candidate = subject(run, "SYN-002");
        assertThat(candidate.get("status").asText()).isEqualTo("INCOMPLETE");
        assertThat(candidate.get("on_basis").asText()).isEqualTo("today");
        assertThat(candidate.get("on").asText()).isEqualTo(LocalDate.now().toString());
        assertThat(candidate.get("criteria").get(1).get("finding").asText()).isEqualTo("UNKNOWN");
        assertThat(candidate.get("criteria").get(1).get("missing")).isNotEmpty();
        JsonNode excluded = subject(run, "SYN-003");
        assertThat(excluded.get("status").asText()).isEqualTo("NOT_ELIGIBLE");
        JsonNode e7 = excluded.get("criteria").get(11);
        assertThat(e7.get("id").asText()).isEqualTo("E7");
        assertThat(e7.get("finding").asText()).isEqualTo("MET"); // ALT 200 > 3 x 40 U/L
    }

    @Test
    void onAndSubjectOptions() {
        // Two months later the screening labs are stale (at most 14 days old): INCOMPLETE.
        CliRun run = CliRun.of(
                "screen",
                "--protocol",
                "ctx-ist@1.0",
                Study.dir(),
                "--subject",
                "SYN-001",
                "--on",
                "2024-03-08",
                "--json");
        assertThat(run.json().get("subjects")).hasSize(1);
        assertThat(subject(run, "SYN-001").get("status").asText()).isEqualTo("INCOMPLETE");
        assertThat(subject(run, "SYN-001").get("on_basis").asText()).isEqualTo("--on");
    }

    @Test
    void tableByDefault() {
        CliRun run = CliRun.of("screen", "--protocol", "ctx-ist", Study.dir(), "--subject", "SYN-001");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("subject_id").contains("ELIGIBLE").contains("E11");
    }

    @Test
    void unknownSubject() {
        Study.assertOneLineError(
                CliRun.of("screen", "--protocol", "ctx-ist", Study.dir(), "--subject", "S9"),
                "--subject",
                "'S9'",
                "SYN-001");
    }

    @Test
    void unknownProtocol() {
        Study.assertOneLineError(
                CliRun.of("screen", "--protocol", "ctx-xyz", Study.dir()), "--protocol", "'ctx-xyz'", "ctx-ist");
        Study.assertOneLineError(
                CliRun.of("screen", "--protocol", "ctx-ist@9.9", Study.dir()), "--protocol", "'ctx-ist@9.9'");
        Study.assertOneLineError(
                CliRun.of("screen", "--protocol", "missing.yaml", Study.dir()), "--protocol", "'missing.yaml'");
    }

    @Test
    void badDate() {
        Study.assertOneLineError(
                CliRun.of("screen", "--protocol", "ctx-ist", Study.dir(), "--on", "2024-02-30"),
                "--on",
                "'2024-02-30'",
                "YYYY-MM-DD");
    }

    @Test
    void invalidProtocolFileListsEveryProblem(@TempDir Path tmp) throws IOException {
        Path file = tmp.resolve("bad.yaml");
        Files.writeString(
                file,
                "format: marrow-protocol/1\nid: bad\nversion: \"1\"\ntitle: t\nphase: \"2\"\n"
                        + "regimens:\n  - {id: r, drug: aspirin, dose: {amount: 1, unit: mg/kgg}, route: oral,"
                        + " frequency: daily, days: [{from: 1, to: 2}]}\n");
        CliRun run = CliRun.of("screen", "--protocol", file.toString(), Study.dir());
        assertThat(run.exitCode()).isEqualTo(Marrow.EXIT_USAGE);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines()).hasSizeGreaterThanOrEqualTo(2).allMatch(l -> l.startsWith(file.toString() + ":"));
        assertThat(run.err()).contains("'aspirin'").contains("'mg/kgg'");
    }
}
