package org.marrow.study.validation;

import java.time.LocalDate;
import org.marrow.study.RecordField;

/**
 * The dates of a subject's records against the subject's life: none before birth (refused); after a
 * recorded death, doubtful.
 */
final class Life {
    private Life() {}

    static void check(Fields f, RecordField field, LocalDate date, SubjectContext subject, boolean warnAfterDeath) {
        if (date == null) {
            return;
        }
        if (subject.birthDate().isPresent() && date.isBefore(subject.birthDate().get())) {
            if (subject.source().isPresent()) {
                f.expected(
                        field,
                        "study.date.beforeBirth.at",
                        subject.birthDate().get(),
                        subject.source().get());
            } else {
                f.expected(field, "study.date.beforeBirth", subject.birthDate().get());
            }
        }
        if (warnAfterDeath
                && subject.deathDate().isPresent()
                && date.isAfter(subject.deathDate().get())) {
            if (subject.deathSource().isPresent()) {
                f.doubtful(
                        field,
                        "study.date.afterDeath.at",
                        subject.deathDate().get(),
                        subject.deathSource().get());
            } else {
                f.doubtful(field, "study.date.afterDeath", subject.deathDate().get());
            }
        }
    }
}
