package org.marrow.clinical.finding;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One piece of source data a rule used: what was observed, when, and the criterion it was compared
 * with, all in canonical units.
 *
 * @param item what was observed, e.g. a CDISC LBTESTCD ({@code PLAT}) or {@code "RBC transfusions"}
 * @param date the date of the observation, or {@code null} for a derived quantity without one date
 * @param value the observed value in canonical units (or a count), or {@code null} if there was none
 * @param unit the unit of {@code value} (canonical), empty for counts
 * @param criterion the criterion in words and canonical units, e.g. {@code "< 20 10^9/L"}
 */
public record Evidence(String item, LocalDate date, BigDecimal value, String unit, String criterion) {

    /**
     * Checks the evidence.
     *
     * @throws NullPointerException if {@code item}, {@code unit} or {@code criterion} is null
     */
    public Evidence {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(criterion, "criterion");
    }

    /** Human-readable form, e.g. {@code "PLAT 15 10^9/L on 2024-03-01 (criterion < 20 10^9/L)"}. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(item);
        if (value != null) {
            text.append(' ').append(value.stripTrailingZeros().toPlainString());
            if (!unit.isEmpty()) {
                text.append(' ').append(unit);
            }
        }
        if (date != null) {
            text.append(" on ").append(date);
        }
        return text.append(" (criterion ").append(criterion).append(')').toString();
    }
}
