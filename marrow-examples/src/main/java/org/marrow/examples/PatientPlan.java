package org.marrow.examples;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.marrow.clinical.renal.Sex;
import org.marrow.clinical.response.ResponseCategory;
import org.marrow.clinical.severity.Severity;
import org.marrow.study.EventType;

/**
 * The specification of one synthetic treated patient of the CTX+IST regimen (trial document 000): what
 * the generated records must show. Study day 1 is the first dose; the generator draws the values.
 *
 * @param subjectId the identifier
 * @param severity the severity at baseline, {@link Severity#SEVERE} or {@link Severity#VERY_SEVERE}
 * @param sex the sex
 * @param age the age in completed years on the first dose date
 * @param course the response category from each phase's first day on, in day order; the first phase
 *     starts on day 1 with {@link ResponseCategory#NR}; each later phase starts on a {@link Visits}
 *     day
 * @param ctxInfusions cyclophosphamide infusions received, 0 to 4 (days 29, 30, 43, 44 in that order)
 * @param neutropenia the neutrophil course around the cyclophosphamide cycles
 * @param lastDay the last study day with data (180 for a patient followed to month 6)
 * @param exit a transplant or death ending the follow-up on the day after {@code lastDay}, if any
 * @param relapseDay the day of a relapse event, if any (the course must turn to NR on it)
 * @param infections the infections within the first 3 months, in order of onset
 * @param alopecia whether grade 1 alopecia attributed to cyclophosphamide is recorded
 * @param nauseaGrade the grade of nausea attributed to cyclophosphamide, 0 (none) to 2
 */
public record PatientPlan(
        String subjectId,
        Severity severity,
        Sex sex,
        int age,
        List<Phase> course,
        int ctxInfusions,
        NeutropeniaPlan neutropenia,
        int lastDay,
        Optional<Exit> exit,
        OptionalInt relapseDay,
        List<InfectionPlan> infections,
        boolean alopecia,
        int nauseaGrade) {

    /** Day of the month-3 assessment. */
    public static final int MONTH_3 = 90;

    /** Day of the month-6 assessment. */
    public static final int MONTH_6 = 180;

    /**
     * A response category holding from a study day on.
     *
     * @param fromDay the first day
     * @param category the category
     */
    public record Phase(int fromDay, ResponseCategory category) {
        /**
         * Checks the phase.
         *
         * @throws NullPointerException if the category is null
         */
        public Phase {
            Objects.requireNonNull(category, "category");
        }
    }

    /**
     * The end of a patient's follow-up by a study event.
     *
     * @param type {@link EventType#HSCT}, {@link EventType#DEATH} or {@link EventType#LOST_TO_FOLLOW_UP}
     * @param day the study day of the event
     * @param note the note written in {@code events.csv} (no commas)
     */
    public record Exit(EventType type, int day, String note) {
        /**
         * Checks the exit.
         *
         * @throws IllegalArgumentException if the type is not HSCT, DEATH or LOST_TO_FOLLOW_UP, or the
         *     note has a comma
         */
        public Exit {
            if (type != EventType.HSCT && type != EventType.DEATH && type != EventType.LOST_TO_FOLLOW_UP) {
                throw new IllegalArgumentException("Exit type (" + type + ") must be HSCT, DEATH or LOST_TO_FOLLOW_UP");
            }
            if (note.contains(",")) {
                throw new IllegalArgumentException("Exit note ('" + note + "') must not contain a comma");
            }
        }
    }

    /**
     * Neutropenia after cyclophosphamide: the worst CTCAE v5.0 grade of "Neutrophil count decreased"
     * the investigator attributes to it, and per cycle the number of consecutive days with ANC below
     * 1.0 x10^9/L (grade 3-4) starting in the cycle (see {@link CohortGenerator} for the course drawn).
     *
     * @param grade the worst grade, 0 (none) to 4; grade 4 dips go below 0.5, grade 3 stay at or above
     *     0.5, grades 1 and 2 never go below 1.0
     * @param cycle1Days days below 1.0 in cycle 1 (days 29-30): 0 to 12, or up to 30 if persistent
     * @param cycle2Days days below 1.0 in cycle 2 (days 43-44), 0 to 28
     * @param persistent whether the ANC is already below 0.5 before cyclophosphamide and stays below 1.0
     *     from day 29 for {@code cycle1Days} days (document 000: three VSAA patients)
     */
    public record NeutropeniaPlan(int grade, int cycle1Days, int cycle2Days, boolean persistent) {
        /**
         * Checks the plan.
         *
         * @throws IllegalArgumentException if a value is out of range, or days are given for grades
         *     below 3, or none for grades 3 and 4
         */
        public NeutropeniaPlan {
            if (grade < 0 || grade > 4) {
                throw new IllegalArgumentException("Neutropenia grade (" + grade + ") must be 0 to 4");
            }
            if (cycle1Days < 0 || cycle1Days > (persistent ? 30 : 12) || cycle2Days < 0 || cycle2Days > 28) {
                throw new IllegalArgumentException("Neutropenia days (" + cycle1Days + ", " + cycle2Days
                        + ") must be 0-12 (0-30 if persistent) and 0-28");
            }
            if ((grade < 3) != (cycle1Days + cycle2Days == 0)) {
                throw new IllegalArgumentException("Neutropenia grade " + grade + " with " + cycle1Days + " and "
                        + cycle2Days + " days below 1.0; grades 3-4 need days below 1.0, grades 0-2 none");
            }
            if (persistent && (grade != 4 || cycle1Days == 0)) {
                throw new IllegalArgumentException("Persistent neutropenia must be grade 4 with cycle 1 days");
            }
        }
    }

    /**
     * An infection in the first 3 months.
     *
     * @param term the CTCAE v5.0 term
     * @param grade the grade, 1 to 3, one the term defines
     * @param day the study day of onset
     */
    public record InfectionPlan(String term, int grade, int day) {}

    /**
     * Checks the plan.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if the severity is NSAA, the course does not start with NR on
     *     day 1, is not in day order, starts a phase on a day that is not a visit day, starts a response
     *     fewer than 57 days after day 1 (transfusion independence needs 56 days without transfusion),
     *     the infusions are not 0-4, a cycle-2 neutropenia is given without cycle 2, or the last day
     *     is not 1-180
     */
    public PatientPlan {
        Objects.requireNonNull(subjectId, "subjectId");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(sex, "sex");
        Objects.requireNonNull(neutropenia, "neutropenia");
        Objects.requireNonNull(exit, "exit");
        Objects.requireNonNull(relapseDay, "relapseDay");
        infections = List.copyOf(infections);
        course = List.copyOf(new ArrayList<>(course));
        if (severity == Severity.NON_SEVERE) {
            throw new IllegalArgumentException("Baseline severity of " + subjectId + " must be SAA or VSAA");
        }
        if (course.isEmpty() || course.get(0).fromDay() != 1 || course.get(0).category() != ResponseCategory.NR) {
            throw new IllegalArgumentException("Course of " + subjectId + " must start with NR on day 1");
        }
        for (int i = 1; i < course.size(); i++) {
            Phase phase = course.get(i);
            if (phase.fromDay() <= course.get(i - 1).fromDay() || !Visits.isVisitDay(phase.fromDay())) {
                throw new IllegalArgumentException("Phase of " + subjectId + " from day " + phase.fromDay()
                        + " must start on a visit day " + Visits.DAYS + " after the previous phase");
            }
            if (phase.category().isResponse() && phase.fromDay() < 57) {
                throw new IllegalArgumentException("Response of " + subjectId + " from day " + phase.fromDay()
                        + " must start on day 57 or later (56 days without transfusion)");
            }
        }
        if (ctxInfusions < 0 || ctxInfusions > 4) {
            throw new IllegalArgumentException("Cyclophosphamide infusions (" + ctxInfusions + ") must be 0 to 4");
        }
        if (ctxInfusions < 3 && neutropenia.cycle2Days() > 0) {
            throw new IllegalArgumentException("Cycle-2 neutropenia of " + subjectId + " without cycle 2");
        }
        if (lastDay < 1 || lastDay > MONTH_6) {
            throw new IllegalArgumentException("Last day (" + lastDay + ") must be 1 to " + MONTH_6);
        }
        if (exit.isPresent() && exit.get().day() != lastDay + 1) {
            throw new IllegalArgumentException("Exit of " + subjectId + " on day "
                    + exit.get().day() + " must be the day after the last day (" + lastDay + ")");
        }
    }

    /**
     * The response category the course gives on a day.
     *
     * @param day the study day
     * @return the category of the phase holding on that day
     */
    public ResponseCategory categoryOn(int day) {
        ResponseCategory category = ResponseCategory.NR;
        for (Phase phase : course) {
            if (phase.fromDay() <= day) {
                category = phase.category();
            }
        }
        return category;
    }

    /**
     * The target category at month 3.
     *
     * @return the category on day 90
     */
    public ResponseCategory month3() {
        return categoryOn(MONTH_3);
    }

    /**
     * The target category at month 6.
     *
     * @return the category on day 180, or empty if the patient has no data on day 180
     */
    public Optional<ResponseCategory> month6() {
        return lastDay >= MONTH_6 ? Optional.of(categoryOn(MONTH_6)) : Optional.empty();
    }
}
