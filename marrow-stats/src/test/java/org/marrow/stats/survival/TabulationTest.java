package org.marrow.stats.survival;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

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
