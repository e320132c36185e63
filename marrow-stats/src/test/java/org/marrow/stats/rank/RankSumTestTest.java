package org.marrow.stats.rank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

class RankSumTestTest {
    private static final double TOLERANCE = 1e-9;

    private static double[] sample(String s) {
        return Arrays.stream(s.trim().split(" +"))
                .mapToDouble(Double::parseDouble)
                .toArray();
    }

    /** Expected values: wilcoxon.csv, from R wilcox.test(x, y) with its defaults. */
    @ParameterizedTest(name = "[{index}] W = {2}")
    @CsvFileSource(resources = "wilcoxon.csv", useHeadersInDisplayName = true, maxCharsPerColumn = 100_000)
    void matchesR(String x, String y, double w, String p, boolean exact) {
        RankSumResult r = RankSumTest.test(sample(x), sample(y));
        assertThat(r.w()).isEqualTo(w);
        assertThat(r.exact()).isEqualTo(exact);
        if (p.equals("NA")) {
            assertThat(r.p()).isNaN();
        } else {
            double expected = Double.parseDouble(p);
            assertThat(r.p()).isCloseTo(expected, within(expected * TOLERANCE));
        }
        assertThat(r.n1()).isEqualTo(sample(x).length);
        assertThat(r.n2()).isEqualTo(sample(y).length);
    }

    @Test
    void exactUpToFortyNinePerGroupWithoutTies() {
        double[] x = new double[49];
        double[] y = new double[49];
        for (int i = 0; i < 49; i++) {
            x[i] = 2 * i;
            y[i] = 2 * i + 1;
        }
        assertThat(RankSumTest.test(x, y).exact()).isTrue();
        double[] y50 = Arrays.copyOf(y, 50);
        y50[49] = 1001;
        assertThat(RankSumTest.test(x, y50).exact()).isFalse();
        assertThat(RankSumTest.test(y50, x).exact()).isFalse();
    }

    @Test
    void aTieAnywhereSwitchesToTheNormalApproximation() {
        RankSumResult r = RankSumTest.test(new double[] {1, 2, 3}, new double[] {3, 4, 5});
        assertThat(r.exact()).isFalse();
        assertThat(r.ties()).isTrue();
    }

    @Test
    void rejectsEmptySamplesAndNonFiniteValues() {
        assertThatThrownBy(() -> RankSumTest.test(new double[0], new double[] {1}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The first sample is empty, expected at least one value");
        assertThatThrownBy(() -> RankSumTest.test(new double[] {1}, null))
                .hasMessage("The second sample is empty, expected at least one value");
        assertThatThrownBy(() -> RankSumTest.test(new double[] {1, Double.NaN}, new double[] {1}))
                .hasMessage("Value 2 of the first sample (NaN) must be a finite number");
    }
}
