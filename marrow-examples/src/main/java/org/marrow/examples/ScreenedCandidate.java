package org.marrow.examples;

import java.time.LocalDate;
import java.util.Objects;
import org.marrow.clinical.renal.Sex;
import org.marrow.clinical.severity.Severity;

/**
 * A synthetic screened patient who withdrew consent before treatment (document 000, Figure 1A: 45
 * screened, 2 withdrew before treatment): a candidate row with screening labs and a WITHDRAWN event.
 *
 * @param subjectId the identifier
 * @param severity the severity at screening, SAA or VSAA
 * @param sex the sex
 * @param age the age in completed years on the screening date
 * @param screenedOn the screening date
 */
public record ScreenedCandidate(String subjectId, Severity severity, Sex sex, int age, LocalDate screenedOn) {
    /**
     * Checks the candidate.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if the severity is NSAA
     */
    public ScreenedCandidate {
        Objects.requireNonNull(subjectId, "subjectId");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(sex, "sex");
        Objects.requireNonNull(screenedOn, "screenedOn");
        if (severity == Severity.NON_SEVERE) {
            throw new IllegalArgumentException("Severity of candidate " + subjectId + " must be SAA or VSAA");
        }
    }
}
