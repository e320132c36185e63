package org.marrow.cli.stats;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.marrow.cli.CsvTable;
import org.marrow.cli.Json;
import org.marrow.cli.TextTable;
import org.marrow.cli.UserInputException;
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

        CsvTable table = CsvTable.read(csv);
        int timeCol = table.column(timeColumn, "--time");
        int eventCol = table.column(eventColumn, "--event");
        int groupCol = groupColumn == null ? -1 : table.column(groupColumn, "--group");
        List<CsvTable.Row> rows = table.rows();
        if (rows.isEmpty()) {
            throw new UserInputException(table.file() + ": no data rows; expected at least one subject");
        }
        int n = rows.size();
        double[] time = new double[n];
        int[] event = new int[n];
        for (int i = 0; i < n; i++) {
            CsvTable.Row row = rows.get(i);
            time[i] = table.number(row, timeCol, "a time >= 0");
            if (time[i] < 0) {
                throw table.bad(row, timeCol, "a time >= 0");
            }
            event[i] = parseEvent(table, row, eventCol);
        }

        Result result;
        if (groupCol < 0) {
            SurvivalCurve all = km.fit(time, event);
            result = new Result(type.rName(), conf, summarize(all, times), List.of(), null);
        } else {
            Groups groups = Groups.of(table, groupCol);
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

    private static int parseEvent(CsvTable table, CsvTable.Row row, int col) {
        switch (table.text(row, col)) {
            case "0":
            case "FALSE":
            case "false":
            case "False":
            case "F":
                return 0;
            case "1":
            case "TRUE":
            case "true":
            case "True":
            case "T":
                return 1;
            default:
                throw table.bad(row, col, EVENT_EXPECTED);
        }
    }

    /** Group names in R's factor order and each row's code. */
    private static final class Groups {
        final List<String> names;
        final int[] codes;

        private Groups(List<String> names, int[] codes) {
            this.names = names;
            this.codes = codes;
        }

        static Groups of(CsvTable table, int col) {
            List<CsvTable.Row> rows = table.rows();
            boolean numeric = true;
            for (CsvTable.Row row : rows) {
                String s = table.text(row, col);
                if (s.isEmpty()) {
                    throw table.bad(row, col, "a group name (not empty)");
                }
                numeric &= isFiniteNumber(s);
            }
            // Numeric groups sort as numbers (and "1" and "1.0" are one group), as R's factor() of a
            // numeric column; otherwise by code point.
            Map<Object, String> levels = new TreeMap<>();
            for (CsvTable.Row row : rows) {
                String s = table.text(row, col);
                levels.putIfAbsent(numeric ? (Object) Double.valueOf(s) : s, s);
            }
            List<String> names = new ArrayList<>(levels.values());
            if (names.size() < 2) {
                throw new UserInputException(String.format(
                        "%s: column '%s' (--group) has only the group '%s'; expected at least 2 groups for the"
                                + " log-rank test (leave out --group for one curve)",
                        table.file(), table.header().get(col), names.get(0)));
            }
            Map<Object, Integer> code = new LinkedHashMap<>();
            int g = 0;
            for (Object key : levels.keySet()) {
                code.put(key, g++);
            }
            int[] codes = new int[rows.size()];
            for (int i = 0; i < codes.length; i++) {
                String s = table.text(rows.get(i), col);
                codes[i] = code.get(numeric ? (Object) Double.valueOf(s) : s);
            }
            return new Groups(names, codes);
        }

        private static boolean isFiniteNumber(String s) {
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
