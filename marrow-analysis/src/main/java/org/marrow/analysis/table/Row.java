package org.marrow.analysis.table;

import java.util.Arrays;
import java.util.List;

/**
 * A row of a {@link Table}: its cells, how it is shown, and the test its P value (if any) comes
 * from.
 *
 * @param cells the cells, one per column (a section row has only its label)
 * @param style how the row is shown
 * @param test the test of the row's P value, or null
 */
public record Row(List<String> cells, Style style, StatTest test) {
    /** How a row is shown. */
    public enum Style {
        /** An ordinary row. */
        DATA,
        /** A row under a section heading, its label indented (a category of a characteristic). */
        INDENTED,
        /** A heading spanning the table, for example "Sex — no. (%)". */
        SECTION
    }

    /**
     * Checks the row.
     *
     * @throws IllegalArgumentException if cells or style is null, a cell is null, there are no
     *     cells, or a section row has more than one cell or a test
     */
    public Row {
        if (cells == null || style == null) {
            throw new IllegalArgumentException("Row cells and style must not be null");
        }
        if (cells.isEmpty() || cells.stream().anyMatch(java.util.Objects::isNull)) {
            throw new IllegalArgumentException("Row cells " + cells + " must be at least one and not null");
        }
        cells = List.copyOf(cells);
        if (style == Style.SECTION && (cells.size() != 1 || test != null)) {
            throw new IllegalArgumentException(
                    "A section row has its label only and no test, but got " + cells + " and " + test);
        }
    }

    /**
     * An ordinary row.
     *
     * @param cells the cells, one per column
     * @return the row
     * @throws IllegalArgumentException if a cell is null or there are none
     */
    public static Row of(String... cells) {
        return new Row(Arrays.asList(cells), Style.DATA, null);
    }

    /**
     * A row whose label is indented under the previous section row.
     *
     * @param cells the cells, one per column
     * @return the row
     * @throws IllegalArgumentException if a cell is null or there are none
     */
    public static Row indented(String... cells) {
        return new Row(Arrays.asList(cells), Style.INDENTED, null);
    }

    /**
     * A section heading.
     *
     * @param label the heading
     * @return the row
     * @throws IllegalArgumentException if the label is null
     */
    public static Row section(String label) {
        return new Row(Arrays.asList(label), Style.SECTION, null);
    }

    /**
     * This row with the test its P value comes from.
     *
     * @param test the test
     * @return a new row
     * @throws IllegalArgumentException if test is null or this is a section row
     */
    public Row testedBy(StatTest test) {
        if (test == null) {
            throw new IllegalArgumentException("Test must not be null");
        }
        return new Row(cells, style, test);
    }
}
