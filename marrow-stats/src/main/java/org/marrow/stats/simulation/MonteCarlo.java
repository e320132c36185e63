package org.marrow.stats.simulation;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;

/**
 * Runs independent simulated runs in parallel and estimates the mean of each quantity they report, with
 * its Monte Carlo standard error, reproducibly: run i draws from its own {@link RunRandom}; the runs are
 * summed in blocks of {@value #BLOCK} consecutive indexes (Welford's mean and sum of squares within a
 * block) and the blocks combined in index order (Chan, Golub and LeVeque 1979), so the result is
 * identical, bit for bit, for the same seed whatever the number of threads.
 *
 * <p>Immutable options: {@code MonteCarlo.withDefaults().withThreads(2)}; the default uses every available
 * processor.
 */
public final class MonteCarlo {
    /** The most runs one simulation may ask for. */
    public static final int MAX_RUNS = 10_000_000;

    /** Consecutive runs summed together. */
    static final int BLOCK = 1024;

    private static final MonteCarlo DEFAULTS =
            new MonteCarlo(Runtime.getRuntime().availableProcessors());

    private final int threads;

    private MonteCarlo(int threads) {
        this.threads = threads;
    }

    /** One simulated run. */
    @FunctionalInterface
    public interface Run {
        /**
         * Simulates one run and writes the quantities it reports.
         *
         * @param random the run's random numbers
         * @param out where to write the quantities, one per slot, every slot each time
         */
        void simulate(RunRandom random, double[] out);
    }

    /**
     * Simulation on every available processor.
     *
     * @return the default
     */
    public static MonteCarlo withDefaults() {
        return DEFAULTS;
    }

    /**
     * A copy that uses the given number of threads.
     *
     * @param threads at least 1
     * @return the new simulation
     * @throws IllegalArgumentException if threads is below 1
     */
    public MonteCarlo withThreads(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("Number of threads (" + threads + ") must be >= 1");
        }
        return new MonteCarlo(threads);
    }

    /**
     * The number of threads used.
     *
     * @return at least 1
     */
    public int threads() {
        return threads;
    }

    /**
     * Runs the simulation.
     *
     * @param runs the number of runs, 2..{@value #MAX_RUNS}
     * @param seed any seed
     * @param quantities how many quantities a run reports, at least 1
     * @param run the run
     * @return each quantity's mean over the runs with its standard error, in slot order
     * @throws IllegalArgumentException if runs or quantities is out of range or run is null
     * @throws IllegalStateException if a run fails (the message is the run's) or the thread is interrupted
     */
    public List<MonteCarloEstimate> estimate(int runs, long seed, int quantities, Run run) {
        if (runs < 2 || runs > MAX_RUNS) {
            throw new IllegalArgumentException("Number of runs (" + runs + ") must be in 2.." + MAX_RUNS);
        }
        if (quantities < 1) {
            throw new IllegalArgumentException("Number of quantities (" + quantities + ") must be >= 1");
        }
        if (run == null) {
            throw new IllegalArgumentException("Run (null) must be given");
        }
        int blocks = (runs + BLOCK - 1) / BLOCK;
        double[][] mean = new double[blocks][];
        double[][] squares = new double[blocks][];
        Runnable all = () -> IntStream.range(0, blocks).parallel().forEach(b -> {
            double[] m = new double[quantities];
            double[] s = new double[quantities];
            double[] out = new double[quantities];
            int from = b * BLOCK;
            int to = Math.min(runs, from + BLOCK);
            for (int i = from; i < to; i++) {
                run.simulate(RunRandom.forRun(seed, i), out);
                int k = i - from + 1;
                for (int q = 0; q < quantities; q++) {
                    double d = out[q] - m[q];
                    m[q] += d / k;
                    s[q] += d * (out[q] - m[q]);
                }
            }
            mean[b] = m;
            squares[b] = s;
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
        List<MonteCarloEstimate> estimates = new ArrayList<>();
        for (int q = 0; q < quantities; q++) {
            double m = 0;
            double s = 0;
            long n = 0;
            for (int b = 0; b < blocks; b++) {
                long k = Math.min(runs, (long) (b + 1) * BLOCK) - (long) b * BLOCK;
                long total = n + k;
                double d = mean[b][q] - m;
                m += d * k / total;
                s += squares[b][q] + d * d * n * k / total;
                n = total;
            }
            estimates.add(new MonteCarloEstimate(m, Math.sqrt(Math.max(s, 0) / (n - 1) / n)));
        }
        return estimates;
    }
}
