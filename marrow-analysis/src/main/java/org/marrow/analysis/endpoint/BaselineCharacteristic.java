package org.marrow.analysis.endpoint;

import java.util.List;
import java.util.Objects;
import org.marrow.analysis.table.StatTest;

/**
 * One row of Table 1 (baseline characteristics): a continuous characteristic summarised by median and
 * range, or one level of a categorical characteristic counted, in all patients and in each compared
 * group, with the test of the groups and, when the plan asks for it, the standardized difference
 * (document 001's Table 1 with P values, l.112-138; document 000's, l.245-304).
 *
 * @param section the heading the row stands under, e.g. {@code Sex, no. (%)}, or empty
 * @param label the row's label: the characteristic of a continuous row, the level of a categorical one
 * @param categorical whether the row counts subjects at a level (else it summarises values)
 * @param decimals decimals of the values of a continuous row
 * @param cells all patients first, then each compared group
 * @param test the test of the groups, on the row that carries the characteristic's P value (null
 *     otherwise)
 * @param pValue that P value (NaN when the test is undefined or the row carries none)
 * @param standardizedDifference the first compared group against the second (NaN when not asked for,
 *     not two groups, or undefined)
 */
public record BaselineCharacteristic(
        String section,
        String label,
        boolean categorical,
        int decimals,
        List<Cell> cells,
        StatTest test,
        double pValue,
        double standardizedDifference) {

    /**
     * Checks and copies the row.
     *
     * @throws NullPointerException if the section, label or cells are null
     */
    public BaselineCharacteristic {
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(label, "label");
        cells = List.copyOf(cells);
    }

    /**
     * One column of a row.
     *
     * @param group the column's group ({@link Group#ALL} for all patients)
     * @param n patients in the column
     * @param known patients with a value (continuous) or a known level (categorical)
     * @param count patients at the level (categorical; 0 for a continuous row)
     * @param median the median of the values (continuous; NaN otherwise or without values)
     * @param min the smallest value (continuous; NaN otherwise)
     * @param max the largest value (continuous; NaN otherwise)
     */
    public record Cell(Group group, int n, int known, int count, double median, double min, double max) {}
}
