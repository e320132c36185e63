package org.marrow.cli.design;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.marrow.cli.CsvColumns;
import org.marrow.cli.Json;
import org.marrow.cli.TextTable;
import org.marrow.dataset.CsvFile;
import org.marrow.stats.matching.CaseMatch;
import org.marrow.stats.matching.CategoricalBalance;
import org.marrow.stats.matching.MatchResult;
import org.marrow.stats.matching.MatchedControl;
import org.marrow.stats.matching.NearestNeighbourMatching;
import org.marrow.stats.matching.NumericBalance;
import org.marrow.stats.matching.NumericSummary;
import org.marrow.stats.matching.Subject;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code marrow design match}: 1:k matched controls for a list of cases, greedy nearest neighbour
 * without replacement, exact on categorical columns and within calipers on numeric columns. Implements
 * {@link NearestNeighbourMatching}.
 */
@Command(
        name = "match",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "1:k matched controls: greedy nearest-neighbour matching without replacement,",
            "exact on --exact columns, within --caliper on numeric columns (a difference equal to the caliper"
                    + " is inside).",
            "Distance: sum over caliper columns of |case - control| / caliper. In each of k rounds every case"
                    + " gets one control,",
            "cases with the fewest eligible controls left choosing first (ties: file order); nearest control"
                    + " first (ties: file order).",
            "Example (trial 001): marrow design match --cases hpag.csv --controls ist.csv --id id --exact"
                    + " sex,severity --caliper age=5 --ratio 3"
        })
public final class MatchCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--cases", required = true, paramLabel = "FILE", description = "CSV file of cases, header line.")
    Path casesFile;

    @Option(
            names = "--controls",
            required = true,
            paramLabel = "FILE",
            description = "CSV file of candidate controls, with the same key columns.")
    Path controlsFile;

    @Option(
            names = "--id",
            required = true,
            paramLabel = "COLUMN",
            description = "Identifier column, in both files; unique within a file.")
    String idColumn;

    @Option(
            names = "--exact",
            split = ",",
            paramLabel = "COLUMN",
            description = "Categorical columns that must be equal, e.g. sex,severity.")
    List<String> exact = new ArrayList<>();

    @Option(
            names = "--caliper",
            split = ",",
            paramLabel = "COLUMN=WIDTH",
            description = "Numeric columns matched within |case - control| <= WIDTH, e.g. age=5 (repeatable).")
    List<String> calipers = new ArrayList<>();

    @Option(
            names = "--ratio",
            paramLabel = "K",
            defaultValue = "1",
            description = "Controls per case (default: ${DEFAULT-VALUE}).")
    int ratio;

    @Option(names = "--json", description = "Write JSON.")
    boolean json;

    @Option(names = "--csv", description = "Write CSV: one line per case and round, empty control if unfilled.")
    boolean csv;

    record ControlRow(String controlId, int round, double distance) {}

    record CaseRow(
            String caseId,
            int eligibleControls,
            int matched,
            List<ControlRow> controls,
            String shortfall,
            String reason) {}

    record Output(
            int ratio,
            List<String> exact,
            Map<String, Double> calipers,
            int nCases,
            int nControls,
            int nMatchedControls,
            int nCasesShort,
            List<CaseRow> cases,
            List<NumericBalance> numericBalance,
            List<CategoricalBalance> categoricalBalance) {}

    @Override
    public Integer call() {
        if (json && csv) {
            throw fail("--json and --csv: choose one output format");
        }
        if (ratio < 1) {
            throw fail("--ratio: " + ratio + "; expected at least 1 control per case");
        }
        if (exact.isEmpty() && calipers.isEmpty()) {
            throw fail("--exact/--caliper: none given; expected at least one column to match on");
        }
        NearestNeighbourMatching matching = NearestNeighbourMatching.oneTo(ratio);
        try {
            matching = matching.withExact(exact.stream().map(String::strip).toArray(String[]::new));
        } catch (IllegalArgumentException e) {
            throw fail("--exact " + String.join(",", exact) + ": " + e.getMessage());
        }
        for (String c : calipers) {
            matching = parseCaliper(matching, c);
        }
        List<Subject> cases = read(casesFile, matching);
        List<Subject> controls = read(controlsFile, matching);
        MatchResult result = matching.match(cases, controls);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Json.write(out, output(result, controls.size()));
        } else if (csv) {
            writeCsv(out, result);
        } else {
            writeText(out, result, controls.size());
        }
        return 0;
    }

    private NearestNeighbourMatching parseCaliper(NearestNeighbourMatching matching, String text) {
        int eq = text.indexOf('=');
        String expected = "; expected COLUMN=WIDTH with WIDTH a number > 0, e.g. age=5";
        if (eq <= 0) {
            throw fail("--caliper: '" + text + "' is malformed" + expected);
        }
        String key = text.substring(0, eq).strip();
        String value = text.substring(eq + 1).strip();
        double width;
        try {
            width = Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw fail("--caliper: '" + text + "' has width '" + value + "'" + expected);
        }
        if (!(width > 0 && width < Double.POSITIVE_INFINITY)) {
            throw fail("--caliper: '" + text + "' has width " + value + expected);
        }
        try {
            return matching.withCaliper(key, width);
        } catch (IllegalArgumentException e) {
            throw fail("--caliper " + text + ": " + e.getMessage());
        }
    }

    private List<Subject> read(Path file, NearestNeighbourMatching matching) {
        CsvFile table = CsvColumns.read(file);
        int id = CsvColumns.column(table, idColumn, "--id");
        Map<String, Integer> exactCols = new LinkedHashMap<>();
        for (String key : matching.exactKeys()) {
            exactCols.put(key, CsvColumns.column(table, key, "--exact"));
        }
        Map<String, Integer> numericCols = new LinkedHashMap<>();
        for (String key : matching.calipers().keySet()) {
            numericCols.put(key, CsvColumns.column(table, key, "--caliper"));
        }
        Map<String, Long> seen = new HashMap<>();
        List<Subject> subjects = new ArrayList<>();
        table.readAll(row -> {
            CsvColumns.requireWidth(row, table);
            String subjectId = row.text(id);
            if (subjectId.isEmpty()) {
                throw CsvColumns.bad(row, id, table, "a non-empty id");
            }
            Long earlier = seen.putIfAbsent(subjectId, row.line());
            if (earlier != null) {
                throw CsvColumns.bad(row, id, table, "a unique id (it is also on line " + earlier + ")");
            }
            Map<String, String> categories = new LinkedHashMap<>();
            for (Map.Entry<String, Integer> e : exactCols.entrySet()) {
                String v = row.text(e.getValue());
                if (v.isEmpty() || v.equalsIgnoreCase("NA")) {
                    throw CsvColumns.bad(
                            row,
                            e.getValue(),
                            table,
                            "a value (--exact " + e.getKey() + " cannot match a missing value)");
                }
                categories.put(e.getKey(), v);
            }
            Map<String, Double> measures = new LinkedHashMap<>();
            for (Map.Entry<String, Integer> e : numericCols.entrySet()) {
                measures.put(
                        e.getKey(),
                        CsvColumns.number(
                                row,
                                e.getValue(),
                                table,
                                "a number (--caliper " + e.getKey() + "; missing values cannot match)"));
            }
            subjects.add(new Subject(subjectId, categories, measures));
        });
        if (subjects.isEmpty() && file.equals(casesFile)) {
            throw new org.marrow.cli.UserInputException(table.name() + ": no cases; expected at least one data line");
        }
        return subjects;
    }

    private CommandLine.ParameterException fail(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }

    private static Output output(MatchResult r, int nControls) {
        List<CaseRow> rows = new ArrayList<>();
        for (CaseMatch m : r.cases()) {
            List<ControlRow> controls = m.controls().stream()
                    .map(c -> new ControlRow(c.control().id(), c.round(), c.distance()))
                    .toList();
            rows.add(new CaseRow(
                    m.subject().id(),
                    m.eligibleControls(),
                    controls.size(),
                    controls,
                    m.shortfall().name(),
                    m.reason()));
        }
        NearestNeighbourMatching nn = r.matching();
        return new Output(
                nn.ratio(),
                nn.exactKeys(),
                nn.calipers(),
                r.cases().size(),
                nControls,
                r.matchedControlCount(),
                r.shortfalls().size(),
                rows,
                r.numericBalance(),
                r.categoricalBalance());
    }

    private static void writeCsv(PrintWriter out, MatchResult r) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get();
        try {
            CSVPrinter printer = new CSVPrinter(out, format);
            printer.printRecord("case_id", "round", "control_id", "distance", "shortfall");
            for (CaseMatch m : r.cases()) {
                for (int round = 1; round <= r.matching().ratio(); round++) {
                    MatchedControl c =
                            round <= m.controls().size() ? m.controls().get(round - 1) : null;
                    printer.printRecord(
                            m.subject().id(),
                            round,
                            c == null ? "" : c.control().id(),
                            c == null ? "NA" : Double.toString(c.distance()),
                            m.shortfall().name());
                }
            }
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeText(PrintWriter out, MatchResult r, int nControls) {
        NearestNeighbourMatching nn = r.matching();
        List<String> criteria = new ArrayList<>();
        if (!nn.exactKeys().isEmpty()) {
            criteria.add("exact on " + String.join(", ", nn.exactKeys()));
        }
        nn.calipers().forEach((k, v) -> criteria.add(k + " within " + TextTable.cell(v)));
        out.printf(
                "1:%d nearest-neighbour matching without replacement (%s)%n", nn.ratio(), String.join("; ", criteria));
        out.printf(
                "%d cases, %d candidate controls, %d controls matched, %d case%s with fewer than %d%n%n",
                r.cases().size(),
                nControls,
                r.matchedControlCount(),
                r.shortfalls().size(),
                r.shortfalls().size() == 1 ? "" : "s",
                nn.ratio());
        TextTable pairs = new TextTable("case", "eligible", "round", "control", "distance");
        for (CaseMatch m : r.cases()) {
            if (m.controls().isEmpty()) {
                pairs.row(m.subject().id(), m.eligibleControls(), "-", "-", "-");
            }
            for (MatchedControl c : m.controls()) {
                pairs.row(
                        m.subject().id(),
                        m.eligibleControls(),
                        c.round(),
                        c.control().id(),
                        c.distance());
            }
        }
        pairs.print(out);
        if (!r.shortfalls().isEmpty()) {
            out.println();
            out.println("Cases with fewer than " + nn.ratio() + " controls:");
            for (CaseMatch m : r.shortfalls()) {
                out.printf(
                        "  %s: %d of %d (%s)%n", m.subject().id(), m.controls().size(), nn.ratio(), m.reason());
            }
        }
        if (!r.numericBalance().isEmpty()) {
            out.println();
            TextTable t = new TextTable("key", "group", "n", "mean", "sd", "median", "min", "max", "smd");
            for (NumericBalance b : r.numericBalance()) {
                summaryRow(t, b.key(), "cases", b.cases(), "");
                summaryRow(t, b.key(), "matched controls", b.matchedControls(), b.smd());
                summaryRow(t, b.key(), "all controls", b.allControls(), b.smdBeforeMatching());
            }
            t.print(out);
        }
        if (!r.categoricalBalance().isEmpty()) {
            out.println();
            TextTable t = new TextTable("key", "level", "cases", "matched controls", "all controls");
            for (CategoricalBalance b : r.categoricalBalance()) {
                for (CategoricalBalance.LevelCount l : b.levels()) {
                    t.row(b.key(), l.level(), l.cases(), l.matchedControls(), l.allControls());
                }
            }
            t.print(out);
        }
        out.flush();
    }

    private static void summaryRow(TextTable t, String key, String group, NumericSummary s, Object smd) {
        t.row(key, group, s.n(), s.mean(), s.sd(), s.median(), s.min(), s.max(), smd);
    }
}
