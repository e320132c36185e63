package org.marrow.cli.stats;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.marrow.cli.CsvTable;
import org.marrow.cli.Json;
import org.marrow.cli.TextTable;
import org.marrow.cli.UserInputException;
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
        CsvTable t = CsvTable.read(csv);
        int v = t.column(value, "--value");
        int g = t.column(group, "--group");
        Map<String, List<Double>> groups = new TreeMap<>(labelOrder(t, g));
        int missing = 0;
        for (CsvTable.Row row : t.rows()) {
            String label = t.text(row, g);
            if (label.isEmpty()) {
                throw t.bad(row, g, "a group label");
            }
            List<Double> values = groups.computeIfAbsent(label, k -> new ArrayList<>());
            String cell = t.text(row, v);
            if (cell.isEmpty() || cell.equals("NA")) {
                missing++;
                continue;
            }
            values.add(t.number(row, v, "a number (or empty / NA for a missing value)"));
        }
        if (groups.size() != 2) {
            throw new UserInputException(String.format(
                    "%s: column '%s' (--group) has %d groups (%s), expected exactly two",
                    t.file(), group, groups.size(), String.join(", ", groups.keySet())));
        }
        List<String> labels = new ArrayList<>(groups.keySet());
        for (String label : labels) {
            if (groups.get(label).isEmpty()) {
                throw new UserInputException(String.format(
                        "%s: group '%s' of column '%s' has no values in column '%s', expected at least one",
                        t.file(), label, group, value));
            }
        }
        RankSumResult r = RankSumTest.test(array(groups.get(labels.get(0))), array(groups.get(labels.get(1))));
        var o = spec.commandLine().getOut();
        if (json) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("w", r.w());
            out.put("p", r.p());
            out.put("exact", r.exact());
            out.put("group1", labels.get(0));
            out.put("group2", labels.get(1));
            out.put("n1", r.n1());
            out.put("n2", r.n2());
            out.put("ties", r.ties());
            out.put("missing", missing);
            Json.write(o, out);
            return 0;
        }
        new TextTable("group1 (x)", "group2 (y)", "n1", "n2", "W", "p", "p method")
                .row(
                        labels.get(0),
                        labels.get(1),
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
    private static Comparator<String> labelOrder(CsvTable t, int g) {
        for (CsvTable.Row row : t.rows()) {
            try {
                Double.parseDouble(t.text(row, g));
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
