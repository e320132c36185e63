package org.marrow.protocol.eligibility;

import java.util.Objects;

/**
 * One numbered inclusion or exclusion criterion of a protocol.
 *
 * @param id the id, unique in the protocol (e.g. {@code I1}, {@code E7})
 * @param kind inclusion or exclusion
 * @param text the protocol's own words
 * @param source where the document states it (e.g. {@code "000 l.108"}), empty if not given
 * @param criterion the typed criterion
 */
public record EligibilityCriterion(String id, CriterionKind kind, String text, String source, Criterion criterion) {

    /**
     * Checks the criterion.
     *
     * @throws NullPointerException if a component is null
     */
    public EligibilityCriterion {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(criterion, "criterion");
    }
}
