package org.marrow.app.subject;

/**
 * A subject as entered or edited, each value as given (numbers and dates are read and checked by the
 * study validation, the one every entry path uses). On an edit, {@code version} is the version the
 * edit is based on and {@code reason} is required.
 *
 * @param subjectCode the code in the study
 * @param siteId the site
 * @param sex {@code M} or {@code F}
 * @param birthDate the date of birth, YYYY-MM-DD
 * @param weightKg the weight, kg, e.g. {@code 68.5}
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
        String birthDate,
        String weightKg,
        String heightCm,
        String screenedOn,
        String arm,
        String enrolledOn,
        String firstDoseOn,
        String withdrawnOn,
        String withdrawalReason,
        Integer version,
        String reason) {}
