package org.marrow.dataset;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.regex.Pattern;

/** The cells of one data row, parsed one column at a time; every bad cell becomes a problem. */
final class Cells {
    /** A plain decimal as the data set writes numbers: no exponent, no leading zeros, no plus sign. */
    static final Pattern DECIMAL = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?");

    private final String file;
    private final CsvSource.Row row;
    private final Map<String, Integer> index;
    private final Problems problems;
    private boolean valid = true;

    Cells(String file, CsvSource.Row row, Map<String, Integer> index, Problems problems) {
        this.file = file;
        this.row = row;
        this.index = index;
        this.problems = problems;
    }

    long line() {
        return row.line();
    }

    boolean isValid() {
        return valid;
    }

    String file() {
        return file;
    }

    /** The trimmed text of a column; empty if the column is absent from the header. */
    String text(String column) {
        Integer i = index.get(column);
        return i == null ? "" : row.values().get(i);
    }

    private int columnNumber(String column) {
        Integer i = index.get(column);
        return i == null ? 0 : i + 1;
    }

    /** An error of the form {@code column 'c' has value 'v', expected ...}. */
    void error(String column, String expected) {
        add(DatasetProblem.Level.ERROR, column, ", expected " + expected);
    }

    /** An error of the form {@code column 'c' has value 'v': detail}. */
    void errorDetail(String column, String detail) {
        add(DatasetProblem.Level.ERROR, column, ": " + detail);
    }

    /** A warning of the form {@code column 'c' has value 'v': detail}. */
    void warning(String column, String detail) {
        add(DatasetProblem.Level.WARNING, column, ": " + detail);
    }

    private void add(DatasetProblem.Level level, String column, String rest) {
        String value = text(column);
        if (level == DatasetProblem.Level.ERROR) {
            valid = false;
        }
        problems.add(new DatasetProblem(
                level,
                file,
                row.line(),
                columnNumber(column),
                column,
                value,
                "column '" + column + "' has value '" + value + "'" + rest));
    }

    /** A non-empty text, or null (error reported). */
    String required(String column, String expected) {
        String text = text(column);
        if (text.isEmpty()) {
            error(column, expected);
            return null;
        }
        return text;
    }

    /** A date; null if empty and optional, or if bad (error reported). */
    LocalDate date(String column, boolean required) {
        String text = text(column);
        if (text.isEmpty()) {
            if (required) {
                error(column, "a date YYYY-MM-DD");
            }
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            error(column, "a date YYYY-MM-DD" + (required ? "" : " or empty"));
            return null;
        }
    }

    /** A plain decimal; null if bad (error reported). */
    BigDecimal decimal(String column, String expected) {
        String text = text(column);
        if (!DECIMAL.matcher(text).matches()) {
            error(column, expected);
            return null;
        }
        return new BigDecimal(text);
    }

    /** An integer in a range; null if bad (error reported). */
    Integer integer(String column, int min, int max, String expected) {
        String text = text(column);
        if (!text.matches("-?[0-9]{1,9}")) {
            error(column, expected);
            return null;
        }
        int value = Integer.parseInt(text);
        if (value < min || value > max) {
            error(column, expected);
            return null;
        }
        return value;
    }
}
