package org.marrow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import org.junit.jupiter.api.Test;

class MarrowTest {

    @Test
    void helpListsTheCommandGroups() {
        CliRun run = CliRun.of("--help");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("stats", "design");
    }

    @Test
    void unknownOptionIsOneLineWithExitCodeTwo() {
        CliRun run = CliRun.of("--frobnicate");
        assertThat(run.exitCode()).isEqualTo(Marrow.EXIT_USAGE);
        assertThat(run.err().strip().lines()).hasSize(1);
        assertThat(run.err()).contains("--frobnicate").doesNotContain("Exception");
    }

    @Test
    void malformedCsvLineNamesFileAndLine() {
        String csv = "time,event\n1,1\n2,0,9\n";
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> CsvTable.parse("d.csv", new StringReader(csv))))
                .isInstanceOf(UserInputException.class)
                .hasMessage("d.csv:3: malformed line: 3 fields, expected 2 as in the header (time,event)");
    }

    @Test
    void badCellNamesFileLineColumnValueAndExpectation() throws Exception {
        CsvTable t = CsvTable.parse("d.csv", new StringReader("time,event\n\n1.5,x\n"));
        CsvTable.Row row = t.rows().get(0);
        assertThat(row.line()).isEqualTo(3);
        assertThat(org.assertj.core.api.Assertions.catchThrowable(
                        () -> t.integer(row, t.column("event", "--event"), "0 or 1")))
                .hasMessage("d.csv:3:2: column 'event' has value 'x', expected 0 or 1");
    }

    @Test
    void missingColumnListsTheColumns() throws Exception {
        CsvTable t = CsvTable.parse("d.csv", new StringReader("time,event\n1,1\n"));
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> t.column("status", "--status")))
                .hasMessage("d.csv: no column 'status' (--status); the columns are: time, event");
    }
}
