package org.marrow.stats.randomization;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/**
 * The random stream of one stratum, fully specified so that a list can be reproduced from its seed
 * without Marrow and cannot change silently with a library upgrade:
 *
 * <ol>
 *   <li>Seed expansion: SplitMix64 (Steele, Lea and Flood 2014; the constants of Vigna's reference
 *       {@code splitmix64.c}) started at the user's seed; stratum {@code s} (0-based) takes outputs
 *       {@code 2s+1} and {@code 2s+2} as the two 64-bit words of its generator state. SplitMix64 is a
 *       bijection of distinct counters, so the two words are never both zero.
 *   <li>Generator: xoroshiro128++ (Blackman and Vigna 2021), commons-rng {@link
 *       RandomSource#XO_RO_SHI_RO_128_PP} given that state as its native {@code long[2]} seed. Only its
 *       raw {@code nextLong()} output is used.
 *   <li>Integer in {@code [0, n)}: {@code r = nextLong() >>> 33} (the top 31 bits); draws with
 *       {@code r >= 2^31 - (2^31 mod n)} are rejected and redrawn; the result is {@code r mod n}. This
 *       is exactly uniform.
 *   <li>Shuffle: Durstenfeld's Fisher-Yates, for {@code i} from {@code size-1} down to {@code 1}: swap
 *       element {@code i} with element {@code j}, {@code j} the integer in {@code [0, i]} drawn as above
 *       with {@code n = i + 1}.
 * </ol>
 */
final class BlockStream {
    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;
    private static final long TWO_TO_31 = 1L << 31;

    private final UniformRandomProvider rng;

    private BlockStream(UniformRandomProvider rng) {
        this.rng = rng;
    }

    /** The stream of stratum {@code stratumIndex} for the given seed. */
    static BlockStream forStratum(long seed, int stratumIndex) {
        long[] state = {splitMix64(seed, 2L * stratumIndex + 1), splitMix64(seed, 2L * stratumIndex + 2)};
        return new BlockStream(RandomSource.XO_RO_SHI_RO_128_PP.create(state));
    }

    /** The {@code i}-th (1-based) output of SplitMix64 started at {@code seed}. */
    static long splitMix64(long seed, long i) {
        long z = seed + i * GOLDEN_GAMMA;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** The next raw 64-bit output of the generator. */
    long nextLong() {
        return rng.nextLong();
    }

    /** A uniform integer in {@code [0, n)}, {@code 1 <= n <= 2^31 - 1}. */
    int below(int n) {
        long limit = TWO_TO_31 - (TWO_TO_31 % n);
        while (true) {
            long r = rng.nextLong() >>> 33;
            if (r < limit) {
                return (int) (r % n);
            }
        }
    }

    /** Shuffles the array in place as specified in the class comment. */
    void shuffle(String[] a) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = below(i + 1);
            String t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }
}
