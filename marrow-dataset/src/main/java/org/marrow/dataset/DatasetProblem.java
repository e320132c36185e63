package org.marrow.dataset;

import java.util.Objects;

/**
 * One problem found while reading a data set: where it is ({@code file:line:column}), which column,
 * the value as written, and what is wrong or was expected.
 *
 * <p>{@link #toString()} is the one-line form shown to users, e.g.
 * {@code data/labs.csv:4:4: column 'value' has value '9,5', expected a decimal number such as 9.5}
 * or, for a warning,
 * {@code data/labs.csv:7:4: warning: column 'value' has value '9.5': HGB 9.5 g/L looks like g/dL ...}.
 *
 * @param level error (the data set is refused) or warning (accepted, flagged for review)
 * @param file the file, as a path under the folder given to the reader
 * @param line the 1-based line (the header is line 1), or 0 for a problem with the whole file
 * @param column the 1-based column, or 0 for a problem with a whole line or file
 * @param columnName the column's name, or empty
 * @param value the value as written, or empty
 * @param description what is wrong, after the location
 */
public record DatasetProblem(
        Level level, String file, long line, int column, String columnName, String value, String description) {

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
        Objects.requireNonNull(description, "description");
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("Line (" + line + ") and column (" + column + ") must be >= 0");
        }
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

    /** The one-line form: location, {@code warning:} for warnings, description. */
    @Override
    public String toString() {
        return location() + ": " + (level == Level.WARNING ? "warning: " : "") + description;
    }
}
