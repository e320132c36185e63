package org.marrow.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A plain-text table with aligned columns, for the human-readable output of commands. Numbers are
 * right-aligned, text left-aligned.
 */
public final class TextTable {
    /** The widest rule under the last column, whose cells are not padded. */
    static final int MAX_LAST_RULE = 40;

    private final List<String> header;
    private final List<List<String>> rows = new ArrayList<>();

    /**
     * Creates a table with the given column titles.
     *
     * @param header column titles
     */
    public TextTable(String... header) {
        this.header = List.of(header);
    }

    /**
     * Adds a row; values are formatted with {@link #cell(Object)}.
     *
     * @param values one value per column
     * @return this table
     * @throws IllegalArgumentException if the number of values differs from the number of columns
     */
    public TextTable row(Object... values) {
        if (values.length != header.size()) {
            throw new IllegalArgumentException(
                    "row has " + values.length + " values, table has " + header.size() + " columns");
        }
        List<String> r = new ArrayList<>();
        for (Object v : values) {
            r.add(cell(v));
        }
        rows.add(r);
        return this;
    }

    /**
     * Formats one value: doubles to 6 significant digits, non-finite doubles as {@code NA}, null as
     * {@code NA}.
     *
     * @param v the value
     * @return its text
     */
    public static String cell(Object v) {
        if (v == null) {
            return "NA";
        }
        if (v instanceof Double d) {
            if (!Double.isFinite(d)) {
                return "NA";
            }
            return String.format(Locale.ROOT, "%.6g", d)
                    .replaceFirst("(\\.\\d*?)0+(e|$)", "$1$2")
                    .replaceFirst("\\.(e|$)", "$1");
        }
        return v.toString();
    }

    /**
     * Prints the table.
     *
     * @param out where to print
     */
    public void print(PrintWriter out) {
        int[] width = new int[header.size()];
        for (int i = 0; i < width.length; i++) {
            width[i] = header.get(i).length();
            for (List<String> r : rows) {
                width[i] = Math.max(width[i], r.get(i).length());
            }
        }
        printRow(out, header, width, false);
        StringBuilder rule = new StringBuilder();
        for (int i = 0; i < width.length; i++) {
            // The last column is not padded, so a long text there (a reason) need not stretch the rule
            // over several screen lines.
            int w = i == width.length - 1
                    ? Math.min(width[i], Math.max(header.get(i).length(), MAX_LAST_RULE))
                    : width[i];
            rule.append(i == 0 ? "" : "  ").append("-".repeat(w));
        }
        out.println(rule);
        for (List<String> r : rows) {
            printRow(out, r, width, true);
        }
        out.flush();
    }

    private static void printRow(PrintWriter out, List<String> cells, int[] width, boolean alignNumbers) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < width.length; i++) {
            String c = cells.get(i);
            boolean numeric = alignNumbers && c.matches("-?[0-9.eE+-]+|NA");
            if (i > 0) {
                sb.append("  ");
            }
            sb.append(numeric ? " ".repeat(width[i] - c.length()) + c : c + " ".repeat(width[i] - c.length()));
        }
        out.println(sb.toString().stripTrailing());
    }
}
