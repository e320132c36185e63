package org.marrow.app.subject;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.marrow.clinical.renal.Sex;
import org.marrow.study.Subject;

/**
 * A subject as stored: identity, screening, enrolment, arm and withdrawal.
 *
 * @param id the id
 * @param studyId the study
 * @param siteId the site
 * @param siteCode the site's code
 * @param subjectCode the subject's code in the study, e.g. {@code SYN-001}
 * @param sex {@code M} or {@code F}
 * @param birthDate the date of birth
 * @param weightKg the weight at screening, kg, as entered
 * @param heightCm the height, cm, as entered
 * @param screenedOn the screening date, if recorded
 * @param arm the arm, once enrolled
 * @param enrolledOn the enrolment date
 * @param firstDoseOn the date of the first dose (study day 1)
 * @param withdrawnOn the withdrawal date
 * @param withdrawalReason why the subject was withdrawn
 * @param version the optimistic-lock version
 */
public record SubjectView(
        long id,
        long studyId,
        long siteId,
        String siteCode,
        String subjectCode,
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
        int version) {

    /**
     * The stored subject as the study model's subject record.
     *
     * @return the subject, its code as the identifier and its site's code as the site
     */
    public Subject subject() {
        return new Subject(
                subjectCode,
                siteCode,
                Optional.ofNullable(arm),
                Sex.fromCode(sex),
                birthDate,
                weightKg,
                heightCm,
                Optional.ofNullable(screenedOn),
                Optional.ofNullable(enrolledOn),
                Optional.ofNullable(firstDoseOn));
    }
}
