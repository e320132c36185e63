package org.marrow.stats.table;

import java.util.Arrays;
import org.apache.commons.numbers.gamma.LogGamma;

/**
 * The Fisher-Freeman-Halton exact p-value of an r x c table by complete enumeration of the tables
 * with the observed margins: the sum of the probabilities of the tables at most
 * {@code (1 + 1e-7)} times as probable as the observed one (R's {@code fisher.test} rule).
 *
 * <p>Columns are filled one after another, each cell between the bounds that keep the remaining
 * margins reachable; the last column is fixed by the row totals. Probabilities are carried as logs
 * relative to the observed table, so the common factor {@code prod(r_i!) prod(c_j!) / N!} is applied
 * once at the end.
 */
final class TableEnumeration {
    private static final double LOG_RELATIVE_TOLERANCE = Math.log1p(1e-7);

    private final int rows;
    private final int[] columnTotals;
    private final int[] rowLeft;
    private final double[] logFactorial;
    private final double observed;
    private final long limit;
    private final String size;
    private long tables;
    private double sum;

    private TableEnumeration(ContingencyTable table, long limit) {
        this.limit = limit;
        this.size = table.size() + " table with total " + table.total();
        int[][] counts = table.counts();
        rows = table.rows();
        int n = (int) table.total();
        logFactorial = new double[n + 1];
        for (int k = 0; k <= n; k++) {
            logFactorial[k] = LogGamma.value(k + 1.0);
        }
        // The largest column last: it is the one fixed by the row totals.
        Integer[] order = new Integer[table.columns()];
        for (int j = 0; j < order.length; j++) {
            order[j] = j;
        }
        Arrays.sort(order, (p, q) -> Long.compare(table.columnTotal(p), table.columnTotal(q)));
        columnTotals = new int[order.length];
        for (int j = 0; j < order.length; j++) {
            columnTotals[j] = (int) table.columnTotal(order[j]);
        }
        rowLeft = new int[rows];
        double obs = 0;
        for (int i = 0; i < rows; i++) {
            rowLeft[i] = (int) table.rowTotal(i);
            for (int v : counts[i]) {
                obs -= logFactorial[v];
            }
        }
        observed = obs;
    }

    static double pValue(ContingencyTable table, long limit) {
        TableEnumeration e = new TableEnumeration(table, limit);
        e.fill(0, 0, e.columnTotals[0], 0);
        double logConstant = -e.logFactorial[(int) table.total()];
        for (int i = 0; i < table.rows(); i++) {
            logConstant += e.logFactorial[(int) table.rowTotal(i)];
        }
        for (int j = 0; j < table.columns(); j++) {
            logConstant += e.logFactorial[(int) table.columnTotal(j)];
        }
        return Math.min(1, e.sum * Math.exp(e.observed + logConstant));
    }

    /** Chooses cell (row, column) with {@code left} still to place in this column. */
    private void fill(int column, int row, int left, double logWeight) {
        if (column == columnTotals.length - 1) {
            double w = logWeight;
            for (int i = 0; i < rows; i++) {
                w -= logFactorial[rowLeft[i]];
            }
            leaf(w);
            return;
        }
        if (row == rows - 1) {
            rowLeft[row] -= left;
            fill(column + 1, 0, columnTotals[column + 1], logWeight - logFactorial[left]);
            rowLeft[row] += left;
            return;
        }
        int below = 0;
        for (int i = row + 1; i < rows; i++) {
            below += rowLeft[i];
        }
        int high = Math.min(rowLeft[row], left);
        for (int v = Math.max(0, left - below); v <= high; v++) {
            rowLeft[row] -= v;
            fill(column, row + 1, left - v, logWeight - logFactorial[v]);
            rowLeft[row] += v;
        }
    }

    private void leaf(double logWeight) {
        if (++tables > limit) {
            throw new IllegalArgumentException("Fisher's exact test on a " + size + " needs more than " + limit
                    + " tables with the observed margins, over the enumeration limit of " + limit
                    + "; use the chi-square test for a table this large");
        }
        double logRatio = logWeight - observed;
        if (logRatio <= LOG_RELATIVE_TOLERANCE) {
            sum += Math.exp(logRatio);
        }
    }
}
