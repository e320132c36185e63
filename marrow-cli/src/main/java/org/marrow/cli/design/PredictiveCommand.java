package org.marrow.cli.design;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.marrow.cli.Json;
import org.marrow.cli.TextTable;
import org.marrow.stats.design.MonitoringCharacteristics;
import org.marrow.stats.design.MonitoringLook;
import org.marrow.stats.design.PredictiveDesign;
import org.marrow.stats.design.PredictiveProbability;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code marrow design predictive}: the predictive probability design of Lee and Liu (2008)
 * ({@link PredictiveProbability}): boundaries at each look and exact operating characteristics at
 * p0 and p1.
 */
@Command(
        name = "predictive",
        mixinStandardHelpOptions = true,
        description = {
            "Predictive probability design (Lee and Liu 2008): stop for futility when the predictive probability"
                    + " of success at N is below theta-l; boundaries and exact operating characteristics."
        })
public final class PredictiveCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--p0", required = true, description = "Null (unacceptable) response rate, in (0, 1).")
    double p0;

    @Option(names = "--p1", required = true, description = "Alternative (desirable) response rate, in (p0, 1).")
    double p1;

    @Option(names = "--nmin", required = true, description = "First look (evaluable patients), 1..nmax.")
    int nMin;

    @Option(names = "--nmax", required = true, description = "Maximum number of evaluable patients, 1..1000.")
    int nMax;

    @Option(
            names = "--cohort",
            defaultValue = "1",
            description = "Patients between looks, >= 1. Default: ${DEFAULT-VALUE}.")
    int cohort;

    @Option(
            names = "--theta-t",
            defaultValue = "0.9",
            description = "Success at N if Pr(p > p0 | data) > theta-t, in (0, 1). Default: ${DEFAULT-VALUE}.")
    double thetaT;

    @Option(
            names = "--theta-l",
            defaultValue = "0.05",
            description = "Stop for futility if PP < theta-l, in [0, 1). Default: ${DEFAULT-VALUE}.")
    double thetaL;

    @Option(
            names = "--theta-u",
            defaultValue = "1",
            description = "Stop for efficacy if PP > theta-u, in (theta-l, 1]; 1 never. Default: ${DEFAULT-VALUE}.")
    double thetaU;

    @Option(names = "--prior-a", description = "Beta prior shape a (default p0).")
    Double priorA;

    @Option(names = "--prior-b", description = "Beta prior shape b (default 1 - p0).")
    Double priorB;

    @Option(names = "--json", description = "Write JSON instead of tables.")
    boolean json;

    /** What the command writes. */
    record Result(
            double p0,
            double p1,
            int nMin,
            int nMax,
            int cohort,
            double thetaT,
            double thetaL,
            double thetaU,
            List<Look> looks,
            List<MonitoringCharacteristics> operatingCharacteristics) {}

    /** One look; null bounds mean no number stops. */
    record Look(int n, Integer stopForFutilityIfAtMost, Integer stopForEfficacyIfAtLeast) {}

    @Override
    public Integer call() {
        CommandLine cl = spec.commandLine();
        check(cl);
        PredictiveProbability maker = PredictiveProbability.withDefaults().withThresholds(thetaT, thetaL, thetaU);
        if (priorA != null) {
            maker = maker.withPrior(priorA, priorB);
        }
        PredictiveDesign d = maker.design(p0, p1, nMin, nMax, cohort);
        List<Look> looks = new ArrayList<>();
        for (MonitoringLook l : d.looks()) {
            looks.add(new Look(l.n(), l.futility() < 0 ? null : l.futility(), l.upper() > l.n() ? null : l.upper()));
        }
        Result r = new Result(
                p0,
                p1,
                nMin,
                nMax,
                cohort,
                thetaT,
                thetaL,
                thetaU,
                looks,
                List.of(d.underNull(), d.underAlternative()));
        PrintWriter out = cl.getOut();
        if (json) {
            Json.write(out, r);
            return 0;
        }
        out.println("Predictive probability design for p0 " + p0 + ", p1 " + p1 + ": looks from " + nMin + " to " + nMax
                + " every " + cohort + "; theta-t " + thetaT + ", theta-l " + thetaL + ", theta-u " + thetaU);
        out.println("At N the treatment is promising if responses > the last futility bound.");
        TextTable lt = new TextTable("n", "stop for futility if responses <=", "stop for efficacy if responses >=");
        for (Look l : looks) {
            lt.row(
                    l.n(),
                    l.stopForFutilityIfAtMost() == null ? "never" : l.stopForFutilityIfAtMost(),
                    l.stopForEfficacyIfAtLeast() == null ? "never" : l.stopForEfficacyIfAtLeast());
        }
        lt.print(out);
        out.println();
        TextTable ot =
                new TextTable("response rate", "P(reject H0)", "P(early stop)", "P(stop for futility)", "expected n");
        for (MonitoringCharacteristics m : r.operatingCharacteristics()) {
            ot.row(
                    m.responseRate(),
                    m.probabilityRejectNull(),
                    m.probabilityEarlyStop(),
                    m.probabilityStopForFutility(),
                    m.expectedSampleSize());
        }
        ot.print(out);
        return 0;
    }

    private void check(CommandLine cl) {
        SimonCommand.checkRates(cl, p0, p1);
        if (nMax < 1 || nMax > 1000) {
            throw new CommandLine.ParameterException(
                    cl, "--nmax: " + nMax + " is out of range; expected 1 <= nmax <= 1000");
        }
        if (nMin < 1 || nMin > nMax) {
            throw new CommandLine.ParameterException(
                    cl, "--nmin: " + nMin + " is out of range; expected 1 <= nmin <= nmax (" + nMax + ")");
        }
        if (cohort < 1) {
            throw new CommandLine.ParameterException(cl, "--cohort: " + cohort + " is too small; expected cohort >= 1");
        }
        if (!(thetaT > 0 && thetaT < 1)) {
            throw new CommandLine.ParameterException(
                    cl, "--theta-t: " + thetaT + " is out of range; expected 0 < theta-t < 1");
        }
        if (!(thetaL >= 0 && thetaL < 1)) {
            throw new CommandLine.ParameterException(
                    cl, "--theta-l: " + thetaL + " is out of range; expected 0 <= theta-l < 1");
        }
        if (!(thetaU > thetaL && thetaU <= 1)) {
            throw new CommandLine.ParameterException(
                    cl, "--theta-u: " + thetaU + " is out of range; expected theta-l (" + thetaL + ") < theta-u <= 1");
        }
        if ((priorA == null) != (priorB == null)) {
            throw new CommandLine.ParameterException(
                    cl,
                    (priorA == null ? "--prior-a" : "--prior-b") + ": missing; --prior-a and --prior-b go together");
        }
        if (priorA != null
                && (!(priorA > 0 && priorA < Double.POSITIVE_INFINITY)
                        || !(priorB > 0 && priorB < Double.POSITIVE_INFINITY))) {
            throw new CommandLine.ParameterException(
                    cl, "--prior-a/--prior-b: " + priorA + ", " + priorB + " are out of range; expected numbers > 0");
        }
    }
}
