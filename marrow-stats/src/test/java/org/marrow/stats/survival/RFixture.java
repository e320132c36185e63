package org.marrow.stats.survival;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the CSV fixtures written by {@code marrow-stats/src/test/r/survival.R} and compares numbers
 * with R's. Values are plain (no quoting); {@code NA}, {@code NaN} and {@code Inf} are R's.
 */
final class RFixture {
    /** Relative tolerance from the fixtures' contract (no file states another). */
    static final double RELATIVE = 1e-9;

    private RFixture() {}

    static List<Map<String, String>> read(String name) {
        InputStream in = RFixture.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("missing fixture " + name);
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<Map<String, String>> rows = new ArrayList<>();
            String[] header = null;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                String[] cells = line.split(",", -1);
                if (header == null) {
                    header = cells;
                    continue;
                }
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 0; i < header.length; i++) {
                    row.put(header[i], cells[i]);
                }
                rows.add(row);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
