package org.marrow.stats.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/** Standardized differences against R (src/test/r/association.R). */
class StandardizedDifferenceTest {
    private static final double TOL = 1e-12;

    private static double[] values(String text) {
        return Arrays.stream(text.trim().split(" +"))
                .mapToDouble(Double::parseDouble)
                .toArray();
    }

    @ParameterizedTest(name = "{0} {1} vs {2}")
    @CsvFileSource(resources = "standardized_difference.csv", numLinesToSkip = 3)
    void matchesR(String kind, String first, String second, String smd) {
        double actual;
        if (kind.equals("continuous")) {
            actual = StandardizedDifference.continuous(values(first), values(second));
        } else {
            double[] a = values(first);
            double[] b = values(second);
            actual = StandardizedDifference.binary((int) a[0], (int) a[1], (int) b[0], (int) b[1]);
        }
        if (smd.equals("NA")) {
            assertThat(actual).isNaN();
        } else {
            double expected = Double.parseDouble(smd);
            assertThat(actual).isCloseTo(expected, within(Math.max(1, Math.abs(expected)) * TOL));
        }
    }

    @Test
    void undefinedForAGroupTooSmallOrEmpty() {
        assertThat(StandardizedDifference.continuous(new double[] {1}, new double[] {1, 2}))
                .isNaN();
        assertThat(StandardizedDifference.binary(0, 0, 1, 2)).isNaN();
    }

    @Test
    void badInputIsRefused() {
        assertThatThrownBy(() -> StandardizedDifference.binary(3, 2, 0, 1))
                .hasMessageContaining("must be from 0 to the group size");
        assertThatThrownBy(() -> StandardizedDifference.binary(-1, 2, 0, 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> StandardizedDifference.continuous(null, new double[] {1}))
                .hasMessageContaining("first sample must not be null");
        assertThatThrownBy(() -> StandardizedDifference.continuous(new double[] {1}, new double[] {Double.NaN}))
                .hasMessageContaining("second sample");
    }
}
