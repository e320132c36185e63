package org.marrow.interop.table;

import java.time.LocalDate;
import java.util.Optional;
import org.marrow.protocol.Protocol;
import org.marrow.protocol.schedule.SubjectSchedule;
import org.marrow.protocol.schedule.Visit;
import org.marrow.study.Subject;

/**
 * The protocol visit a lab value belongs to in an export (ODM study events, SDTM {@code VISIT}, {@code SV}): the
 * first visit, in protocol order, that assesses labs and whose window holds the value's study day (day 1 = the
 * subject's first dose, docs/protocol-format.md). A value of an untreated subject or outside every window belongs
 * to none.
 */
public final class VisitWindows {
    private VisitWindows() {}

    /**
     * The visit of a lab value.
     *
     * @param protocol the protocol
     * @param subject the subject
     * @param date the sample date
     * @return the visit, if any
     */
    public static Optional<Visit> labVisit(Protocol protocol, Subject subject, LocalDate date) {
        if (subject.firstDoseOn().isEmpty()) {
            return Optional.empty();
        }
        long day = SubjectSchedule.studyDay(subject.firstDoseOn().get(), date);
        for (Visit v : protocol.visits()) {
            if (holdsLabs(v) && day >= v.windowStart() && day <= v.windowEnd()) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }

    /**
     * Whether a visit assesses lab values.
     *
     * @param visit the visit
     * @return true if its assessments include {@code labs}
     */
    public static boolean holdsLabs(Visit visit) {
        return visit.assessments().contains("labs");
    }

    /**
     * A visit's number: its place in the protocol's visits, from 1 (CDISC {@code VISITNUM}).
     *
     * @param protocol the protocol
     * @param visit one of its visits
     * @return the number
     */
    public static int number(Protocol protocol, Visit visit) {
        return protocol.visits().indexOf(visit) + 1;
    }
}
