package org.marrow.protocol.screening;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A candidate's screening against a protocol on a date: the status and every criterion's finding.
 *
 * @param subjectId the subject
 * @param on the screening date
 * @param status ELIGIBLE, NOT_ELIGIBLE or INCOMPLETE
 * @param criteria every criterion's result, inclusion then exclusion, in protocol order
 */
public record ScreeningResult(
        String subjectId, LocalDate on, EligibilityStatus status, List<CriterionResult> criteria) {

    /**
     * Checks and copies the result.
     *
     * @throws NullPointerException if a component is null
     */
    public ScreeningResult {
        Objects.requireNonNull(subjectId, "subjectId");
        Objects.requireNonNull(on, "on");
        Objects.requireNonNull(status, "status");
        criteria = List.copyOf(criteria);
    }
}
