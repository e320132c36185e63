package org.marrow.cli;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file read whole, with a header line, whose cells are parsed on demand into numbers or
 * codes. Every problem is reported as a {@link UserInputException} naming {@code file:line:column},
 * the column, the value and what was expected.
 *
 * <p>Lines are counted from 1 with the header as line 1; columns are counted from 1. Blank lines are
 * skipped. A row with a different number of fields than the header is malformed.
 */
public final class CsvTable {
    private final String file;
    private final List<String> header;
    private final Map<String, Integer> columnIndex;
    private final List<Row> rows;

    private CsvTable(String file, List<String> header, List<Row> rows) {
        this.file = file;
        this.header = List.copyOf(header);
        this.rows = Collections.unmodifiableList(rows);
        Map<String, Integer> index = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            index.putIfAbsent(header.get(i), i);
        }
        this.columnIndex = index;
    }

    /** One data row and the line of the file it came from. */
    public record Row(long line, List<String> values) {}

    /**
     * Reads a comma-separated file with a header line (UTF-8, optional byte order mark).
     *
     * @param path the file
     * @return the table
     * @throws UserInputException if the file does not exist, is empty, has duplicate or blank header
     *     names, or has a row whose number of fields differs from the header
     * @throws UncheckedIOException if the file cannot be read
     */
    public static CsvTable read(Path path) {
        String name = path.toString();
        if (!Files.exists(path)) {
            throw new UserInputException(name + ": no such file");
        }
        try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            return parse(name, reader);
        } catch (NoSuchFileException e) {
            throw new UserInputException(name + ": no such file");
        } catch (IOException e) {
            throw new UncheckedIOException(name + ": " + e.getMessage(), e);
        }
    }

    /**
     * Parses CSV text, reporting problems against the given file name.
     *
     * @param file the name used in messages
     * @param reader the CSV text
     * @return the table
     * @throws IOException if the reader fails
     * @throws UserInputException on the conditions listed for {@link #read(Path)}
     */
    public static CsvTable parse(String file, Reader reader) throws IOException {
        CSVFormat format = CSVFormat.RFC4180
                .builder()
                .setIgnoreEmptyLines(true)
                .setTrim(true)
                .get();
        List<String> header = null;
        List<Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(reader, format)) {
            for (CSVRecord record : parser) {
                long line = parser.getCurrentLineNumber();
                List<String> values = record.toList();
                if (header == null) {
                    if (!values.isEmpty() && values.get(0).startsWith("\uFEFF")) {
                        values.set(0, values.get(0).substring(1));
                    }
                    checkHeader(file, line, values);
                    header = values;
                    continue;
                }
                if (values.size() != header.size()) {
                    throw new UserInputException(String.format(
                            "%s:%d: malformed line: %d fields, expected %d as in the header (%s)",
                            file, line, values.size(), header.size(), String.join(",", header)));
                }
                rows.add(new Row(line, values));
            }
        } catch (IllegalStateException | java.io.UncheckedIOException e) {
            throw new UserInputException(file + ": malformed CSV: " + rootMessage(e));
        }
        if (header == null) {
            throw new UserInputException(file + ": empty file, expected a header line");
        }
        return new CsvTable(file, header, rows);
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage();
    }

    private static void checkHeader(String file, long line, List<String> names) {
        for (int i = 0; i < names.size(); i++) {
            if (names.get(i).isBlank()) {
                throw new UserInputException(
                        String.format("%s:%d:%d: empty column name in the header, expected a name", file, line, i + 1));
            }
            if (names.indexOf(names.get(i)) != i) {
                throw new UserInputException(String.format(
                        "%s:%d:%d: duplicate column name '%s' in the header", file, line, i + 1, names.get(i)));
            }
        }
    }

    /**
     * The file name used in messages.
     *
     * @return the file name
     */
    public String file() {
        return file;
    }

    /**
     * The column names in file order.
     *
     * @return the header
     */
    public List<String> header() {
        return header;
    }

    /**
     * The data rows, header excluded.
     *
     * @return the rows
     */
    public List<Row> rows() {
        return rows;
    }

    /**
     * The index of a named column.
     *
     * @param name the column name, as given by the user
     * @param option the option that named it (for the message), e.g. {@code --time}
     * @return the 0-based column index
     * @throws UserInputException if there is no such column
     */
    public int column(String name, String option) {
        Integer i = columnIndex.get(name);
        if (i == null) {
            throw new UserInputException(String.format(
                    "%s: no column '%s' (%s); the columns are: %s", file, name, option, String.join(", ", header)));
        }
        return i;
    }

    /**
     * The raw text of a cell.
     *
     * @param row the row
     * @param column the 0-based column index
     * @return the trimmed cell text
     */
    public String text(Row row, int column) {
        return row.values().get(column);
    }

    /**
     * A cell parsed as a finite number.
     *
     * @param row the row
     * @param column the 0-based column index
     * @param expected what the value should be, for the message (e.g. "a time >= 0")
     * @return the number
     * @throws UserInputException if the cell is empty or not a finite number
     */
    public double number(Row row, int column, String expected) {
        String s = text(row, column);
        double v;
        try {
            v = Double.parseDouble(s);
        } catch (NumberFormatException e) {
            throw bad(row, column, expected);
        }
        if (!Double.isFinite(v)) {
            throw bad(row, column, expected);
        }
        return v;
    }

    /**
     * A cell parsed as an integer.
     *
     * @param row the row
     * @param column the 0-based column index
     * @param expected what the value should be, for the message (e.g. "0 (censored) or 1 (event)")
     * @return the integer
     * @throws UserInputException if the cell is not an integer
     */
    public int integer(Row row, int column, String expected) {
        String s = text(row, column);
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            throw bad(row, column, expected);
        }
    }

    /**
     * An error for a cell, naming {@code file:line:column}, the column, the value and the expectation.
     *
     * @param row the row
     * @param column the 0-based column index
     * @param expected what the value should have been
     * @return the exception, to throw
     */
    public UserInputException bad(Row row, int column, String expected) {
        return new UserInputException(String.format(
                "%s:%d:%d: column '%s' has value '%s', expected %s",
                file, row.line(), column + 1, header.get(column), text(row, column), expected));
    }
}
