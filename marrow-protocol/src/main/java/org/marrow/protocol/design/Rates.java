package org.marrow.protocol.design;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/** The checks the monitoring declarations share; each message names the value and the expectation. */
final class Rates {
    private Rates() {}

    /** A probability strictly between 0 and 1. */
    static void open(String what, BigDecimal p) {
        Objects.requireNonNull(p, what);
        if (p.signum() <= 0 || p.compareTo(BigDecimal.ONE) >= 0) {
            throw new IllegalArgumentException(what + " (" + p.toPlainString() + ") must be strictly between 0 and 1");
        }
    }

    /** Two probabilities, the first below the second. */
    static void ordered(String lowName, BigDecimal low, String highName, BigDecimal high) {
        open(lowName, low);
        open(highName, high);
        if (low.compareTo(high) >= 0) {
            throw new IllegalArgumentException(highName + " (" + high.toPlainString() + ") must be greater than "
                    + lowName + " (" + low.toPlainString() + ")");
        }
    }

    /** Cumulative numbers of patients, increasing from 1, at most 1000. */
    static List<Integer> looks(List<Integer> looks) {
        List<Integer> copy = List.copyOf(looks);
        if (copy.isEmpty()) {
            throw new IllegalArgumentException("Looks must name at least one number of patients");
        }
        for (int k = 0; k < copy.size(); k++) {
            int n = copy.get(k);
            if (n < 1 || n > 1000 || (k > 0 && n <= copy.get(k - 1))) {
                throw new IllegalArgumentException("Looks " + copy + " must be increasing numbers of patients from 1"
                        + " to 1000; look " + (k + 1) + " is " + n);
            }
        }
        return copy;
    }
}
