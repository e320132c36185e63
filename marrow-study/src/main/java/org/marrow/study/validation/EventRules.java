package org.marrow.study.validation;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.marrow.study.EventType;
import org.marrow.study.RecordField;
import org.marrow.study.StudyEvent;

/** The rules of a study event entry: a type, a date not before birth, at most one death per subject. */
final class EventRules {
    private static final List<String> TYPES =
            Arrays.stream(EventType.values()).map(Enum::name).toList();

    private EventRules() {}

    static Optional<StudyEvent> read(Fields f, SubjectContext subject) {
        LocalDate date = f.date(RecordField.DATE, true);
        Life.check(f, RecordField.DATE, date, subject, false);
        EventType type = EventType.byName(f.text(RecordField.TYPE)).orElse(null);
        if (type == null) {
            f.expected(RecordField.TYPE, "study.event.type", TYPES);
        } else if (type == EventType.DEATH && subject.deathDate().isPresent()) {
            if (subject.deathSource().isPresent()) {
                f.expected(
                        RecordField.TYPE,
                        "study.event.oneDeath.at",
                        subject.deathSource().get());
            } else {
                f.expected(
                        RecordField.TYPE,
                        "study.event.oneDeath",
                        subject.deathDate().get());
            }
        }
        String note = f.optional(RecordField.NOTE, TextLimit.NOTE);
        if (!f.isValid() || subject.subjectId().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new StudyEvent(subject.subjectId().get(), date, type, note));
    }
}
