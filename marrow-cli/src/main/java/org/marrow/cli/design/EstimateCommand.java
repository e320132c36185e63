package org.marrow.cli.design;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.marrow.cli.Json;
import org.marrow.cli.TextTable;
import org.marrow.stats.design.TwoStageEstimate;
import org.marrow.stats.design.TwoStageInference;
import org.marrow.stats.design.TwoStageOutcome;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code marrow design estimate}: inference on the response rate after a Simon two-stage trial,
 * respecting the stopping rule ({@link TwoStageInference}): the p-value by stage-wise ordering, the
 * UMVUE, the median unbiased estimate and the exact interval. When the trial stopped after stage
 * 1, {@code --x} may be left out; {@code --n} is then not used. When it went on, {@code --n} is the
 * attained number of evaluable patients, which may differ from the planned one.
 */
@Command(
        name = "estimate",
        mixinStandardHelpOptions = true,
        description = {
            "Inference after a Simon two-stage trial: p-value by stage-wise ordering, UMVUE, median unbiased"
                    + " estimate and exact confidence interval (Koyama and Chen 2008; Jung and Kim 2004)."
        })
public final class EstimateCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--n1", required = true, description = "Stage-1 sample size (evaluable patients), >= 1.")
    int n1;

    @Option(names = "--r1", required = true, description = "Stage-1 bound: stop if responses <= r1; -1..n1-1.")
    int r1;

    @Option(
            names = "--n",
            required = true,
            description = "Evaluable patients in all at the end (attained, may differ from planned), > n1.")
    int n;

    @Option(names = "--x1", required = true, description = "Responses in stage 1, 0..n1.")
    int x1;

    @Option(names = "--x", description = "Responses in all; may be left out when the trial stopped after stage 1.")
    Integer x;

    @Option(names = "--p0", required = true, description = "Null (unacceptable) response rate, in (0, 1).")
    double p0;

    @Option(
            names = "--conf",
            defaultValue = "0.95",
            description = "Two-sided confidence level, in (0, 1). Default: ${DEFAULT-VALUE}.")
    double conf;

    @Option(
            names = "--interval",
            defaultValue = "EXACT",
            description = "Upper limit: EXACT (P(T <= t) = tail; coverage at least the level) or KOYAMA_CHEN"
                    + " (P(T >= t) = 1 - tail, as clinfun::twostage.inference). Default: ${DEFAULT-VALUE}.")
    TwoStageInference.Interval interval;

    @Option(names = "--json", description = "Write JSON instead of a table.")
    boolean json;

    /** What the command writes. */
    record Estimate(
            int n1,
            int r1,
            int n,
            int x1,
            int x,
            double p0,
            double confLevel,
            TwoStageInference.Interval interval,
            boolean stoppedAfterStageOne,
            double observed,
            double pValue,
            double umvue,
            double mue,
            double lower,
            double upper) {}

    @Override
    public Integer call() {
        CommandLine cl = spec.commandLine();
        TwoStageOutcome outcome = outcome(cl);
        if (!(p0 > 0 && p0 < 1)) {
            throw new CommandLine.ParameterException(cl, "--p0: " + p0 + " is out of range; expected 0 < p0 < 1");
        }
        if (!(conf > 0 && conf < 1)) {
            throw new CommandLine.ParameterException(cl, "--conf: " + conf + " is out of range; expected 0 < conf < 1");
        }
        TwoStageEstimate e = TwoStageInference.withDefaults()
                .withConfidenceLevel(conf)
                .with(interval)
                .estimate(outcome, p0);
        Estimate view = new Estimate(
                n1,
                r1,
                outcome.n(),
                x1,
                outcome.x(),
                p0,
                conf,
                interval,
                outcome.stoppedEarly(),
                e.observed(),
                e.pValue(),
                e.umvue(),
                e.medianUnbiased(),
                e.lower(),
                e.upper());
        PrintWriter out = cl.getOut();
        if (json) {
            Json.write(out, view);
            return 0;
        }
        String level = TextTable.cell(conf * 100) + "%";
        out.println(
                outcome.stoppedEarly()
                        ? "Stopped after stage 1: " + x1 + " of " + n1 + " responded (<= " + r1 + "); p0 " + p0
                        : "Went on to stage 2 (" + x1 + " of " + n1 + " > " + r1 + "): " + outcome.x() + " of "
                                + outcome.n() + " responded; p0 " + p0);
        new TextTable("quantity", "value")
                .row("observed x/n (ignores the design)", view.observed())
                .row("p-value (stage-wise ordering)", view.pValue())
                .row("UMVUE", view.umvue())
                .row("median unbiased estimate", view.mue())
                .row(level + " lower (stage-wise)", view.lower())
                .row(
                        level + " upper (stage-wise, "
                                + (interval == TwoStageInference.Interval.EXACT ? "exact" : "Koyama-Chen") + ")",
                        view.upper())
                .print(out);
        return 0;
    }

    private TwoStageOutcome outcome(CommandLine cl) {
        if (n1 < 1) {
            throw new CommandLine.ParameterException(cl, "--n1: " + n1 + " is too small; expected n1 >= 1");
        }
        if (r1 < -1 || r1 >= n1) {
            throw new CommandLine.ParameterException(
                    cl, "--r1: " + r1 + " is out of range for --n1 " + n1 + "; expected -1 <= r1 < n1");
        }
        if (x1 < 0 || x1 > n1) {
            throw new CommandLine.ParameterException(
                    cl, "--x1: " + x1 + " is out of range for --n1 " + n1 + "; expected 0 <= x1 <= n1");
        }
        if (x1 <= r1) {
            if (x != null && x != x1) {
                throw new CommandLine.ParameterException(
                        cl,
                        "--x: " + x + " differs from --x1 (" + x1
                                + "), but the trial stopped after stage 1 (x1 <= r1 = " + r1
                                + "); expected x = x1 or no --x");
            }
            return TwoStageOutcome.stoppedAfterStageOne(n1, r1, x1);
        }
        if (n <= n1) {
            throw new CommandLine.ParameterException(
                    cl, "--n: " + n + " is not greater than --n1 (" + n1 + "); expected n1 < n");
        }
        if (x == null) {
            throw new CommandLine.ParameterException(
                    cl,
                    "--x: missing; the trial went on to stage 2 (x1 = " + x1 + " > r1 = " + r1
                            + "), so the total number of responses is needed");
        }
        if (x < x1 || x > x1 + n - n1) {
            throw new CommandLine.ParameterException(
                    cl,
                    "--x: " + x + " is out of range; expected x1 (" + x1 + ") <= x <= x1 + n - n1 (" + (x1 + n - n1)
                            + ")");
        }
        return new TwoStageOutcome(n1, r1, n, x1, x);
    }
}
