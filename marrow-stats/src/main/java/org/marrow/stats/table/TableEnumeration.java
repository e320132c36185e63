package org.marrow.stats.table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.numbers.gamma.LogGamma;

/**
 * The Fisher-Freeman-Halton exact p-value of an r x c table: the sum of the probabilities of the
 * tables with the observed margins that are at most {@code (1 + 1e-7)} times as probable as the
 * observed one (R's {@code fisher.test} rule).
 *
 * <p>A network algorithm after Mehta and Patel (1983): the columns are filled one at a time, and the
 * state after a column is the multiset of remaining row totals (rows are interchangeable for the
 * columns still to fill). Paths into a state are merged when their weights {@code 1 / prod(x!)} agree
 * to a relative 1e-10. For each state the least and greatest weight of its completions are computed
 * once (shortest and longest path); a path whose every completion is at most as probable as the
 * observed table is settled with the closed-form total weight of the completions, one whose every
 * completion is more probable is dropped, and only the others are extended by the next column.
 * Weights are carried as logs; the common factor {@code prod(r_i!) prod(c_j!) / N!} is applied once at
 * the end.
 */
final class TableEnumeration {
    private static final double LOG_RELATIVE_TOLERANCE = Math.log1p(1e-7);
    /** Path weights whose logs round to the same multiple of 1e-10 are merged. */
    private static final double MERGE_SCALE = 1e10;
    /** The most partial-table weights held at once, about 130 MB. */
    private static final long MAX_PATHS = 4_000_000;

    private final int rows;
    private final int[] columnTotals;
    private final int[] rowLeft;
    private final double[] logFactorial;
    private final double observed;
    private final long limit;
    private final String size;
    private long steps;
    private long paths;
    private double sum;
    private final List<Map<State, double[]>> ranges = new ArrayList<>();

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
        Integer[] order = new Integer[table.columns()];
        for (int j = 0; j < order.length; j++) {
            order[j] = j;
        }
        Arrays.sort(order, (p, q) -> Long.compare(table.columnTotal(q), table.columnTotal(p)));
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
        for (int j = 0; j < columnTotals.length; j++) {
            ranges.add(new HashMap<>());
        }
    }

    static double pValue(ContingencyTable table, long limit) {
        if (table.rows() > table.columns()) {
            // More column boundaries mean more places where the bounds settle whole subtrees.
            return pValue(transposed(table), limit);
        }
        TableEnumeration e = new TableEnumeration(table, limit);
        e.network();
        double logConstant = -e.logFactorial[(int) table.total()];
        for (int i = 0; i < table.rows(); i++) {
            logConstant += e.logFactorial[(int) table.rowTotal(i)];
        }
        for (int j = 0; j < table.columns(); j++) {
            logConstant += e.logFactorial[(int) table.columnTotal(j)];
        }
        return Math.min(1, e.sum * Math.exp(e.observed + logConstant));
    }

    /** Stage by stage: the paths into each state are merged by weight, then settled or extended. */
    private void network() {
        Map<State, PathSet> stage = new HashMap<>();
        PathSet start = new PathSet();
        start.add(0, 1);
        stage.put(new State(rowLeft), start);
        for (int column = 0; column < columnTotals.length && !stage.isEmpty(); column++) {
            Map<State, PathSet> next = new HashMap<>();
            for (Map.Entry<State, PathSet> node : stage.entrySet()) {
                settle(column, node.getKey().rows, node.getValue(), next);
                node.getValue().release();
            }
            stage = next;
        }
    }

    private void settle(int column, int[] state, PathSet pasts, Map<State, PathSet> next) {
        double[] range = costRange(column, state);
        int left = 0;
        double total = 0;
        for (int r : state) {
            left += r;
            total -= logFactorial[r];
        }
        total += logFactorial[left];
        for (int j = column; j < columnTotals.length; j++) {
            total -= logFactorial[columnTotals[j]];
        }
        PathSet open = new PathSet();
        for (int k = 0; k < pasts.capacity(); k++) {
            if (!pasts.used(k)) {
                continue;
            }
            step();
            double w = pasts.weight[k];
            if (w - range[0] - observed <= LOG_RELATIVE_TOLERANCE) {
                sum += pasts.count[k] * Math.exp(w + total - observed);
            } else if (w - range[1] - observed <= LOG_RELATIVE_TOLERANCE) {
                open.add(w, pasts.count[k]);
            }
        }
        if (open.size() > 0) {
            open.compact();
            open.release();
            extend(column, state.clone(), 0, columnTotals[column], 0, open, next);
        }
    }

    private void extend(
            int column, int[] rowLeft, int row, int left, double cost, PathSet open, Map<State, PathSet> next) {
        if (row == rowLeft.length - 1) {
            rowLeft[row] -= left;
            double c = cost + logFactorial[left];
            PathSet target = next.computeIfAbsent(new State(rowLeft), k -> new PathSet());
            steps += open.size();
            step();
            for (int k = 0; k < open.size(); k++) {
                target.add(open.weight[k] - c, open.count[k]);
            }
            rowLeft[row] += left;
            return;
        }
        int below = 0;
        for (int i = row + 1; i < rowLeft.length; i++) {
            below += rowLeft[i];
        }
        int high = Math.min(rowLeft[row], left);
        for (int v = Math.max(0, left - below); v <= high; v++) {
            rowLeft[row] -= v;
            extend(column, rowLeft, row + 1, left - v, cost + logFactorial[v], open, next);
            rowLeft[row] += v;
        }
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
     * The least and greatest {@code sum log x!} over the completions of a state (the shortest and
     * longest paths of the network algorithm), computed once per state.
     */
    private double[] costRange(int column, int[] rowTotals) {
        if (column == columnTotals.length - 1) {
            double c = 0;
            for (int r : rowTotals) {
                c += logFactorial[r];
            }
            return new double[] {c, c};
        }
        State state = new State(rowTotals);
        double[] range = ranges.get(column).get(state);
        if (range == null) {
            range = new double[] {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
            rangeOfFillings(column, state.rows.clone(), 0, columnTotals[column], 0, range);
            ranges.get(column).put(state, range);
        }
        return range;
    }

    private void rangeOfFillings(int column, int[] rowLeft, int row, int left, double cost, double[] range) {
        if (row == rowLeft.length - 1) {
            step();
            rowLeft[row] -= left;
            double[] child = costRange(column + 1, rowLeft);
            rowLeft[row] += left;
            double c = cost + logFactorial[left];
            range[0] = Math.min(range[0], c + child[0]);
            range[1] = Math.max(range[1], c + child[1]);
            return;
        }
        int below = 0;
        for (int i = row + 1; i < rowLeft.length; i++) {
            below += rowLeft[i];
        }
        int high = Math.min(rowLeft[row], left);
        for (int v = Math.max(0, left - below); v <= high; v++) {
            rowLeft[row] -= v;
            rangeOfFillings(column, rowLeft, row + 1, left - v, cost + logFactorial[v], range);
            rowLeft[row] += v;
        }
    }

    /** Counts path entries held in memory; refuses past {@link #MAX_PATHS} (about 32 bytes each). */
    private void remember(int entries) {
        paths += entries;
        if (paths > MAX_PATHS) {
            throw new IllegalArgumentException("Fisher's exact test on a " + size + " needs more than " + MAX_PATHS
                    + " partial tables in memory, the limit; use the chi-square test for a table this large");
        }
    }

    private void step() {
        if (++steps > limit) {
            throw new IllegalArgumentException("Fisher's exact test on a " + size + " needs more than " + limit
                    + " enumeration steps over the tables with the observed margins, the limit;"
                    + " use the chi-square test for a table this large");
        }
    }

    /**
     * Path weights (logs) with their numbers of paths, merged when they round to the same multiple of
     * 1e-10: an open-addressing hash table on two primitive arrays (NaN marks a free slot), as there
     * can be millions. Every new entry counts against the memory limit.
     */
    private final class PathSet {
        double[] weight = freeSlots(16);
        double[] count = new double[16];
        private int size;

        void add(double w, double n) {
            if (2 * (size + 1) > weight.length) {
                grow();
            }
            long key = Math.round(w * MERGE_SCALE);
            int mask = weight.length - 1;
            int i = Long.hashCode(key * 0x9E3779B97F4A7C15L) & mask;
            while (!Double.isNaN(weight[i])) {
                if (Math.round(weight[i] * MERGE_SCALE) == key) {
                    count[i] += n;
                    return;
                }
                i = (i + 1) & mask;
            }
            weight[i] = w;
            count[i] = n;
            size++;
            remember(1);
        }

        private void grow() {
            double[] w = weight;
            double[] c = count;
            weight = freeSlots(w.length * 2);
            count = new double[w.length * 2];
            remember(-size);
            size = 0;
            for (int i = 0; i < w.length; i++) {
                if (!Double.isNaN(w[i])) {
                    add(w[i], c[i]);
                }
            }
        }

        private double[] freeSlots(int n) {
            double[] a = new double[n];
            Arrays.fill(a, Double.NaN);
            return a;
        }

        /** Packs the entries into {@code weight[0..size)} and {@code count[0..size)}; no more adds. */
        void compact() {
            int n = 0;
            for (int i = 0; i < weight.length; i++) {
                if (!Double.isNaN(weight[i])) {
                    weight[n] = weight[i];
                    count[n] = count[i];
                    n++;
                }
            }
        }

        int capacity() {
            return weight.length;
        }

        boolean used(int i) {
            return !Double.isNaN(weight[i]);
        }

        int size() {
            return size;
        }

        void release() {
            remember(-size);
        }
    }

    /** The remaining row totals, sorted: the rows are interchangeable for the columns still to fill. */
    private static final class State {
        final int[] rows;
        private final int hash;

        State(int[] rowTotals) {
            rows = rowTotals.clone();
            Arrays.sort(rows);
            hash = Arrays.hashCode(rows);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof State s && Arrays.equals(rows, s.rows);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }
}
