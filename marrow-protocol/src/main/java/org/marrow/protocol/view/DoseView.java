package org.marrow.protocol.view;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.marrow.clinical.message.MessageRenderer;
import org.marrow.protocol.schedule.ScheduledDose;

/**
 * One scheduled administration.
 *
 * @param date the date
 * @param studyDay the study day
 * @param drug the drug id
 * @param amount the amount, null when a range or set by a dose rule
 * @param unit the unit
 * @param amountMin the lower end of a range
 * @param amountMax the upper end of a range
 * @param administration which administration of the day (from 1)
 * @param administrationsPerDay administrations that day
 * @param regimen the regimen id
 * @param route the route code
 * @param doseRules the dose rules that may change it
 * @param note how the amount was obtained
 * @param noteMessage {@code note} as a message
 */
public record DoseView(
        LocalDate date,
        int studyDay,
        String drug,
        BigDecimal amount,
        String unit,
        BigDecimal amountMin,
        BigDecimal amountMax,
        int administration,
        int administrationsPerDay,
        String regimen,
        String route,
        List<String> doseRules,
        String note,
        MessageView noteMessage) {
    /**
     * The view of a scheduled dose.
     *
     * @param d the dose
     * @param renderer the reader's language
     * @return its view
     */
    public static DoseView of(ScheduledDose d, MessageRenderer renderer) {
        return new DoseView(
                d.date(),
                d.studyDay(),
                d.drug().id(),
                d.amount().orElse(null),
                d.unit(),
                d.amountMin(),
                d.amountMax(),
                d.administration(),
                d.administrationsPerDay(),
                d.regimen(),
                d.route().code(),
                d.doseRules(),
                renderer.render(d.note()),
                MessageView.of(d.note()));
    }
}
