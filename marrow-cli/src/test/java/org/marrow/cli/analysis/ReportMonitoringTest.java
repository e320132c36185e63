package org.marrow.cli.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marrow.cli.CliRun;
import org.marrow.protocol.ProtocolRegistry;

/**
 * The summary {@code marrow report} prints: after the Simon stages, the inference after the two stages,
 * each look of the Bayesian monitoring and of each toxicity stopping rule; a monitoring design that
 * cannot be drawn is refused in one line.
 */
class ReportMonitoringTest {
    @TempDir
    static Path tmp;

    private static String bop2Protocol(String block) throws Exception {
        String text;
        try (InputStream in =
                ProtocolRegistry.class.getResourceAsStream("/org/marrow/protocol/bundled/ctx-ist-1.0.yaml")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String yaml = text.substring(0, text.indexOf("  simon:\n"))
                + block
                + text.substring(text.indexOf("  enrollment: 43"));
        Path file = tmp.resolve("bop2-" + Math.abs(block.hashCode()) + ".yaml");
        Files.writeString(file, yaml);
        return file.toString();
    }

    @Test
    void theSummaryStatesTheInferenceAndEveryToxicityLook() {
        CliRun run = CliRun.of(
                "report",
                "--protocol",
                "ctx-ist",
                ReportCommandTest.example().toString(),
                "--out",
                tmp.resolve("ctx").toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .contains("Simon two-stage inference: 28 of 43 responses after both stages: p-value 0.0063 (stage-wise"
                        + " ordering, H0: p <= 0.45), UMVUE 0.651, median unbiased estimate 0.638, exact 95% interval"
                        + " 0.491 to 0.790")
                .contains("Toxicity stopping: infection-grade3, look 4 of 4 at 43 evaluable patients: 11 of 43 with the"
                        + " toxicity <= 19: continue")
                .contains("Toxicity stopping: febrile-neutropenia-ctx, look 1 of 4 at 10 evaluable patients:");
    }

    @Test
    void aBop2ProtocolPrintsItsLooksAndAnImpossibleOneIsRefused() throws Exception {
        String ok = bop2Protocol(
                """
                  monitoring:
                    bop2: {p0: 0.45, p1: 0.65, looks: [22, 43], lambda: 0.9, gamma: 1}
                """);
        CliRun run = CliRun.of(
                "report",
                "--protocol",
                ok,
                ReportCommandTest.example().toString(),
                "--out",
                tmp.resolve("b").toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .contains(
                        "Bayesian monitoring: BOP2 look 1 of 2, the first 22 evaluable patients at M3: 22 responses of"
                                + " 22 evaluated > ")
                .contains(
                        "Bayesian monitoring: BOP2 look 2 of 2, the first 43 evaluable patients at M3: 28 responses of"
                                + " 43 evaluated > ");
        String impossible = bop2Protocol(
                """
                  monitoring:
                    bop2: {p0: 0.45, p1: 0.5, looks: [5], alpha: 0.0001, prior: {a: 1, b: 1}}
                """);
        CliRun refused = CliRun.of(
                "report",
                "--protocol",
                impossible,
                ReportCommandTest.example().toString(),
                "--out",
                tmp.resolve("c").toString());
        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err().lines().findFirst().orElseThrow())
                .isEqualTo("marrow report: --protocol: design.monitoring.bop2: no lambda in 0.50..0.99 and gamma in"
                        + " 0..3 gives a type I error <= 0.0001 with the looks [5]; raise alpha or state lambda and"
                        + " gamma");
    }
}
