package org.marrow.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marrow.dataset.CsvFile;

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

    private static CsvFile csv(String text) {
        return CsvFile.of("d.csv", text.getBytes(StandardCharsets.UTF_8), p -> {})
                .orElseThrow();
    }

    @Test
    void malformedCsvLineNamesFileAndLine() {
        CsvFile csv = csv("time,event\n1,1\n2,0,9\n");
        assertThat(catchThrowable(() -> CsvColumns.readRows(csv, () -> null, (a, row) -> {})))
                .isInstanceOf(UserInputException.class)
                .hasMessage("d.csv:3: malformed line: 3 fields, expected 2 as in the header (time,event)");
    }

    @Test
    void badCellNamesFileLineColumnValueAndExpectation() {
        CsvFile t = csv("time,event\n\n1.5,x\n");
        List<Throwable> thrown = new ArrayList<>();
        t.readAll(row -> {
            assertThat(row.line()).isEqualTo(3);
            thrown.add(catchThrowable(
                    () -> CsvColumns.integer(row, CsvColumns.column(t, "event", "--event"), t, "0 or 1")));
        });
        assertThat(thrown).singleElement().isInstanceOf(UserInputException.class);
        assertThat(thrown.get(0)).hasMessage("d.csv:3:2: column 'event' has value 'x', expected 0 or 1");
    }

    @Test
    void missingColumnListsTheColumns() {
        CsvFile t = csv("time,event\n1,1\n");
        assertThat(catchThrowable(() -> CsvColumns.column(t, "status", "--status")))
                .hasMessage("d.csv: no column 'status' (--status); the columns are: time, event");
    }

    @Test
    void aRepeatedOrEmptyColumnNameIsRefused(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws java.io.IOException {
        java.nio.file.Path twice = dir.resolve("twice.csv");
        java.nio.file.Files.writeString(twice, "a,b,a\n1,2,3\n");
        assertThat(catchThrowable(() -> CsvColumns.read(twice)))
                .hasMessage(twice + ":1:3: duplicate column name 'a' in the header");
        java.nio.file.Path empty = dir.resolve("empty.csv");
        java.nio.file.Files.writeString(empty, "a,,b\n1,2,3\n");
        assertThat(catchThrowable(() -> CsvColumns.read(empty)))
                .hasMessage(empty + ":1:2: empty column name in the header, expected a name");
    }
}
