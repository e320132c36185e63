package org.marrow.stats.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MonteCarloTest {

    @Test
    void theSameSeedGivesTheSameEstimatesWhateverTheNumberOfThreads() {
        MonteCarlo.Run run = (r, out) -> {
            out[0] = r.uniform();
            out[1] = r.exponential(2);
            out[2] = r.chance(0.3) ? 1 : 0;
        };
        List<MonteCarloEstimate> one = MonteCarlo.withDefaults().withThreads(1).estimate(5000, 11, 3, run);
        List<MonteCarloEstimate> three =
                MonteCarlo.withDefaults().withThreads(3).estimate(5000, 11, 3, run);
        assertThat(three).isEqualTo(one);
        assertThat(MonteCarlo.withDefaults().estimate(5000, 12, 3, run)).isNotEqualTo(one);
        assertThat(MonteCarlo.withDefaults().withThreads(3).threads()).isEqualTo(3);
    }

    @ParameterizedTest
    @CsvSource({"2", "1023", "1024", "1025", "3000"})
    void theBlockSumsEqualTheTwoPassMeanAndStandardErrorOfTheRuns(int runs) {
        // the runs' values, drawn again one by one from each run's own generator
        double[] v = new double[runs];
        for (int i = 0; i < runs; i++) {
            v[i] = RunRandom.forRun(5, i).exponential(0.5);
        }
        double mean = 0;
        for (double x : v) {
            mean += x;
        }
        mean /= runs;
        double ss = 0;
        for (double x : v) {
            ss += (x - mean) * (x - mean);
        }
        MonteCarloEstimate e = MonteCarlo.withDefaults()
                .estimate(runs, 5, 1, (r, out) -> out[0] = r.exponential(0.5))
                .get(0);
        assertThat(e.estimate()).isCloseTo(mean, within(1e-12 * mean));
        double se = Math.sqrt(ss / (runs - 1) / runs);
        assertThat(e.standardError()).isCloseTo(se, within(1e-9 * se));
    }

    @Test
    void aProportionsStandardErrorIsSqrtOfPTimesOneMinusPOverRunsMinusOne() {
        int runs = 10_000;
        MonteCarloEstimate e = MonteCarlo.withDefaults()
                .estimate(runs, 3, 1, (r, out) -> out[0] = r.chance(0.25) ? 1 : 0)
                .get(0);
        double p = e.estimate();
        assertThat(p).isCloseTo(0.25, within(4 * Math.sqrt(0.25 * 0.75 / runs)));
        assertThat(e.standardError()).isCloseTo(Math.sqrt(p * (1 - p) / (runs - 1)), within(1e-12));
    }

    @Test
    void aWholeNumberBetweenTwoBoundsTakesEveryValueAndNoOther() {
        RunRandom r = RunRandom.forRun(1, 1);
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            seen.add(r.between(78, 81));
        }
        assertThat(seen).containsExactlyInAnyOrder(78, 79, 80, 81);
        assertThat(r.between(5, 5)).isEqualTo(5);
        assertThatThrownBy(() -> r.between(5, 4)).hasMessage("Range 5..4 is empty");
    }

    @Test
    void badArgumentsAndFailingRunsNameTheValue() {
        MonteCarlo m = MonteCarlo.withDefaults();
        MonteCarlo.Run run = (r, out) -> out[0] = 1;
        assertThatThrownBy(() -> m.withThreads(0)).hasMessage("Number of threads (0) must be >= 1");
        assertThatThrownBy(() -> m.estimate(1, 1, 1, run)).hasMessage("Number of runs (1) must be in 2..10000000");
        assertThatThrownBy(() -> m.estimate(10, 1, 0, run)).hasMessage("Number of quantities (0) must be >= 1");
        assertThatThrownBy(() -> m.estimate(10, 1, 1, null)).hasMessage("Run (null) must be given");
        assertThatThrownBy(() -> m.estimate(10, 1, 1, (r, out) -> {
                    throw new IllegalArgumentException("no such look");
                }))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no such look");
    }
}
