package org.marrow.dataset;

import java.util.Objects;
import org.marrow.clinical.message.Message;
import org.marrow.clinical.message.MessageRenderer;

/**
 * One problem found while reading a data set: where it is ({@code file:line:column}), which column,
 * the value as written, and what is wrong or was expected, as a {@link Message} rendered at the edge.
 *
 * <p>{@link #toString()} is the one-line English form shown by the command line, e.g.
 * {@code data/labs.csv:4:4: column 'value' has value '9,5', expected a decimal number such as 9.5}
 * or, for a warning,
 * {@code data/labs.csv:7:4: warning: column 'value' has value '9.5': HGB 9.5 g/L looks like g/dL ...};
 * {@link #render} gives it in another language.
 *
 * @param level error (the data set is refused) or warning (accepted, flagged for review)
 * @param file the file, as a path under the folder given to the reader
 * @param line the 1-based line (the header is line 1), or 0 for a problem with the whole file
 * @param column the 1-based column, or 0 for a problem with a whole line or file
 * @param columnName the column's name, or empty
 * @param value the value as written, or empty
 * @param message what is wrong, after the location, e.g. {@code column 'sex' has value 'X', expected M
 *     or F}
 */
public record DatasetProblem(
        Level level, String file, long line, int column, String columnName, String value, Message message) {

    /** How serious a problem is. */
    public enum Level {
        /** The data set cannot be used until this is corrected. */
        ERROR,
        /** The value is accepted but probably wrong: implausible, a likely unit mix-up, inconsistent. */
        WARNING
    }

    /**
     * Checks the problem.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if {@code line} or {@code column} is negative
     */
    public DatasetProblem {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(columnName, "columnName");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(message, "message");
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("Line (" + line + ") and column (" + column + ") must be >= 0");
        }
    }

    /**
     * A problem with a whole file.
     *
     * @param level the level
     * @param file the file
     * @param message what is wrong
     * @return the problem
     */
    public static DatasetProblem ofFile(Level level, String file, Message message) {
        return new DatasetProblem(level, file, 0, 0, "", "", message);
    }

    /**
     * A problem with a whole line, or with a column of the header.
     *
     * @param file the file
     * @param line the line
     * @param column the column, or 0 for the whole line
     * @param message what is wrong
     * @return the error
     */
    public static DatasetProblem lineError(String file, long line, int column, Message message) {
        return new DatasetProblem(Level.ERROR, file, line, column, "", "", message);
    }

    /**
     * A bad cell of a table read by {@link CsvFile}: {@code column 'c' has value 'v', expected ...}.
     *
     * @param row the row
     * @param cell the 0-based cell
     * @param columnName the column's name
     * @param expected what was expected, e.g. {@code "a time >= 0"} or a {@link Message}
     * @return the error
     */
    public static DatasetProblem badCell(CsvFile.Row row, int cell, String columnName, Object expected) {
        String value = row.text(cell);
        return new DatasetProblem(
                Level.ERROR,
                row.file(),
                row.line(),
                cell + 1,
                columnName,
                value,
                Message.of("dataset.cell.expected", columnName, value, expected));
    }

    /**
     * Whether this problem makes the data set unusable.
     *
     * @return {@code level() == ERROR}
     */
    public boolean isError() {
        return level == Level.ERROR;
    }

    /**
     * The location, {@code file}, {@code file:line} or {@code file:line:column}.
     *
     * @return the location
     */
    public String location() {
        if (line == 0) {
            return file;
        }
        return column == 0 ? file + ":" + line : file + ":" + line + ":" + column;
    }

    /**
     * What is wrong, in English, without the location.
     *
     * @return e.g. {@code column 'sex' has value 'X', expected M or F}
     */
    public String description() {
        return MessageRenderer.english().render(message);
    }

    /**
     * The one-line form in a language: location, a warning's mark, what is wrong.
     *
     * @param renderer the language
     * @return e.g. {@code labs.csv:7:4: warning: column 'value' ...}
     */
    public String render(MessageRenderer renderer) {
        Message text = level == Level.WARNING ? Message.of("dataset.warning", message) : message;
        return location() + ": " + renderer.render(text);
    }

    /** The one-line English form: location, {@code warning:} for warnings, description. */
    @Override
    public String toString() {
        return render(MessageRenderer.english());
    }
}
