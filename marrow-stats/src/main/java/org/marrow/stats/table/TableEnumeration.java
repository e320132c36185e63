package org.marrow.stats.table;

import java.util.Arrays;
import org.apache.commons.numbers.gamma.LogGamma;

/**
 * The Fisher-Freeman-Halton exact p-value of an r x c table by complete enumeration of the tables
 * with the observed margins: the sum of the probabilities of the tables at most
 * {@code (1 + 1e-7)} times as probable as the observed one (R's {@code fisher.test} rule).
 *
 * <p>Columns are filled one after another, each cell between the bounds that keep the remaining
 * margins reachable. Between columns, a subtree whose every completion is (or none is) at most as
 * probable as the observed table is settled at once. Probabilities are carried as logs of
 * {@code 1 / prod(x!)}; the common factor {@code prod(r_i!) prod(c_j!) / N!} is applied once at the end.
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
    private long steps;
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
        // Ascending column totals keep every suffix sorted, as the bounds need.
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
        if (table.rows() > table.columns()) {
            // More column boundaries mean more places where the bounds settle whole subtrees.
            return pValue(transposed(table), limit);
        }
        TableEnumeration e = new TableEnumeration(table, limit);
        e.column(0, 0);
        double logConstant = -e.logFactorial[(int) table.total()];
        for (int i = 0; i < table.rows(); i++) {
            logConstant += e.logFactorial[(int) table.rowTotal(i)];
        }
        for (int j = 0; j < table.columns(); j++) {
            logConstant += e.logFactorial[(int) table.columnTotal(j)];
        }
        return Math.min(1, e.sum * Math.exp(e.observed + logConstant));
    }

    private static ContingencyTable transposed(ContingencyTable table) {
        int[][] t = new int[table.columns()][table.rows()];
        for (int i = 0; i < table.rows(); i++) {
            for (int j = 0; j < table.columns(); j++) {
                t[j][i] = table.count(i, j);
            }
        }
        return ContingencyTable.of(t);
    }

    /**
     * Visits the tables that complete the columns from {@code column} on, where {@code logWeight} is
     * {@code -sum log x!} over the cells already filled. Before enumerating, bounds on the most and
     * least probable completion decide whether every completion counts (their total weight has a
     * closed form) or none does, as in Mehta and Patel's (1983) network algorithm.
     */
    private void column(int column, double logWeight) {
        step();
        if (column == columnTotals.length - 1) {
            // The last column is fixed by the row totals: one table.
            double w = logWeight;
            for (int r : rowLeft) {
                w -= logFactorial[r];
            }
            if (w - observed <= LOG_RELATIVE_TOLERANCE) {
                sum += Math.exp(w - observed);
            }
            return;
        }
        int[] caps = rowLeft.clone();
        Arrays.sort(caps);
        double leastCost = 0;
        double mostCost = 0;
        for (int j = column; j < columnTotals.length; j++) {
            leastCost += evenCost(caps, columnTotals[j]);
            mostCost += concentratedCost(caps, columnTotals[j]);
        }
        int[] columnCaps = Arrays.copyOfRange(columnTotals, column, columnTotals.length);
        double rowLeast = 0;
        double rowMost = 0;
        int left = 0;
        for (int i = 0; i < rows; i++) {
            rowLeast += evenCost(columnCaps, rowLeft[i]);
            rowMost += concentratedCost(columnCaps, rowLeft[i]);
            left += rowLeft[i];
        }
        leastCost = Math.max(leastCost, rowLeast);
        mostCost = Math.min(mostCost, rowMost);
        if (logWeight - leastCost - observed <= LOG_RELATIVE_TOLERANCE) {
            // Every completion is at most as probable as the observed table: add them all.
            double total = logFactorial[left];
            for (int i = 0; i < rows; i++) {
                total -= logFactorial[rowLeft[i]];
            }
            for (int j = column; j < columnTotals.length; j++) {
                total -= logFactorial[columnTotals[j]];
            }
            sum += Math.exp(logWeight + total - observed);
            return;
        }
        if (logWeight - mostCost - observed > LOG_RELATIVE_TOLERANCE) {
            return;
        }
        fill(column, 0, columnTotals[column], logWeight);
    }

    private void step() {
        if (++steps > limit) {
            throw new IllegalArgumentException("Fisher's exact test on a " + size + " needs more than " + limit
                    + " enumeration steps over the tables with the observed margins, the limit;"
                    + " use the chi-square test for a table this large");
        }
    }

    /** Chooses cell (row, column) with {@code left} still to place in this column. */
    private void fill(int column, int row, int left, double logWeight) {
        if (row == rows - 1) {
            rowLeft[row] -= left;
            column(column + 1, logWeight - logFactorial[left]);
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

    /**
     * The least {@code sum log x_i!} over {@code x_i <= caps[i]} summing to {@code total}: spread as
     * evenly as the caps allow (log x! is convex). {@code caps} is sorted ascending.
     */
    private double evenCost(int[] caps, int total) {
        double cost = 0;
        int rest = total;
        for (int i = 0; i < caps.length; i++) {
            int share = rest / (caps.length - i);
            if (caps[i] <= share) {
                cost += logFactorial[caps[i]];
                rest -= caps[i];
            } else {
                int n = caps.length - i;
                int extra = rest - share * n;
                return cost + (n - extra) * logFactorial[share] + extra * logFactorial[share + 1];
            }
        }
        return cost;
    }

    /**
     * The greatest {@code sum log x_i!} over {@code x_i <= caps[i]} summing to {@code total}: fill the
     * largest caps first. {@code caps} is sorted ascending.
     */
    private double concentratedCost(int[] caps, int total) {
        double cost = 0;
        int rest = total;
        for (int i = caps.length - 1; i >= 0 && rest > 0; i--) {
            int x = Math.min(caps[i], rest);
            cost += logFactorial[x];
            rest -= x;
        }
        return cost;
    }
}
