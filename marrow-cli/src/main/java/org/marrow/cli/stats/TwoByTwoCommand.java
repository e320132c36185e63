package org.marrow.cli.stats;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.marrow.cli.Json;
import org.marrow.cli.TextTable;
import org.marrow.stats.table.ChiSquareResult;
import org.marrow.stats.table.ProportionComparison;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code marrow stats 2x2}: two proportions compared with Fisher's exact and chi-square tests. */
@Command(
        name = "2x2",
        mixinStandardHelpOptions = true,
        description = {
            "Compares two proportions, e.g. response in VSAA (4/13) vs SAA (24/30), on the 2x2 table with rows"
                    + " A and B and columns events and non-events: Fisher's exact test (R fisher.test, with the"
                    + " conditional MLE odds ratio A vs B and its 95% CI) and Pearson's chi-square test without and"
                    + " with Yates' correction (R chisq.test(correct = FALSE / TRUE))."
        })
public final class TwoByTwoCommand implements Callable<Integer> {
    private static final Pattern FRACTION = Pattern.compile("(\\d+)/(\\d+)");

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--a", required = true, description = "Group A as events/total, e.g. 4/13.")
    String a;

    @Option(names = "--b", required = true, description = "Group B as events/total, e.g. 24/30.")
    String b;

    @Option(names = "--json", description = "Write JSON instead of tables.")
    boolean json;

    @Override
    public Integer call() {
        int[] ga = parse("--a", a);
        int[] gb = parse("--b", b);
        ProportionComparison c = ProportionComparison.of(ga[0], ga[1], gb[0], gb[1]);
        ChiSquareResult pearson = c.pearson();
        ChiSquareResult yates = c.yates();
        String warning = pearson.smallExpectedCount()
                ? "Chi-squared approximation may be incorrect: an expected count is below 5; prefer Fisher's test"
                : null;
        if (json) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("fisher_p", c.fisherP());
            out.put("chisq", pearson.statistic());
            out.put("chisq_p", pearson.p());
            out.put("chisq_yates", yates.statistic());
            out.put("chisq_yates_p", yates.p());
            out.put("df", pearson.degreesOfFreedom());
            out.put("a", group(ga));
            out.put("b", group(gb));
            out.put("odds_ratio", c.oddsRatio().estimate());
            out.put("odds_ratio_lower", c.oddsRatio().lower());
            out.put("odds_ratio_upper", c.oddsRatio().upper());
            out.put("expected", pearson.expected());
            out.put("small_expected", pearson.smallExpectedCount());
            out.put("warning", warning);
            Json.write(spec.commandLine().getOut(), out);
            return 0;
        }
        var o = spec.commandLine().getOut();
        new TextTable("group", "events", "total", "proportion", "expected events", "expected non-events")
                .row("A", ga[0], ga[1], (double) ga[0] / ga[1], pearson.expected()[0][0], pearson.expected()[0][1])
                .row("B", gb[0], gb[1], (double) gb[0] / gb[1], pearson.expected()[1][0], pearson.expected()[1][1])
                .print(o);
        o.println();
        new TextTable("test", "statistic", "df", "p")
                .row("Fisher exact (two-sided)", "", "", c.fisherP())
                .row("Pearson chi-square", pearson.statistic(), pearson.degreesOfFreedom(), pearson.p())
                .row("Pearson chi-square, Yates", yates.statistic(), yates.degreesOfFreedom(), yates.p())
                .print(o);
        o.println();
        o.println("Odds ratio A vs B (conditional MLE): "
                + TextTable.cell(c.oddsRatio().estimate()) + ", 95% CI "
                + TextTable.cell(c.oddsRatio().lower()) + " to "
                + TextTable.cell(c.oddsRatio().upper()));
        if (warning != null) {
            o.println("Warning: " + warning);
        }
        o.flush();
        return 0;
    }

    private static Map<String, Object> group(int[] g) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("events", g[0]);
        m.put("total", g[1]);
        m.put("proportion", (double) g[0] / g[1]);
        return m;
    }

    private int[] parse(String option, String value) {
        Matcher m = FRACTION.matcher(value.strip());
        CommandLine cl = spec.commandLine();
        if (!m.matches()) {
            throw new CommandLine.ParameterException(
                    cl, option + ": '" + value + "' is not events/total; expected two whole numbers like 4/13");
        }
        int events;
        int total;
        try {
            events = Integer.parseInt(m.group(1));
            total = Integer.parseInt(m.group(2));
        } catch (NumberFormatException e) {
            throw new CommandLine.ParameterException(
                    cl, option + ": '" + value + "' has a number too large; expected events/total like 4/13");
        }
        if (total < 1) {
            throw new CommandLine.ParameterException(
                    cl, option + ": '" + value + "' has total 0; expected a group of at least 1");
        }
        if (events > total) {
            throw new CommandLine.ParameterException(
                    cl,
                    option + ": '" + value + "' has more events (" + events + ") than its total (" + total
                            + "); expected 0 <= events <= total");
        }
        return new int[] {events, total};
    }
}
