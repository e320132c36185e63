package org.marrow.clinical.finding;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import org.marrow.clinical.message.Message;

/**
 * One piece of source data a rule used: what was observed, when, and the criterion it was compared
 * with, all in canonical units. What was observed and the criterion are messages, rendered in the
 * user's language at the edge.
 *
 * @param item what was observed, e.g. a CDISC LBTESTCD ({@code PLAT}) or "RBC transfusions"
 * @param date the date of the observation, or {@code null} for a derived quantity without one date
 * @param value the observed value in canonical units (or a count), or {@code null} if there was none
 * @param unit the symbol of the unit of {@code value} (canonical), empty for counts
 * @param criterion the criterion in canonical units, e.g. "&lt; 20 10^9/L"
 */
public record Evidence(Message item, LocalDate date, BigDecimal value, String unit, Message criterion) {

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

    /**
     * The evidence in one line, e.g. "PLAT 15 10^9/L on 2024-03-01 (criterion &lt; 20 10^9/L)".
     *
     * @return the message
     */
    public Message message() {
        Message text = item;
        if (value != null) {
            text = unit.isEmpty()
                    ? Message.of("clinical.evidence.value", text, value)
                    : Message.of("clinical.evidence.valueUnit", text, value, unit);
        }
        if (date != null) {
            text = Message.of("clinical.evidence.on", text, date);
        }
        return Message.of("clinical.evidence.criterion", text, criterion);
    }

    /** The code and arguments of {@link #message()}, for logs and test failures. */
    @Override
    public String toString() {
        return message().toString();
    }
}
