package org.marrow.protocol.dose;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.marrow.clinical.finding.Evidence;
import org.marrow.clinical.message.Message;
import org.marrow.study.Drug;

/**
 * The next dose of one drug as a protocol dose rule decides it on a date, with the rule, the reason
 * and the evidence. Advice never invents data: when the rule needs a measurement
 * that is missing or stale the action is {@link DoseAction#MEASURE} and {@code missing} says what is
 * needed.
 *
 * @param drug the drug
 * @param action what to do
 * @param amount the next dose, when the action gives one
 * @param rule the id of the dose rule (or regimen) that decided
 * @param reason one sentence: why, with the numbers
 * @param evidence the data used: levels, counts, doses
 * @param missing what must be measured or recorded first (non-empty for MEASURE)
 * @param nextDoseOn when the next dose is due, if the rule or regimen says
 */
public record DoseAdvice(
        Drug drug,
        DoseAction action,
        Optional<AdvisedAmount> amount,
        String rule,
        Message reason,
        List<Evidence> evidence,
        List<Message> missing,
        Optional<LocalDate> nextDoseOn) {

    /**
     * Checks and copies the advice.
     *
     * @throws NullPointerException if a component is null
     */
    public DoseAdvice {
        Objects.requireNonNull(drug, "drug");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(nextDoseOn, "nextDoseOn");
        evidence = List.copyOf(evidence);
        missing = List.copyOf(missing);
    }
}
