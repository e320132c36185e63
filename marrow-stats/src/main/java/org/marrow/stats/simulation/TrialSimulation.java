package org.marrow.stats.simulation;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.marrow.stats.design.MonitoringLook;

/**
 * Monte Carlo simulation of a single-arm trial monitored at looks on a binary response: any design
 * expressed as {@link MonitoringLook}s (a Simon design is two looks, {@code (n1, r1, n1 + 1)} and
 * {@code (n, r, n + 1)}; BOP2 and predictive probability designs give theirs), conducted as {@link
 * TrialConduct} says.
 *
 * <p><b>Reproducible and parallel.</b> Run i draws from its own generator, {@code
 * XO_RO_SHI_RO_128_PP} seeded with two SplitMix64 outputs of {@code (seed, i)}, so a run's draws do
 * not depend on which thread runs it or on the other runs; the per-run results are kept by index
 * and summed in index order. The result is therefore identical, bit for bit, for the same seed
 * whatever the number of threads.
 *
 * <p>Immutable options: {@code TrialSimulation.withDefaults().withThreads(2)}; the default uses
 * every available processor.
 */
public final class TrialSimulation {
    /** The most runs one simulation may ask for. */
    public static final int MAX_RUNS = 10_000_000;

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
        byte[] outcome = new byte[runs];
        int[] enrolled = new int[runs];
        int[] evaluable = new int[runs];
        double[] duration = new double[runs];
        Runnable all = () -> IntStream.range(0, runs).parallel().forEach(i -> {
            Trial t = simulate(design, conduct, generator(seed, i));
            outcome[i] = t.outcome;
            enrolled[i] = t.enrolled;
            evaluable[i] = t.evaluable;
            duration[i] = t.duration;
        });
        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
            pool.submit(all).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("simulation interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("simulation failed: " + e.getCause().getMessage(), e.getCause());
        } finally {
            pool.shutdown();
        }
        double[] early = new double[runs];
        double[] reject = new double[runs];
        double[] enr = new double[runs];
        double[] eva = new double[runs];
        for (int i = 0; i < runs; i++) {
            early[i] = (outcome[i] & EARLY) != 0 ? 1 : 0;
            reject[i] = (outcome[i] & REJECT) != 0 ? 1 : 0;
            enr[i] = enrolled[i];
            eva[i] = evaluable[i];
        }
        return new SimulationResult(
                runs, seed, estimate(early), estimate(reject), estimate(enr), estimate(eva), estimate(duration));
    }

    private static final byte EARLY = 1;
    private static final byte REJECT = 2;

    /** One simulated trial. */
    private static final class Trial {
        byte outcome;
        int enrolled;
        int evaluable;
        double duration;
    }

    private static Trial simulate(MonitoringLook[] looks, TrialConduct c, UniformRandomProvider rng) {
        Trial t = new Trial();
        double clock = 0;
        int responses = 0;
        for (int k = 0; k < looks.length; k++) {
            MonitoringLook look = looks[k];
            double lastArrival = clock;
            while (t.evaluable < look.n()) {
                lastArrival += -Math.log1p(-rng.nextDouble()) / c.accrualPerMonth();
                t.enrolled++;
                if (rng.nextDouble() < c.dropout()) {
                    continue;
                }
                t.evaluable++;
                if (rng.nextDouble() < c.responseRate()) {
                    responses++;
                }
            }
            clock = lastArrival + c.assessmentMonths();
            boolean last = k == looks.length - 1;
            if (last) {
                if (responses > look.futility()) {
                    t.outcome |= REJECT;
                }
                break;
            }
            if (responses <= look.futility()) {
                t.outcome |= EARLY;
                break;
            }
            if (responses >= look.upper()) {
                t.outcome |= EARLY | REJECT;
                break;
            }
        }
        t.duration = clock;
        return t;
    }

    /** Run i's generator: XO_RO_SHI_RO_128_PP with the state {@code (mix(z1), mix(z2))} of SplitMix64. */
    static UniformRandomProvider generator(long seed, int run) {
        long z = seed + 0x9E3779B97F4A7C15L * (2L * run + 1);
        long[] state = {mix(z), mix(z + 0x9E3779B97F4A7C15L)};
        return RandomSource.XO_RO_SHI_RO_128_PP.create(state);
    }

    /** SplitMix64's output function (Steele, Lea and Flood 2014). */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** Mean and {@code sd / sqrt(n)}, summed in index order (two passes). */
    private static MonteCarloEstimate estimate(double[] v) {
        double sum = 0;
        for (double x : v) {
            sum += x;
        }
        double mean = sum / v.length;
        double ss = 0;
        for (double x : v) {
            ss += (x - mean) * (x - mean);
        }
        return new MonteCarloEstimate(mean, Math.sqrt(ss / (v.length - 1) / v.length));
    }
}
