package org.marrow.protocol.eligibility;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.marrow.clinical.labs.Threshold;
import org.marrow.clinical.labs.Threshold.Relation;
import org.marrow.clinical.message.Message;
import org.marrow.clinical.quantity.LabTest;
import org.marrow.clinical.quantity.LabValue;

/**
 * A lab threshold, either against a value with its unit (platelets &lt; 50 x10^9/L, document 002)
 * or against a multiple of the upper limit of normal (ALT &gt; 3 x ULN, document 000), judged on the
 * latest result no older than {@code maxAgeDays} (the eligibility default when empty).
 *
 * @param test the lab test
 * @param relation how the value must relate to the limit
 * @param limit the limit with its unit, when not a ULN multiple
 * @param ulnMultiple the multiple of the upper limit of normal, when not a fixed limit
 * @param maxAgeDays the largest accepted age of the result in days, if the criterion sets one
 */
public record LabCriterion(
        LabTest test,
        Relation relation,
        Optional<LabValue> limit,
        Optional<BigDecimal> ulnMultiple,
        OptionalInt maxAgeDays)
        implements Criterion {

    /**
     * Checks the criterion.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException unless exactly one of {@code limit} and {@code ulnMultiple} is
     *     given, if the limit is of another test, the multiple is not positive, or the age is negative
     */
    public LabCriterion {
        Objects.requireNonNull(test, "test");
        Objects.requireNonNull(relation, "relation");
        Objects.requireNonNull(limit, "limit");
        Objects.requireNonNull(ulnMultiple, "ulnMultiple");
        Objects.requireNonNull(maxAgeDays, "maxAgeDays");
        if (limit.isPresent() == ulnMultiple.isPresent()) {
            throw new IllegalArgumentException(
                    "A lab criterion needs exactly one of value (with unit) or uln_multiple");
        }
        if (limit.isPresent() && limit.get().test() != test) {
            throw new IllegalArgumentException("Limit " + limit.get() + " is not a " + test.code() + " value");
        }
        if (ulnMultiple.isPresent() && ulnMultiple.get().signum() <= 0) {
            throw new IllegalArgumentException(
                    "ULN multiple (" + ulnMultiple.get().toPlainString() + ") must be > 0");
        }
        if (maxAgeDays.isPresent() && maxAgeDays.getAsInt() < 0) {
            throw new IllegalArgumentException("Maximum result age (" + maxAgeDays.getAsInt() + " days) must be >= 0");
        }
    }

    @Override
    public <T> T accept(Visitor<T> visitor) {
        return visitor.lab(this);
    }

    @Override
    public Message describe() {
        if (limit.isPresent()) {
            return Threshold.of(relation, limit.get()).describe();
        }
        return Message.of("protocol.criterion.uln", test.code(), relation.symbol(), ulnMultiple.get());
    }
}
