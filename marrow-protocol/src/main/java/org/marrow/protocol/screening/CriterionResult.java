package org.marrow.protocol.screening;

import java.util.Objects;
import org.marrow.clinical.finding.Finding;
import org.marrow.protocol.eligibility.CriterionKind;

/**
 * One eligibility criterion's finding for a candidate: MET, NOT_MET or UNKNOWN with the evidence
 * (value, date, threshold) and what is missing.
 *
 * @param id the criterion id (e.g. {@code E7})
 * @param kind inclusion or exclusion
 * @param text the protocol's words
 * @param finding the finding with its evidence
 */
public record CriterionResult(String id, CriterionKind kind, String text, Finding finding) {

    /**
     * Checks the result.
     *
     * @throws NullPointerException if a component is null
     */
    public CriterionResult {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(finding, "finding");
    }
}
