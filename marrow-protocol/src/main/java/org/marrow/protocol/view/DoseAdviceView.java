package org.marrow.protocol.view;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.marrow.clinical.message.MessageRenderer;
import org.marrow.protocol.dose.AdvisedAmount;
import org.marrow.protocol.dose.DoseAdvice;

/**
 * The advice for one drug on a date: the texts in the reader's language, and the same as message
 * codes with arguments for a client that renders them itself.
 *
 * @param drug the drug id
 * @param action e.g. {@code continue}, {@code increase}, {@code measure}
 * @param amount the advised amount if fixed
 * @param unit its unit
 * @param perKg the fixed amount per kg
 * @param perKgUnit the per-kg unit
 * @param amountMin the lower end of an advised range (equal to amount when fixed)
 * @param amountMax the upper end
 * @param perKgMin the lower end per kg
 * @param perKgMax the upper end per kg
 * @param rule the dose rule applied
 * @param reason why
 * @param evidence the values used
 * @param missing what is needed when the action is {@code measure}
 * @param nextDoseOn the date of the next dose, if the rule sets it
 * @param reasonMessage {@code reason} as a message
 * @param missingMessages {@code missing} as messages
 */
public record DoseAdviceView(
        String drug,
        String action,
        BigDecimal amount,
        String unit,
        BigDecimal perKg,
        String perKgUnit,
        BigDecimal amountMin,
        BigDecimal amountMax,
        BigDecimal perKgMin,
        BigDecimal perKgMax,
        String rule,
        String reason,
        List<EvidenceView> evidence,
        List<String> missing,
        LocalDate nextDoseOn,
        MessageView reasonMessage,
        List<MessageView> missingMessages) {
    /**
     * The view of an advice.
     *
     * @param a the advice
     * @param renderer the reader's language
     * @return its view
     */
    public static DoseAdviceView of(DoseAdvice a, MessageRenderer renderer) {
        AdvisedAmount amount = a.amount().orElse(null);
        boolean fixed = amount != null && amount.isFixed();
        boolean perKg = amount != null && amount.perKgMin().isPresent();
        return new DoseAdviceView(
                a.drug().id(),
                a.action().code(),
                fixed ? amount.min() : null,
                amount == null ? null : amount.unit().symbol(),
                fixed && perKg ? amount.perKgMin().get() : null,
                perKg ? amount.perKgUnit().symbol() : null,
                amount == null ? null : amount.min(),
                amount == null ? null : amount.max(),
                perKg ? amount.perKgMin().get() : null,
                perKg ? amount.perKgMax().get() : null,
                a.rule(),
                renderer.render(a.reason()),
                a.evidence().stream().map(e -> EvidenceView.of(e, renderer)).toList(),
                a.missing().stream().map(renderer::render).toList(),
                a.nextDoseOn().orElse(null),
                MessageView.of(a.reason()),
                MessageView.of(a.missing()));
    }
}
