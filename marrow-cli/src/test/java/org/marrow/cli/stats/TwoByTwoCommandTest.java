package org.marrow.cli.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.marrow.cli.CliRun;

class TwoByTwoCommandTest {

    @Test
    void vsaaVersusSaaOfTrial000MatchesR() {
        JsonNode j = CliRun.of("stats", "2x2", "--a", "4/13", "--b", "24/30", "--json")
                .json();
        // R 4.2.2, fixture table/two_by_two.csv: fisher.test, chisq.test(correct = FALSE / TRUE)
        assertThat(j.get("fisher_p").asDouble()).isCloseTo(0.0041087787911556787, within(1e-12));
        assertThat(j.get("chisq").asDouble()).isCloseTo(9.6773626373626396, within(1e-9));
        assertThat(j.get("chisq_p").asDouble()).isCloseTo(0.0018655222166820778, within(1e-12));
        assertThat(j.get("chisq_yates").asDouble()).isCloseTo(7.6313843101343117, within(1e-9));
        assertThat(j.get("chisq_yates_p").asDouble()).isCloseTo(0.0057361259531872582, within(1e-12));
        // fixture table/fisher_odds_ratio.csv
        assertThat(j.get("odds_ratio").asDouble()).isCloseTo(0.11858041699131448, within(1e-10));
        assertThat(j.get("small_expected").asBoolean()).isTrue();
        assertThat(j.get("expected").get(0).get(1).asDouble()).isCloseTo(4.5348837209302326, within(1e-12));
    }

    @Test
    void zeroMarginGivesNullChiSquareAndFisherOne() {
        JsonNode j = CliRun.of("stats", "2x2", "--a", "0/10", "--b", "0/12", "--json")
                .json();
        assertThat(j.get("chisq").isNull()).isTrue();
        assertThat(j.get("chisq_p").isNull()).isTrue();
        assertThat(j.get("fisher_p").asDouble()).isEqualTo(1.0);
    }

    @Test
    void tablesByDefaultWithTheWarning() {
        CliRun run = CliRun.of("stats", "2x2", "--a", "4/13", "--b", "24/30");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .contains("Fisher exact", "Yates", "0.00410878", "Chi-squared approximation may be incorrect");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "4-13|24/30|--a: '4-13' is not events/total; expected two whole numbers like 4/13",
                "4/13|31/30|--b: '31/30' has more events (31) than its total (30); expected 0 <= events <= total",
                "4/0|24/30|--a: '4/0' has total 0; expected a group of at least 1",
                "-1/13|24/30|--a: '-1/13' is not events/total",
            })
    void badInputIsOneLineWithExitTwo(String a, String b, String message) {
        CliRun run = CliRun.of("stats", "2x2", "--a", a, "--b", b);
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().strip().lines()).hasSize(1);
        assertThat(run.err()).contains(message).doesNotContain("Exception");
    }
}
