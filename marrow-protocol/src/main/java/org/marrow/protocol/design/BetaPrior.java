package org.marrow.protocol.design;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A Beta(a, b) prior for a rate, as a monitoring rule states it.
 *
 * @param a the first shape, greater than 0
 * @param b the second shape, greater than 0
 */
public record BetaPrior(BigDecimal a, BigDecimal b) {

    /**
     * Checks the prior.
     *
     * @throws NullPointerException if a shape is null
     * @throws IllegalArgumentException if a shape is not greater than 0
     */
    public BetaPrior {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        if (a.signum() <= 0 || b.signum() <= 0) {
            throw new IllegalArgumentException("Prior shapes (a = " + a.toPlainString() + ", b = " + b.toPlainString()
                    + ") must be greater than 0");
        }
    }
}
