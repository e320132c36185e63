package org.marrow.cli.stats;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.marrow.cli.Json;
import org.marrow.cli.TextTable;
import org.marrow.stats.interval.ProportionEstimate;
import org.marrow.stats.interval.ProportionInterval;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code marrow stats proportion}: a response rate with its confidence interval, as R computes it. */
@Command(
        name = "proportion",
        mixinStandardHelpOptions = true,
        description = {
            "A proportion x/n (e.g. responders/patients) with its two-sided confidence interval:"
                    + " clopper-pearson = R binom.test; wilson = R prop.test(correct = FALSE);"
                    + " jeffreys = qbeta(a/2, x+.5, n-x+.5) with 0 at x = 0 and 1 at x = n."
        })
public final class ProportionCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--x", required = true, description = "Number of successes (e.g. responders), 0 <= x <= n.")
    int x;

    @Option(names = "--n", required = true, description = "Number of trials (e.g. patients), n >= 1.")
    int n;

    @Option(
            names = "--conf",
            defaultValue = "0.95",
            description = "Confidence level in (0, 1); default ${DEFAULT-VALUE}.")
    double conf;

    @Option(
            names = "--method",
            defaultValue = "clopper-pearson",
            description = "clopper-pearson (default), wilson or jeffreys.")
    String method;

    @Option(names = "--json", description = "Write JSON instead of a table.")
    boolean json;

    @Override
    public Integer call() {
        CommandLine cl = spec.commandLine();
        if (n < 1) {
            throw new CommandLine.ParameterException(cl, "--n: " + n + " is not a number of trials; expected n >= 1");
        }
        if (x < 0) {
            throw new CommandLine.ParameterException(cl, "--x: " + x + " is negative; expected 0 <= x <= n");
        }
        if (x > n) {
            throw new CommandLine.ParameterException(
                    cl, "--x: " + x + " is greater than --n (" + n + "); expected 0 <= x <= n");
        }
        if (!(conf > 0 && conf < 1)) {
            throw new CommandLine.ParameterException(
                    cl,
                    "--conf: " + conf
                            + " is not a confidence level; expected a number strictly between 0 and 1, e.g. 0.95");
        }
        ProportionInterval m;
        try {
            m = ProportionInterval.fromLabel(method);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(
                    cl, "--method: '" + method + "' is not a method; expected clopper-pearson, wilson or jeffreys");
        }
        ProportionEstimate e = m.estimate(x, n, conf);
        if (json) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("x", e.x());
            out.put("n", e.n());
            out.put("estimate", e.estimate());
            out.put("lower", e.lower());
            out.put("upper", e.upper());
            out.put("method", m.label());
            out.put("conf", e.confidenceLevel());
            Json.write(cl.getOut(), out);
        } else {
            new TextTable("x", "n", "estimate", "lower", "upper", "method", "conf")
                    .row(e.x(), e.n(), e.estimate(), e.lower(), e.upper(), m.label(), e.confidenceLevel())
                    .print(cl.getOut());
        }
        return 0;
    }
}
