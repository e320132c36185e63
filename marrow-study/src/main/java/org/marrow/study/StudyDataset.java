package org.marrow.study;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * A study data set: the subjects and their source records (labs, transfusions, doses, adverse events,
 * events, screening history, somatic mutation test results), as held in a data set folder (docs/dataset-format.md) or the database.
 * Immutable; every record refers to a subject of the data set.
 */
public final class StudyDataset {
    private final List<Subject> subjects;
    private final List<LabRecord> labs;
    private final List<TransfusionRecord> transfusions;
    private final List<Dose> doses;
    private final List<AdverseEvent> adverseEvents;
    private final List<StudyEvent> events;
    private final List<HistoryEntry> screeningHistory;
    private final List<MutationRecord> mutations;
    private final Set<RecordType> recordTypes;
    private final Map<String, SubjectRecords> bySubject;

    private StudyDataset(
            List<Subject> subjects,
            List<LabRecord> labs,
            List<TransfusionRecord> transfusions,
            List<Dose> doses,
            List<AdverseEvent> adverseEvents,
            List<StudyEvent> events,
            List<HistoryEntry> screeningHistory,
            List<MutationRecord> mutations,
            Collection<RecordType> recordTypes) {
        this.subjects = List.copyOf(subjects);
        this.labs = List.copyOf(labs);
        this.transfusions = List.copyOf(transfusions);
        this.doses = List.copyOf(doses);
        this.adverseEvents = List.copyOf(adverseEvents);
        this.events = List.copyOf(events);
        this.screeningHistory = List.copyOf(screeningHistory);
        this.mutations = List.copyOf(mutations);
        EnumSet<RecordType> present = EnumSet.of(RecordType.SUBJECTS);
        present.addAll(recordTypes);
        addIfAny(present, RecordType.LABS, this.labs);
        addIfAny(present, RecordType.TRANSFUSIONS, this.transfusions);
        addIfAny(present, RecordType.DOSES, this.doses);
        addIfAny(present, RecordType.ADVERSE_EVENTS, this.adverseEvents);
        addIfAny(present, RecordType.EVENTS, this.events);
        addIfAny(present, RecordType.SCREENING_HISTORY, this.screeningHistory);
        addIfAny(present, RecordType.MUTATIONS, this.mutations);
        this.recordTypes = Collections.unmodifiableSet(present);
        this.bySubject = index();
    }

    /**
     * Creates a data set without somatic mutation results.
     *
     * @param subjects the subjects, unique by identifier
     * @param labs the lab records
     * @param transfusions the transfusions
     * @param doses the doses
     * @param adverseEvents the adverse events
     * @param events the study events
     * @param screeningHistory the screening history entries
     * @param recordTypes the kinds of record the data set has even if it holds none of them (subjects
     *     and every kind with records are always included); decides, for example, which files a data
     *     set folder written from it has
     * @return the data set
     * @throws NullPointerException if an argument or element is null
     * @throws IllegalArgumentException if two subjects share an identifier, or a record refers to a
     *     subject not in {@code subjects}
     */
    public static StudyDataset of(
            List<Subject> subjects,
            List<LabRecord> labs,
            List<TransfusionRecord> transfusions,
            List<Dose> doses,
            List<AdverseEvent> adverseEvents,
            List<StudyEvent> events,
            List<HistoryEntry> screeningHistory,
            Collection<RecordType> recordTypes) {
        return new StudyDataset(
                subjects, labs, transfusions, doses, adverseEvents, events, screeningHistory, List.of(), recordTypes);
    }

    /**
     * Creates a data set.
     *
     * @param subjects the subjects, unique by identifier
     * @param labs the lab records
     * @param transfusions the transfusions
     * @param doses the doses
     * @param adverseEvents the adverse events
     * @param events the study events
     * @param screeningHistory the screening history entries
     * @param mutations the somatic mutation test results
     * @param recordTypes the kinds of record the data set has even if it holds none of them (subjects
     *     and every kind with records are always included); decides, for example, which files a data
     *     set folder written from it has
     * @return the data set
     * @throws NullPointerException if an argument or element is null
     * @throws IllegalArgumentException if two subjects share an identifier, or a record refers to a
     *     subject not in {@code subjects}
     */
    public static StudyDataset of(
            List<Subject> subjects,
            List<LabRecord> labs,
            List<TransfusionRecord> transfusions,
            List<Dose> doses,
            List<AdverseEvent> adverseEvents,
            List<StudyEvent> events,
            List<HistoryEntry> screeningHistory,
            List<MutationRecord> mutations,
            Collection<RecordType> recordTypes) {
        return new StudyDataset(
                subjects, labs, transfusions, doses, adverseEvents, events, screeningHistory, mutations, recordTypes);
    }

    private static void addIfAny(Set<RecordType> present, RecordType file, List<?> rows) {
        if (!rows.isEmpty()) {
            present.add(file);
        }
    }

    private Map<String, SubjectRecords> index() {
        Map<String, Subject> byId = new HashMap<>(2 * subjects.size());
        for (Subject subject : subjects) {
            if (byId.put(subject.subjectId(), subject) != null) {
                throw new IllegalArgumentException("Subject id '" + subject.subjectId() + "' is used twice");
            }
        }
        Map<String, List<LabRecord>> labsOf = group(byId, labs, LabRecord::subjectId, "lab record");
        Map<String, List<TransfusionRecord>> transfusionsOf =
                group(byId, transfusions, TransfusionRecord::subjectId, "transfusion");
        Map<String, List<Dose>> dosesOf = group(byId, doses, Dose::subjectId, "dose");
        Map<String, List<AdverseEvent>> aesOf = group(byId, adverseEvents, AdverseEvent::subjectId, "adverse event");
        Map<String, List<StudyEvent>> eventsOf = group(byId, events, StudyEvent::subjectId, "event");
        Map<String, List<HistoryEntry>> historyOf =
                group(byId, screeningHistory, HistoryEntry::subjectId, "screening history entry");
        Map<String, List<MutationRecord>> mutationsOf =
                group(byId, mutations, MutationRecord::subjectId, "mutation test result");
        Map<String, SubjectRecords> index = new LinkedHashMap<>(2 * subjects.size());
        for (Subject subject : subjects) {
            String id = subject.subjectId();
            index.put(
                    id,
                    new SubjectRecords(
                            subject,
                            labsOf.getOrDefault(id, List.of()),
                            transfusionsOf.getOrDefault(id, List.of()).stream()
                                    .map(TransfusionRecord::transfusion)
                                    .toList(),
                            dosesOf.getOrDefault(id, List.of()),
                            aesOf.getOrDefault(id, List.of()),
                            eventsOf.getOrDefault(id, List.of()),
                            historyOf.getOrDefault(id, List.of()),
                            mutationsOf.getOrDefault(id, List.of())));
        }
        return Collections.unmodifiableMap(index);
    }

    private static <T> Map<String, List<T>> group(
            Map<String, Subject> subjects, List<T> rows, Function<T, String> subjectId, String what) {
        // Counted first so that each subject's list is allocated once at its size. A subject's rows
        // usually follow one another, and the reader gives them one id instance: the look-up is
        // done once per run of rows.
        Map<String, int[]> counts = new HashMap<>(2 * subjects.size());
        String lastId = null;
        int[] lastCount = null;
        for (T row : rows) {
            String id = subjectId.apply(Objects.requireNonNull(row, what));
            if (id != lastId) {
                if (!subjects.containsKey(id)) {
                    throw new IllegalArgumentException(
                            "A " + what + " refers to subject '" + id + "', which is not in the data set");
                }
                lastId = id;
                lastCount = counts.computeIfAbsent(id, k -> new int[1]);
            }
            lastCount[0]++;
        }
        Map<String, List<T>> grouped = new HashMap<>(2 * counts.size());
        counts.forEach((id, count) -> grouped.put(id, new ArrayList<>(count[0])));
        lastId = null;
        List<T> lastList = null;
        for (T row : rows) {
            String id = subjectId.apply(row);
            if (id != lastId) {
                lastId = id;
                lastList = grouped.get(id);
            }
            lastList.add(row);
        }
        return grouped;
    }

    /**
     * The subjects, in file order.
     *
     * @return the subjects
     */
    public List<Subject> subjects() {
        return subjects;
    }

    /**
     * All lab records, in file order.
     *
     * @return the lab records
     */
    public List<LabRecord> labs() {
        return labs;
    }

    /**
     * All transfusions, in file order.
     *
     * @return the transfusions
     */
    public List<TransfusionRecord> transfusions() {
        return transfusions;
    }

    /**
     * All doses, in file order.
     *
     * @return the doses
     */
    public List<Dose> doses() {
        return doses;
    }

    /**
     * All adverse events, in file order.
     *
     * @return the adverse events
     */
    public List<AdverseEvent> adverseEvents() {
        return adverseEvents;
    }

    /**
     * All study events, in file order.
     *
     * @return the events
     */
    public List<StudyEvent> events() {
        return events;
    }

    /**
     * All screening history entries, in file order.
     *
     * @return the entries
     */
    public List<HistoryEntry> screeningHistory() {
        return screeningHistory;
    }

    /**
     * All somatic mutation test results, in file order.
     *
     * @return the results
     */
    public List<MutationRecord> mutations() {
        return mutations;
    }

    /**
     * The kinds of record the data set has, in canonical order (always {@link RecordType#SUBJECTS}).
     *
     * @return the record types
     */
    public Set<RecordType> recordTypes() {
        return recordTypes;
    }

    /**
     * A subject by identifier.
     *
     * @param subjectId the identifier
     * @return the subject, or empty if there is none
     */
    public Optional<Subject> subject(String subjectId) {
        return Optional.ofNullable(bySubject.get(subjectId)).map(SubjectRecords::subject);
    }

    /**
     * Everything the data set holds about one subject.
     *
     * @param subjectId the identifier
     * @return the subject's records
     * @throws IllegalArgumentException if there is no such subject
     */
    public SubjectRecords recordsOf(String subjectId) {
        SubjectRecords records = bySubject.get(subjectId);
        if (records == null) {
            throw new IllegalArgumentException("Subject '" + subjectId + "' is not in the data set");
        }
        return records;
    }

    /**
     * The records of every subject, in the order of {@code subjects.csv}.
     *
     * @return the records per subject
     */
    public List<SubjectRecords> bySubject() {
        return List.copyOf(bySubject.values());
    }

    /** Equal when all records and record types are equal. */
    @Override
    public boolean equals(Object obj) {
        return obj instanceof StudyDataset other
                && subjects.equals(other.subjects)
                && labs.equals(other.labs)
                && transfusions.equals(other.transfusions)
                && doses.equals(other.doses)
                && adverseEvents.equals(other.adverseEvents)
                && events.equals(other.events)
                && screeningHistory.equals(other.screeningHistory)
                && mutations.equals(other.mutations)
                && recordTypes.equals(other.recordTypes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(
                subjects, labs, transfusions, doses, adverseEvents, events, screeningHistory, mutations, recordTypes);
    }

    /** E.g. {@code "StudyDataset[4 subjects, 120 lab records, ...]"}. */
    @Override
    public String toString() {
        return "StudyDataset[" + subjects.size() + " subjects, " + labs.size() + " lab records, " + transfusions.size()
                + " transfusions, " + doses.size() + " doses, " + adverseEvents.size() + " adverse events, "
                + events.size() + " events, " + screeningHistory.size() + " screening history entries"
                + (mutations.isEmpty() ? "" : ", " + mutations.size() + " mutation test results") + "]";
    }
}
