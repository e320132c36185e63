package org.marrow.dataset;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.marrow.clinical.message.Message;
import org.marrow.study.AdverseEvent;
import org.marrow.study.Dose;
import org.marrow.study.EventType;
import org.marrow.study.HistoryEntry;
import org.marrow.study.HistoryItem;
import org.marrow.study.LabRecord;
import org.marrow.study.MutationRecord;
import org.marrow.study.RecordField;
import org.marrow.study.StudyEvent;
import org.marrow.study.Subject;
import org.marrow.study.TransfusionRecord;
import org.marrow.study.validation.RecordReader;
import org.marrow.study.validation.SubjectContext;

/**
 * The rows of each data set file mapped to study records by the study validation, with what only the
 * folder knows: whether a {@code subject_id} is listed in {@code subjects.csv} (and once), where a
 * subject and its death are recorded, and a screening history item given twice.
 *
 * <p>{@code subjects.csv}, then {@code events.csv}, are each read in one part before the other files:
 * they fill the subjects (and their deaths) that the other files' rows only read, in parallel.
 */
final class DatasetRows {
    private final Map<String, Known> subjects = new HashMap<>();
    private final Map<String, Long> historyItems = new HashMap<>();

    /** A subject of subjects.csv: the one instance of its identifier, its order, line and contexts. */
    static final class Known {
        final String id;
        final int ordinal;
        final long line;
        SubjectContext context;
        SubjectContext eventContext;

        Known(String id, int ordinal, long line, SubjectContext context) {
            this.id = id;
            this.ordinal = ordinal;
            this.line = line;
            this.context = context;
            this.eventContext = context;
        }
    }

    Map<String, Known> subjects() {
        return subjects;
    }

    Optional<Subject> subject(Cells c, RecordReader reader) {
        Optional<Subject> subject = reader.subject(c, c.problems());
        Message source = Message.of("dataset.source.line", DatasetFile.SUBJECTS.fileName(), c.line());
        SubjectContext context = subject.map(SubjectContext::of)
                .map(s -> s.recordedAt(source))
                .orElseGet(() -> reader.subjectContext(c, Optional.of(source)));
        if (context.subjectId().isEmpty()) {
            return subject;
        }
        String id = context.subjectId().get();
        Known earlier = subjects.get(id);
        if (earlier != null) {
            c.expected(RecordField.SUBJECT_ID, Message.of("dataset.subject.duplicate", earlier.line));
            return Optional.empty();
        }
        subjects.put(id, new Known(id, subjects.size(), c.line(), context));
        return subject;
    }

    /** The subject of a row, or null (reported) if its subject_id is not in subjects.csv. */
    private Known subjectOf(Cells c) {
        Known known = subjects.get(c.text(RecordField.SUBJECT_ID));
        if (known == null) {
            c.expected(RecordField.SUBJECT_ID, Message.of("dataset.subject.unknown", DatasetFile.SUBJECTS.fileName()));
        }
        return known;
    }

    private SubjectContext contextOf(Cells c) {
        Known known = subjectOf(c);
        return known == null ? SubjectContext.unknown() : known.context;
    }

    Optional<StudyEvent> event(Cells c, RecordReader reader) {
        Known known = subjectOf(c);
        Optional<StudyEvent> event =
                reader.event(c, known == null ? SubjectContext.unknown() : known.eventContext, c.problems());
        if (event.isPresent() && event.get().type() == EventType.DEATH) {
            known.eventContext = known.eventContext.withDeath(
                    event.get().date(), Optional.of(Message.of("dataset.source.sameFile", c.line())));
            known.context = known.context.withDeath(
                    event.get().date(),
                    Optional.of(Message.of("dataset.source.line", DatasetFile.EVENTS.fileName(), c.line())));
        }
        return event;
    }

    Optional<LabRecord> lab(Cells c, RecordReader reader) {
        return reader.lab(c, contextOf(c), c.problems());
    }

    Optional<TransfusionRecord> transfusion(Cells c, RecordReader reader) {
        return reader.transfusion(c, contextOf(c), c.problems());
    }

    Optional<Dose> dose(Cells c, RecordReader reader) {
        return reader.dose(c, contextOf(c), c.problems());
    }

    Optional<AdverseEvent> adverseEvent(Cells c, RecordReader reader) {
        return reader.adverseEvent(c, contextOf(c), c.problems());
    }

    Optional<MutationRecord> mutation(Cells c, RecordReader reader) {
        return reader.mutation(c, contextOf(c), c.problems());
    }

    Optional<HistoryEntry> historyEntry(Cells c, RecordReader reader) {
        SubjectContext context = contextOf(c);
        Optional<HistoryEntry> entry = reader.historyEntry(c, context, c.problems());
        String item = c.text(RecordField.ITEM);
        boolean itemOk = HistoryItem.byCode(item).isPresent()
                || (item.startsWith(HistoryItem.CUSTOM_PREFIX) && item.length() > HistoryItem.CUSTOM_PREFIX.length());
        if (itemOk) {
            Long earlier = historyItems.putIfAbsent(c.text(RecordField.SUBJECT_ID) + "|" + item, c.line());
            if (earlier != null) {
                c.expected(RecordField.ITEM, Message.of("dataset.history.duplicate", earlier));
                return Optional.empty();
            }
        }
        return entry;
    }
}
