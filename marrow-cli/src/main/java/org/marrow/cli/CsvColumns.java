package org.marrow.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import org.marrow.dataset.CsvFile;
import org.marrow.dataset.DatasetException;
import org.marrow.dataset.DatasetProblem;

/**
 * The command line's side of reading a table with {@link CsvFile}: columns named by an option, rows
 * that must have as many cells as the header, and each mistake as a {@link UserInputException} naming
 * {@code file:line:column}, the column, the value and what was expected.
 */
public final class CsvColumns {
    private CsvColumns() {}

    /**
     * Reads a CSV file with a header line.
     *
     * @param path the file
     * @return the file
     * @throws UserInputException if the file does not exist, is empty, is not UTF-8 or is not valid
     *     CSV, or its header has an empty or a repeated column name
     */
    public static CsvFile read(Path path) {
        CsvFile csv;
        try {
            csv = CsvFile.read(path);
        } catch (DatasetException e) {
            throw new UserInputException(e.getMessage());
        }
        List<String> header = csv.header();
        for (int i = 0; i < header.size(); i++) {
            if (header.get(i).isEmpty()) {
                throw new UserInputException(String.format(
                        "%s:%d:%d: empty column name in the header, expected a name",
                        csv.name(), csv.headerLine(), i + 1));
            }
            if (header.indexOf(header.get(i)) != i) {
                throw new UserInputException(String.format(
                        "%s:%d:%d: duplicate column name '%s' in the header",
                        csv.name(), csv.headerLine(), i + 1, header.get(i)));
            }
        }
        return csv;
    }

    /**
     * The position of a column named by an option.
     *
     * @param csv the file
     * @param name the column name the user gave
     * @param option the option that named it, e.g. {@code --time}
     * @return the 0-based position
     * @throws UserInputException if there is no such column; the message lists the columns
     */
    public static int column(CsvFile csv, String name, String option) {
        int i = csv.header().indexOf(name);
        if (i < 0) {
            throw new UserInputException(String.format(
                    "%s: no column '%s' (%s); the columns are: %s",
                    csv.name(), name, option, String.join(", ", csv.header())));
        }
        return i;
    }

    /**
     * Checks that a row has as many cells as the header.
     *
     * @param row the row
     * @param csv its file
     * @throws UserInputException naming the line if it has not
     */
    public static void requireWidth(CsvFile.Row row, CsvFile csv) {
        if (row.size() != csv.header().size()) {
            throw new UserInputException(String.format(
                    "%s:%d: malformed line: %d fields, expected %d as in the header (%s)",
                    csv.name(), row.line(), row.size(), csv.header().size(), String.join(",", csv.header())));
        }
    }

    /**
     * An error for a cell: {@code file:line:column: column 'c' has value 'v', expected ...}.
     *
     * @param row the row
     * @param cell the 0-based cell
     * @param csv its file
     * @param expected what the value should have been
     * @return the exception, to throw
     */
    public static UserInputException bad(CsvFile.Row row, int cell, CsvFile csv, String expected) {
        return new UserInputException(
                DatasetProblem.badCell(row, cell, csv.header().get(cell), expected)
                        .toString());
    }

    /**
     * A cell as an integer, as {@link Integer#parseInt} reads it.
     *
     * @param row the row
     * @param cell the 0-based cell
     * @param csv its file
     * @param expected what the value should be, for the message
     * @return the integer
     * @throws UserInputException if the cell is not an integer
     */
    public static int integer(CsvFile.Row row, int cell, CsvFile csv, String expected) {
        try {
            return Integer.parseInt(row.text(cell));
        } catch (NumberFormatException e) {
            throw bad(row, cell, csv, expected);
        }
    }

    /**
     * A cell as a finite number.
     *
     * @param row the row
     * @param cell the 0-based cell
     * @param csv its file
     * @param expected what the value should be, for the message
     * @return the number
     * @throws UserInputException if the cell is not a finite number
     */
    public static double number(CsvFile.Row row, int cell, CsvFile csv, String expected) {
        double value = row.number(cell);
        if (!Double.isFinite(value)) {
            throw bad(row, cell, csv, expected);
        }
        return value;
    }

    /**
     * Reads every row, the file's parts at once on every core, each part into its own accumulator; a
     * mistake stops the reading and the first one in the file is thrown.
     *
     * @param csv the file
     * @param accumulator a new accumulator for a part
     * @param row adds one row (checked for its width) to an accumulator; throws {@link
     *     UserInputException} for a mistake
     * @param <A> the accumulator
     * @return one accumulator per part, in file order
     * @throws UserInputException the first mistake in file order
     */
    public static <A> List<A> readRows(CsvFile csv, Supplier<A> accumulator, BiConsumer<A, CsvFile.Row> row) {
        List<CsvFile.Part> parts = csv.parts();
        List<A> results = new ArrayList<>(parts.size());
        UserInputException[] errors = new UserInputException[parts.size()];
        for (int i = 0; i < parts.size(); i++) {
            results.add(accumulator.get());
        }
        Runnable[] tasks = new Runnable[parts.size()];
        for (int i = 0; i < parts.size(); i++) {
            int part = i;
            tasks[i] = () -> {
                try {
                    csv.read(parts.get(part), r -> {
                        requireWidth(r, csv);
                        row.accept(results.get(part), r);
                    });
                } catch (UserInputException e) {
                    errors[part] = e;
                }
            };
        }
        if (tasks.length == 1) {
            tasks[0].run();
        } else {
            java.util.Arrays.stream(tasks).parallel().forEach(Runnable::run);
        }
        for (UserInputException error : errors) {
            if (error != null) {
                throw error;
            }
        }
        return results;
    }
}
