package org.marrow.stats.survival;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.marrow.stats.RReference;

/**
 * Reads the CSV fixtures written by {@code marrow-stats/src/test/r/survival.R} and compares numbers
 * with R's. Values are plain (no quoting); {@code NA}, {@code NaN} and {@code Inf} are R's.
 */
final class RFixture {
    /** Relative tolerance from the fixtures' contract (no file states another). */
    static final double RELATIVE = 1e-9;

    private RFixture() {}

    static List<Map<String, String>> read(String name) {
        return RReference.read(RFixture.class, name);
    }

    static double number(String s) {
        switch (s) {
            case "NA":
            case "NaN":
                return Double.NaN;
            case "Inf":
                return Double.POSITIVE_INFINITY;
            case "-Inf":
                return Double.NEGATIVE_INFINITY;
            default:
                return Double.parseDouble(s);
        }
    }

    /** Asserts R's value (NA as NaN) within the relative tolerance. */
    static void assertR(double actual, String expected, String what) {
        double e = number(expected);
        if (Double.isNaN(e)) {
            assertThat(Double.isNaN(actual))
                    .as(what + ": " + actual + " vs R NA")
                    .isTrue();
            return;
        }
        if (Double.isInfinite(e)) {
            assertThat(actual).as(what).isEqualTo(e);
            return;
        }
        double tol = RELATIVE * Math.max(Math.abs(e), Math.abs(actual));
        assertThat(Math.abs(actual - e))
                .as(what + ": " + actual + " vs R " + expected)
                .isLessThanOrEqualTo(tol);
    }
}
