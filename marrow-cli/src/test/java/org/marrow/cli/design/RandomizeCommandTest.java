package org.marrow.cli.design;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.marrow.cli.CliRun;
import org.marrow.cli.Marrow;

class RandomizeCommandTest {

    private static CliRun randomize(String... args) {
        List<String> all = new ArrayList<>(List.of("design", "randomize"));
        all.addAll(List.of(args));
        return CliRun.of(all.toArray(String[]::new));
    }

    @Test
    void jsonFollowsTheContract() {
        CliRun run = randomize(
                "--ratio",
                "1:3",
                "--arms",
                "SIR,SIR+CSA",
                "--n",
                "10",
                "--block",
                "4,8",
                "--strata",
                "site=A,B",
                "--seed",
                "7",
                "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode json = run.json();
        assertThat(json.get("seed").asLong()).isEqualTo(7);
        assertThat(json.get("ratio").toString()).isEqualTo("[1,3]");
        assertThat(json.get("arms").toString()).isEqualTo("[\"SIR\",\"SIR+CSA\"]");
        assertThat(json.get("block_sizes").toString()).isEqualTo("[4,8]");
        assertThat(json.get("has_partial_block").asBoolean()).isTrue();
        JsonNode allocations = json.get("allocations");
        assertThat(allocations).hasSize(20);
        JsonNode first = allocations.get(0);
        assertThat(first.get("stratum").asText()).isEqualTo("site=A");
        assertThat(first.get("sequence").asInt()).isEqualTo(1);
        assertThat(first.get("block").asInt()).isEqualTo(1);
        assertThat(first.get("block_size").asInt()).isEqualTo(4);
        // Same list as the golden list A of marrow-stats' PermutedBlockDesignTest (from
        // src/test/c/randomization_reference.c): stratum A starts SIR, SIR+CSA; stratum B is 8-block first.
        assertThat(first.get("arm").asText()).isEqualTo("SIR");
        assertThat(allocations.get(1).get("arm").asText()).isEqualTo("SIR+CSA");
        assertThat(allocations.get(10).get("stratum").asText()).isEqualTo("site=B");
        assertThat(allocations.get(10).get("block_size").asInt()).isEqualTo(8);
        assertThat(allocations.get(9).get("complete_block").asBoolean()).isFalse();
        assertThat(json.get("strata_summary").get(0).get("last_block_partial").asBoolean())
                .isTrue();
    }

    @Test
    void csvHasOneLinePerAllocationInEveryStratum() {
        CliRun run = randomize(
                "--ratio",
                "1:3",
                "--arms",
                "SIR,SIR+CSA",
                "--n",
                "8",
                "--strata",
                "site=A,B",
                "--strata",
                "severity=SAA,VSAA",
                "--seed",
                "7",
                "--csv");
        assertThat(run.exitCode()).as(run.err()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo("stratum,sequence,block,block_size,arm,complete_block");
        assertThat(lines).hasSize(1 + 4 * 8);
        assertThat(lines.get(1)).startsWith("site=A;severity=SAA,1,1,4,");
        assertThat(lines.get(32)).startsWith("site=B;severity=VSAA,8,2,4,");
        assertThat(lines.stream().skip(1).filter(l -> l.contains(",SIR,"))).hasSize(8);
    }

    @Test
    void textShowsTheListAndSaysWhenTheLastBlockIsPartial() {
        CliRun run = randomize("--ratio", "1:3", "--arms", "SIR,SIR+CSA", "--n", "10", "--seed", "7");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .contains("SIR:SIR+CSA = 1:3", "seed 7", "10 per stratum")
                .contains("partial block")
                .contains("partial: 2 of 4 used, ratio not exact");
    }

    @Test
    void sameSeedSameOutput() {
        String[] args = {"--arms", "A,B,C", "--ratio", "1:1:2", "--n", "30", "--block", "4,8", "--seed", "99"};
        assertThat(randomize(args).out()).isEqualTo(randomize(args).out());
    }

    @Test
    void defaultRatioIsEqualAllocation() {
        CliRun run = randomize("--arms", "A,B", "--n", "4", "--seed", "1", "--json");
        assertThat(run.json().get("ratio").toString()).isEqualTo("[1,1]");
        assertThat(run.json().get("block_sizes").toString()).isEqualTo("[2]");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "--ratio 1:3:1 --arms SIR,SIR+CSA --n 4 --seed 1 | --ratio: 1:3:1 has 3 weights but --arms has 2 (SIR,SIR+CSA); expected one weight per arm",
                "--ratio 1:0 --arms SIR,SIR+CSA --n 4 --seed 1 | --ratio: '1:0' has '0'; expected positive integers separated by ':', e.g. 1:3",
                "--ratio 1:x --arms SIR,SIR+CSA --n 4 --seed 1 | --ratio: '1:x' has 'x'; expected positive integers",
                "--ratio 1:3 --arms SIR,SIR+CSA --n 4 --block 6 --seed 1 | --block: 6 is not a multiple of the ratio sum 4 (ratio 1:3); expected 4, 8, 12, ...",
                "--ratio 1:3 --arms SIR,SIR+CSA --n 0 --seed 1 | --n: 0; expected at least 1 allocation per stratum",
                "--ratio 1:3 --arms SIR,SIR+CSA --n 4 --strata site --seed 1 | --strata: 'site' is malformed; expected FACTOR=LEVEL,LEVEL,... e.g. --strata site=A,B",
                "--ratio 1:3 --arms SIR,SIR+CSA --n 4 --strata site=A,,B --seed 1 | --strata: 'site=A,,B' has an empty factor name or level",
                "--ratio 1:3 --arms SIR,SIR+CSA --n 4 --strata site=A,A --seed 1 | lists level 'A' twice",
                "--ratio 1:3 --arms SIR,SIR+CSA --n 4 | --seed is required so that the list can be reproduced; expected an integer",
                "--ratio 1:1 --arms SIR,SIR --n 4 --seed 1 | --arms SIR,SIR: Arm 'SIR' is listed twice",
                "--ratio 1:3 --arms SIR,SIR+CSA --n 4 --seed x | --seed",
                "--ratio 1:3 --arms SIR,SIR+CSA --n 4 --seed 1 --json --csv | --json and --csv: choose one output format"
            })
    void badInputIsOneLineWithExitCodeTwo(String args, String expected) {
        CliRun run = randomize(args.strip().split(" "));
        assertThat(run.exitCode()).isEqualTo(Marrow.EXIT_USAGE);
        assertThat(run.err().strip().lines()).hasSize(1);
        assertThat(run.err()).contains(expected.strip()).doesNotContain("Exception");
    }

    @Test
    void helpSaysNIsPerStratum() {
        CliRun run = randomize("--help");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("PER STRATUM");
    }
}
