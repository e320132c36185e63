package org.marrow.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The one CSV reader gives the rows commons-csv gives (RFC 4180, trimmed, blank lines skipped). */
class CsvFileTest {
    private static final CSVFormat COMMONS =
            CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).setTrim(true).get();

    @TempDir
    Path dir;

    /** Every row (cells), header first, as commons-csv reads the text. */
    private static List<List<String>> viaCommonsCsv(String text) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), COMMONS)) {
            for (CSVRecord record : parser) {
                rows.add(record.toList());
            }
        }
        return rows;
    }

    private static Optional<CsvFile> parse(String text, List<DatasetProblem> problems) {
        return CsvFile.of("f.csv", text.getBytes(StandardCharsets.UTF_8), problems::add);
    }

    /** Every row (line and cells), header first, as CsvFile reads the text in parts of any size. */
    private static List<String> lines(CsvFile csv) {
        List<String> rows = new ArrayList<>();
        rows.add(csv.headerLine() + " " + csv.header());
        csv.readAll(row -> {
            List<String> cells = new ArrayList<>();
            for (int i = 0; i < row.size(); i++) {
                cells.add(row.text(i));
            }
            rows.add(row.line() + " " + cells);
        });
        return rows;
    }

    private static List<List<String>> cells(CsvFile csv) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(csv.header());
        csv.readAll(row -> {
            List<String> cells = new ArrayList<>();
            for (int i = 0; i < row.size(); i++) {
                cells.add(row.text(i));
            }
            rows.add(cells);
        });
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
                "a",
                "a,b\n\"x, y\",\"say \"\"hi\"\"\"\n",
                "a,b\n\"two\nlines\",2\n3,4\n",
                "a,b\n\"  padded  \",\"\"\n",
                "a,b\nx\"y,z\n",
                "名,値\n血红蛋白,9.5\n"
            })
    void readsWhatCommonsCsvReads(String text) throws IOException {
        List<DatasetProblem> problems = new ArrayList<>();
        CsvFile csv = parse(text, problems).orElseThrow();
        assertThat(problems).isEmpty();
        assertThat(cells(csv)).isEqualTo(viaCommonsCsv(text));
    }

    @Test
    void linesCountFromOneWithEveryKindOfLineBreakAndQuotedBreaks() {
        CsvFile csv =
                parse("\na,b\r\n\r\n1,2\r3,\"x\ny\"\n4,5\n", new ArrayList<>()).orElseThrow();
        assertThat(lines(csv)).containsExactly("2 [a, b]", "4 [1, 2]", "5 [3, x\ny]", "7 [4, 5]");
    }

    @Test
    void aFileWithoutQuotesIsCutIntoPartsThatReadTheSameRows() {
        Random random = new Random(7);
        StringBuilder text = new StringBuilder("id,value\n");
        for (int i = 0; i < 3000; i++) {
            text.append(random.nextInt(5) == 0 ? "\r\n" : "")
                    .append("S")
                    .append(i)
                    .append(',')
                    .append(random.nextInt(100))
                    .append(random.nextBoolean() ? "\n" : "\r\n");
        }
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        CsvFile whole = CsvFile.of("f.csv", bytes, p -> {}).orElseThrow();
        assertThat(whole.parts()).hasSize(1);
        assertThat(lines(whole)).hasSize(3001);
        assertThat(cells(whole)).isEqualTo(uncheckedCommons(text.toString()));
        for (int partBytes : new int[] {1, 7, 100, 1000}) {
            CsvFile cut = CsvFile.of("f.csv", bytes, p -> {}, partBytes).orElseThrow();
            assertThat(cut.parts()).hasSizeGreaterThan(1);
            assertThat(lines(cut)).isEqualTo(lines(whole));
        }
    }

    private static List<List<String>> uncheckedCommons(String text) {
        try {
            return viaCommonsCsv(text);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aRepeatedCellIsTheSameString() {
        CsvFile csv = parse("a,b\nS01,x\nS01,y\n", new ArrayList<>()).orElseThrow();
        List<String> first = new ArrayList<>();
        csv.readAll(row -> first.add(row.text(0)));
        assertThat(first.get(0)).isSameAs(first.get(1));
    }

    // Row.number reads as Double.parseDouble, plain decimals straight from the bytes.
    @ParameterizedTest
    @CsvSource({
        "12.5",
        "0",
        "-0",
        "+3",
        "0.1",
        "123456789012345678",
        "9007199254740993",
        "1e5",
        "1.5E-3",
        ".5",
        "5.",
        "0.30000000000000004",
        "Infinity",
        "1d",
        "x",
        "1.2.3",
        "-",
        "' '"
    })
    void numbersAreReadAsDoubleParseDoubleReadsThem(String text) {
        CsvFile csv = parse("n\n" + text + "\n", new ArrayList<>()).orElseThrow();
        double[] read = new double[1];
        csv.readAll(row -> read[0] = row.number(0));
        double expected;
        try {
            expected = Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            expected = Double.NaN;
        }
        assertThat(Double.doubleToLongBits(read[0])).isEqualTo(Double.doubleToLongBits(expected));
    }

    @Test
    void numbersOfRandomDecimalsMatchDoubleParseDouble() {
        Random random = new Random(11);
        StringBuilder text = new StringBuilder("n\n");
        List<String> values = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            StringBuilder value = new StringBuilder(random.nextBoolean() ? "-" : "")
                    .append(random.nextInt(100000))
                    .append('.');
            for (int d = random.nextInt(12); d >= 0; d--) {
                value.append((char) ('0' + random.nextInt(10)));
            }
            values.add(value.toString());
            text.append(value).append('\n');
        }
        CsvFile csv = parse(text.toString(), new ArrayList<>()).orElseThrow();
        List<Double> read = new ArrayList<>();
        csv.readAll(row -> read.add(row.number(0)));
        for (int i = 0; i < values.size(); i++) {
            assertThat(read.get(i)).as(values.get(i)).isEqualTo(Double.parseDouble(values.get(i)));
        }
    }

    @Test
    void isComparesACellWithoutMakingAString() {
        CsvFile csv = parse("a,b\nTRUE,\"TRUE\"\n", new ArrayList<>()).orElseThrow();
        csv.readAll(row -> {
            assertThat(row.is(0, "TRUE")).isTrue();
            assertThat(row.is(0, "TRU")).isFalse();
            assertThat(row.is(0, "FALSE")).isFalse();
            assertThat(row.is(1, "TRUE")).isTrue();
            assertThat(row.isEmpty(0)).isFalse();
        });
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "a,b\\n\"x,1\\n|f.csv: malformed CSV: a quoted value starting on line 2 has no closing quote; expected RFC"
                        + " 4180 comma-separated values",
                "a,b\\n\"x\"y,1\\n|f.csv: malformed CSV: a character after the closing quote of a value on line 2;"
                        + " expected RFC 4180 comma-separated values",
                "|f.csv: empty file, expected a header line",
                "\\n\\r\\n|f.csv: empty file, expected a header line"
            })
    void anUnreadableFileIsOneProblem(String text, String problem) {
        List<DatasetProblem> problems = new ArrayList<>();
        assertThat(parse(text == null ? "" : text.replace("\\n", "\n").replace("\\r", "\r"), problems))
                .isEmpty();
        assertThat(problems).extracting(DatasetProblem::toString).containsExactly(problem);
    }

    @Test
    void notUtf8AndAMissingFileAreProblemsToo() throws IOException {
        List<DatasetProblem> problems = new ArrayList<>();
        assertThat(CsvFile.of("f.csv", new byte[] {'a', '\n', (byte) 0xff, '\n'}, problems::add))
                .isEmpty();
        Path missing = dir.resolve("nope.csv");
        DatasetException e = catchThrowableOfType(DatasetException.class, () -> CsvFile.read(missing));
        assertThat(problems)
                .extracting(DatasetProblem::toString)
                .containsExactly("f.csv: not UTF-8 text; expected a UTF-8 encoded CSV file");
        assertThat(e.getMessage()).isEqualTo(missing + ": no such file");
        Path bom = dir.resolve("bom.csv");
        Files.write(bom, "\uFEFFa,b\n1,2\n".getBytes(StandardCharsets.UTF_8));
        assertThat(CsvFile.read(bom).header()).containsExactly("a", "b");
    }
}
