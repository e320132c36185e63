package org.marrow.study;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.marrow.clinical.renal.Sex;

/**
 * A subject of the study: a row of {@code subjects.csv}. A candidate not yet enrolled has no arm, no
 * enrolment date and no first dose date.
 *
 * @param subjectId the subject's identifier, unique in the data set
 * @param site the site that screens or treats the subject
 * @param arm the arm the subject was enrolled in; empty for a candidate
 * @param sex the sex (written {@code M} or {@code F}, CDISC SEX)
 * @param birthDate the date of birth
 * @param weightKg the body weight at screening, kg, as written (e.g. {@code 61.5})
 * @param heightCm the height, cm, as written
 * @param screenedOn the screening date, if recorded (the web application records it; a data set file
 *     has it when its optional column {@code screened_on} is given)
 * @param enrolledOn the enrolment date; empty for a candidate
 * @param firstDoseOn the date of the first dose of study treatment (study day 1); empty if not yet
 *     treated
 */
public record Subject(
        String subjectId,
        String site,
        Optional<String> arm,
        Sex sex,
        LocalDate birthDate,
        BigDecimal weightKg,
        BigDecimal heightCm,
        Optional<LocalDate> screenedOn,
        Optional<LocalDate> enrolledOn,
        Optional<LocalDate> firstDoseOn) {

    /**
     * Checks the subject.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if the identifier or site is blank, weight or height is not
     *     positive, an arm or first dose date is given without an enrolment date, the arm is missing
     *     for an enrolled subject, or the dates are out of order (birth before screening, screening on
     *     or before enrolment, enrolment after birth, first dose on or after enrolment)
     */
    public Subject {
        Objects.requireNonNull(subjectId, "subjectId");
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(arm, "arm");
        Objects.requireNonNull(sex, "sex");
        Objects.requireNonNull(birthDate, "birthDate");
        Objects.requireNonNull(weightKg, "weightKg");
        Objects.requireNonNull(heightCm, "heightCm");
        Objects.requireNonNull(screenedOn, "screenedOn");
        Objects.requireNonNull(enrolledOn, "enrolledOn");
        Objects.requireNonNull(firstDoseOn, "firstDoseOn");
        if (subjectId.isBlank() || site.isBlank()) {
            throw new IllegalArgumentException(
                    "Subject id ('" + subjectId + "') and site ('" + site + "') must not be blank");
        }
        if (weightKg.signum() <= 0 || heightCm.signum() <= 0) {
            throw new IllegalArgumentException(
                    "Weight (" + weightKg + " kg) and height (" + heightCm + " cm) must be > 0 for " + subjectId);
        }
        if (enrolledOn.isEmpty() && (arm.isPresent() || firstDoseOn.isPresent())) {
            throw new IllegalArgumentException(
                    "Subject " + subjectId + " has an arm or a first dose date but no enrolment date");
        }
        if (enrolledOn.isPresent() && arm.map(String::isBlank).orElse(true)) {
            throw new IllegalArgumentException("Enrolled subject " + subjectId + " must have an arm");
        }
        if (screenedOn.isPresent() && !screenedOn.get().isAfter(birthDate)) {
            throw new IllegalArgumentException("Screening date (" + screenedOn.get() + ") of " + subjectId
                    + " must be after the birth date (" + birthDate + ")");
        }
        if (screenedOn.isPresent() && enrolledOn.isPresent() && enrolledOn.get().isBefore(screenedOn.get())) {
            throw new IllegalArgumentException("Enrolment date (" + enrolledOn.get() + ") of " + subjectId
                    + " must not be before the screening date (" + screenedOn.get() + ")");
        }
        if (enrolledOn.isPresent() && !enrolledOn.get().isAfter(birthDate)) {
            throw new IllegalArgumentException("Enrolment date (" + enrolledOn.get() + ") of " + subjectId
                    + " must be after the birth date (" + birthDate + ")");
        }
        if (firstDoseOn.isPresent() && firstDoseOn.get().isBefore(enrolledOn.get())) {
            throw new IllegalArgumentException("First dose date (" + firstDoseOn.get() + ") of " + subjectId
                    + " must not be before the enrolment date (" + enrolledOn.get() + ")");
        }
    }

    /**
     * A subject without a recorded screening date.
     *
     * @param subjectId the identifier
     * @param site the site
     * @param arm the arm; empty for a candidate
     * @param sex the sex
     * @param birthDate the date of birth
     * @param weightKg the body weight, kg
     * @param heightCm the height, cm
     * @param enrolledOn the enrolment date; empty for a candidate
     * @param firstDoseOn the first dose date; empty if not yet treated
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException on the conditions of the canonical constructor
     */
    public Subject(
            String subjectId,
            String site,
            Optional<String> arm,
            Sex sex,
            LocalDate birthDate,
            BigDecimal weightKg,
            BigDecimal heightCm,
            Optional<LocalDate> enrolledOn,
            Optional<LocalDate> firstDoseOn) {
        this(subjectId, site, arm, sex, birthDate, weightKg, heightCm, Optional.empty(), enrolledOn, firstDoseOn);
    }

    /**
     * Whether the subject was enrolled (has an enrolment date).
     *
     * @return true if enrolled
     */
    public boolean isEnrolled() {
        return enrolledOn.isPresent();
    }

    /**
     * The subject's age in completed years on a date.
     *
     * @param date the date, not before the birth date
     * @return the age in years
     * @throws IllegalArgumentException if {@code date} is before the birth date
     */
    public int ageOn(LocalDate date) {
        if (date.isBefore(birthDate)) {
            throw new IllegalArgumentException(
                    "Date (" + date + ") must not be before the birth date (" + birthDate + ") of " + subjectId);
        }
        return java.time.Period.between(birthDate, date).getYears();
    }
}
