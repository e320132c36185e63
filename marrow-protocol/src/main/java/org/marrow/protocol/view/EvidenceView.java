package org.marrow.protocol.view;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.marrow.clinical.finding.Evidence;
import org.marrow.clinical.message.MessageRenderer;

/**
 * A piece of evidence a finding or an advice used.
 *
 * @param item what was looked at, e.g. a lab test or a screening history item
 * @param date its date, or null
 * @param value its value without trailing zeros, or null
 * @param unit its unit, or null
 * @param criterion the threshold it was compared with, or null
 * @param itemMessage {@code item} as a message
 * @param criterionMessage {@code criterion} as a message
 */
public record EvidenceView(
        String item,
        LocalDate date,
        BigDecimal value,
        String unit,
        String criterion,
        MessageView itemMessage,
        MessageView criterionMessage) {
    /**
     * The view of a piece of evidence.
     *
     * @param e the evidence
     * @param renderer the reader's language
     * @return its view
     */
    public static EvidenceView of(Evidence e, MessageRenderer renderer) {
        return new EvidenceView(
                renderer.render(e.item()),
                e.date(),
                e.value() == null ? null : plain(e.value()),
                e.unit(),
                renderer.render(e.criterion()),
                MessageView.of(e.item()),
                MessageView.of(e.criterion()));
    }

    /**
     * A decimal without trailing zeros and never in exponent notation ({@code 20.0} is {@code 20}, {@code
     * 100} stays {@code 100}, not {@code 1E+2}).
     *
     * @param value the value
     * @return the same value, plainly
     */
    public static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
