package org.marrow.cli.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.marrow.cli.CliRun;

class ProportionCommandTest {

    @Test
    void jsonFollowsTheContractWithRsClopperPearsonInterval() {
        JsonNode j = CliRun.of("stats", "proportion", "--x", "28", "--n", "43", "--json")
                .json();
        assertThat(j.get("x").asInt()).isEqualTo(28);
        assertThat(j.get("n").asInt()).isEqualTo(43);
        assertThat(j.get("estimate").asDouble()).isEqualTo(28.0 / 43);
        // R 4.2.2: binom.test(28, 43)$conf.int (fixture interval/proportion.csv)
        assertThat(j.get("lower").asDouble()).isCloseTo(0.49073363952463889, within(1e-12));
        assertThat(j.get("upper").asDouble()).isCloseTo(0.78992184299333001, within(1e-12));
        assertThat(j.get("method").asText()).isEqualTo("clopper-pearson");
        assertThat(j.get("conf").asDouble()).isEqualTo(0.95);
    }

    @Test
    void wilsonAtAnotherLevel() {
        JsonNode j = CliRun.of(
                        "stats",
                        "proportion",
                        "--x",
                        "0",
                        "--n",
                        "15",
                        "--conf",
                        "0.99",
                        "--method",
                        "wilson",
                        "--json")
                .json();
        assertThat(j.get("lower").asDouble()).isZero();
        assertThat(j.get("method").asText()).isEqualTo("wilson");
        assertThat(j.get("conf").asDouble()).isEqualTo(0.99);
    }

    @Test
    void tableByDefault() {
        CliRun run = CliRun.of("stats", "proportion", "--x", "28", "--n", "43", "--method", "jeffreys");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("estimate", "lower", "upper", "jeffreys", "0.651163");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "--x=50|--n=43|--conf=0.95|--x: 50 is greater than --n (43); expected 0 <= x <= n",
                "--x=-1|--n=43|--conf=0.95|--x: -1 is negative; expected 0 <= x <= n",
                "--x=0|--n=0|--conf=0.95|--n: 0 is not a number of trials; expected n >= 1",
                "--x=3|--n=10|--conf=1.5|--conf: 1.5 is not a confidence level; expected a number strictly between 0 and 1, e.g. 0.95",
                "--x=3|--n=10|--conf=NaN|--conf: NaN is not a confidence level",
                "--x=3|--n=10|--method=wald|--method: 'wald' is not a method; expected clopper-pearson, wilson or jeffreys",
                "--x=three|--n=10|--conf=0.95|'three'",
            })
    void badInputIsOneLineWithExitTwo(String a, String b, String c, String message) {
        CliRun run = CliRun.of("stats", "proportion", a, b, c);
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().strip().lines()).hasSize(1);
        assertThat(run.err()).contains(message).doesNotContain("Exception");
    }
}
