package org.marrow.protocol.eligibility;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.marrow.clinical.labs.Threshold.Relation;
import org.marrow.clinical.message.Message;
import org.marrow.protocol.model.Period;

/**
 * A screening history item declared by the protocol (prior IST, ECOG score, informed consent...):
 * MET when the candidate's record of the item is present (yes, or more than 0 weeks) and meets the optional conditions on its
 * duration ("prior TPO-RA for &gt; 4 weeks", document 000), recency ("TPO-RA within 1 week before
 * enrollment", document 002) or value ("ECOG &lt; 2", document 000).
 *
 * @param item the history item's id, declared in the protocol's {@code history_items}
 * @param duration the condition on how long it lasted, if any
 * @param within how recently it must have been present before the screening date, if any
 * @param value the condition on its recorded value (a score), if any
 * @param oneOf the accepted recorded values of a choice item (prior IST response NR, document 003),
 *     empty when any present value is accepted
 */
public record HistoryCriterion(
        String item,
        Optional<DurationCondition> duration,
        Optional<Period> within,
        Optional<ValueCondition> value,
        List<String> oneOf)
        implements Criterion {

    /**
     * A condition on the duration of a history item.
     *
     * @param relation the relation
     * @param period the period compared with
     */
    public record DurationCondition(Relation relation, Period period) {
        /**
         * Checks the condition.
         *
         * @throws NullPointerException if a component is null
         */
        public DurationCondition {
            Objects.requireNonNull(relation, "relation");
            Objects.requireNonNull(period, "period");
        }
    }

    /**
     * A condition on the recorded value of a history item.
     *
     * @param relation the relation
     * @param value the value compared with
     */
    public record ValueCondition(Relation relation, BigDecimal value) {
        /**
         * Checks the condition.
         *
         * @throws NullPointerException if a component is null
         */
        public ValueCondition {
            Objects.requireNonNull(relation, "relation");
            Objects.requireNonNull(value, "value");
        }
    }

    /**
     * Checks the criterion.
     *
     * @throws NullPointerException if a component is null
     */
    public HistoryCriterion {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(duration, "duration");
        Objects.requireNonNull(within, "within");
        Objects.requireNonNull(value, "value");
        oneOf = List.copyOf(oneOf);
    }

    @Override
    public <T> T accept(Visitor<T> visitor) {
        return visitor.history(this);
    }

    @Override
    public Message describe() {
        Message text = Message.of("protocol.criterion.item", item);
        if (duration.isPresent()) {
            text = Message.of(
                    "protocol.criterion.duration",
                    text,
                    duration.get().relation().symbol(),
                    duration.get().period().message());
        }
        if (within.isPresent()) {
            text = Message.of("protocol.criterion.within", text, within.get().message());
        }
        if (value.isPresent()) {
            text = Message.of(
                    "protocol.criterion.value",
                    text,
                    value.get().relation().symbol(),
                    value.get().value());
        }
        if (!oneOf.isEmpty()) {
            text = Message.of("protocol.criterion.oneOf", text, oneOf);
        }
        return text;
    }
}
