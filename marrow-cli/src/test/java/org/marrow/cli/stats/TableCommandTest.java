package org.marrow.cli.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.marrow.cli.CliRun;

class TableCommandTest {

    @Test
    void threeByTwoMatchesR() {
        JsonNode j = CliRun.of("stats", "table", "--counts", "6,9;13,5;2,8", "--json")
                .json();
        // R 4.2.2, fixture table/rxc.csv: chisq.test(correct = FALSE), fisher.test
        assertThat(j.get("chisq").asDouble()).isCloseTo(7.7364838864838861, within(1e-9));
        assertThat(j.get("df").asInt()).isEqualTo(2);
        assertThat(j.get("p").asDouble()).isCloseTo(0.020895071875587007, within(1e-12));
        assertThat(j.get("fisher_p").asDouble()).isCloseTo(0.024063326505557557, within(1e-12));
        assertThat(j.get("expected").get(2).get(1).asDouble()).isCloseTo(5.1162790697674421, within(1e-12));
        assertThat(j.get("fisher_note").isNull()).isTrue();
        assertThat(j.has("chisq_yates")).isFalse();
    }

    @Test
    void twoByTwoAlsoReportsYates() {
        JsonNode j =
                CliRun.of("stats", "table", "--counts", "4,9;24,6", "--json").json();
        assertThat(j.get("chisq_yates").asDouble()).isCloseTo(7.6313843101343117, within(1e-9));
    }

    @Test
    void tooLargeForEnumerationGivesNullFisherWithTheReason() {
        JsonNode j = CliRun.of("stats", "table", "--counts", "25,18,30,22;31,17,20,28;15,24,27,19", "--json")
                .json();
        assertThat(j.get("fisher_p").isNull()).isTrue();
        assertThat(j.get("fisher_note").asText()).contains("3x4 table with total 276", "the limit");
        // R 4.2.2: chisq.test(matrix(c(25,18,30,22,31,17,20,28,15,24,27,19), 3, byrow = TRUE))
        assertThat(j.get("chisq").asDouble()).isCloseTo(10.183430908516993, within(1e-9));
    }

    @Test
    void tablesByDefault() {
        CliRun run = CliRun.of("stats", "table", "--counts", "3,4,5;6,7,8");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("column 3", "Pearson chi-square", "Fisher exact", "0.970232");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "3,4,x;6,7,8|--counts: row 1, column 3 is 'x'; expected a whole number >= 0",
                "3,4,5;6,-7,8|--counts: row 2, column 2 is '-7'; expected a whole number >= 0",
                "3,4,5;6,7|--counts: Table row 2 has 2 counts, expected 3 as in row 1",
                "3,4,5|--counts: Table has 1 rows, expected at least 2 rows and 2 columns",
                "0,0;0,0|--counts: Table total is 0, expected at least one count > 0",
                "3,4;;5,6|--counts: row 2, column 1 is ''",
            })
    void badInputIsOneLineWithExitTwo(String counts, String message) {
        CliRun run = CliRun.of("stats", "table", "--counts", counts);
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().strip().lines()).hasSize(1);
        assertThat(run.err()).contains(message).doesNotContain("Exception");
    }
}
