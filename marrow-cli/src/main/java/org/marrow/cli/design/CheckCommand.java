package org.marrow.cli.design;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.concurrent.Callable;
import org.marrow.cli.Json;
import org.marrow.cli.TextTable;
import org.marrow.stats.design.OperatingCharacteristics;
import org.marrow.stats.design.SimonTwoStage;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code marrow design check}: the operating characteristics of a given two-stage design (n1, r1,
 * n, r) at p0 and p1 by exact binomial sums, and whether it meets a type I error and power, with
 * the strict inequalities of {@code clinfun::ph2simon} ({@code alpha < target},
 * {@code 1 - power < 1 - target}, the latter computed in decimal).
 */
@Command(
        name = "check",
        mixinStandardHelpOptions = true,
        description = "Operating characteristics of a two-stage design: stop after stage 1 if responses <= r1"
                + " of n1; promising if responses > r of n.")
public final class CheckCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--n1", required = true, description = "Stage-1 sample size, >= 1.")
    int n1;

    @Option(names = "--r1", required = true, description = "Stage-1 bound: stop if responses <= r1; -1..n1-1.")
    int r1;

    @Option(names = "--n", required = true, description = "Total sample size, > n1.")
    int n;

    @Option(names = "--r", required = true, description = "Final bound: promising if responses > r; r1..n-1.")
    int r;

    @Option(names = "--p0", required = true, description = "Unacceptable response rate, in (0, 1).")
    double p0;

    @Option(names = "--p1", required = true, description = "Desirable response rate, in (p0, 1).")
    double p1;

    @Option(names = "--alpha", description = "Type I error bound to check, in (0, 1).")
    BigDecimal alpha;

    @Option(names = "--power", description = "Power to check, in (0, 1).")
    BigDecimal power;

    @Option(names = "--json", description = "Write JSON instead of a table.")
    boolean json;

    /** What the command writes. */
    record Check(
            double alpha,
            double power,
            double pet0,
            double en0,
            double pet1,
            double en1,
            Boolean meetsAlpha,
            Boolean meetsPower) {}

    @Override
    public Integer call() {
        CommandLine cl = spec.commandLine();
        SimonCommand.checkRates(cl, p0, p1);
        if (alpha != null) {
            SimonCommand.checkUnit(cl, "--alpha", alpha);
        }
        if (power != null) {
            SimonCommand.checkUnit(cl, "--power", power);
        }
        if (n1 < 1) {
            throw new CommandLine.ParameterException(cl, "--n1: " + n1 + " is too small; expected n1 >= 1");
        }
        if (r1 < -1 || r1 >= n1) {
            throw new CommandLine.ParameterException(
                    cl, "--r1: " + r1 + " is out of range for --n1 " + n1 + "; expected -1 <= r1 < n1");
        }
        if (n <= n1) {
            throw new CommandLine.ParameterException(
                    cl, "--n: " + n + " is not greater than --n1 (" + n1 + "); expected n1 < n");
        }
        if (r < r1 || r >= n) {
            throw new CommandLine.ParameterException(
                    cl, "--r: " + r + " is out of range; expected r1 (" + r1 + ") <= r < n (" + n + ")");
        }
        OperatingCharacteristics oc = SimonTwoStage.operatingCharacteristics(n1, r1, n, r, p0, p1);
        Boolean meetsAlpha = alpha == null ? null : oc.meetsAlpha(alpha.doubleValue());
        Boolean meetsPower = power == null
                ? null
                : oc.meetsBeta(BigDecimal.ONE.subtract(power).doubleValue());
        Check check = new Check(
                oc.typeIError(), oc.power(), oc.pet0(), oc.en0(), oc.pet1(), oc.en1(), meetsAlpha, meetsPower);
        PrintWriter out = cl.getOut();
        if (json) {
            Json.write(out, check);
            return 0;
        }
        out.println("Design: stop after " + n1 + " patients if responses <= " + r1 + "; promising if responses > " + r
                + " of " + n + "; p0 " + p0 + ", p1 " + p1);
        new TextTable("quantity", "value")
                .row("alpha (P reject | p0)", check.alpha())
                .row("power (P reject | p1)", check.power())
                .row("PET0", check.pet0())
                .row("EN0", check.en0())
                .row("PET1", check.pet1())
                .row("EN1", check.en1())
                .row(
                        "meets alpha" + (alpha == null ? "" : " < " + alpha.toPlainString()),
                        meetsAlpha == null ? "not asked" : meetsAlpha.toString())
                .row(
                        "meets power" + (power == null ? "" : " > " + power.toPlainString()),
                        meetsPower == null ? "not asked" : meetsPower.toString())
                .print(out);
        return 0;
    }
}
