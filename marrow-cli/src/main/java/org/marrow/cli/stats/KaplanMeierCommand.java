package org.marrow.cli.stats;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.marrow.cli.CsvColumns;
import org.marrow.cli.Json;
import org.marrow.cli.TextTable;
import org.marrow.cli.UserInputException;
import org.marrow.dataset.CsvFile;
import org.marrow.stats.survival.ConfidenceType;
import org.marrow.stats.survival.KaplanMeier;
import org.marrow.stats.survival.LogRankGroup;
import org.marrow.stats.survival.LogRankTest;
import org.marrow.stats.survival.SurvivalAt;
import org.marrow.stats.survival.SurvivalComparison;
import org.marrow.stats.survival.SurvivalCurve;
import org.marrow.stats.survival.SurvivalQuantile;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code marrow stats km}: Kaplan-Meier curves, median survival and survival at chosen times, with
 * the log-rank test between groups, identical to R's survival 3.5.3 ({@code survfit}, {@code
 * print.survfit}, {@code summary(fit, times)}, {@code survdiff}).
 *
 * <p>The event column holds 0 (censored) or 1 (event), or R's logical spellings TRUE/FALSE, T/F,
 * true/false, True/False. Groups are ordered as R orders factor levels: numerically when every group
 * value is a number, otherwise by code point (R in the C locale).
 */
@Command(
        name = "km",
        mixinStandardHelpOptions = true,
        description = {
            "Kaplan-Meier survival with median and survival at times, and the log-rank test between groups,",
            "identical to R's survfit / survdiff (survival 3.5.3)."
        })
public final class KaplanMeierCommand implements Callable<Integer> {
    private static final String EVENT_EXPECTED = "0 (censored) or 1 (event), or TRUE/FALSE";

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--csv", required = true, paramLabel = "FILE", description = "CSV file with a header line.")
    Path csv;

    @Option(names = "--time", required = true, paramLabel = "COL", description = "Column of follow-up times (>= 0).")
    String timeColumn;

    @Option(
            names = "--event",
            required = true,
            paramLabel = "COL",
            description = "Column of event codes: 1 or TRUE = event, 0 or FALSE = censored.")
    String eventColumn;

    @Option(names = "--group", paramLabel = "COL", description = "Column of group names; adds the log-rank test.")
    String groupColumn;

    @Option(
            names = "--conf-type",
            paramLabel = "TYPE",
            defaultValue = "log",
            description = "Confidence interval type: log (R's default), log-log or plain. Default: ${DEFAULT-VALUE}.")
    String confType;

    @Option(
            names = "--conf",
            paramLabel = "LEVEL",
            defaultValue = "0.95",
            description = "Confidence level, in (0, 1). Default: ${DEFAULT-VALUE}.")
    double conf;

    @Option(
            names = "--at",
            paramLabel = "TIMES",
            split = ",",
            description = "Times at which to report survival (as summary(fit, times = ...)), e.g. 90,180.")
    List<String> at = new ArrayList<>();

    @Option(
            names = "--rho",
            paramLabel = "RHO",
            defaultValue = "0",
            description = "G-rho test between groups, as survdiff(rho = RHO): 0 log-rank (default), 1 Peto-Peto.")
    double rho;

    @Option(names = "--json", description = "Write JSON instead of tables.")
    boolean json;

    /** The JSON document. */
    record Result(
            String confType, double confLevel, GroupResult overall, List<GroupResult> groups, LogRankResult logrank) {}

    /** One curve's summary. */
    record GroupResult(
            String group,
            int n,
            int events,
            double median,
            double medianLower,
            double medianUpper,
            List<QuantileResult> quantiles,
            List<AtResult> at) {}

    /** A quantile of the survival time ({@code quantile.survfit}). */
    record QuantileResult(double probability, double time, double lower, double upper) {}

    /** Survival at a time; null estimates after the curve's last follow-up. */
    record AtResult(double time, double surv, double lower, double upper, int nRisk, int nEvent, double stdErr) {}

    /** The log-rank test (the G-rho test when rho is not 0). */
    record LogRankResult(double chisq, int df, double p, List<LogRankGroupResult> groups, double rho) {}

    /** One group's observed and expected events. */
    record LogRankGroupResult(String group, int n, double observed, double expected) {}

    @Override
    public Integer call() {
        ConfidenceType type = parseConfType();
        if (!(conf > 0 && conf < 1)) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), "--conf: " + conf + " is not in (0, 1); expected a level such as 0.95");
        }
        double[] times = parseTimes();
        if (!Double.isFinite(rho)) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), "--rho: " + rho + " is not a finite number; expected e.g. 0 or 1");
        }
        KaplanMeier km =
                KaplanMeier.withDefaults().with(type).withConfidenceLevel(conf).withRho(rho);

        Input input = Input.read(csv, timeColumn, eventColumn, groupColumn);
        double[] time = input.time;
        int[] event = input.event;

        Result result;
        if (groupColumn == null) {
            SurvivalCurve all = km.fit(time, event);
            result = new Result(type.rName(), conf, summarize(all, times), List.of(), null);
        } else {
            Groups groups = input.groups();
            SurvivalComparison c = km.compare(time, event, groups.codes, groups.names);
            List<GroupResult> per = new ArrayList<>();
            for (SurvivalCurve curve : c.groups()) {
                per.add(summarize(curve, times));
            }
            LogRankTest t = c.logRank();
            List<LogRankGroupResult> lg = new ArrayList<>();
            for (LogRankGroup g : t.groups()) {
                lg.add(new LogRankGroupResult(g.group(), g.n(), g.observed(), g.expected()));
            }
            result = new Result(
                    type.rName(),
                    conf,
                    summarize(c.overall(), times),
                    per,
                    new LogRankResult(t.chiSquare(), t.degreesOfFreedom(), t.pValue(), lg, t.rho()));
        }

        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Json.write(out, result);
        } else {
            print(out, result);
        }
        return 0;
    }

    private ConfidenceType parseConfType() {
        try {
            return ConfidenceType.fromRName(confType);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), "--conf-type: '" + confType + "' is not one of log, log-log, plain");
        }
    }

    private double[] parseTimes() {
        double[] times = new double[at.size()];
        for (int i = 0; i < times.length; i++) {
            String s = at.get(i).trim();
            double v;
            try {
                v = Double.parseDouble(s);
            } catch (NumberFormatException e) {
                v = Double.NaN;
            }
            if (!(v >= 0 && v < Double.POSITIVE_INFINITY)) {
                throw new CommandLine.ParameterException(
                        spec.commandLine(), "--at: '" + s + "' is not a time; expected numbers >= 0 such as 90,180");
            }
            times[i] = v;
        }
        Arrays.sort(times);
        return times;
    }

    /**
     * The columns read from the CSV file, part by part on every core: time and event of each row and,
     * with a group column, each row's group as a code into the part's labels in order of first
     * appearance (a label becomes a {@code String} once per part, not once per row).
     */
    private static final class Input {
        final double[] time;
        final int[] event;
        private final List<Part> parts;
        private final CsvFile csv;
        private final int groupCol;

        private Input(double[] time, int[] event, List<Part> parts, CsvFile csv, int groupCol) {
            this.time = time;
            this.event = event;
            this.parts = parts;
            this.csv = csv;
            this.groupCol = groupCol;
        }

        /** One part's rows. */
        private static final class Part {
            double[] time = new double[1024];
            int[] event = new int[1024];
            int[] group = new int[1024];
            int n;
            final Map<String, Integer> labels = new LinkedHashMap<>();

            void grow() {
                if (n == time.length) {
                    time = Arrays.copyOf(time, n * 2);
                    event = Arrays.copyOf(event, n * 2);
                    group = Arrays.copyOf(group, n * 2);
                }
            }
        }

        static Input read(Path path, String timeColumn, String eventColumn, String groupColumn) {
            CsvFile csv = CsvColumns.read(path);
            int timeCol = CsvColumns.column(csv, timeColumn, "--time");
            int eventCol = CsvColumns.column(csv, eventColumn, "--event");
            int groupCol = groupColumn == null ? -1 : CsvColumns.column(csv, groupColumn, "--group");
            List<Part> parts = CsvColumns.readRows(csv, Part::new, (part, row) -> {
                part.grow();
                double t = row.number(timeCol);
                if (!(t >= 0) || t == Double.POSITIVE_INFINITY) {
                    throw CsvColumns.bad(row, timeCol, csv, "a time >= 0");
                }
                part.time[part.n] = t;
                part.event[part.n] = parseEvent(row, eventCol, csv);
                if (groupCol >= 0) {
                    if (row.isEmpty(groupCol)) {
                        throw CsvColumns.bad(row, groupCol, csv, "a group name (not empty)");
                    }
                    String label = row.text(groupCol);
                    Integer code = part.labels.get(label);
                    if (code == null) {
                        code = part.labels.size();
                        part.labels.put(label, code);
                    }
                    part.group[part.n] = code;
                }
                part.n++;
            });
            int n = 0;
            for (Part part : parts) {
                n += part.n;
            }
            if (n == 0) {
                throw new UserInputException(csv.name() + ": no data rows; expected at least one subject");
            }
            double[] time = new double[n];
            int[] event = new int[n];
            int at = 0;
            for (Part part : parts) {
                System.arraycopy(part.time, 0, time, at, part.n);
                System.arraycopy(part.event, 0, event, at, part.n);
                at += part.n;
            }
            return new Input(time, event, parts, csv, groupCol);
        }

        /**
         * Group names in R's factor order and each row's code: numerically when every group is a number
         * (and "1" and "1.0" are one group, as R's factor() of a numeric column), otherwise by code point.
         */
        Groups groups() {
            Set<String> seen = new LinkedHashSet<>();
            for (Part part : parts) {
                seen.addAll(part.labels.keySet());
            }
            boolean numeric = seen.stream().allMatch(Groups::isFiniteNumber);
            Map<Object, String> levels = new TreeMap<>();
            for (String s : seen) {
                levels.putIfAbsent(numeric ? (Object) Double.valueOf(s) : s, s);
            }
            List<String> names = new ArrayList<>(levels.values());
            if (names.size() < 2) {
                throw new UserInputException(String.format(
                        "%s: column '%s' (--group) has only the group '%s'; expected at least 2 groups for the"
                                + " log-rank test (leave out --group for one curve)",
                        csv.name(), csv.header().get(groupCol), names.get(0)));
            }
            Map<Object, Integer> code = new LinkedHashMap<>();
            int g = 0;
            for (Object key : levels.keySet()) {
                code.put(key, g++);
            }
            int[] codes = new int[time.length];
            int at = 0;
            for (Part part : parts) {
                int[] global = new int[part.labels.size()];
                for (Map.Entry<String, Integer> label : part.labels.entrySet()) {
                    String s = label.getKey();
                    global[label.getValue()] = code.get(numeric ? (Object) Double.valueOf(s) : s);
                }
                for (int i = 0; i < part.n; i++) {
                    codes[at++] = global[part.group[i]];
                }
            }
            return new Groups(names, codes);
        }
    }

    private static int parseEvent(CsvFile.Row row, int col, CsvFile csv) {
        if (row.is(col, "0")
                || row.is(col, "FALSE")
                || row.is(col, "false")
                || row.is(col, "False")
                || row.is(col, "F")) {
            return 0;
        }
        if (row.is(col, "1") || row.is(col, "TRUE") || row.is(col, "true") || row.is(col, "True") || row.is(col, "T")) {
            return 1;
        }
        throw CsvColumns.bad(row, col, csv, EVENT_EXPECTED);
    }

    /** Group names in R's factor order and each row's code. */
    private static final class Groups {
        final List<String> names;
        final int[] codes;

        private Groups(List<String> names, int[] codes) {
            this.names = names;
            this.codes = codes;
        }

        static boolean isFiniteNumber(String s) {
            try {
                return Double.isFinite(Double.parseDouble(s));
            } catch (NumberFormatException e) {
                return false;
            }
        }
    }

    private static GroupResult summarize(SurvivalCurve curve, double[] times) {
        SurvivalQuantile median = curve.median();
        List<QuantileResult> quantiles = new ArrayList<>();
        for (SurvivalQuantile q : curve.quantiles(0.25, 0.5, 0.75)) {
            quantiles.add(new QuantileResult(q.probability(), q.time(), q.lower(), q.upper()));
        }
        List<AtResult> at = new ArrayList<>();
        if (times.length > 0) {
            for (SurvivalAt a : curve.at(times)) {
                at.add(new AtResult(a.time(), a.surv(), a.lower(), a.upper(), a.nRisk(), a.nEvent(), a.stdErr()));
            }
        }
        return new GroupResult(
                curve.group(), curve.n(), curve.events(), median.time(), median.lower(), median.upper(), quantiles, at);
    }

    private void print(PrintWriter out, Result r) {
        String level = TextTable.cell(r.confLevel() * 100) + "%";
        out.println("Kaplan-Meier, " + level + " confidence intervals (" + r.confType() + "), as R's survfit:");
        TextTable medians = new TextTable("group", "n", "events", "median", level + " lower", level + " upper");
        List<GroupResult> all = new ArrayList<>();
        all.add(r.overall());
        all.addAll(r.groups());
        for (GroupResult g : all) {
            medians.row(g.group(), g.n(), g.events(), g.median(), g.medianLower(), g.medianUpper());
        }
        medians.print(out);
        if (!r.overall().at().isEmpty()) {
            out.println();
            out.println("Survival at times (NA after a group's last follow-up):");
            TextTable at = new TextTable("group", "time", "n.risk", "survival", level + " lower", level + " upper");
            for (GroupResult g : all) {
                for (AtResult a : g.at()) {
                    at.row(g.group(), a.time(), a.nRisk(), a.surv(), a.lower(), a.upper());
                }
            }
            at.print(out);
        }
        if (r.logrank() != null) {
            LogRankResult t = r.logrank();
            out.println();
            out.println(String.format(
                    Locale.ROOT,
                    "%s: chisq = %s on %d df, p = %s",
                    t.rho() == 0 ? "Log-rank test" : "G-rho test (rho = " + TextTable.cell(t.rho()) + ")",
                    TextTable.cell(t.chisq()),
                    t.df(),
                    TextTable.cell(t.p())));
        }
        out.flush();
    }
}
