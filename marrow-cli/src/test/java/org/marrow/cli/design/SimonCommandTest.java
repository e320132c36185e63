package org.marrow.cli.design;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.marrow.cli.CliRun;
import org.marrow.cli.Marrow;

class SimonCommandTest {

    private static void assertDesign(JsonNode d, int r1, int n1, int r, int n) {
        assertThat(new int[] {
                    d.get("r1").asInt(),
                    d.get("n1").asInt(),
                    d.get("r").asInt(),
                    d.get("n").asInt()
                })
                .containsExactly(r1, n1, r, n);
    }

    @Test
    void jsonHasOptimalMinimaxAndAdmissibleDesignsOfTrialDocument000Parameters() {
        CliRun run = CliRun.of(
                "design", "simon", "--p0", "0.45", "--p1", "0.65", "--alpha", "0.05", "--power", "0.8", "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode json = run.json();
        // optimal and minimax: the R re-implementation of clinfun::ph2simon (simon-admissible.csv)
        assertDesign(json.get("optimal"), 7, 15, 24, 43);
        assertDesign(json.get("minimax"), 16, 30, 22, 39);
        assertThat(json.get("optimal").get("en0").asDouble())
                .isCloseTo(24.70189, org.assertj.core.api.Assertions.within(1e-5));
        assertThat(json.get("optimal").get("pet0").asDouble())
                .isCloseTo(0.6535039, org.assertj.core.api.Assertions.within(1e-7));
        assertThat(json.get("optimal").get("alpha").asDouble()).isLessThan(0.05);
        assertThat(json.get("optimal").get("power").asDouble()).isGreaterThan(0.8);
        assertThat(json.get("optimal").get("enrol").asInt()).isEqualTo(43);
        JsonNode admissible = json.get("admissible");
        assertThat(admissible).hasSize(3);
        assertDesign(admissible.get(1), 8, 17, 23, 41);
        assertThat(admissible.get(1).get("q_low").asDouble()).isEqualTo(0.165);
        assertThat(admissible.get(1).get("q_high").asDouble()).isEqualTo(0.754);
    }

    @Test
    void dropoutInflatesEnrolmentAsTrialDocument002() {
        // document 002: optimal design 8/15, 26/43 (p0 0.5, p1 0.7); 20% dropout -> 54
        CliRun run = CliRun.of(
                "design",
                "simon",
                "--p0",
                "0.5",
                "--p1",
                "0.7",
                "--alpha",
                "0.05",
                "--power",
                "0.8",
                "--dropout",
                "0.2",
                "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertDesign(run.json().get("optimal"), 8, 15, 26, 43);
        assertThat(run.json().get("optimal").get("enrol").asInt()).isEqualTo(54);
    }

    @Test
    void tableListsTheDesigns() {
        CliRun run = CliRun.of("design", "simon", "--p0", "0.45", "--p1", "0.65", "--alpha", "0.05", "--power", "0.8");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("minimax", "admissible", "optimal", "EN0", "enrol");
    }

    @Test
    void noDesignWithinNmaxIsSaidOnOneLineWithExitCodeThree() {
        CliRun run = CliRun.of(
                "design", "simon", "--p0", "0.1", "--p1", "0.3", "--alpha", "0.05", "--power", "0.8", "--nmax", "24",
                "--json");
        assertThat(run.exitCode()).isEqualTo(SimonCommand.EXIT_NO_DESIGN);
        assertThat(run.err().strip().lines()).hasSize(1);
        assertThat(run.err()).contains("no two-stage design with n <= 24", "--nmax");
        assertThat(run.json().get("optimal").isNull()).isTrue();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "--p0 0.5 --p1 0.4 --alpha 0.05 --power 0.8 | --p1: 0.4 is not greater than --p0 (0.5); expected p0 < p1",
                "--p0 0 --p1 0.4 --alpha 0.05 --power 0.8 | --p0: 0.0 is out of range; expected 0 < p0 < 1",
                "--p0 0.2 --p1 1.5 --alpha 0.05 --power 0.8 | --p1: 1.5 is out of range; expected 0 < p1 < 1",
                "--p0 NaN --p1 0.4 --alpha 0.05 --power 0.8 | --p0: NaN is out of range; expected 0 < p0 < 1",
                "--p0 0.2 --p1 0.4 --alpha 1 --power 0.8 | --alpha: 1 is out of range; expected a value in (0, 1)",
                "--p0 0.2 --p1 0.4 --alpha 0.05 --power 0 | --power: 0 is out of range; expected a value in (0, 1)",
                "--p0 0.2 --p1 0.4 --alpha 0.05 --power 0.8 --nmax 1 | --nmax: 1 is out of range; expected 2 <= nmax <= 1000",
                "--p0 0.2 --p1 0.4 --alpha 0.05 --power 0.8 --nmax 1001 | --nmax: 1001 is out of range; expected 2 <= nmax <= 1000",
                "--p0 0.2 --p1 0.4 --alpha 0.05 --power 0.8 --dropout 1 | --dropout: 1.0 is out of range; expected 0 <= dropout < 1",
                "--p0 0.2 --p1 0.4 --alpha 0.05 --power 0.8 --dropout -0.1 | --dropout: -0.1 is out of range; expected 0 <= dropout < 1",
            })
    void badOptionIsOneLineWithExitCodeTwo(String args, String message) {
        String[] all = ("design simon " + args).split(" ");
        CliRun run = CliRun.of(all);
        assertThat(run.exitCode()).isEqualTo(Marrow.EXIT_USAGE);
        assertThat(run.err().strip().lines()).hasSize(1);
        assertThat(run.err().strip()).isEqualTo("marrow design simon: " + message);
    }
}
