package org.marrow.stats.survival;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TabulationTest {

    @Test
    void radixSortOrdersTimesLikeArraysSortAndCarriesEachPayload() {
        SplittableRandom r = new SplittableRandom(3);
        int n = 100_000;
        double[] t = new double[n];
        for (int i = 0; i < n; i++) {
            // whole days (shared high digits), tiny and huge values, zeros
            t[i] = switch (i % 4) {
                case 0 -> Math.floor(r.nextDouble() * 400);
                case 1 -> r.nextDouble() * 1e-300;
                case 2 -> r.nextDouble() * 1e300;
                default -> 0.0;
            };
        }
        long[] keys = new long[n];
        int[] payload = new int[n];
        for (int i = 0; i < n; i++) {
            keys[i] = Double.doubleToRawLongBits(t[i]);
            payload[i] = i;
        }
        Tabulation.radixSort(keys, payload);
        double[] expected = t.clone();
        Arrays.sort(expected);
        for (int i = 0; i < n; i++) {
            assertThat(Double.longBitsToDouble(keys[i])).isEqualTo(expected[i]);
            assertThat(t[payload[i]]).isEqualTo(expected[i]);
        }
    }

    @ParameterizedTest
    @CsvSource({"1, 1", "50, 5", "1000, 400", "100000, 400", "100000, 70000", "200000, 150000", "3000, 3000"})
    void hashedCountsEqualSortedCounts(int n, int distinctTimes) {
        SplittableRandom r = new SplittableRandom(n + distinctTimes);
        double[] time = new double[n];
        int[] event = new int[n];
        int[] group = new int[n];
        for (int i = 0; i < n; i++) {
            int day = r.nextInt(distinctTimes);
            time[i] = day == 0 ? (r.nextBoolean() ? 0.0 : -0.0) : day * 0.5;
            event[i] = r.nextInt(2);
            group[i] = r.nextInt(3);
        }
        List<String> names = List.of("A", "B", "C");
        Tabulation sorted = Tabulation.sorted(time, event, group, names);
        Tabulation hashed = Tabulation.hashed(time, event, group, names, Tabulation.MAX_HASHED);
        if (sorted.times.length > Tabulation.MAX_HASHED) {
            assertThat(hashed).isNull();
            return;
        }
        assertThat(hashed.times).containsExactly(sorted.times);
        assertThat(hashed.events).isDeepEqualTo(sorted.events);
        assertThat(hashed.censored).isDeepEqualTo(sorted.censored);
        assertThat(hashed.subjects).containsExactly(sorted.subjects);
    }

    @Test
    void moreDistinctTimesThanTheHashLimitAreSorted() {
        double[] time = {5, 1, 4, 1, 3, 2};
        int[] event = {1, 0, 1, 1, 0, 1};
        assertThat(Tabulation.hashed(time, event, null, List.of("all"), 4)).isNull();
        Tabulation tab = Tabulation.of(time, event, null, List.of("all"));
        assertThat(tab.times).containsExactly(1, 2, 3, 4, 5);
        assertThat(tab.events[0]).containsExactly(1, 1, 0, 1, 1);
        assertThat(tab.censored[0]).containsExactly(1, 0, 1, 0, 0);
    }

    @Test
    void countsEventsAndCensoringsPerTimeAndGroup() {
        Tabulation tab = Tabulation.of(
                new double[] {3, 1, 3, 3, 2}, new int[] {1, 0, 0, 1, 1}, new int[] {0, 1, 1, 0, 0}, List.of("A", "B"));
        assertThat(tab.times).containsExactly(1, 2, 3);
        assertThat(tab.events[0]).containsExactly(0, 1, 2);
        assertThat(tab.censored[1]).containsExactly(1, 0, 1);
        assertThat(tab.subjects).containsExactly(3, 2);
    }

    @Test
    void timesWithinRsToleranceAreMergedIntoTheSmallest() {
        // aeqSurv: 1 and 1 + 1e-10 differ by less than sqrt(.Machine$double.eps).
        Tabulation tab = Tabulation.of(new double[] {1 + 1e-10, 1, 2}, new int[] {1, 1, 0}, null, List.of("all"));
        assertThat(tab.times).containsExactly(1, 2);
        assertThat(tab.events[0]).containsExactly(2, 0);
    }
}
