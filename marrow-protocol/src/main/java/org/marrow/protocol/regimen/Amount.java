package org.marrow.protocol.regimen;

import java.math.BigDecimal;
import java.util.Objects;
import org.marrow.study.DoseUnit;

/**
 * One dose amount with its unit, e.g. romiplostim 10 ug/kg.
 *
 * @param value the amount, at least 0
 * @param unit the unit
 */
public record Amount(BigDecimal value, DoseUnit unit) {

    /**
     * Checks the amount.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if {@code value < 0}
     */
    public Amount {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(unit, "unit");
        if (value.signum() < 0) {
            throw new IllegalArgumentException("Amount (" + value.toPlainString() + " " + unit + ") must be >= 0");
        }
    }

    /**
     * Parses e.g. {@code ("7.5", "mg")}.
     *
     * @param value the amount
     * @param unit a dose unit symbol
     * @return the amount
     * @throws NumberFormatException if {@code value} is not a number
     * @throws IllegalArgumentException if the unit is unknown or the value negative
     */
    public static Amount of(String value, String unit) {
        return new Amount(new BigDecimal(value), DoseUnit.parse(unit));
    }

    /** E.g. {@code "7.5 mg"}. */
    @Override
    public String toString() {
        return value.stripTrailingZeros().toPlainString() + " " + unit;
    }
}
