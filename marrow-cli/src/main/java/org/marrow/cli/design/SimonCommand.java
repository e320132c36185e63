package org.marrow.cli.design;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.marrow.cli.Json;
import org.marrow.cli.TextTable;
import org.marrow.stats.design.AdmissibleDesign;
import org.marrow.stats.design.OperatingCharacteristics;
import org.marrow.stats.design.SimonDesign;
import org.marrow.stats.design.SimonDesigns;
import org.marrow.stats.design.SimonTwoStage;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code marrow design simon}: Simon two-stage designs (optimal, minimax, admissible) as
 * {@code clinfun::ph2simon(p0, p1, alpha, 1 - power, nmax)} and {@code twostage.admissible}.
 *
 * <p>The type II error bound is {@code 1 - power} computed in decimal, so {@code --power 0.8}
 * searches with beta exactly {@code 0.2}, as {@code ph2simon(..., 0.2)} does. When no design within
 * nmax meets the error rates the command says so on standard error (and, with {@code --json},
 * prints the contract with null designs) and ends with exit code {@value #EXIT_NO_DESIGN}.
 */
@Command(
        name = "simon",
        mixinStandardHelpOptions = true,
        description = {
            "Simon two-stage designs: stop after stage 1 if responses <= r1 of n1; declare the treatment"
                    + " promising if responses > r of n. Same designs as clinfun::ph2simon (1.1.5) and"
                    + " twostage.admissible."
        },
        footer = {
            "Exit codes: 0 designs found; 2 bad option; " + SimonCommand.EXIT_NO_DESIGN
                    + " no design within --nmax meets the error rates."
        })
public final class SimonCommand implements Callable<Integer> {
    /** Exit code when no design within nmax meets the error rates. */
    public static final int EXIT_NO_DESIGN = 3;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--p0", required = true, description = "Unacceptable response rate, in (0, 1).")
    double p0;

    @Option(names = "--p1", required = true, description = "Desirable response rate, in (p0, 1).")
    double p1;

    @Option(names = "--alpha", required = true, description = "Type I error bound (one-sided), in (0, 1).")
    BigDecimal alpha;

    @Option(names = "--power", required = true, description = "Power bound, in (0, 1).")
    BigDecimal power;

    @Option(
            names = "--nmax",
            defaultValue = "100",
            description = "Largest total sample size, 2..1000 (default ${DEFAULT-VALUE}).")
    int nmax;

    @Option(names = "--dropout", description = "Expected dropout fraction, in [0, 1): enrol = ceil(n / (1 - dropout)).")
    Double dropout;

    @Option(names = "--json", description = "Write JSON instead of a table.")
    boolean json;

    /** One design with its error rates and enrolment, as written by the command. */
    record DesignView(
            String design,
            int r1,
            int n1,
            int r,
            int n,
            double en0,
            double pet0,
            double alpha,
            double power,
            int enrol,
            Double qLow,
            Double qHigh) {}

    @Override
    public Integer call() {
        CommandLine cl = spec.commandLine();
        checkRates(cl, p0, p1);
        checkUnit(cl, "--alpha", alpha);
        checkUnit(cl, "--power", power);
        if (nmax < 2 || nmax > SimonTwoStage.MAX_NMAX) {
            throw new CommandLine.ParameterException(
                    cl, "--nmax: " + nmax + " is out of range; expected 2 <= nmax <= " + SimonTwoStage.MAX_NMAX);
        }
        if (dropout != null && !(dropout >= 0 && dropout < 1)) {
            throw new CommandLine.ParameterException(
                    cl, "--dropout: " + dropout + " is out of range; expected 0 <= dropout < 1");
        }
        double beta = BigDecimal.ONE.subtract(power).doubleValue();
        Optional<SimonDesigns> found = SimonTwoStage.search(p0, p1, alpha.doubleValue(), beta, nmax);
        PrintWriter out = cl.getOut();
        if (found.isEmpty()) {
            if (json) {
                Map<String, Object> none = header();
                none.put("optimal", null);
                none.put("minimax", null);
                none.put("admissible", List.of());
                Json.write(out, none);
            }
            cl.getErr()
                    .println(spec.qualifiedName() + ": no two-stage design with n <= " + nmax + " has type I error < "
                            + alpha.toPlainString() + " and power > " + power.toPlainString()
                            + "; increase --nmax (at most " + SimonTwoStage.MAX_NMAX + ")");
            cl.getErr().flush();
            return EXIT_NO_DESIGN;
        }
        SimonDesigns d = found.get();
        List<DesignView> admissible = new ArrayList<>();
        for (AdmissibleDesign a : d.admissible()) {
            admissible.add(view(role(a.design(), d), a.design(), a.qLow(), a.qHigh()));
        }
        if (json) {
            Map<String, Object> result = header();
            result.put("optimal", view("optimal", d.optimal(), null, null));
            result.put("minimax", view("minimax", d.minimax(), null, null));
            result.put("admissible", admissible);
            Json.write(out, result);
            return 0;
        }
        out.println("Simon two-stage designs for p0 " + p0 + ", p1 " + p1 + ", type I error < " + alpha.toPlainString()
                + ", power > " + power.toPlainString() + ", n <= " + nmax
                + (dropout == null ? "" : ", dropout " + dropout));
        out.println("Stop after stage 1 if responses <= r1 of n1; promising if responses > r of n.");
        TextTable table = new TextTable(
                "design", "r1", "n1", "r", "n", "EN0", "PET0", "alpha", "power", "enrol", "qLow", "qHigh");
        for (DesignView v : admissible) {
            table.row(
                    v.design(),
                    v.r1(),
                    v.n1(),
                    v.r(),
                    v.n(),
                    v.en0(),
                    v.pet0(),
                    v.alpha(),
                    v.power(),
                    v.enrol(),
                    v.qLow(),
                    v.qHigh());
        }
        table.print(out);
        return 0;
    }

    private Map<String, Object> header() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("p0", p0);
        m.put("p1", p1);
        m.put("target_alpha", alpha);
        m.put("target_power", power);
        m.put("nmax", nmax);
        m.put("dropout", dropout);
        return m;
    }

    private static String role(SimonDesign design, SimonDesigns d) {
        boolean minimax = design.equals(d.minimax());
        boolean optimal = design.equals(d.optimal());
        return minimax && optimal ? "minimax+optimal" : minimax ? "minimax" : optimal ? "optimal" : "admissible";
    }

    private DesignView view(String role, SimonDesign s, Double qLow, Double qHigh) {
        OperatingCharacteristics oc = SimonTwoStage.operatingCharacteristics(s.n1(), s.r1(), s.n(), s.r(), p0, p1);
        int enrol = dropout == null ? s.n() : SimonTwoStage.enrolment(s.n(), dropout);
        return new DesignView(
                role, s.r1(), s.n1(), s.r(), s.n(), s.en0(), s.pet0(), oc.typeIError(), oc.power(), enrol, qLow, qHigh);
    }

    static void checkRates(CommandLine cl, double p0, double p1) {
        if (!(p0 > 0 && p0 < 1)) {
            throw new CommandLine.ParameterException(cl, "--p0: " + p0 + " is out of range; expected 0 < p0 < 1");
        }
        if (!(p1 > 0 && p1 < 1)) {
            throw new CommandLine.ParameterException(cl, "--p1: " + p1 + " is out of range; expected 0 < p1 < 1");
        }
        if (!(p1 > p0)) {
            throw new CommandLine.ParameterException(
                    cl, "--p1: " + p1 + " is not greater than --p0 (" + p0 + "); expected p0 < p1");
        }
    }

    static void checkUnit(CommandLine cl, String option, BigDecimal value) {
        if (value.signum() <= 0 || value.compareTo(BigDecimal.ONE) >= 0) {
            throw new CommandLine.ParameterException(
                    cl, option + ": " + value.toPlainString() + " is out of range; expected a value in (0, 1)");
        }
    }
}
