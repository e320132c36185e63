package org.marrow.stats.table;

import java.util.Arrays;

/**
 * An r x c table of counts (r, c >= 2) with its margins. Rows or columns whose total is 0 are
 * allowed (R accepts them: the chi-square statistic is then NaN, Fisher's test is still defined);
 * a table whose every count is 0 is not.
 */
public final class ContingencyTable {
    private final int[][] counts;
    private final long[] rowTotals;
    private final long[] columnTotals;
    private final long total;

    private ContingencyTable(int[][] counts) {
        this.counts = counts;
        rowTotals = new long[counts.length];
        columnTotals = new long[counts[0].length];
        long sum = 0;
        for (int i = 0; i < counts.length; i++) {
            for (int j = 0; j < counts[i].length; j++) {
                rowTotals[i] += counts[i][j];
                columnTotals[j] += counts[i][j];
                sum += counts[i][j];
            }
        }
        total = sum;
    }

    /**
     * Creates a table from its counts, row by row.
     *
     * @param counts the counts, {@code counts[row][column]}; copied
     * @return the table
     * @throws IllegalArgumentException if there are fewer than 2 rows or 2 columns, the rows differ in
     *     length, a count is negative, every count is 0, or the total exceeds {@link Integer#MAX_VALUE}
     */
    public static ContingencyTable of(int[][] counts) {
        if (counts == null || counts.length < 2) {
            throw new IllegalArgumentException("Table has " + (counts == null ? 0 : counts.length)
                    + " rows, expected at least 2 rows and 2 columns");
        }
        int columns = counts[0].length;
        if (columns < 2) {
            throw new IllegalArgumentException(
                    "Table has " + columns + " columns, expected at least 2 rows and 2 columns");
        }
        int[][] copy = new int[counts.length][];
        long sum = 0;
        for (int i = 0; i < counts.length; i++) {
            if (counts[i].length != columns) {
                throw new IllegalArgumentException("Table row " + (i + 1) + " has " + counts[i].length
                        + " counts, expected " + columns + " as in row 1");
            }
            for (int j = 0; j < columns; j++) {
                if (counts[i][j] < 0) {
                    throw new IllegalArgumentException("Table count at row " + (i + 1) + ", column " + (j + 1) + " ("
                            + counts[i][j] + ") must be >= 0");
                }
                sum += counts[i][j];
            }
            copy[i] = counts[i].clone();
        }
        if (sum == 0) {
            throw new IllegalArgumentException("Table total is 0, expected at least one count > 0");
        }
        if (sum > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("Table total (" + sum + ") must be <= " + Integer.MAX_VALUE);
        }
        return new ContingencyTable(copy);
    }

    /**
     * The number of rows.
     *
     * @return r
     */
    public int rows() {
        return counts.length;
    }

    /**
     * The number of columns.
     *
     * @return c
     */
    public int columns() {
        return counts[0].length;
    }

    /**
     * One count.
     *
     * @param row the 0-based row
     * @param column the 0-based column
     * @return the count
     * @throws IndexOutOfBoundsException if the cell is outside the table
     */
    public int count(int row, int column) {
        return counts[row][column];
    }

    /**
     * The counts, row by row.
     *
     * @return a copy of the counts
     */
    public int[][] counts() {
        int[][] copy = new int[counts.length][];
        for (int i = 0; i < counts.length; i++) {
            copy[i] = counts[i].clone();
        }
        return copy;
    }

    /**
     * The total of one row.
     *
     * @param row the 0-based row
     * @return the row total
     * @throws IndexOutOfBoundsException if there is no such row
     */
    public long rowTotal(int row) {
        return rowTotals[row];
    }

    /**
     * The total of one column.
     *
     * @param column the 0-based column
     * @return the column total
     * @throws IndexOutOfBoundsException if there is no such column
     */
    public long columnTotal(int column) {
        return columnTotals[column];
    }

    /**
     * The sum of all counts.
     *
     * @return the total, at least 1
     */
    public long total() {
        return total;
    }

    /**
     * Whether this is a 2x2 table.
     *
     * @return true for 2 rows and 2 columns
     */
    public boolean isTwoByTwo() {
        return rows() == 2 && columns() == 2;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ContingencyTable t && Arrays.deepEquals(counts, t.counts);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(counts);
    }

    /**
     * The counts as text, rows separated by {@code ;} and counts by spaces, e.g. {@code 4 9;24 6}.
     *
     * @return the text
     */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < counts.length; i++) {
            if (i > 0) {
                sb.append(';');
            }
            for (int j = 0; j < counts[i].length; j++) {
                if (j > 0) {
                    sb.append(' ');
                }
                sb.append(counts[i][j]);
            }
        }
        return sb.toString();
    }

    String size() {
        return rows() + "x" + columns();
    }
}
