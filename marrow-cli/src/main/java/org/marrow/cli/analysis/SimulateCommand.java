package org.marrow.cli.analysis;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.marrow.analysis.simulation.ProtocolSimulation;
import org.marrow.analysis.simulation.SimulatedTrials;
import org.marrow.analysis.simulation.SimulationConduct;
import org.marrow.cli.Json;
import org.marrow.cli.Marrow;
import org.marrow.cli.TextTable;
import org.marrow.protocol.InvalidProtocolException;
import org.marrow.protocol.Protocol;
import org.marrow.protocol.ProtocolRegistry;
import org.marrow.stats.simulation.MonteCarlo;
import org.marrow.stats.simulation.MonteCarloEstimate;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code marrow simulate --protocol ID --response-rate P [--dropout D] [--accrual PER_MONTH] --runs N --seed
 * S [--json]}: the trial simulated through its protocol ({@link ProtocolSimulation}: accrual and dropout in
 * study days, the assessment within the primary timepoint's window, the Simon or Bayesian gate by the live
 * rules); the probabilities of early stop and of rejecting the null hypothesis, the expected numbers
 * enrolled and counted and the expected duration, each with its Monte Carlo standard error. The same seed
 * gives the same output whatever the number of threads.
 */
@Command(
        name = "simulate",
        mixinStandardHelpOptions = true,
        description = {
            "Simulate a trial through its protocol (accrual, dropout, visit windows, the Simon or Bayesian"
                    + " monitoring gate): probability of early stop and of rejecting H0, expected enrolment and"
                    + " duration, with Monte Carlo standard errors (docs/simulation.md)."
        })
public final class SimulateCommand implements Callable<Integer> {
    /** Patients enrolled a month when the command is not told. */
    static final double DEFAULT_ACCRUAL = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(
            names = "--protocol",
            required = true,
            paramLabel = "ID",
            description = "Bundled protocol id (hpag-csa-nsaa), id@version, or a protocol .yaml file.")
    String protocolRef;

    @Option(
            names = "--response-rate",
            required = true,
            paramLabel = "P",
            description = "Probability that the primary timepoint's assessment shows a response, 0 to 1.")
    double responseRate;

    @Option(
            names = "--dropout",
            paramLabel = "D",
            description = "Probability of leaving before that assessment, 0 to below 1. Default: the protocol's"
                    + " design.dropout, else 0.")
    Double dropout;

    @Option(
            names = "--accrual",
            paramLabel = "PER_MONTH",
            description = "Mean patients enrolled a month (Poisson). Default: " + DEFAULT_ACCRUAL + ".")
    Double accrual;

    @Option(
            names = "--toxicity-rate",
            paramLabel = "T",
            defaultValue = "0",
            description = "Probability of the toxicity a BOP2 design monitors, 0 to 1. Default: ${DEFAULT-VALUE}.")
    double toxicityRate;

    @Option(names = "--runs", required = true, paramLabel = "N", description = "Simulated trials, 2 to 10000000.")
    int runs;

    @Option(names = "--seed", required = true, paramLabel = "S", description = "Seed: the same seed, the same output.")
    long seed;

    @Option(
            names = "--threads",
            paramLabel = "N",
            description = "Threads (default: every processor); the output does not depend on it.")
    Integer threads;

    @Option(names = "--json", description = "Write JSON instead of a table.")
    boolean json;

    @Override
    public Integer call() {
        CommandLine cl = spec.commandLine();
        if (!(responseRate >= 0 && responseRate <= 1)) {
            throw new CommandLine.ParameterException(
                    cl, "--response-rate: " + responseRate + " is out of range; expected 0 <= P <= 1");
        }
        if (dropout != null && !(dropout >= 0 && dropout < 1)) {
            throw new CommandLine.ParameterException(
                    cl, "--dropout: " + dropout + " is out of range; expected 0 <= D < 1");
        }
        if (accrual != null && !(accrual > 0 && accrual <= 1000)) {
            throw new CommandLine.ParameterException(
                    cl, "--accrual: " + accrual + " is out of range; expected 0 < PER_MONTH <= 1000");
        }
        if (!(toxicityRate >= 0 && toxicityRate <= 1)) {
            throw new CommandLine.ParameterException(
                    cl, "--toxicity-rate: " + toxicityRate + " is out of range; expected 0 <= T <= 1");
        }
        if (runs < 2 || runs > MonteCarlo.MAX_RUNS) {
            throw new CommandLine.ParameterException(
                    cl, "--runs: " + runs + " is out of range; expected 2 to " + MonteCarlo.MAX_RUNS);
        }
        if (threads != null && threads < 1) {
            throw new CommandLine.ParameterException(cl, "--threads: " + threads + " is too small; expected >= 1");
        }
        Protocol protocol;
        try {
            protocol = ProtocolRegistry.bundled().resolve(protocolRef);
        } catch (InvalidProtocolException e) {
            e.problems().forEach(cl.getErr()::println);
            cl.getErr().flush();
            return Marrow.EXIT_USAGE;
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(cl, "--protocol: " + e.getMessage());
        }
        ProtocolSimulation simulation;
        try {
            simulation = ProtocolSimulation.of(protocol);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(cl, "--protocol: " + e.getMessage());
        }
        if (threads != null) {
            simulation = simulation.withThreads(threads);
        }
        double d = dropout != null
                ? dropout
                : protocol.design()
                        .dropout()
                        .map(java.math.BigDecimal::doubleValue)
                        .orElse(0.0);
        SimulationConduct conduct =
                new SimulationConduct(responseRate, d, accrual == null ? DEFAULT_ACCRUAL : accrual, toxicityRate);
        SimulatedTrials r = simulation.run(conduct, runs, seed);
        PrintWriter out = cl.getOut();
        if (json) {
            Json.write(out, r);
            return 0;
        }
        out.println("Simulation of " + r.protocolId() + " " + r.protocolVersion() + ": " + r.gate() + " gate at "
                + r.looks() + " patients counted at " + r.visit() + " (window days " + r.windowStart() + " to "
                + r.windowEnd() + "); " + r.runs() + " runs, seed " + r.seed());
        out.println("response rate " + TextTable.cell(conduct.responseRate()) + ", dropout "
                + TextTable.cell(conduct.dropout()) + (r.dropoutsReplaced() ? " (replaced)" : " (non-responders, ITT)")
                + ", accrual " + TextTable.cell(conduct.accrualPerMonth()) + " a month"
                + (r.probabilityStopForToxicity() == null ? "" : ", toxicity rate " + TextTable.cell(toxicityRate)));
        TextTable t = new TextTable("quantity", "estimate", "Monte Carlo s.e.");
        row(t, "probability of early stop", r.probabilityEarlyStop());
        if (r.probabilityRejectNull() == null) {
            t.row("probability of rejecting H0", "not defined: the protocol states no final bound", "");
        } else {
            row(t, "probability of rejecting H0", r.probabilityRejectNull());
        }
        if (r.probabilityStopForToxicity() != null) {
            row(t, "probability of stopping for toxicity", r.probabilityStopForToxicity());
        }
        row(t, "expected patients enrolled", r.expectedEnrolled());
        row(t, "expected patients counted by the gate", r.expectedCounted());
        row(t, "expected duration (months)", r.expectedDurationMonths());
        t.print(out);
        return 0;
    }

    private static void row(TextTable t, String what, MonteCarloEstimate e) {
        t.row(what, e.estimate(), e.standardError());
    }
}
