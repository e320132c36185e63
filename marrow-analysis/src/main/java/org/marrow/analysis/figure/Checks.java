package org.marrow.analysis.figure;

import java.util.Collection;

/** Argument checks shared by the figures, with messages that carry the bad value. */
final class Checks {
    private Checks() {}

    static String text(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " (" + value + ") must not be blank");
        }
        return value;
    }

    static void count(Collection<?> values, int min, int max, String what) {
        if (values == null) {
            throw new IllegalArgumentException(what + " must not be null");
        }
        if (values.size() < min || values.size() > max) {
            throw new IllegalArgumentException(
                    what + " (" + values.size() + ") must number between " + min + " and " + max);
        }
        for (Object v : values) {
            if (v == null) {
                throw new IllegalArgumentException(what + " must not contain null");
            }
        }
    }

    static double finite(double value, String what) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(what + " (" + value + ") must be a finite number");
        }
        return value;
    }
}
