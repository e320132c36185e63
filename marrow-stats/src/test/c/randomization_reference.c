/*
 * Independent reference implementation of Marrow's permuted-block randomization stream, written
 * from the specification in org.marrow.stats.randomization.BlockStream and
 * PermutedBlockDesign#generate (SplitMix64 seed expansion, xoroshiro128++ as in Blackman and
 * Vigna's reference xoroshiro128plusplus.c, 31-bit rejection sampling, Durstenfeld shuffle).
 * It prints the golden values pinned in PermutedBlockDesignTest.
 *
 * Build and run from the repository root:
 *   gcc -O2 -std=c99 -o /tmp/randref marrow-stats/src/test/c/randomization_reference.c && /tmp/randref
 */
#include <stdint.h>
#include <stdio.h>

static uint64_t s[2];

static uint64_t rotl(uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }

static uint64_t next(void) {
    uint64_t s0 = s[0], s1 = s[1];
    uint64_t result = rotl(s0 + s1, 17) + s0;
    s1 ^= s0;
    s[0] = rotl(s0, 49) ^ s1 ^ (s1 << 21);
    s[1] = rotl(s1, 28);
    return result;
}

static uint64_t splitmix(uint64_t seed, uint64_t i) {
    uint64_t z = seed + i * 0x9E3779B97F4A7C15ULL;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

static void stream(uint64_t seed, int stratum) {
    s[0] = splitmix(seed, 2ULL * stratum + 1);
    s[1] = splitmix(seed, 2ULL * stratum + 2);
}

static int below(int n) {
    const uint64_t two31 = 1ULL << 31;
    uint64_t limit = two31 - (two31 % n);
    for (;;) {
        uint64_t r = next() >> 33;
        if (r < limit) return (int)(r % n);
    }
}

/* Prints "stratum,sequence,block,size,arm-index,complete" lines. */
static void list(uint64_t seed, int nstrata, int nper, const int *ratio, int narms, const int *sizes, int nsizes) {
    int sum = 0;
    for (int a = 0; a < narms; a++) sum += ratio[a];
    for (int st = 0; st < nstrata; st++) {
        stream(seed, st);
        int seq = 0, block = 0;
        while (seq < nper) {
            block++;
            int size = nsizes == 1 ? sizes[0] : sizes[below(nsizes)];
            int arms[10000], k = 0;
            for (int a = 0; a < narms; a++)
                for (int i = 0; i < ratio[a] * (size / sum); i++) arms[k++] = a;
            for (int i = size - 1; i > 0; i--) {
                int j = below(i + 1);
                int t = arms[i]; arms[i] = arms[j]; arms[j] = t;
            }
            int complete = nper - seq >= size;
            int used = nper - seq < size ? nper - seq : size;
            for (int i = 0; i < used; i++) {
                seq++;
                printf("%d,%d,%d,%d,%d,%d\n", st, seq, block, size, arms[i], complete);
            }
        }
    }
}

int main(void) {
    printf("# raw xoroshiro128++ outputs, seed 7, stratum 0 and 1 (as signed 64-bit)\n");
    for (int st = 0; st < 2; st++) {
        stream(7, st);
        printf("state %lld %lld\n", (long long) s[0], (long long) s[1]);
        for (int i = 0; i < 3; i++) printf("%lld\n", (long long) next());
    }
    printf("# list A: seed 7, ratio 1:3, block sizes 4,8, 2 strata, 10 per stratum\n");
    int rA[] = {1, 3}, bA[] = {4, 8};
    list(7, 2, 10, rA, 2, bA, 2);
    printf("# list B: seed -1, ratio 1:1:2, block size 4, 1 stratum, 9 per stratum\n");
    int rB[] = {1, 1, 2}, bB[] = {4};
    list((uint64_t) -1LL, 1, 9, rB, 3, bB, 1);
    return 0;
}
