package org.marrow.analysis.endpoint;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.marrow.study.AdverseEvent;
import org.marrow.study.HistoryEntry;
import org.marrow.study.LabRecord;
import org.marrow.study.StudyDataset;
import org.marrow.study.StudyEvent;
import org.marrow.study.Subject;

/**
 * A data set as it stood at a data cut-off ({@code marrow report --as-of}; document 003's interim
 * report "as of July 31, 2025"): every record dated after the cut-off is dropped, an adverse event
 * still open at the cut-off becomes ongoing, a subject enrolled (or first dosed) after it is not
 * yet enrolled (treated), and a candidate with no record on or before it was not yet screened.
 */
public final class DataCut {
    private DataCut() {}

    /**
     * The data set at the cut-off.
     *
     * @param dataset the data set
     * @param asOf the cut-off date; records of that day are kept
     * @return the data set at the cut-off
     * @throws IllegalArgumentException if an argument is null
     */
    public static StudyDataset asOf(StudyDataset dataset, LocalDate asOf) {
        if (dataset == null || asOf == null) {
            throw new IllegalArgumentException("Data set and cut-off date must not be null");
        }
        List<LabRecord> labs = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (LabRecord r : dataset.labs()) {
            if (!r.date().isAfter(asOf)) {
                labs.add(r);
                seen.add(r.subjectId());
            }
        }
        var transfusions = dataset.transfusions().stream()
                .filter(t -> !t.transfusion().date().isAfter(asOf))
                .toList();
        var doses =
                dataset.doses().stream().filter(d -> !d.date().isAfter(asOf)).toList();
        List<AdverseEvent> aes = new ArrayList<>();
        for (AdverseEvent e : dataset.adverseEvents()) {
            if (!e.startDate().isAfter(asOf)) {
                Optional<LocalDate> end = e.endDate().filter(d -> !d.isAfter(asOf));
                aes.add(new AdverseEvent(
                        e.subjectId(), e.term(), e.grade(), e.startDate(), end, e.serious(), e.relatedTo()));
            }
        }
        List<StudyEvent> events =
                dataset.events().stream().filter(e -> !e.date().isAfter(asOf)).toList();
        events.forEach(e -> seen.add(e.subjectId()));
        transfusions.forEach(t -> seen.add(t.subjectId()));
        List<HistoryEntry> history = dataset.screeningHistory().stream()
                .filter(h -> h.date().map(d -> !d.isAfter(asOf)).orElse(true))
                .toList();
        history.stream().filter(h -> h.date().isPresent()).forEach(h -> seen.add(h.subjectId()));
        List<Subject> subjects = new ArrayList<>();
        Set<String> kept = new HashSet<>();
        for (Subject s : dataset.subjects()) {
            boolean enrolled = s.enrolledOn().map(d -> !d.isAfter(asOf)).orElse(false);
            if (!enrolled && !seen.contains(s.subjectId())) {
                continue;
            }
            kept.add(s.subjectId());
            subjects.add(
                    enrolled
                            ? new Subject(
                                    s.subjectId(),
                                    s.site(),
                                    s.arm(),
                                    s.sex(),
                                    s.birthDate(),
                                    s.weightKg(),
                                    s.heightCm(),
                                    s.enrolledOn(),
                                    s.firstDoseOn().filter(d -> !d.isAfter(asOf)))
                            : new Subject(
                                    s.subjectId(),
                                    s.site(),
                                    Optional.empty(),
                                    s.sex(),
                                    s.birthDate(),
                                    s.weightKg(),
                                    s.heightCm(),
                                    Optional.empty(),
                                    Optional.empty()));
        }
        return StudyDataset.of(
                subjects,
                labs.stream().filter(r -> kept.contains(r.subjectId())).toList(),
                transfusions.stream().filter(r -> kept.contains(r.subjectId())).toList(),
                doses.stream().filter(r -> kept.contains(r.subjectId())).toList(),
                aes.stream().filter(r -> kept.contains(r.subjectId())).toList(),
                events.stream().filter(r -> kept.contains(r.subjectId())).toList(),
                history.stream().filter(r -> kept.contains(r.subjectId())).toList(),
                dataset.mutations().stream()
                        .filter(r -> !r.date().isAfter(asOf) && kept.contains(r.subjectId()))
                        .toList(),
                dataset.recordTypes());
    }
}
