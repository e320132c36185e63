package org.marrow.study;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.marrow.clinical.labs.LabHistory;
import org.marrow.clinical.transfusion.Transfusion;
import org.marrow.clinical.transfusion.TransfusionDependence;
import org.marrow.clinical.transfusion.TransfusionHistory;

/**
 * Everything the data set holds about one subject, each list in file order: the input of the
 * clinical rules (severity, response, CTCAE grades), eligibility and the analyses.
 *
 * @param subject the subject
 * @param labs the lab records
 * @param transfusions the transfusions
 * @param doses the doses
 * @param adverseEvents the adverse events
 * @param events the study events
 * @param screeningHistory the screening history entries
 * @param mutations the somatic mutation test results
 */
public record SubjectRecords(
        Subject subject,
        List<LabRecord> labs,
        List<Transfusion> transfusions,
        List<Dose> doses,
        List<AdverseEvent> adverseEvents,
        List<StudyEvent> events,
        List<HistoryEntry> screeningHistory,
        List<MutationRecord> mutations) {

    /**
     * Checks and copies the records.
     *
     * @throws NullPointerException if a component or element is null
     */
    public SubjectRecords {
        Objects.requireNonNull(subject, "subject");
        labs = List.copyOf(labs);
        transfusions = List.copyOf(transfusions);
        doses = List.copyOf(doses);
        adverseEvents = List.copyOf(adverseEvents);
        events = List.copyOf(events);
        screeningHistory = List.copyOf(screeningHistory);
        mutations = List.copyOf(mutations);
    }

    /**
     * The records of a subject without somatic mutation test results.
     *
     * @param subject the subject
     * @param labs the lab records
     * @param transfusions the transfusions
     * @param doses the doses
     * @param adverseEvents the adverse events
     * @param events the study events
     * @param screeningHistory the screening history entries
     * @throws NullPointerException if a component or element is null
     */
    public SubjectRecords(
            Subject subject,
            List<LabRecord> labs,
            List<Transfusion> transfusions,
            List<Dose> doses,
            List<AdverseEvent> adverseEvents,
            List<StudyEvent> events,
            List<HistoryEntry> screeningHistory) {
        this(subject, labs, transfusions, doses, adverseEvents, events, screeningHistory, List.of());
    }

    /**
     * The subject's labs as the clinical rules take them (canonical units; reticulocytes in % are
     * converted with the red cell count of the same date).
     *
     * @return the lab history
     */
    public LabHistory labHistory() {
        return LabHistory.of(labs.stream().map(LabRecord::result).toList());
    }

    /**
     * The first date from which {@code transfusions.csv} is taken to be complete for this subject;
     * before it, the absence of a transfusion proves nothing. In order of preference: the
     * {@code transfusions_recorded_from} screening history item; for an enrolled subject, 8 weeks
     * ({@value TransfusionDependence#DEFAULT_LOOKBACK_DAYS} days) before the enrolment date, the
     * pre-treatment transfusion history collected at enrolment; otherwise the subject's first lab or
     * transfusion date (or the birth date if there is neither).
     *
     * @return the date
     */
    public LocalDate transfusionsRecordedFrom() {
        Optional<HistoryEntry> given = history(HistoryItem.TRANSFUSIONS_RECORDED_FROM);
        if (given.isPresent()) {
            return given.get().dateValue();
        }
        if (subject.enrolledOn().isPresent()) {
            return subject.enrolledOn().get().minusDays(TransfusionDependence.DEFAULT_LOOKBACK_DAYS);
        }
        return Stream.concat(
                        labs.stream().map(LabRecord::date),
                        transfusions.stream().map(Transfusion::date))
                .min(LocalDate::compareTo)
                .orElse(subject.birthDate());
    }

    /**
     * The subject's transfusions, complete from {@link #transfusionsRecordedFrom()}.
     *
     * @return the transfusion history
     */
    public TransfusionHistory transfusionHistory() {
        return TransfusionHistory.of(transfusions, transfusionsRecordedFrom());
    }

    /**
     * A screening history item of the subject.
     *
     * @param item the item
     * @return its entry, or empty if not recorded
     */
    public Optional<HistoryEntry> history(HistoryItem item) {
        return screeningHistory.stream()
                .filter(e -> e.item().equals(item.code()))
                .findFirst();
    }

    /**
     * The subject's events of a type, in file order.
     *
     * @param type the type
     * @return the events
     */
    public List<StudyEvent> events(EventType type) {
        return events.stream().filter(e -> e.type() == type).toList();
    }
}
