package org.marrow.protocol.schedule;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.marrow.clinical.message.Message;
import org.marrow.protocol.regimen.Route;
import org.marrow.study.Drug;

/**
 * One administration of a regimen on a calendar date, with its amount in mg computed from the
 * subject's weight. A fixed dose has an {@code amount}; a dose range (CsA 3-5
 * mg/kg/day) or a dose a rule sets later (romiplostim after day 1) has none, only its bounds.
 *
 * @param date the calendar date
 * @param studyDay the study day (day 1 = first dose)
 * @param drug the drug
 * @param regimen the regimen's id
 * @param administration which administration of the day, from 1
 * @param administrationsPerDay how many administrations the day has (2 for q12h)
 * @param amount the amount in mg when it is fixed
 * @param amountMin the lowest amount in mg
 * @param amountMax the highest amount in mg
 * @param route the route
 * @param doseRules the ids of the dose rules that may change this dose (see {@code marrow advise})
 * @param note how the amount was obtained, e.g. "25 mg/kg/day x 68.5 kg"
 */
public record ScheduledDose(
        LocalDate date,
        int studyDay,
        Drug drug,
        String regimen,
        int administration,
        int administrationsPerDay,
        Optional<BigDecimal> amount,
        BigDecimal amountMin,
        BigDecimal amountMax,
        Route route,
        List<String> doseRules,
        Message note) {

    /**
     * Checks and copies the dose.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if {@code amountMax < amountMin}
     */
    public ScheduledDose {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(drug, "drug");
        Objects.requireNonNull(regimen, "regimen");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(amountMin, "amountMin");
        Objects.requireNonNull(amountMax, "amountMax");
        Objects.requireNonNull(route, "route");
        Objects.requireNonNull(note, "note");
        doseRules = List.copyOf(doseRules);
        if (amountMax.compareTo(amountMin) < 0) {
            throw new IllegalArgumentException("Maximum amount (" + amountMax.toPlainString()
                    + " mg) must be >= the minimum (" + amountMin.toPlainString() + " mg)");
        }
    }

    /**
     * The unit of the amounts.
     *
     * @return always {@code "mg"}
     */
    public String unit() {
        return "mg";
    }

    /**
     * The amount as text.
     *
     * @return e.g. {@code "1712.5"} or {@code "100-175"}
     */
    public String amountText() {
        return amount.map(BigDecimal::toPlainString)
                .orElse(amountMin.toPlainString() + "-" + amountMax.toPlainString());
    }
}
