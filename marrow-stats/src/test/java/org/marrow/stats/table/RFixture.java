package org.marrow.stats.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Parsing and comparison of the R fixtures of this package. */
final class RFixture {
    private RFixture() {}

    /** A number as R wrote it: {@code NA} is NaN, {@code Inf} infinity. */
    static double number(String s) {
        return switch (s) {
            case "NA", "NaN" -> Double.NaN;
            case "Inf" -> Double.POSITIVE_INFINITY;
            default -> Double.parseDouble(s);
        };
    }

    /** A table or matrix written as rows separated by ';' and cells by spaces. */
    static double[][] matrix(String s) {
        String[] rows = s.split(";");
        double[][] m = new double[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            String[] cells = rows[i].trim().split(" +");
            m[i] = new double[cells.length];
            for (int j = 0; j < cells.length; j++) {
                m[i][j] = number(cells[j]);
            }
        }
        return m;
    }

    static ContingencyTable table(String s) {
        double[][] m = matrix(s);
        int[][] counts = new int[m.length][];
        for (int i = 0; i < m.length; i++) {
            counts[i] = new int[m[i].length];
            for (int j = 0; j < m[i].length; j++) {
                counts[i][j] = (int) m[i][j];
            }
        }
        return ContingencyTable.of(counts);
    }

    /** Equal within a relative tolerance; NaN, infinities and 0 must match exactly. */
    static void assertClose(String what, double actual, double expected, double tolerance) {
        if (Double.isNaN(expected)) {
            assertThat(actual).as(what).isNaN();
        } else if (Double.isInfinite(expected) || expected == 0) {
            assertThat(actual).as(what).isEqualTo(expected);
        } else {
            assertThat(actual).as(what).isCloseTo(expected, within(Math.abs(expected) * tolerance));
        }
    }
}
