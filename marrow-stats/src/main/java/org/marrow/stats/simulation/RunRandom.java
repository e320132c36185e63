package org.marrow.stats.simulation;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/**
 * The random numbers of one simulated run: its own {@code XO_RO_SHI_RO_128_PP} generator (Commons RNG),
 * seeded with two SplitMix64 outputs (Steele, Lea and Flood 2014) of the simulation's seed and the run's
 * index, so that a run draws the same numbers whichever thread runs it and whatever the other runs do.
 */
public final class RunRandom {
    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

    private final UniformRandomProvider rng;

    private RunRandom(UniformRandomProvider rng) {
        this.rng = rng;
    }

    /** Run i's generator: the state {@code (mix(z), mix(z + gamma))}, {@code z = seed + gamma (2 i + 1)}. */
    static RunRandom forRun(long seed, long run) {
        long z = seed + GOLDEN_GAMMA * (2L * run + 1);
        long[] state = {mix(z), mix(z + GOLDEN_GAMMA)};
        return new RunRandom(RandomSource.XO_RO_SHI_RO_128_PP.create(state));
    }

    /** SplitMix64's output function. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /**
     * A uniform number in [0, 1).
     *
     * @return the number
     */
    public double uniform() {
        return rng.nextDouble();
    }

    /**
     * Whether an event of probability p happens.
     *
     * @param p the probability (0 never, 1 always)
     * @return true with probability p
     */
    public boolean chance(double p) {
        return rng.nextDouble() < p;
    }

    /**
     * A uniform whole number from {@code from} to {@code to}, both included.
     *
     * @param from the smallest
     * @param to the largest, at least {@code from}
     * @return the number
     * @throws IllegalArgumentException if {@code to < from}
     */
    public int between(int from, int to) {
        if (to < from) {
            throw new IllegalArgumentException("Range " + from + ".." + to + " is empty");
        }
        return from + rng.nextInt(to - from + 1);
    }

    /**
     * An exponential waiting time, {@code -log(1 - U) / rate}.
     *
     * @param rate the rate, greater than 0
     * @return the time, in the rate's unit
     */
    public double exponential(double rate) {
        return -Math.log1p(-rng.nextDouble()) / rate;
    }
}
