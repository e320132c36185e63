package org.marrow.clinical.transfusion;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One transfusion: a row of the data set's {@code transfusions.csv}.
 *
 * @param date the date given
 * @param product red cells or platelets
 * @param units the number of units, &gt;= 1
 */
public record Transfusion(LocalDate date, BloodProduct product, int units) {

    /**
     * Checks the transfusion.
     *
     * @throws NullPointerException if {@code date} or {@code product} is null
     * @throws IllegalArgumentException if {@code units} &lt; 1
     */
    public Transfusion {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(product, "product");
        if (units < 1) {
            throw new IllegalArgumentException("Transfusion units (" + units + ") must be >= 1");
        }
    }
}
