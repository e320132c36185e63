package org.marrow.cli.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marrow.cli.CliRun;

class MannWhitneyCommandTest {
    @TempDir
    Path dir;

    private String csv(String text) throws IOException {
        Path p = dir.resolve("d.csv");
        Files.writeString(p, text);
        return p.toString();
    }

    @Test
    void exactTestWithTheFirstGroupInSortedOrderAsX() throws IOException {
        // Rows list group B first; x is still group A. R 4.2.2: wilcox.test(c(5, 6), c(1, 2, 3)): W = 6, p = 0.2
        String f = csv("arm,days\nB,1\nA,5\nB,2\nA,6\nB,3\n");
        JsonNode j = CliRun.of("stats", "mann-whitney", "--csv", f, "--value", "days", "--group", "arm", "--json")
                .json();
        assertThat(j.get("w").asDouble()).isEqualTo(6.0);
        assertThat(j.get("p").asDouble()).isCloseTo(0.2, within(1e-12));
        assertThat(j.get("exact").asBoolean()).isTrue();
        assertThat(j.get("group1").asText()).isEqualTo("A");
        assertThat(j.get("group2").asText()).isEqualTo("B");
        assertThat(j.get("n1").asInt()).isEqualTo(2);
        assertThat(j.get("n2").asInt()).isEqualTo(3);
    }

    @Test
    void tiesUseTheNormalApproximationAndNumericLabelsSortNumerically() throws IOException {
        // R 4.2.2: wilcox.test(c(1, 1, 2), c(2, 3, 3)): W = 0.5, p = 0.11014892418594702 (fixture rank/wilcoxon.csv)
        String f = csv("g,v\n10,2\n9,1\n10,3\n9,1\n10,3\n9,2\n9,NA\n");
        JsonNode j = CliRun.of("stats", "mann-whitney", "--csv", f, "--value", "v", "--group", "g", "--json")
                .json();
        assertThat(j.get("group1").asText()).isEqualTo("9");
        assertThat(j.get("w").asDouble()).isEqualTo(0.5);
        assertThat(j.get("p").asDouble()).isCloseTo(0.11014892418594702, within(1e-12));
        assertThat(j.get("exact").asBoolean()).isFalse();
        assertThat(j.get("missing").asInt()).isEqualTo(1);
    }

    @Test
    void tableByDefault() throws IOException {
        String f = csv("arm,days\nB,1\nA,5\nB,2\nA,6\nB,3\n");
        CliRun run = CliRun.of("stats", "mann-whitney", "--csv", f, "--value", "days", "--group", "arm");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("group1 (x)", "exact");
    }

    private CliRun bad(String text, String value, String group) throws IOException {
        CliRun run = CliRun.of("stats", "mann-whitney", "--csv", csv(text), "--value", value, "--group", group);
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().strip().lines()).hasSize(1);
        assertThat(run.err()).doesNotContain("Exception");
        return run;
    }

    @Test
    void nonNumericValueNamesFileLineAndColumn() throws IOException {
        assertThat(bad("arm,days\nA,1\nB,x\n", "days", "arm").err())
                .contains("d.csv:3:2: column 'days' has value 'x', expected a number");
    }

    @Test
    void missingColumnListsTheColumns() throws IOException {
        assertThat(bad("arm,days\nA,1\nB,2\n", "time", "arm").err())
                .contains("no column 'time' (--value); the columns are: arm, days");
    }

    @Test
    void needsExactlyTwoGroups() throws IOException {
        assertThat(bad("arm,days\nA,1\nB,2\nC,3\n", "days", "arm").err())
                .contains("column 'arm' (--group) has 3 groups (A, B, C), expected exactly two");
        assertThat(bad("arm,days\nA,1\nA,2\n", "days", "arm").err())
                .contains("column 'arm' (--group) has 1 groups (A), expected exactly two");
    }

    @Test
    void refusesAGroupWithNoValues() throws IOException {
        assertThat(bad("arm,days\nA,1\nB,NA\nA,2\nB,\n", "days", "arm").err())
                .contains("group 'B' of column 'arm' has no values in column 'days', expected at least one");
    }

    @Test
    void refusesAnEmptyGroupLabel() throws IOException {
        assertThat(bad("arm,days\nA,1\n,2\nB,3\n", "days", "arm").err())
                .contains("d.csv:3:1: column 'arm' has value '', expected a group label");
    }
}
