package org.marrow.examples;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A synthetic cohort to generate: the treated patients' plans, the candidates who withdrew before
 * treatment, and the period over which first doses are spread evenly (in plan order).
 *
 * @param site the site written for every subject
 * @param arm the arm of the treated patients
 * @param firstDosesFrom the first patient's first dose date
 * @param firstDosesTo the last patient's first dose date
 * @param patients the treated patients
 * @param withdrawn the candidates who withdrew before treatment
 */
public record Cohort(
        String site,
        String arm,
        LocalDate firstDosesFrom,
        LocalDate firstDosesTo,
        List<PatientPlan> patients,
        List<ScreenedCandidate> withdrawn) {

    /**
     * Checks and copies the cohort.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if the period is reversed, or a subject id occurs twice
     */
    public Cohort {
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(arm, "arm");
        Objects.requireNonNull(firstDosesFrom, "firstDosesFrom");
        Objects.requireNonNull(firstDosesTo, "firstDosesTo");
        patients = List.copyOf(patients);
        withdrawn = List.copyOf(withdrawn);
        if (firstDosesTo.isBefore(firstDosesFrom)) {
            throw new IllegalArgumentException(
                    "First doses to (" + firstDosesTo + ") must not be before from (" + firstDosesFrom + ")");
        }
        Set<String> ids = new HashSet<>();
        for (PatientPlan p : patients) {
            if (!ids.add(p.subjectId())) {
                throw new IllegalArgumentException("Subject id " + p.subjectId() + " occurs twice");
            }
        }
        for (ScreenedCandidate c : withdrawn) {
            if (!ids.add(c.subjectId())) {
                throw new IllegalArgumentException("Subject id " + c.subjectId() + " occurs twice");
            }
        }
    }

    /**
     * The first dose date of the patient at a position: spread evenly over the period.
     *
     * @param index the position in {@link #patients()}
     * @return the date
     */
    public LocalDate firstDoseOf(int index) {
        long span = ChronoUnit.DAYS.between(firstDosesFrom, firstDosesTo);
        int n = patients.size();
        return n <= 1 ? firstDosesFrom : firstDosesFrom.plusDays(span * index / (n - 1));
    }
}
