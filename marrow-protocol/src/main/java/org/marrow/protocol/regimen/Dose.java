package org.marrow.protocol.regimen;

import java.math.BigDecimal;
import java.util.Objects;
import org.marrow.clinical.message.Message;
import org.marrow.study.DoseUnit;

/**
 * A dose or dose range: fixed ({@code min == max}, p-ATG 25 mg/kg/day) or a range the investigator
 * or a dose rule chooses within (CsA 3-5 mg/kg/day).
 *
 * @param min the lowest amount, at least 0
 * @param max the highest amount, at least {@code min}
 * @param unit the unit
 * @param basis whether the amount is per day or per administration
 */
public record Dose(BigDecimal min, BigDecimal max, DoseUnit unit, DoseBasis basis) {

    /**
     * Checks the dose.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if {@code min < 0} or {@code max < min}
     */
    public Dose {
        Objects.requireNonNull(min, "min");
        Objects.requireNonNull(max, "max");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(basis, "basis");
        if (min.signum() < 0) {
            throw new IllegalArgumentException("Dose (" + min.toPlainString() + " " + unit + ") must be >= 0");
        }
        if (max.compareTo(min) < 0) {
            throw new IllegalArgumentException("Dose maximum (" + max.toPlainString() + " " + unit
                    + ") must be >= its minimum (" + min.toPlainString() + " " + unit + ")");
        }
    }

    /**
     * A fixed dose.
     *
     * @param amount the amount
     * @param unit the unit
     * @param basis per day or per administration
     * @return the dose
     * @throws IllegalArgumentException if {@code amount < 0}
     */
    public static Dose fixed(BigDecimal amount, DoseUnit unit, DoseBasis basis) {
        return new Dose(amount, amount, unit, basis);
    }

    /**
     * Whether the dose is a single amount.
     *
     * @return {@code min == max}
     */
    public boolean isFixed() {
        return min.compareTo(max) == 0;
    }

    /**
     * The dose in words, e.g. "3-5 mg/kg/day" or "25 mg/kg/day".
     *
     * @return the message
     */
    public Message message() {
        String amount = isFixed() ? min.toPlainString() : min.toPlainString() + "-" + max.toPlainString();
        return Message.of(
                basis == DoseBasis.DAY ? "protocol.dose.perDay" : "protocol.dose.perAdministration",
                amount,
                unit.symbol());
    }

    /** E.g. {@code "3-5 mg/kg/day"} or {@code "25 mg/kg/day"}. */
    @Override
    public String toString() {
        String amount = isFixed() ? min.toPlainString() : min.toPlainString() + "-" + max.toPlainString();
        return amount + " " + unit + (basis == DoseBasis.DAY ? "/day" : "/administration");
    }
}
