package org.marrow.interop.table;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One value of an exported table, typed: each kind knows its text in a CSV file and its value in a JSON file,
 * so that nothing is written as text and read back.
 */
public sealed interface Cell {

    /**
     * The value as written in a CSV file.
     *
     * @return the text; empty for a missing value
     */
    String text();

    /**
     * The value as a JSON value (Dataset-JSON rows).
     *
     * @return a {@link String} or {@link Long}; a decimal as a string with its digits (Dataset-JSON 1.1, "Decimal
     *     Variables"); null for a missing value
     */
    Object json();

    /** A missing value. */
    Cell MISSING = new Missing();

    /**
     * A text cell.
     *
     * @param value the text
     * @return the cell; missing if the text is empty
     */
    static Cell text(String value) {
        return value.isEmpty() ? MISSING : new Text(value);
    }

    /**
     * A text cell, or missing.
     *
     * @param value the text, if any
     * @return the cell
     */
    static Cell text(Optional<String> value) {
        return value.map(Cell::text).orElse(MISSING);
    }

    /**
     * A whole number.
     *
     * @param value the number
     * @return the cell
     */
    static Cell whole(long value) {
        return new Whole(value);
    }

    /**
     * A decimal number with its digits as given.
     *
     * @param value the number
     * @return the cell
     */
    static Cell decimal(BigDecimal value) {
        return new Decimal(value);
    }

    /**
     * A decimal number, or missing.
     *
     * @param value the number, if any
     * @return the cell
     */
    static Cell decimal(Optional<BigDecimal> value) {
        return value.<Cell>map(Decimal::new).orElse(MISSING);
    }

    /**
     * A date.
     *
     * @param value the date
     * @return the cell
     */
    static Cell date(LocalDate value) {
        return new Day(value);
    }

    /**
     * A date, or missing.
     *
     * @param value the date, if any
     * @return the cell
     */
    static Cell date(Optional<LocalDate> value) {
        return value.<Cell>map(Day::new).orElse(MISSING);
    }

    /**
     * Text.
     *
     * @param value the text, not empty
     */
    record Text(String value) implements Cell {
        /**
         * Checks the text.
         *
         * @throws NullPointerException if value is null
         */
        public Text {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public String text() {
            return value;
        }

        @Override
        public Object json() {
            return value;
        }
    }

    /**
     * A whole number.
     *
     * @param value the number
     */
    record Whole(long value) implements Cell {
        @Override
        public String text() {
            return Long.toString(value);
        }

        @Override
        public Object json() {
            return value;
        }
    }

    /**
     * A decimal number.
     *
     * @param value the number, with the digits as given
     */
    record Decimal(BigDecimal value) implements Cell {
        /**
         * Checks the number.
         *
         * @throws NullPointerException if value is null
         */
        public Decimal {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public String text() {
            return value.toPlainString();
        }

        @Override
        public Object json() {
            return value.toPlainString();
        }
    }

    /**
     * A date.
     *
     * @param value the date
     */
    record Day(LocalDate value) implements Cell {
        /**
         * Checks the date.
         *
         * @throws NullPointerException if value is null
         */
        public Day {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public String text() {
            return value.toString();
        }

        @Override
        public Object json() {
            return value.toString();
        }
    }

    /** No value. */
    final class Missing implements Cell {
        private Missing() {}

        @Override
        public String text() {
            return "";
        }

        @Override
        public Object json() {
            return null;
        }

        @Override
        public String toString() {
            return "MISSING";
        }
    }
}
