package org.marrow.cli.design;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.marrow.cli.Json;
import org.marrow.cli.TextTable;
import org.marrow.stats.design.BayesianToxicityRule;
import org.marrow.stats.design.SequentialToxicityBoundary;
import org.marrow.stats.design.SequentialToxicityDesign;
import org.marrow.stats.design.ToxicityBoundary;
import org.marrow.stats.design.ToxicityCharacteristics;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code marrow design toxicity}: a toxicity stopping boundary per number of patients and its
 * operating characteristics. With {@code --p-lo} and {@code --p-hi}: repeated significance testing,
 * Pocock-type by default, as {@code clinfun::toxbdry} ({@link SequentialToxicityBoundary}); with
 * {@code --limit} and {@code --cutoff}: the beta-binomial rule {@code Pr(p > limit | data) >
 * cutoff} ({@link BayesianToxicityRule}).
 */
@Command(
        name = "toxicity",
        mixinStandardHelpOptions = true,
        description = {
            "Toxicity stopping boundary: stop when toxicities exceed the bound at a look. Repeated significance"
                    + " testing (--p-lo, --p-hi; clinfun::toxbdry) or a beta-binomial posterior rule (--limit, --cutoff)."
        })
public final class ToxicityCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(
            names = "--looks",
            required = true,
            split = ",",
            paramLabel = "N",
            description = "Cumulative patients at each look, increasing, e.g. 10,20,30,43.")
    List<Integer> looks;

    @Option(names = "--p-lo", description = "Acceptable toxicity rate (repeated significance testing).")
    Double pLo;

    @Option(names = "--p-hi", description = "Unacceptable toxicity rate, > p-lo.")
    Double pHi;

    @Option(names = "--cp0", defaultValue = "0.1", description = "P(cross | p-lo). Default: ${DEFAULT-VALUE}.")
    double cP0;

    @Option(names = "--cp1", defaultValue = "0.9", description = "P(cross | p-hi). Default: ${DEFAULT-VALUE}.")
    double cP1;

    @Option(
            names = "--delta",
            defaultValue = "0",
            description = "Boundary shape: 0 Pocock (default) to 0.5 O'Brien-Fleming.")
    double delta;

    @Option(
            names = "--priority",
            defaultValue = "NULL",
            description = "Crossing probability to meet first: NULL (cp0, default) or ALTERNATIVE (cp1).")
    SequentialToxicityBoundary.Priority priority;

    @Option(names = "--limit", description = "Largest acceptable toxicity rate (beta-binomial rule).")
    Double limit;

    @Option(names = "--cutoff", description = "Stop when Pr(p > limit | data) exceeds this, in (0, 1).")
    Double cutoff;

    @Option(names = "--prior-a", defaultValue = "1", description = "Beta prior shape a. Default: ${DEFAULT-VALUE}.")
    double priorA;

    @Option(names = "--prior-b", defaultValue = "1", description = "Beta prior shape b. Default: ${DEFAULT-VALUE}.")
    double priorB;

    @Option(
            names = "--rates",
            split = ",",
            defaultValue = "0.1,0.2,0.3,0.4,0.5",
            description = "True toxicity rates for the operating characteristics (beta-binomial rule).")
    List<Double> rates;

    @Option(names = "--json", description = "Write JSON instead of tables.")
    boolean json;

    /** What the command writes; the second boundary is present for repeated significance testing. */
    record Result(List<Bound> boundaries, List<Oc> operatingCharacteristics) {}

    /** The largest acceptable number of toxicities at a look (stop above it); high only for clinfun's pair. */
    record Bound(int n, int maxAcceptable, Integer maxAcceptableHigh) {}

    /** Characteristics at a rate; the high fields only for clinfun's pair. */
    record Oc(
            double toxicityRate,
            double probabilityCross,
            double probabilityStopEarly,
            double expectedSampleSize,
            Double probabilityCrossHigh,
            Double probabilityStopEarlyHigh,
            Double expectedSampleSizeHigh) {}

    @Override
    public Integer call() {
        CommandLine cl = spec.commandLine();
        int[] n = checkLooks(cl);
        boolean sequential = pLo != null || pHi != null;
        boolean bayesian = limit != null || cutoff != null;
        if (sequential == bayesian) {
            throw new CommandLine.ParameterException(
                    cl,
                    "--p-lo: expected either --p-lo with --p-hi (repeated significance) or --limit with --cutoff (beta-binomial)");
        }
        Result result = sequential ? sequential(cl, n) : bayesian(cl, n);
        PrintWriter out = cl.getOut();
        if (json) {
            Json.write(out, result);
            return 0;
        }
        out.println(
                sequential
                        ? "Repeated significance testing (clinfun::toxbdry): p-lo " + pLo + ", p-hi " + pHi + ", cp0 "
                                + cP0 + ", cp1 " + cP1 + ", delta " + delta
                        : "Beta-binomial rule: stop when Pr(p > " + limit + " | data) > " + cutoff + ", prior Beta("
                                + priorA + ", " + priorB + ")");
        out.println("Stop when the number of toxicities exceeds the bound.");
        TextTable bt = sequential ? new TextTable("n", "low bound", "high bound") : new TextTable("n", "bound");
        for (Bound b : result.boundaries()) {
            if (sequential) {
                bt.row(b.n(), b.maxAcceptable(), b.maxAcceptableHigh());
            } else {
                bt.row(b.n(), b.maxAcceptable());
            }
        }
        bt.print(out);
        out.println();
        TextTable ot = sequential
                ? new TextTable(
                        "toxicity rate",
                        "P(cross) low",
                        "P(stop early) low",
                        "E(n) low",
                        "P(cross) high",
                        "P(stop early) high",
                        "E(n) high")
                : new TextTable("toxicity rate", "P(cross)", "P(stop early)", "E(n)");
        for (Oc o : result.operatingCharacteristics()) {
            if (sequential) {
                ot.row(
                        o.toxicityRate(),
                        o.probabilityCross(),
                        o.probabilityStopEarly(),
                        o.expectedSampleSize(),
                        o.probabilityCrossHigh(),
                        o.probabilityStopEarlyHigh(),
                        o.expectedSampleSizeHigh());
            } else {
                ot.row(o.toxicityRate(), o.probabilityCross(), o.probabilityStopEarly(), o.expectedSampleSize());
            }
        }
        ot.print(out);
        return 0;
    }

    private Result sequential(CommandLine cl, int[] n) {
        if (pLo == null || pHi == null) {
            throw new CommandLine.ParameterException(
                    cl, (pLo == null ? "--p-lo" : "--p-hi") + ": missing; --p-lo and --p-hi go together");
        }
        if (!(pLo > 0 && pLo < 1) || !(pHi > pLo && pHi < 1)) {
            throw new CommandLine.ParameterException(
                    cl, "--p-lo/--p-hi: " + pLo + ", " + pHi + " are out of range; expected 0 < p-lo < p-hi < 1");
        }
        if (!(cP0 > 0 && cP0 < 1) || !(cP1 > cP0 && cP1 < 1)) {
            throw new CommandLine.ParameterException(
                    cl, "--cp0/--cp1: " + cP0 + ", " + cP1 + " are out of range; expected 0 < cp0 < cp1 < 1");
        }
        if (!(delta >= 0 && delta <= 0.5)) {
            throw new CommandLine.ParameterException(
                    cl, "--delta: " + delta + " is out of range; expected 0 <= delta <= 0.5");
        }
        if (n.length < 2) {
            throw new CommandLine.ParameterException(cl, "--looks: one look cannot stop early; expected at least two");
        }
        SequentialToxicityDesign d;
        try {
            d = SequentialToxicityBoundary.withDefaults()
                    .withCrossingProbabilities(cP0, cP1)
                    .withShape(delta)
                    .withPriority(priority)
                    .compute(pLo, pHi, n);
        } catch (IllegalStateException e) {
            throw new CommandLine.ParameterException(
                    cl,
                    "--looks: the maximum " + n[n.length - 1] + " patients are too few for --cp0 " + cP0 + " and --cp1 "
                            + cP1);
        }
        List<Bound> bounds = new ArrayList<>();
        for (int k = 0; k < n.length; k++) {
            bounds.add(new Bound(
                    n[k],
                    d.low().maxAcceptable().get(k),
                    d.high().maxAcceptable().get(k)));
        }
        List<Oc> oc = new ArrayList<>();
        for (int i = 0; i < d.lowCharacteristics().size(); i++) {
            ToxicityCharacteristics lo = d.lowCharacteristics().get(i);
            ToxicityCharacteristics hi = d.highCharacteristics().get(i);
            oc.add(new Oc(
                    lo.toxicityRate(),
                    lo.probabilityCross(),
                    lo.probabilityStopEarly(),
                    lo.expectedSampleSize(),
                    hi.probabilityCross(),
                    hi.probabilityStopEarly(),
                    hi.expectedSampleSize()));
        }
        return new Result(bounds, oc);
    }

    private Result bayesian(CommandLine cl, int[] n) {
        if (limit == null || cutoff == null) {
            throw new CommandLine.ParameterException(
                    cl, (limit == null ? "--limit" : "--cutoff") + ": missing; --limit and --cutoff go together");
        }
        if (!(limit > 0 && limit < 1)) {
            throw new CommandLine.ParameterException(
                    cl, "--limit: " + limit + " is out of range; expected 0 < limit < 1");
        }
        if (!(cutoff > 0 && cutoff < 1)) {
            throw new CommandLine.ParameterException(
                    cl, "--cutoff: " + cutoff + " is out of range; expected 0 < cutoff < 1");
        }
        if (!(priorA > 0 && priorA < Double.POSITIVE_INFINITY) || !(priorB > 0 && priorB < Double.POSITIVE_INFINITY)) {
            throw new CommandLine.ParameterException(
                    cl, "--prior-a/--prior-b: " + priorA + ", " + priorB + " are out of range; expected numbers > 0");
        }
        for (double r : rates) {
            if (!(r >= 0 && r <= 1)) {
                throw new CommandLine.ParameterException(
                        cl, "--rates: " + r + " is out of range; expected rates in [0, 1]");
            }
        }
        ToxicityBoundary b;
        try {
            b = BayesianToxicityRule.withDefaults().withPrior(priorA, priorB).boundary(limit, cutoff, n);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(cl, "--cutoff: " + e.getMessage());
        }
        List<Bound> bounds = new ArrayList<>();
        for (int k = 0; k < n.length; k++) {
            bounds.add(new Bound(n[k], b.maxAcceptable().get(k), null));
        }
        List<Oc> oc = new ArrayList<>();
        for (double r : rates) {
            ToxicityCharacteristics c = b.characteristics(r);
            oc.add(new Oc(r, c.probabilityCross(), c.probabilityStopEarly(), c.expectedSampleSize(), null, null, null));
        }
        return new Result(bounds, oc);
    }

    private int[] checkLooks(CommandLine cl) {
        int[] n = new int[looks.size()];
        for (int k = 0; k < n.length; k++) {
            n[k] = looks.get(k);
            if (n[k] < 1 || n[k] > 1000 || (k > 0 && n[k] <= n[k - 1])) {
                throw new CommandLine.ParameterException(
                        cl,
                        "--looks: " + n[k] + " (look " + (k + 1)
                                + ") is out of order; expected increasing numbers in 1..1000");
            }
        }
        return n;
    }
}
