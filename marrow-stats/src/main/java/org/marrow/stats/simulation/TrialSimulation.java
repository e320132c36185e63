package org.marrow.stats.simulation;

import java.util.List;
import org.marrow.stats.design.MonitoringLook;

/**
 * Monte Carlo simulation of a single-arm trial monitored at looks on a binary response: any design
 * expressed as {@link MonitoringLook}s (a Simon design is two looks, {@code (n1, r1, n1 + 1)} and
 * {@code (n, r, n + 1)}; BOP2 and predictive probability designs give theirs), conducted as {@link
 * TrialConduct} says.
 *
 * <p><b>Reproducible and parallel.</b> The runs go through {@link MonteCarlo}: run i draws from its own
 * {@link RunRandom}, and the sums are taken in index order, so the result is identical, bit for bit,
 * for the same seed whatever the number of threads.
 *
 * <p>Immutable options: {@code TrialSimulation.withDefaults().withThreads(2)}; the default uses
 * every available processor.
 */
public final class TrialSimulation {
    /** The most runs one simulation may ask for. */
    public static final int MAX_RUNS = MonteCarlo.MAX_RUNS;

    private static final TrialSimulation DEFAULTS =
            new TrialSimulation(Runtime.getRuntime().availableProcessors());

    private final int threads;

    private TrialSimulation(int threads) {
        this.threads = threads;
    }

    /**
     * A simulation on every available processor.
     *
     * @return the default simulation
     */
    public static TrialSimulation withDefaults() {
        return DEFAULTS;
    }

    /**
     * A copy that uses the given number of threads.
     *
     * @param threads at least 1
     * @return the new simulation
     * @throws IllegalArgumentException if threads is below 1
     */
    public TrialSimulation withThreads(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("Number of threads (" + threads + ") must be >= 1");
        }
        return new TrialSimulation(threads);
    }

    /**
     * Simulates the design.
     *
     * @param looks the design's looks by increasing number of evaluable patients; the last decides
     * @param conduct how the trial is conducted
     * @param runs the number of simulated trials, 2..{@value #MAX_RUNS}
     * @param seed any seed
     * @return the estimates with their Monte Carlo standard errors
     * @throws IllegalArgumentException if the looks are empty or do not increase, the conduct is
     *     null, or runs is out of range
     */
    public SimulationResult run(List<MonitoringLook> looks, TrialConduct conduct, int runs, long seed) {
        if (looks == null || looks.isEmpty()) {
            throw new IllegalArgumentException("Looks (" + looks + ") must name at least one look");
        }
        for (int k = 1; k < looks.size(); k++) {
            if (looks.get(k).n() <= looks.get(k - 1).n()) {
                throw new IllegalArgumentException("Looks must increase: look " + (k + 1) + " has n = "
                        + looks.get(k).n() + " after " + looks.get(k - 1).n());
            }
        }
        if (conduct == null) {
            throw new IllegalArgumentException("Trial conduct (null) must be given");
        }
        if (runs < 2 || runs > MAX_RUNS) {
            throw new IllegalArgumentException("Number of runs (" + runs + ") must be in 2.." + MAX_RUNS);
        }
        MonitoringLook[] design = looks.toArray(new MonitoringLook[0]);
        List<MonteCarloEstimate> e = MonteCarlo.withDefaults()
                .withThreads(threads)
                .estimate(runs, seed, 5, (random, out) -> simulate(design, conduct, random, out));
        return new SimulationResult(runs, seed, e.get(0), e.get(1), e.get(2), e.get(3), e.get(4));
    }

    /** One trial: writes early stop (0/1), rejection (0/1), enrolled, evaluable, months to the end. */
    private static void simulate(MonitoringLook[] looks, TrialConduct c, RunRandom rng, double[] out) {
        double clock = 0;
        int responses = 0;
        int enrolled = 0;
        int evaluable = 0;
        boolean early = false;
        boolean reject = false;
        for (int k = 0; k < looks.length; k++) {
            MonitoringLook look = looks[k];
            double lastArrival = clock;
            while (evaluable < look.n()) {
                lastArrival += rng.exponential(c.accrualPerMonth());
                enrolled++;
                if (rng.chance(c.dropout())) {
                    continue;
                }
                evaluable++;
                if (rng.chance(c.responseRate())) {
                    responses++;
                }
            }
            clock = lastArrival + c.assessmentMonths();
            if (k == looks.length - 1) {
                reject = responses > look.futility();
                break;
            }
            if (responses <= look.futility()) {
                early = true;
                break;
            }
            if (responses >= look.upper()) {
                early = true;
                reject = true;
                break;
            }
        }
        out[0] = early ? 1 : 0;
        out[1] = reject ? 1 : 0;
        out[2] = enrolled;
        out[3] = evaluable;
        out[4] = clock;
    }
}
