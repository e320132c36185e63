package org.marrow.protocol.schedule;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import org.marrow.clinical.message.Message;

/**
 * A subject's treatment calendar under a protocol: every dose by date and study day with its amount
 * in mg, and the assessment visits with their windows.
 *
 * @param subjectId the subject
 * @param protocolId the protocol id
 * @param protocolVersion the protocol version
 * @param arm the protocol arm followed
 * @param firstDose the date of study day 1
 * @param weightKg the body weight the amounts are computed from (baseline {@code weight_kg})
 * @param lastDay the last study day listed: open-ended regimens stop here
 * @param doses the doses, by date, then in protocol regimen order
 * @param visits the visits, in protocol order
 * @param notes the decisions the schedule made (open-ended regimens capped, arm chosen)
 */
public record SubjectSchedule(
        String subjectId,
        String protocolId,
        String protocolVersion,
        String arm,
        LocalDate firstDose,
        BigDecimal weightKg,
        int lastDay,
        List<ScheduledDose> doses,
        List<ScheduledVisit> visits,
        List<Message> notes) {

    /**
     * Checks and copies the schedule.
     *
     * @throws NullPointerException if a component is null
     */
    public SubjectSchedule {
        Objects.requireNonNull(subjectId, "subjectId");
        Objects.requireNonNull(protocolId, "protocolId");
        Objects.requireNonNull(protocolVersion, "protocolVersion");
        Objects.requireNonNull(arm, "arm");
        Objects.requireNonNull(firstDose, "firstDose");
        Objects.requireNonNull(weightKg, "weightKg");
        doses = List.copyOf(doses);
        visits = List.copyOf(visits);
        notes = List.copyOf(notes);
    }

    /**
     * The study day of a date: day 1 is the first dose, day 0 the day before, day -1 the day before
     * that; in general the number of days since the first dose plus one. This is the convention of
     * the protocol format's visit windows and regimen days (docs/protocol-format.md) and of every
     * study day Marrow shows. It differs from CDISC SDTM's --DY, which has no day 0, for dates
     * before the first dose only.
     *
     * @param firstDose the date of day 1
     * @param date the date
     * @return its study day
     */
    public static long studyDay(LocalDate firstDose, LocalDate date) {
        return ChronoUnit.DAYS.between(firstDose, date) + 1;
    }

    /**
     * The calendar date of a study day (day 1 = first dose, day 0 the day before), the inverse of
     * {@link #studyDay(LocalDate, LocalDate)}.
     *
     * @param firstDose the date of day 1
     * @param studyDay the study day
     * @return the date
     */
    public static LocalDate dateOf(LocalDate firstDose, int studyDay) {
        return firstDose.plusDays(studyDay - 1L);
    }
}
