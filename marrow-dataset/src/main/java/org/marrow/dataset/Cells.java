package org.marrow.dataset;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The cells of one data row, parsed one column at a time; every bad cell becomes a problem. One
 * instance serves every row of a part of a file in turn ({@link #reset}): a row's cells are valid only
 * while it is being parsed.
 */
final class Cells {
    private final String file;
    private final Columns columns;
    private final Problems problems;
    private final Values shared;
    private long line;
    private String[] values;
    private boolean valid;

    Cells(String file, Columns columns, Problems problems, Values shared) {
        this.file = file;
        this.columns = columns;
        this.problems = problems;
        this.shared = shared;
    }

    /** Moves on to a row. */
    Cells reset(long line, String[] values) {
        this.line = line;
        this.values = values;
        this.valid = true;
        return this;
    }

    /** Where each column of a file is in its rows. */
    static final class Columns {
        private final String[] names;
        private final int[] positions;

        /**
         * @param index each column's position, by name
         * @param canonical the file's column names (literals: looked up by identity first)
         */
        Columns(Map<String, Integer> index, List<String> canonical) {
            names = new String[index.size()];
            positions = new int[index.size()];
            int i = 0;
            for (Map.Entry<String, Integer> column : index.entrySet()) {
                int at = canonical.indexOf(column.getKey());
                names[i] = at < 0 ? column.getKey() : canonical.get(at);
                positions[i] = column.getValue();
                i++;
            }
        }

        /** The 0-based position of a column, or -1 if the header does not have it. */
        int position(String column) {
            for (int i = 0; i < names.length; i++) {
                if (names[i] == column) {
                    return positions[i];
                }
            }
            for (int i = 0; i < names.length; i++) {
                if (names[i].equals(column)) {
                    return positions[i];
                }
            }
            return -1;
        }
    }

    /**
     * Values seen before in one part of a file, shared between its rows so that a date, a number or a
     * unit written a million times is held once. Not thread-safe: one per part.
     */
    static final class Values {
        private static final int MAX_ENTRIES = 1 << 16;
        private final Map<String, LocalDate> dates = new HashMap<>();
        private final Map<String, BigDecimal> decimals = new HashMap<>();
        private final Map<String, String> texts = new HashMap<>();

        LocalDate date(String text) {
            LocalDate date = dates.get(text);
            if (date == null) {
                date = CellSyntax.date(text);
                if (dates.size() < MAX_ENTRIES) {
                    dates.put(text, date);
                }
            }
            return date;
        }

        BigDecimal decimal(String text) {
            BigDecimal value = decimals.get(text);
            if (value == null) {
                value = new BigDecimal(text);
                if (decimals.size() < MAX_ENTRIES) {
                    decimals.put(text, value);
                }
            }
            return value;
        }

        String text(String text) {
            String known = texts.putIfAbsent(text, text);
            return known == null ? text : known;
        }
    }

    long line() {
        return line;
    }

    /** A text that recurs (a unit as written), held once. */
    String shared(String text) {
        return shared.text(text);
    }

    boolean isValid() {
        return valid;
    }

    String file() {
        return file;
    }

    /** The trimmed text of a column; empty if the column is absent from the header. */
    String text(String column) {
        int i = columns.position(column);
        return i < 0 ? "" : values[i];
    }

    private int columnNumber(String column) {
        return columns.position(column) + 1;
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
                line,
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
            return shared.date(text);
        } catch (DateTimeException e) {
            error(column, "a date YYYY-MM-DD" + (required ? "" : " or empty"));
            return null;
        }
    }

    /** A plain decimal; null if bad (error reported). */
    BigDecimal decimal(String column, String expected) {
        String text = text(column);
        if (!CellSyntax.isPlainDecimal(text, true)) {
            error(column, expected);
            return null;
        }
        return shared.decimal(text);
    }

    /** An integer in a range; null if bad (error reported). */
    Integer integer(String column, int min, int max, String expected) {
        String text = text(column);
        if (!CellSyntax.isShortInteger(text)) {
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
