package org.marrow.study;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A row of {@code doses.csv}: one dose of a drug given to a subject on a date.
 *
 * @param subjectId the subject
 * @param date the date given
 * @param drug the drug
 * @param amount the dose as written, &gt; 0
 * @param unit the dose's unit, one the drug accepts
 */
public record Dose(String subjectId, LocalDate date, Drug drug, BigDecimal amount, DoseUnit unit) {

    /**
     * Checks the dose.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if the amount is not positive or the drug is not recorded in
     *     that unit
     */
    public Dose {
        Objects.requireNonNull(subjectId, "subjectId");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(drug, "drug");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(unit, "unit");
        if (amount.signum() <= 0) {
            throw new IllegalArgumentException("Dose of " + drug + " (" + amount.toPlainString() + ") must be > 0");
        }
        if (!drug.units().contains(unit)) {
            throw new IllegalArgumentException(
                    "Dose of " + drug + " cannot be recorded in " + unit + "; expected one of " + drug.units());
        }
    }
}
