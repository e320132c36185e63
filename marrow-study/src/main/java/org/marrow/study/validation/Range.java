package org.marrow.study.validation;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A closed range of numbers, both ends included.
 *
 * @param minimum the lowest value in the range
 * @param maximum the highest value in the range
 */
public record Range(BigDecimal minimum, BigDecimal maximum) {

    /**
     * Checks the range.
     *
     * @throws NullPointerException if an end is null
     * @throws IllegalArgumentException if the minimum is above the maximum
     */
    public Range {
        Objects.requireNonNull(minimum, "minimum");
        Objects.requireNonNull(maximum, "maximum");
        if (minimum.compareTo(maximum) > 0) {
            throw new IllegalArgumentException("Minimum (" + minimum.toPlainString() + ") must not be above maximum ("
                    + maximum.toPlainString() + ")");
        }
    }

    /**
     * A range of two numbers written as text.
     *
     * @param minimum e.g. {@code "1"}
     * @param maximum e.g. {@code "400"}
     * @return the range
     * @throws NumberFormatException if a text is not a number
     */
    public static Range of(String minimum, String maximum) {
        return new Range(new BigDecimal(minimum), new BigDecimal(maximum));
    }

    /**
     * Whether a value lies in the range.
     *
     * @param value the value
     * @return true if {@code minimum <= value <= maximum}
     */
    public boolean contains(BigDecimal value) {
        return value.compareTo(minimum) >= 0 && value.compareTo(maximum) <= 0;
    }
}
