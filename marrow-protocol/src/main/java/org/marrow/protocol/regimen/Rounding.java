package org.marrow.protocol.regimen;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import org.marrow.study.DoseUnit;

/**
 * How a computed amount is rounded to what can be given, e.g. to the nearest 25 mg (CsA capsules).
 *
 * @param step the multiple to round to, in {@code unit}, greater than 0
 * @param unit an absolute mass unit (mg or ug)
 * @param mode how to round
 */
public record Rounding(BigDecimal step, DoseUnit unit, RoundingMode mode) {

    /**
     * Checks the rounding.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if {@code step <= 0}, the unit is per kg, or the mode is not
     *     HALF_UP, DOWN or UP
     */
    public Rounding {
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(mode, "mode");
        if (step.signum() <= 0) {
            throw new IllegalArgumentException("Rounding step (" + step.toPlainString() + ") must be > 0");
        }
        if (unit.perKg()) {
            throw new IllegalArgumentException(
                    "Rounding unit (" + unit + ") must be an absolute amount; expected mg or ug");
        }
        if (mode != RoundingMode.HALF_UP && mode != RoundingMode.DOWN && mode != RoundingMode.UP) {
            throw new IllegalArgumentException("Rounding mode (" + mode + ") must be nearest, down or up");
        }
    }

    /**
     * Rounds an amount given in this rounding's unit.
     *
     * @param amount the amount
     * @return the nearest (or next lower / higher) multiple of the step
     */
    public BigDecimal apply(BigDecimal amount) {
        return amount.divide(step, 0, mode).multiply(step);
    }
}
