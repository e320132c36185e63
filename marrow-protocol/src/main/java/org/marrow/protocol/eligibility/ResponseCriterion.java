package org.marrow.protocol.eligibility;

import java.util.Objects;
import org.marrow.clinical.message.Message;
import org.marrow.clinical.response.CriteriaSet;
import org.marrow.clinical.response.ResponseCategory;

/**
 * The subject's hematologic response by a criteria set is at least a category (document 003: "at
 * least a single-lineage response" is {@code lineage} at least PR).
 *
 * @param criteria the response criteria set
 * @param atLeast the lowest accepted category (CR is highest, NR lowest)
 */
public record ResponseCriterion(CriteriaSet criteria, ResponseCategory atLeast) implements Criterion {

    /**
     * Checks the criterion.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if {@code atLeast} is NR (always met)
     */
    public ResponseCriterion {
        Objects.requireNonNull(criteria, "criteria");
        Objects.requireNonNull(atLeast, "atLeast");
        if (atLeast == ResponseCategory.NR) {
            throw new IllegalArgumentException("A response criterion of at least NR is always met; expected CR to PR");
        }
    }

    /**
     * Whether a category satisfies the criterion.
     *
     * @param category an assessed category
     * @return true if {@code category} is {@code atLeast} or better
     */
    public boolean accepts(ResponseCategory category) {
        return category.ordinal() <= atLeast.ordinal();
    }

    @Override
    public <T> T accept(Visitor<T> visitor) {
        return visitor.response(this);
    }

    @Override
    public Message describe() {
        return Message.of("protocol.criterion.response", criteria.code(), atLeast);
    }
}
