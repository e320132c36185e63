package org.marrow.protocol.regimen;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.marrow.protocol.model.DayRange;
import org.marrow.study.Drug;

/**
 * One drug's part of the treatment: dose, route, frequency and study days (document 000: "porcine
 * ATG at 25 mg/kg/day on days 1-5").
 *
 * @param id the regimen's id, unique in the protocol
 * @param drug the drug
 * @param arms the arms that receive it (never empty)
 * @param dose the dose or dose range
 * @param route the route
 * @param frequency the frequency
 * @param days the study days it is given on
 * @param rounding how computed amounts are rounded, if the protocol says
 * @param titratedBy the id of the dose rule that sets the dose within the range, if any
 * @param text the protocol's own words
 */
public record Regimen(
        String id,
        Drug drug,
        List<String> arms,
        Dose dose,
        Route route,
        Frequency frequency,
        List<DayRange> days,
        Optional<Rounding> rounding,
        Optional<String> titratedBy,
        String text) {

    /**
     * Checks and copies the regimen.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if {@code arms} or {@code days} is empty
     */
    public Regimen {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(drug, "drug");
        Objects.requireNonNull(dose, "dose");
        Objects.requireNonNull(route, "route");
        Objects.requireNonNull(frequency, "frequency");
        Objects.requireNonNull(rounding, "rounding");
        Objects.requireNonNull(titratedBy, "titratedBy");
        Objects.requireNonNull(text, "text");
        arms = List.copyOf(arms);
        days = List.copyOf(days);
        if (arms.isEmpty()) {
            throw new IllegalArgumentException("Regimen " + id + " must name at least one arm");
        }
        if (days.isEmpty()) {
            throw new IllegalArgumentException("Regimen " + id + " must have at least one range of study days");
        }
    }

    /**
     * Whether the regimen gives a dose on a study day (ignoring the frequency's weekday).
     *
     * @param day the study day
     * @return true if a day range contains it
     */
    public boolean covers(int day) {
        return days.stream().anyMatch(range -> range.contains(day));
    }
}
