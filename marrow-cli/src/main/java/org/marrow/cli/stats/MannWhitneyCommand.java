package org.marrow.cli.stats;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.marrow.cli.CsvColumns;
import org.marrow.cli.Json;
import org.marrow.cli.TextTable;
import org.marrow.cli.UserInputException;
import org.marrow.dataset.CsvFile;
import org.marrow.stats.rank.RankSumResult;
import org.marrow.stats.rank.RankSumTest;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code marrow stats mann-whitney}: the Wilcoxon rank-sum test of a value between two groups. */
@Command(
        name = "mann-whitney",
        mixinStandardHelpOptions = true,
        description = {
            "Wilcoxon rank-sum (Mann-Whitney) test of a value between exactly two groups, as R wilcox.test(x, y)"
                    + " with its defaults: two-sided; exact p when both groups have fewer than 50 values and there"
                    + " are no ties, else the normal approximation with tie and continuity correction.",
            "The first sample x is the group whose label sorts first (numerically when every label is a number,"
                    + " else by character code, like an R factor in the C locale); W is the rank sum of x minus"
                    + " n1(n1+1)/2. Empty and NA values are left out, as R does."
        })
public final class MannWhitneyCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--csv", required = true, description = "CSV file with a header line.")
    Path csv;

    @Option(names = "--value", required = true, description = "Column of the values compared (numbers).")
    String value;

    @Option(names = "--group", required = true, description = "Column of the group labels (exactly two groups).")
    String group;

    @Option(names = "--json", description = "Write JSON instead of a table.")
    boolean json;

    @Override
    public Integer call() {
        CsvFile t = CsvColumns.read(csv);
        int v = CsvColumns.column(t, value, "--value");
        int g = CsvColumns.column(t, group, "--group");
        List<String> labels = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        List<Double> numbers = new ArrayList<>();
        t.readAll(row -> {
            CsvColumns.requireWidth(row, t);
            String label = row.text(g);
            if (label.isEmpty()) {
                throw CsvColumns.bad(row, g, t, "a group label");
            }
            String cell = row.text(v);
            labels.add(label);
            cells.add(cell);
            numbers.add(
                    cell.isEmpty() || cell.equals("NA")
                            ? null
                            : CsvColumns.number(row, v, t, "a number (or empty / NA for a missing value)"));
        });
        Map<String, List<Double>> groups = new TreeMap<>(labelOrder(labels));
        int missing = 0;
        for (int i = 0; i < labels.size(); i++) {
            List<Double> values = groups.computeIfAbsent(labels.get(i), k -> new ArrayList<>());
            if (numbers.get(i) == null) {
                missing++;
            } else {
                values.add(numbers.get(i));
            }
        }
        if (groups.size() != 2) {
            throw new UserInputException(String.format(
                    "%s: column '%s' (--group) has %d groups (%s), expected exactly two",
                    t.name(), group, groups.size(), String.join(", ", groups.keySet())));
        }
        List<String> ordered = new ArrayList<>(groups.keySet());
        for (String label : ordered) {
            if (groups.get(label).isEmpty()) {
                throw new UserInputException(String.format(
                        "%s: group '%s' of column '%s' has no values in column '%s', expected at least one",
                        t.name(), label, group, value));
            }
        }
        RankSumResult r = RankSumTest.test(array(groups.get(ordered.get(0))), array(groups.get(ordered.get(1))));
        var o = spec.commandLine().getOut();
        if (json) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("w", r.w());
            out.put("p", r.p());
            out.put("exact", r.exact());
            out.put("group1", ordered.get(0));
            out.put("group2", ordered.get(1));
            out.put("n1", r.n1());
            out.put("n2", r.n2());
            out.put("ties", r.ties());
            out.put("missing", missing);
            Json.write(o, out);
            return 0;
        }
        new TextTable("group1 (x)", "group2 (y)", "n1", "n2", "W", "p", "p method")
                .row(
                        ordered.get(0),
                        ordered.get(1),
                        r.n1(),
                        r.n2(),
                        r.w(),
                        r.p(),
                        r.exact() ? "exact" : "normal, tie and continuity corrected")
                .print(o);
        if (missing > 0) {
            o.println(missing + " row(s) with an empty or NA value left out");
            o.flush();
        }
        return 0;
    }

    /** Numeric order when every label is a number (as R's factor of a numeric column), else code order. */
    private static Comparator<String> labelOrder(List<String> labels) {
        for (String label : labels) {
            try {
                Double.parseDouble(label);
            } catch (NumberFormatException e) {
                return Comparator.naturalOrder();
            }
        }
        return Comparator.comparingDouble((String s) -> Double.parseDouble(s)).thenComparing(Comparator.naturalOrder());
    }

    private static double[] array(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
