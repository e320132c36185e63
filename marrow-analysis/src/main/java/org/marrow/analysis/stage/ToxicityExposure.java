package org.marrow.analysis.stage;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;
import org.marrow.analysis.endpoint.StudyEndpoints;
import org.marrow.analysis.endpoint.SubjectEndpoints;
import org.marrow.protocol.design.AdverseEventSelection;
import org.marrow.protocol.design.EventWindow;
import org.marrow.protocol.schedule.SubjectSchedule;
import org.marrow.study.AdverseEvent;
import org.marrow.study.Dose;
import org.marrow.study.SubjectRecords;

/**
 * Whether a treated subject had an adverse event of a selection in a window, and whether the subject
 * counts in a toxicity rule's denominator yet: the one definition of the denominator (docs/protocol-format.md,
 * "Monitoring").
 *
 * <ul>
 *   <li>The window is study days {@code from..to}, or, with {@code after_first_dose_of}, days from the
 *       first administration (amount above 0) of that drug, day 1 being the day of that dose; a subject
 *       who never received the drug is not at risk.
 *   <li>A subject with an event of the selection whose onset lies in the window has the toxicity, and is
 *       evaluable from the onset date: an event seen is counted at once, before the window closes (the
 *       conservative choice for a stopping rule).
 *   <li>Otherwise a subject followed through the window's last day (by the data cut-off, or the end of
 *       follow-up) is evaluable without the toxicity from that day.
 *   <li>A subject whose follow-up ended (death, HSCT, withdrawal, loss) before the window's last day
 *       without an event is not evaluable; one still in follow-up is pending.
 * </ul>
 *
 * @param subject the subject
 * @param state where the subject stands
 * @param evaluableOn the date the subject became evaluable (the event's onset or the window's last day);
 *     empty unless {@link State#TOXICITY} or {@link State#NO_TOXICITY}
 */
record ToxicityExposure(SubjectEndpoints subject, State state, Optional<LocalDate> evaluableOn) {

    /** Where a subject stands for a toxicity rule. */
    enum State {
        /** Never received the drug the window counts from. */
        NOT_AT_RISK,
        /** Still in follow-up before the window's last day, without an event so far. */
        PENDING,
        /** Follow-up ended before the window's last day without an event. */
        NOT_EVALUABLE,
        /** Had an event of the selection in the window. */
        TOXICITY,
        /** Followed through the window without an event. */
        NO_TOXICITY
    }

    /** Evaluable subjects in the order they became evaluable, then by first dose and id. */
    static final Comparator<ToxicityExposure> ORDER = Comparator.comparing(
                    (ToxicityExposure e) -> e.evaluableOn().orElse(LocalDate.MAX))
            .thenComparing(e -> e.subject().firstDose())
            .thenComparing(e -> e.subject().subjectId());

    boolean evaluable() {
        return state == State.TOXICITY || state == State.NO_TOXICITY;
    }

    /**
     * A subject's exposure.
     *
     * @param endpoints the study's endpoints
     * @param s the subject
     * @param events the adverse events counted
     * @param window the window
     * @return the exposure
     */
    static ToxicityExposure of(
            StudyEndpoints endpoints, SubjectEndpoints s, AdverseEventSelection events, EventWindow window) {
        SubjectRecords records = endpoints.dataset().recordsOf(s.subjectId());
        int origin = 1;
        if (window.afterFirstDoseOf().isPresent()) {
            Optional<LocalDate> first = records.doses().stream()
                    .filter(d -> d.drug() == window.afterFirstDoseOf().get()
                            && d.amount().compareTo(BigDecimal.ZERO) > 0)
                    .map(Dose::date)
                    .min(Comparator.naturalOrder());
            if (first.isEmpty()) {
                return new ToxicityExposure(s, State.NOT_AT_RISK, Optional.empty());
            }
            origin = endpoints.studyDay(s.subjectId(), first.get());
        }
        int start = origin + window.from() - 1;
        int end = origin + window.to() - 1;
        Optional<LocalDate> onset = records.adverseEvents().stream()
                .filter(events::includes)
                .map(AdverseEvent::startDate)
                .filter(d -> {
                    int day = endpoints.studyDay(s.subjectId(), d);
                    return day >= start && day <= end;
                })
                .min(Comparator.naturalOrder());
        if (onset.isPresent()) {
            return new ToxicityExposure(s, State.TOXICITY, onset);
        }
        if (s.exitDay().isPresent() && s.exitDay().getAsInt() < end) {
            return new ToxicityExposure(s, State.NOT_EVALUABLE, Optional.empty());
        }
        if (s.followUpDay() >= end) {
            return new ToxicityExposure(s, State.NO_TOXICITY, Optional.of(SubjectSchedule.dateOf(s.firstDose(), end)));
        }
        return new ToxicityExposure(s, State.PENDING, Optional.empty());
    }
}
