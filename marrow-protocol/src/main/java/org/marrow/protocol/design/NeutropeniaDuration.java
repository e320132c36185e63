package org.marrow.protocol.design;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The duration of neutropenia to summarise ({@code design.analysis.neutropenia_duration}): per treated
 * patient, the days from {@code fromDay} to {@code toDay} whose neutrophil count (the latest on or
 * before the day) is below the threshold; the report gives the median and range among patients with
 * at least one such day (document 000 abstract: grade 3-4 neutropenia, "median duration 6 days, range
 * 4-33", l.26; CTCAE v5.0 grade 3 is ANC &lt; 1.0 x10^9/L).
 *
 * @param below the threshold, 10^9/L (1.0 for CTCAE grade 3-4)
 * @param fromDay the first study day counted
 * @param toDay the last study day counted
 */
public record NeutropeniaDuration(BigDecimal below, int fromDay, int toDay) {

    /**
     * Checks the window.
     *
     * @throws NullPointerException if below is null
     * @throws IllegalArgumentException if the threshold is not positive or the window is reversed
     */
    public NeutropeniaDuration {
        Objects.requireNonNull(below, "below");
        if (below.signum() <= 0) {
            throw new IllegalArgumentException("Neutrophil threshold (" + below.toPlainString() + ") must be > 0");
        }
        if (toDay < fromDay) {
            throw new IllegalArgumentException("Window (days " + fromDay + " to " + toDay + ") must not be reversed");
        }
    }
}
