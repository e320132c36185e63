package org.marrow.clinical.transfusion;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.marrow.clinical.finding.Evidence;
import org.marrow.clinical.finding.Finding;
import org.marrow.clinical.finding.Outcome;
import org.marrow.clinical.message.Message;

/**
 * Transfusion dependence from transfusion records over a look-back window.
 *
 * <p>None of the five trial documents defines dependence in numbers: document 000 calls continuous
 * transfusion dependency "no response" and requires transfusion independence for PR; document 003
 * splits NSAA into transfusion-dependent and not. Marrow's rule, a protocol parameter: a subject is
 * dependent on a product on date D if at least {@code minimumTransfusions} transfusions of it were
 * given in the {@code lookbackDays} days ending on D (D included), i.e. on dates D - lookbackDays + 1
 * to D. The default look-back is 8 weeks (56 days) with one transfusion, the window the NIH and the
 * eltrombopag refractory-AA trials use for "transfusion independence" (Olnes et al., N Engl J Med
 * 2012;367:11-19). Red cells and platelets are judged separately.
 *
 * <p>If no transfusion is found but the record does not cover the whole window
 * ({@link TransfusionHistory#completeFrom()} after the window's first day), the answer is UNKNOWN,
 * naming the uncovered days: absence of records is not independence.
 *
 * @param lookbackDays the window length in days, &gt;= 1 (default 56)
 * @param minimumTransfusions transfusions in the window that make a subject dependent, &gt;= 1
 *     (default 1)
 */
public record TransfusionDependence(int lookbackDays, int minimumTransfusions) {

    /** The default look-back, 8 weeks. */
    public static final int DEFAULT_LOOKBACK_DAYS = 56;

    /**
     * Checks the parameters.
     *
     * @throws IllegalArgumentException if either is &lt; 1
     */
    public TransfusionDependence {
        if (lookbackDays < 1) {
            throw new IllegalArgumentException("Look-back (" + lookbackDays + " days) must be >= 1 day");
        }
        if (minimumTransfusions < 1) {
            throw new IllegalArgumentException("Minimum transfusions (" + minimumTransfusions + ") must be >= 1");
        }
    }

    /**
     * The default rule: at least one transfusion in the last 8 weeks.
     *
     * @return the rule
     */
    public static TransfusionDependence withDefaults() {
        return new TransfusionDependence(DEFAULT_LOOKBACK_DAYS, 1);
    }

    /**
     * The same rule with another look-back window.
     *
     * @param days the window length in days, &gt;= 1
     * @return the rule
     * @throws IllegalArgumentException if {@code days} &lt; 1
     */
    public TransfusionDependence withLookbackDays(int days) {
        return new TransfusionDependence(days, minimumTransfusions);
    }

    /**
     * The first day of the window ending on {@code date}.
     *
     * @param date the last day of the window
     * @return {@code date - lookbackDays + 1}
     */
    public LocalDate windowStart(LocalDate date) {
        return date.minusDays(lookbackDays - 1L);
    }

    /**
     * Dependence on one product on a date.
     *
     * @param history the subject's transfusions
     * @param date the assessment date (last day of the window)
     * @param product red cells or platelets
     * @return MET (dependent) with the transfusions as evidence, NOT_MET (independent) when the record
     *     is complete over the window and holds too few, or UNKNOWN naming the uncovered days
     * @throws NullPointerException if an argument is null
     */
    public Finding assess(TransfusionHistory history, LocalDate date, BloodProduct product) {
        Objects.requireNonNull(history, "history");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(product, "product");
        LocalDate from = windowStart(date);
        List<Transfusion> found = history.between(product, from, date);
        Message rule = Message.of("clinical.transfusion.rule", product, minimumTransfusions, lookbackDays);
        Message criterion = Message.of("clinical.transfusion.criterion", minimumTransfusions, from, date);
        List<Evidence> evidence = new ArrayList<>();
        for (Transfusion t : found) {
            evidence.add(new Evidence(
                    Message.of("clinical.evidence.transfusion", product),
                    t.date(),
                    BigDecimal.valueOf(t.units()),
                    "unit(s)",
                    criterion));
        }
        if (found.size() >= minimumTransfusions) {
            return Finding.of(
                    rule,
                    Outcome.MET,
                    Message.of(
                            "clinical.transfusion.dependent",
                            found.size(),
                            product,
                            from,
                            date,
                            found.get(found.size() - 1).date()),
                    evidence);
        }
        if (history.completeFrom().isAfter(from)) {
            long uncovered = ChronoUnit.DAYS.between(from, history.completeFrom());
            Message missing = Message.of("clinical.transfusion.recordsStart", history.completeFrom(), uncovered, from);
            return Finding.unknown(rule, evidence, List.of(missing));
        }
        if (evidence.isEmpty()) {
            evidence.add(new Evidence(
                    Message.of("clinical.evidence.transfusions", product), null, BigDecimal.ZERO, "", criterion));
        }
        return Finding.of(
                rule,
                Outcome.NOT_MET,
                Message.of(
                        "clinical.transfusion.independent", found.size(), product, from, date, history.completeFrom()),
                evidence);
    }

    /**
     * Red cell and platelet dependence on a date.
     *
     * @param history the subject's transfusions
     * @param date the assessment date
     * @return both findings
     */
    public TransfusionStatus assess(TransfusionHistory history, LocalDate date) {
        return new TransfusionStatus(assess(history, date, BloodProduct.RBC), assess(history, date, BloodProduct.PLT));
    }

    /**
     * Total units of a product in the window ending on {@code date} (used by the erythroid lineage
     * response: a reduction of at least 4 red cell units over 8 weeks).
     *
     * @param history the subject's transfusions
     * @param date the last day of the window
     * @param product the product
     * @return the units, or -1 if the record does not cover the whole window
     */
    public int unitsInWindow(TransfusionHistory history, LocalDate date, BloodProduct product) {
        LocalDate from = windowStart(date);
        if (history.completeFrom().isAfter(from)) {
            return -1;
        }
        return history.between(product, from, date).stream()
                .mapToInt(Transfusion::units)
                .sum();
    }
}
