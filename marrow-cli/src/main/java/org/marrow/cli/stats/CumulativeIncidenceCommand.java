package org.marrow.cli.stats;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.marrow.cli.CsvColumns;
import org.marrow.cli.Json;
import org.marrow.cli.TextTable;
import org.marrow.cli.UserInputException;
import org.marrow.dataset.CsvFile;
import org.marrow.stats.competing.CumulativeIncidence;
import org.marrow.stats.competing.CumulativeIncidenceCurve;
import org.marrow.stats.competing.CumulativeIncidenceFit;
import org.marrow.stats.competing.CumulativeIncidencePoint;
import org.marrow.stats.competing.GrayTest;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code marrow stats cif}: cumulative incidence with competing risks per cause and group, and
 * Gray's test per cause, identical to R's {@code cmprsk::cuminc} and {@code cmprsk::timepoints}.
 */
@Command(
        name = "cif",
        mixinStandardHelpOptions = true,
        description = {
            "Cumulative incidence with competing risks (Aalen-Johansen) per cause and group, with"
                    + " cmprsk's variance, a log(-log) confidence interval, and Gray's test across groups;"
                    + " identical to R cmprsk::cuminc and cmprsk::timepoints.",
            "Status: 0 censored, a positive integer is a cause (e.g. 1 response, 2 HSCT, 3 death)."
        })
public final class CumulativeIncidenceCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--csv", required = true, paramLabel = "FILE", description = "CSV file with a header line.")
    Path csv;

    @Option(names = "--time", required = true, paramLabel = "COL", description = "Column of follow-up times (>= 0).")
    String timeColumn;

    @Option(
            names = "--status",
            required = true,
            paramLabel = "COL",
            description = "Column of status codes: 0 censored, a positive integer cause.")
    String statusColumn;

    @Option(
            names = "--group",
            paramLabel = "COL",
            description = "Column of group labels (arm, severity); without it one group named 'all' and no test.")
    String groupColumn;

    @Option(
            names = "--at",
            split = ",",
            paramLabel = "TIME",
            description = "Times at which to report the cumulative incidence (repeat or separate by commas);"
                    + " without it every event time is listed.")
    List<Double> at = new ArrayList<>();

    @Option(
            names = "--causes",
            split = ",",
            paramLabel = "CODE",
            description = "The valid cause codes (e.g. 1,2,3); any other non-zero status is refused.")
    List<Integer> causes = new ArrayList<>();

    @Option(
            names = "--rho",
            defaultValue = "0",
            paramLabel = "RHO",
            description = "Power of the weight (1 - F(t-))^rho in Gray's test (default ${DEFAULT-VALUE}, as cmprsk).")
    double rho;

    @Option(
            names = "--level",
            defaultValue = "0.95",
            paramLabel = "LEVEL",
            description = "Confidence level of the pointwise interval (default ${DEFAULT-VALUE}).")
    double level;

    @Option(names = "--json", description = "Write JSON instead of a table.")
    boolean json;

    /** The output of {@code --json}. */
    record Output(List<CauseOutput> causes, double confidenceLevel, String method) {}

    /** One cause: its curves by group and Gray's test ({@code null} with one group). */
    record CauseOutput(int cause, List<GroupOutput> groups, GrayOutput gray) {}

    /** One group's curve: size, events, values at the requested times, and the whole step function. */
    record GroupOutput(
            String group, int n, int events, double lastTime, List<PointOutput> at, List<PointOutput> steps) {}

    /** The cumulative incidence at one time. */
    record PointOutput(double time, double cif, double var, double se, double lower, double upper) {}

    /** Gray's test; stat and p are null when the score variance is singular (cmprsk: stat -1). */
    record GrayOutput(double stat, double p, int df, double rho, boolean singular) {}

    @Override
    public Integer call() {
        checkOptions();
        CsvFile table = CsvColumns.read(csv);
        int timeCol = CsvColumns.column(table, timeColumn, "--time");
        int statusCol = CsvColumns.column(table, statusColumn, "--status");
        int groupCol = groupColumn == null ? -1 : CsvColumns.column(table, groupColumn, "--group");
        TreeSet<Integer> known = new TreeSet<>(causes);
        String statusExpectation = known.isEmpty()
                ? "0 (censored) or a positive integer cause code"
                : "0 (censored) or one of the causes "
                        + known.stream().map(String::valueOf).collect(Collectors.joining(", "));
        List<Double> times = new ArrayList<>();
        List<Integer> statuses = new ArrayList<>();
        List<String> groups = new ArrayList<>();
        table.readAll(row -> {
            CsvColumns.requireWidth(row, table);
            double t = CsvColumns.number(row, timeCol, table, "a time >= 0");
            if (t < 0) {
                throw CsvColumns.bad(row, timeCol, table, "a time >= 0");
            }
            int s = CsvColumns.integer(row, statusCol, table, statusExpectation);
            if (s < 0 || (s > 0 && !known.isEmpty() && !known.contains(s))) {
                throw CsvColumns.bad(row, statusCol, table, statusExpectation);
            }
            String g = groupCol < 0 ? "all" : row.text(groupCol);
            if (g.isEmpty()) {
                throw CsvColumns.bad(row, groupCol, table, "a non-empty group label");
            }
            times.add(t);
            statuses.add(s);
            groups.add(g);
        });
        if (times.isEmpty()) {
            throw new UserInputException(table.name() + ": no data rows; expected at least one subject");
        }
        double[] time = times.stream().mapToDouble(Double::doubleValue).toArray();
        int[] status = statuses.stream().mapToInt(Integer::intValue).toArray();
        String[] group = groups.toArray(new String[0]);
        CumulativeIncidence analysis = CumulativeIncidence.withDefaults().withRho(rho);
        if (!known.isEmpty()) {
            analysis = analysis.withCauses(
                    known.stream().mapToInt(Integer::intValue).toArray());
        }
        CumulativeIncidenceFit fit = analysis.analyse(time, status, group);
        Output output = output(fit);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Json.write(out, output);
        } else {
            print(out, output);
        }
        return 0;
    }

    private void checkOptions() {
        for (double t : at) {
            if (!(t >= 0) || t == Double.POSITIVE_INFINITY) {
                throw new CommandLine.ParameterException(
                        spec.commandLine(), "--at: " + number(t) + " is not a valid time; expected a finite time >= 0");
            }
        }
        for (int c : causes) {
            if (c <= 0) {
                throw new CommandLine.ParameterException(
                        spec.commandLine(), "--causes: " + c + " is not a cause code; expected positive integers");
            }
        }
        if (!Double.isFinite(rho)) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), "--rho: " + rho + " is not finite; expected a finite number such as 0 or 1");
        }
        if (!(level > 0 && level < 1)) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), "--level: " + level + " is out of range; expected 0 < level < 1 (e.g. 0.95)");
        }
    }

    private Output output(CumulativeIncidenceFit fit) {
        List<Double> times = new ArrayList<>(new TreeSet<>(at));
        List<CauseOutput> result = new ArrayList<>();
        for (int cause : fit.causes()) {
            List<GroupOutput> groups = new ArrayList<>();
            for (CumulativeIncidenceCurve curve : fit.curves(cause)) {
                List<PointOutput> atTimes = new ArrayList<>();
                for (double t : times) {
                    atTimes.add(point(curve.at(t, level)));
                }
                List<PointOutput> steps = new ArrayList<>();
                for (double t : curve.eventTimes()) {
                    steps.add(point(curve.at(t, level)));
                }
                groups.add(new GroupOutput(
                        curve.group(), curve.subjects(), curve.events(), curve.lastTime(), atTimes, steps));
            }
            GrayOutput gray =
                    fit.grayTest(cause).map(CumulativeIncidenceCommand::gray).orElse(null);
            result.add(new CauseOutput(cause, groups, gray));
        }
        return new Output(
                result,
                level,
                "Aalen-Johansen cumulative incidence with cmprsk's variance (R cmprsk::cuminc, cencode = 0);"
                        + " CI F^exp(+-z*se/(F*log F)); Gray's test");
    }

    private static PointOutput point(CumulativeIncidencePoint p) {
        return new PointOutput(p.time(), p.estimate(), p.variance(), p.standardError(), p.lower(), p.upper());
    }

    private static GrayOutput gray(GrayTest t) {
        return new GrayOutput(t.statistic(), t.pValue(), t.degreesOfFreedom(), t.rho(), t.singular());
    }

    private void print(PrintWriter out, Output output) {
        String pct = number(100 * level) + "%";
        out.println("Cumulative incidence (Aalen-Johansen; variance and Gray's test as R cmprsk::cuminc)");
        if (output.causes().isEmpty()) {
            out.println("No events: every subject is censored.");
            out.flush();
            return;
        }
        boolean listSteps = at.isEmpty();
        TextTable curves =
                new TextTable("cause", "group", "n", "events", "time", "cif", "se", "lower " + pct, "upper " + pct);
        for (CauseOutput c : output.causes()) {
            for (GroupOutput g : c.groups()) {
                List<PointOutput> points = listSteps ? g.steps() : g.at();
                if (points.isEmpty()) {
                    curves.row(c.cause(), g.group(), g.n(), g.events(), "-", 0.0, 0.0, null, null);
                }
                for (PointOutput p : points) {
                    curves.row(
                            c.cause(), g.group(), g.n(), g.events(), p.time(), p.cif(), p.se(), p.lower(), p.upper());
                }
            }
        }
        curves.print(out);
        out.println(
                listSteps
                        ? "Rows are the event times of each cause; the curve is constant between them."
                        : "NA: the time is beyond the group's last follow-up.");
        out.println("se = sqrt(cmprsk variance); interval F^exp(+-z*se/(F*log F)) (log(-log)), NA when F is 0 or 1.");
        GrayOutput first = output.causes().get(0).gray();
        if (first == null) {
            out.println("One group: no test.");
            out.flush();
            return;
        }
        out.println();
        out.println("Gray's test of equal cumulative incidence across groups (rho = " + number(first.rho()) + ")");
        TextTable tests = new TextTable("cause", "stat", "df", "p");
        for (CauseOutput c : output.causes()) {
            tests.row(c.cause(), c.gray().stat(), c.gray().df(), c.gray().p());
        }
        tests.print(out);
        if (output.causes().stream().anyMatch(c -> c.gray().singular())) {
            out.println("NA: singular score variance (cmprsk reports stat -1, p 1).");
        }
        out.flush();
    }

    private static String number(double x) {
        return x == Math.rint(x) && Math.abs(x) < 1e15 ? String.valueOf((long) x) : String.format(Locale.ROOT, "%s", x);
    }
}
