package org.marrow.protocol.eligibility;

import java.util.Objects;
import org.marrow.clinical.labs.Threshold.Relation;
import org.marrow.clinical.message.Message;

/**
 * Age in completed years on the screening date (document 000: "aged &gt;= 12 years").
 *
 * @param relation how the age must relate to {@code years}
 * @param years the limit in years, 0 to 130
 */
public record AgeCriterion(Relation relation, int years) implements Criterion {

    /**
     * Checks the criterion.
     *
     * @throws NullPointerException if {@code relation} is null
     * @throws IllegalArgumentException if {@code years} is outside 0..130
     */
    public AgeCriterion {
        Objects.requireNonNull(relation, "relation");
        if (years < 0 || years > 130) {
            throw new IllegalArgumentException("Age limit (" + years + " years) must be between 0 and 130");
        }
    }

    @Override
    public <T> T accept(Visitor<T> visitor) {
        return visitor.age(this);
    }

    @Override
    public Message describe() {
        return Message.of("protocol.criterion.age", relation.symbol(), years);
    }
}
