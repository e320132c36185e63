package org.marrow.cli.design;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.marrow.cli.Json;
import org.marrow.cli.TextTable;
import org.marrow.stats.design.Bop2;
import org.marrow.stats.design.Bop2Design;
import org.marrow.stats.design.Bop2Look;
import org.marrow.stats.design.Bop2Scenario;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code marrow design bop2}: a BOP2 design ({@link Bop2}) for efficacy, or for efficacy and
 * toxicity with {@code --t0} and {@code --t1}: lambda and gamma tuned for power under
 * {@code --alpha}, or given with {@code --lambda} and {@code --gamma}; its boundaries at each look
 * and its operating characteristics by exact sums.
 */
@Command(
        name = "bop2",
        mixinStandardHelpOptions = true,
        description = {
            "Bayesian optimal phase II design (BOP2; Zhou, Lee and Yuan 2017): stop at a look when"
                    + " Pr(p <= p0 | data) > 1 - lambda (n/N)^gamma (or Pr(toxicity > t0 | data) exceeds it);"
                    + " boundaries and exact operating characteristics."
        },
        footer = {
            "Exit codes: 0 design found; 2 bad option; " + SimonCommand.EXIT_NO_DESIGN
                    + " no lambda, gamma meets --alpha."
        })
public final class Bop2Command implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--p0", required = true, description = "Null (unacceptable) response rate, in (0, 1).")
    double p0;

    @Option(names = "--p1", required = true, description = "Alternative (desirable) response rate, in (p0, 1).")
    double p1;

    @Option(
            names = "--looks",
            required = true,
            split = ",",
            paramLabel = "N",
            description = "Cumulative evaluable patients at each look, increasing; the last is N, e.g. 11,22,33,43.")
    List<Integer> looks;

    @Option(names = "--alpha", description = "Largest type I error; lambda and gamma are tuned for power.")
    Double alpha;

    @Option(names = "--lambda", description = "Given lambda, in (0, 1] (with --gamma, instead of --alpha).")
    Double lambda;

    @Option(names = "--gamma", description = "Given gamma, >= 0 (with --lambda).")
    Double gamma;

    @Option(names = "--t0", description = "Unacceptable toxicity rate, in (0, 1): monitors toxicity too.")
    Double t0;

    @Option(names = "--t1", description = "Acceptable toxicity rate, in (0, t0).")
    Double t1;

    @Option(names = "--prior-a", description = "Beta prior shape a of the response rate (default p0; efficacy only).")
    Double priorA;

    @Option(names = "--prior-b", description = "Beta prior shape b (default 1 - p0).")
    Double priorB;

    @Option(names = "--json", description = "Write JSON instead of tables.")
    boolean json;

    /** What the command writes. */
    record Result(
            double p0,
            double p1,
            Double t0,
            Double t1,
            Double targetAlpha,
            double lambda,
            double gamma,
            double alpha,
            double power,
            List<Boundary> boundaries,
            List<Scenario> scenarios) {}

    /** One look's boundary; {@code stopIfToxicitiesAtLeast} is null when toxicity is not monitored. */
    record Boundary(int n, double cutoff, int stopIfResponsesAtMost, Integer stopIfToxicitiesAtLeast) {}

    /** One scenario's characteristics; toxicity null when not monitored. */
    record Scenario(
            Bop2Scenario.Kind scenario,
            double responseRate,
            Double toxicityRate,
            double probabilityGo,
            double probabilityEarlyStop,
            double expectedSampleSize) {}

    @Override
    public Integer call() {
        CommandLine cl = spec.commandLine();
        checkOptions(cl);
        int[] n = looks.stream().mapToInt(Integer::intValue).toArray();
        Bop2 bop2 = priorA == null ? Bop2.withDefaults() : Bop2.withDefaults().withPrior(priorA, priorB);
        boolean joint = t0 != null;
        Optional<Bop2Design> found;
        if (alpha != null) {
            found = joint ? bop2.efficacyAndToxicity(p0, p1, t0, t1, n, alpha) : bop2.efficacy(p0, p1, n, alpha);
        } else {
            found = Optional.of(
                    joint
                            ? bop2.efficacyAndToxicity(p0, p1, t0, t1, n, lambda, gamma)
                            : bop2.efficacy(p0, p1, n, lambda, gamma));
        }
        if (found.isEmpty()) {
            cl.getErr()
                    .println(spec.qualifiedName()
                            + ": no lambda in 0.50..0.99 and gamma in 0..3 gives a type I error <= " + alpha
                            + " with the looks " + looks);
            cl.getErr().flush();
            return SimonCommand.EXIT_NO_DESIGN;
        }
        Bop2Design d = found.get();
        List<Boundary> boundaries = new ArrayList<>();
        for (Bop2Look l : d.looks()) {
            boundaries.add(new Boundary(l.n(), l.cutoff(), l.futility(), joint ? l.toxicity() : null));
        }
        List<Scenario> scenarios = new ArrayList<>();
        for (Bop2Scenario s : d.scenarios()) {
            scenarios.add(new Scenario(
                    s.kind(),
                    s.efficacy(),
                    joint ? s.toxicity() : null,
                    s.probabilityGo(),
                    s.probabilityEarlyStop(),
                    s.expectedSampleSize()));
        }
        Result result = new Result(
                p0, p1, t0, t1, alpha, d.lambda(), d.gamma(), d.typeIError(), d.power(), boundaries, scenarios);
        PrintWriter out = cl.getOut();
        if (json) {
            Json.write(out, result);
            return 0;
        }
        out.println("BOP2 design for p0 " + p0 + ", p1 " + p1 + (joint ? ", toxicity t0 " + t0 + ", t1 " + t1 : "")
                + ": lambda " + TextTable.cell(d.lambda()) + ", gamma " + TextTable.cell(d.gamma()) + "; type I error "
                + TextTable.cell(d.typeIError()) + ", power " + TextTable.cell(d.power()));
        out.println("Stop at a look if responses <= the bound" + (joint ? " or toxicities >= the toxicity bound" : "")
                + " (-1: no stop); at N, go if not.");
        TextTable bt = joint
                ? new TextTable("n", "cutoff C(n)", "stop if responses <=", "stop if toxicities >=")
                : new TextTable("n", "cutoff C(n)", "stop if responses <=");
        for (Boundary b : boundaries) {
            if (joint) {
                bt.row(
                        b.n(),
                        b.cutoff(),
                        b.stopIfResponsesAtMost(),
                        b.stopIfToxicitiesAtLeast() > b.n() ? "never" : b.stopIfToxicitiesAtLeast());
            } else {
                bt.row(b.n(), b.cutoff(), b.stopIfResponsesAtMost());
            }
        }
        bt.print(out);
        out.println();
        TextTable st =
                new TextTable("scenario", "response rate", "toxicity rate", "P(go)", "P(early stop)", "expected n");
        for (Scenario s : scenarios) {
            st.row(
                    s.scenario().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
                    s.responseRate(),
                    s.toxicityRate(),
                    s.probabilityGo(),
                    s.probabilityEarlyStop(),
                    s.expectedSampleSize());
        }
        st.print(out);
        return 0;
    }

    private void checkOptions(CommandLine cl) {
        SimonCommand.checkRates(cl, p0, p1);
        for (int k = 0; k < looks.size(); k++) {
            int v = looks.get(k);
            if (v < 1 || v > 1000 || (k > 0 && v <= looks.get(k - 1))) {
                throw new CommandLine.ParameterException(
                        cl,
                        "--looks: " + v + " (look " + (k + 1)
                                + ") is out of order; expected increasing numbers in 1..1000");
            }
        }
        if (alpha == null && (lambda == null || gamma == null)) {
            throw new CommandLine.ParameterException(
                    cl, "--alpha: missing; expected --alpha, or --lambda with --gamma");
        }
        if (alpha != null && (lambda != null || gamma != null)) {
            throw new CommandLine.ParameterException(
                    cl, "--alpha: given with --lambda/--gamma; expected either --alpha or --lambda with --gamma");
        }
        if (alpha != null && !(alpha > 0 && alpha < 1)) {
            throw new CommandLine.ParameterException(
                    cl, "--alpha: " + alpha + " is out of range; expected 0 < alpha < 1");
        }
        if (lambda != null && !(lambda > 0 && lambda <= 1)) {
            throw new CommandLine.ParameterException(
                    cl, "--lambda: " + lambda + " is out of range; expected 0 < lambda <= 1");
        }
        if (gamma != null && !(gamma >= 0 && gamma < Double.POSITIVE_INFINITY)) {
            throw new CommandLine.ParameterException(cl, "--gamma: " + gamma + " is out of range; expected gamma >= 0");
        }
        if ((t0 == null) != (t1 == null)) {
            throw new CommandLine.ParameterException(
                    cl, (t0 == null ? "--t0" : "--t1") + ": missing; --t0 and --t1 go together");
        }
        if (t0 != null) {
            if (!(t0 > 0 && t0 < 1)) {
                throw new CommandLine.ParameterException(cl, "--t0: " + t0 + " is out of range; expected 0 < t0 < 1");
            }
            if (!(t1 > 0 && t1 < t0)) {
                throw new CommandLine.ParameterException(
                        cl, "--t1: " + t1 + " is out of range; expected 0 < t1 < t0 (" + t0 + ")");
            }
        }
        if ((priorA == null) != (priorB == null)) {
            throw new CommandLine.ParameterException(
                    cl,
                    (priorA == null ? "--prior-a" : "--prior-b") + ": missing; --prior-a and --prior-b go together");
        }
        if (priorA != null) {
            if (t0 != null) {
                throw new CommandLine.ParameterException(
                        cl, "--prior-a: not used with --t0; the Dirichlet prior is set by the null rates");
            }
            if (!(priorA > 0 && priorA < Double.POSITIVE_INFINITY)
                    || !(priorB > 0 && priorB < Double.POSITIVE_INFINITY)) {
                throw new CommandLine.ParameterException(
                        cl,
                        "--prior-a/--prior-b: " + priorA + ", " + priorB + " are out of range; expected numbers > 0");
            }
        }
    }
}
