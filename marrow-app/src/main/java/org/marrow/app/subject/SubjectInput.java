package org.marrow.app.subject;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A subject as entered or edited. On an edit, {@code version} is the version the edit is based on and
 * {@code reason} is required.
 *
 * @param subjectCode the code in the study
 * @param siteId the site
 * @param sex {@code M} or {@code F}
 * @param birthDate the date of birth
 * @param weightKg the weight, kg
 * @param heightCm the height, cm
 * @param screenedOn the screening date
 * @param arm the arm (with an enrolment date)
 * @param enrolledOn the enrolment date
 * @param firstDoseOn the first dose date
 * @param withdrawnOn the withdrawal date
 * @param withdrawalReason why withdrawn
 * @param version for an edit, the version it is based on
 * @param reason for an edit, why
 */
public record SubjectInput(
        String subjectCode,
        Long siteId,
        String sex,
        LocalDate birthDate,
        BigDecimal weightKg,
        BigDecimal heightCm,
        LocalDate screenedOn,
        String arm,
        LocalDate enrolledOn,
        LocalDate firstDoseOn,
        LocalDate withdrawnOn,
        String withdrawalReason,
        Integer version,
        String reason) {}
