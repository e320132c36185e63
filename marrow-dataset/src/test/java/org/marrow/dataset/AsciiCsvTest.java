package org.marrow.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AsciiCsvTest {

    /** The rows (line and cells, header first) that commons-csv gives through CsvSource. */
    private static List<String> viaCommonsCsv(String text) {
        CsvSource source = CsvSource.parse("f.csv", text, new Problems());
        List<String> rows = new ArrayList<>();
        if (source == null) {
            return rows;
        }
        rows.add(source.headerLine() + " " + source.header());
        for (CsvSource.Row row : source.rows()) {
            rows.add(row.line() + " " + row.values());
        }
        return rows;
    }

    private static List<String> viaAsciiCsv(String text, int partBytes) {
        AsciiCsv csv = AsciiCsv.of(text.getBytes(StandardCharsets.UTF_8));
        assertThat(csv).isNotNull();
        List<String> rows = new ArrayList<>();
        AsciiCsv.Layout layout = csv.layout(partBytes);
        if (layout == null) {
            return rows;
        }
        rows.add(layout.headerLine() + " " + layout.header());
        for (AsciiCsv.Part part : layout.parts()) {
            csv.read(
                    part,
                    (line, values, count) ->
                            rows.add(line + " " + Arrays.asList(values).subList(0, count)));
        }
        return rows;
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "a,b\n1,2\n",
                "a,b\r\n1,2\r\n\r\n3,4",
                "\n\na,b\n\n1,2\n\n",
                "a,b\r1,2\r\r3,4\r",
                " a , b \n 1 ,2\t\n   \n,\n,,\n",
                "a,b,\n1,",
                "",
                "\n\r\n\r",
                "a"
            })
    void givesTheRowsCommonsCsvGives(String text) {
        assertThat(viaAsciiCsv(text, 3)).isEqualTo(viaCommonsCsv(text));
        assertThat(viaAsciiCsv(text, 1 << 20)).isEqualTo(viaCommonsCsv(text));
    }

    @Test
    void givesTheRowsCommonsCsvGivesForRandomText() {
        // Fixed seed: reproducible; 3,000 texts of the characters that matter to the syntax.
        Random random = new Random(20240110);
        String alphabet = "ab ,,\t\r\n\n";
        for (int n = 0; n < 3000; n++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(40);
            for (int i = 0; i < length; i++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String t = text.toString();
            int partBytes = 1 + random.nextInt(8);
            assertThat(viaAsciiCsv(t, partBytes))
                    .as("%s", t.replace("\r", "\\r").replace("\n", "\\n"))
                    .isEqualTo(viaCommonsCsv(t));
        }
    }

    @Test
    void leavesQuotedAndNonAsciiTextToCommonsCsv() {
        assertThat(AsciiCsv.of("a,\"b\"\n".getBytes(StandardCharsets.UTF_8))).isNull();
        assertThat(AsciiCsv.of("a,é\n".getBytes(StandardCharsets.UTF_8))).isNull();
        assertThat(AsciiCsv.of("\uFEFFa,b\n".getBytes(StandardCharsets.UTF_8))).isNotNull();
    }

    @Test
    void repeatedCellsAreOneInstance() {
        AsciiCsv csv = AsciiCsv.of("id,date\nS1,2024-01-10\nS1,2024-01-10\n".getBytes(StandardCharsets.UTF_8));
        List<String> ids = new ArrayList<>();
        AsciiCsv.Layout layout = csv.layout();
        for (AsciiCsv.Part part : layout.parts()) {
            csv.read(part, (line, values, count) -> ids.add(values[0]));
        }
        assertThat(ids).hasSize(2);
        assertThat(ids.get(0)).isSameAs(ids.get(1));
    }
}
