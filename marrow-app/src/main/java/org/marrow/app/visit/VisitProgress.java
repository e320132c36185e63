package org.marrow.app.visit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.marrow.clinical.quantity.LabTest;
import org.marrow.protocol.Protocol;
import org.marrow.protocol.schedule.ScheduledVisit;
import org.marrow.protocol.schedule.SubjectSchedule;
import org.marrow.protocol.schedule.TreatmentSchedule;
import org.marrow.study.EventType;
import org.marrow.study.LabRecord;
import org.marrow.study.StudyEvent;
import org.marrow.study.Subject;

/**
 * Where a subject stands with each visit of its protocol on a day, REDCap's record status dashboard for
 * Marrow: a visit is {@link State#DONE} when the blood counts the response rules read (haemoglobin,
 * platelets and neutrophils) are recorded in its window, {@link State#MISSING_DATA} when some are, {@link
 * State#DUE} while its window is open without them, {@link State#OVERDUE} when the window has closed without
 * any, {@link State#UPCOMING} before the window opens and {@link State#NOT_EXPECTED} when the subject left
 * follow-up (withdrawal, death, transplantation, loss to follow-up) before it. Voided records do not count
 * (the caller passes the study data, which leave them out). The visit windows are the protocol's ({@link
 * TreatmentSchedule}).
 */
public final class VisitProgress {
    /** The counts a visit needs: those the response criteria of document 000 read. */
    static final Set<LabTest> COUNTS = EnumSet.of(LabTest.HGB, LabTest.PLAT, LabTest.NEUT);

    /** The events after which a subject is no longer followed. */
    private static final Set<EventType> END_OF_FOLLOW_UP =
            EnumSet.of(EventType.DEATH, EventType.HSCT, EventType.WITHDRAWN, EventType.LOST_TO_FOLLOW_UP);

    private VisitProgress() {}

    /** A visit's state on a day. */
    public enum State {
        /** The counts are recorded in the window. */
        DONE,
        /** Some counts are recorded in the window, not all. */
        MISSING_DATA,
        /** The window is open today and the counts are not yet recorded. */
        DUE,
        /** The window has closed without any count recorded. */
        OVERDUE,
        /** The window opens after today. */
        UPCOMING,
        /** The subject left follow-up before the window opened. */
        NOT_EXPECTED;

        /**
         * The pages' message key of the state.
         *
         * @return e.g. {@code grid.state.DONE}
         */
        public String messageKey() {
            return "grid.state." + name();
        }
    }

    /**
     * One visit of a subject.
     *
     * @param visit the protocol's visit with its dates for this subject
     * @param state its state
     * @param recorded the first date in the window with a count, if any
     * @param openQuery whether a record dated in the window has an open query
     */
    public record Cell(ScheduledVisit visit, State state, Optional<LocalDate> recorded, boolean openQuery) {}

    /**
     * A subject's visits.
     *
     * @param cells one per protocol visit, in protocol order; empty when the subject has no schedule
     * @param unscheduled why there is no schedule: null when there is one, else {@code grid.noFirstDose} or
     *     {@code grid.noArm} (a page message key)
     */
    public record Row(List<Cell> cells, String unscheduled) {
        /**
         * The visit that needs doing first: the earliest overdue one, else the one due, else the next upcoming
         * one.
         *
         * @return the visit, or empty when none is left to do
         */
        public Optional<Cell> next() {
            for (State s : List.of(State.OVERDUE, State.DUE, State.UPCOMING)) {
                for (Cell c : cells) {
                    if (c.state() == s) {
                        return Optional.of(c);
                    }
                }
            }
            return Optional.empty();
        }
    }

    /**
     * A subject's visits on a day.
     *
     * @param protocol the study's protocol
     * @param subject the subject
     * @param withdrawnOn the withdrawal date, if withdrawn
     * @param labs the subject's (not voided) labs
     * @param events the subject's (not voided) study events
     * @param queried the dates of the subject's records with an open query
     * @param today the day
     * @return the visits
     */
    public static Row of(
            Protocol protocol,
            Subject subject,
            LocalDate withdrawnOn,
            Collection<LabRecord> labs,
            Collection<StudyEvent> events,
            Collection<LocalDate> queried,
            LocalDate today) {
        if (subject.arm().isEmpty()) {
            return new Row(List.of(), "grid.noArm");
        }
        if (subject.firstDoseOn().isEmpty()) {
            return new Row(List.of(), "grid.noFirstDose");
        }
        SubjectSchedule schedule;
        try {
            schedule = TreatmentSchedule.of(protocol).forSubject(subject);
        } catch (IllegalArgumentException e) {
            return new Row(List.of(), "grid.noArm");
        }
        LocalDate left = withdrawnOn;
        for (StudyEvent e : events) {
            if (END_OF_FOLLOW_UP.contains(e.type()) && (left == null || e.date().isBefore(left))) {
                left = e.date();
            }
        }
        List<Cell> cells = new ArrayList<>();
        for (ScheduledVisit v : schedule.visits()) {
            LocalDate from = v.windowStartDate();
            LocalDate to = v.windowEndDate();
            Set<LabTest> found = EnumSet.noneOf(LabTest.class);
            LocalDate first = null;
            for (LabRecord l : labs) {
                if (!l.date().isBefore(from) && !l.date().isAfter(to) && COUNTS.contains(l.test())) {
                    found.add(l.test());
                    first = first == null || l.date().isBefore(first) ? l.date() : first;
                }
            }
            boolean query = queried.stream().anyMatch(d -> !d.isBefore(from) && !d.isAfter(to));
            State state;
            if (found.containsAll(COUNTS)) {
                state = State.DONE;
            } else if (!found.isEmpty()) {
                state = State.MISSING_DATA;
            } else if (left != null && left.isBefore(from)) {
                state = State.NOT_EXPECTED;
            } else if (today.isBefore(from)) {
                state = State.UPCOMING;
            } else if (!today.isAfter(to)) {
                state = State.DUE;
            } else {
                state = State.OVERDUE;
            }
            cells.add(new Cell(v, state, Optional.ofNullable(first), query));
        }
        return new Row(List.copyOf(cells), null);
    }
}
