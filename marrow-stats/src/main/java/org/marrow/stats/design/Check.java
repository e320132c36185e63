package org.marrow.stats.design;

import java.util.Arrays;

/** Argument checks shared by the designs; each message names the argument and its value. */
final class Check {
    private Check() {}

    /** v in (0, 1), NaN refused. */
    static void open(String what, double v) {
        if (!(v > 0 && v < 1)) {
            throw new IllegalArgumentException(what + " (" + v + ") must be in (0, 1)");
        }
    }

    /** Both rates in (0, 1) and {@code low < high}, e.g. "Response rate p1 (0.4) must be > p0 (0.5)". */
    static void ordered(String what, String lowName, double low, String highName, double high) {
        open(what + " " + lowName, low);
        open(what + " " + highName, high);
        if (!(low < high)) {
            throw new IllegalArgumentException(
                    what + " " + highName + " (" + high + ") must be > " + lowName + " (" + low + ")");
        }
    }

    /** Increasing numbers of patients from 1, at most 1000. */
    static void looks(int[] looks) {
        if (looks == null || looks.length == 0) {
            throw new IllegalArgumentException(
                    "Looks (" + Arrays.toString(looks) + ") must name at least one sample size");
        }
        for (int k = 0; k < looks.length; k++) {
            if (looks[k] < 1 || (k > 0 && looks[k] <= looks[k - 1])) {
                throw new IllegalArgumentException("Looks (" + Arrays.toString(looks)
                        + ") must be increasing numbers of patients >= 1; look " + (k + 1) + " is " + looks[k]);
            }
        }
        if (looks[looks.length - 1] > 1000) {
            throw new IllegalArgumentException(
                    "Maximum sample size (" + looks[looks.length - 1] + ") must be at most 1000");
        }
    }
}
