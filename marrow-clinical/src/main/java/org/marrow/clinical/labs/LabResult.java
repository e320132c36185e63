package org.marrow.clinical.labs;

import java.time.LocalDate;
import java.util.Objects;
import org.marrow.clinical.quantity.LabTest;
import org.marrow.clinical.quantity.LabValue;

/**
 * One dated lab value of a subject: a row of the data set's {@code labs.csv}.
 *
 * @param date the sample date
 * @param value the value with its test and unit
 */
public record LabResult(LocalDate date, LabValue value) {

    /**
     * Checks the result.
     *
     * @throws NullPointerException if a component is null
     */
    public LabResult {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(value, "value");
    }

    /**
     * The test.
     *
     * @return {@code value().test()}
     */
    public LabTest test() {
        return value.test();
    }

    /** E.g. {@code "PLAT 15 10^9/L on 2024-03-01"}. */
    @Override
    public String toString() {
        return value + " on " + date;
    }
}
