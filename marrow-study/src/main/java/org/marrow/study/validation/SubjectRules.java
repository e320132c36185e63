package org.marrow.study.validation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.marrow.clinical.message.Message;
import org.marrow.clinical.renal.Sex;
import org.marrow.study.RecordField;
import org.marrow.study.Subject;
import org.marrow.study.Withdrawal;

/**
 * The rules of a subject entry: identifier, site, sex, body measures within {@link Limits}, and the
 * order of its dates, birth &lt; screening &lt;= enrolment &lt;= first dose (a candidate has no arm and
 * no first dose); a withdrawal needs an enrolment and comes on or after it.
 */
final class SubjectRules {
    private SubjectRules() {}

    static Optional<Subject> read(Fields f) {
        String id = f.text(RecordField.SUBJECT_ID);
        if (!Syntax.isIdentifier(id)) {
            f.expected(RecordField.SUBJECT_ID, "study.subject.id");
        } else {
            f.optional(RecordField.SUBJECT_ID, TextLimit.NAME);
        }
        String site = f.required(RecordField.SITE, TextLimit.NAME, "study.subject.site");
        Sex sex = sex(f);
        LocalDate birth = f.date(RecordField.BIRTH_DATE, true);
        BigDecimal weight = measure(
                f,
                RecordField.WEIGHT_KG,
                Limits.WEIGHT_KG,
                Limits.PLAUSIBLE_WEIGHT_KG,
                "study.subject.weight",
                "study.subject.weight.implausible");
        BigDecimal height = measure(
                f,
                RecordField.HEIGHT_CM,
                Limits.HEIGHT_CM,
                Limits.PLAUSIBLE_HEIGHT_CM,
                "study.subject.height",
                "study.subject.height.implausible");
        LocalDate screened = f.date(RecordField.SCREENED_ON, false);
        String arm = f.optional(RecordField.ARM, TextLimit.NAME);
        LocalDate enrolled = f.date(RecordField.ENROLLED_ON, false);
        LocalDate firstDose = f.date(RecordField.FIRST_DOSE_ON, false);
        String enrolledText = f.text(RecordField.ENROLLED_ON);
        if (enrolledText.isEmpty()) {
            if (arm != null && !arm.isEmpty()) {
                f.expected(RecordField.ARM, "study.subject.notYetEnrolled");
            }
            if (!f.text(RecordField.FIRST_DOSE_ON).isEmpty()) {
                f.expected(RecordField.FIRST_DOSE_ON, "study.subject.notYetEnrolled");
            }
        } else if (arm != null && arm.isEmpty()) {
            f.expected(RecordField.ARM, "study.subject.arm", enrolledText);
        }
        if (screened != null && birth != null && !screened.isAfter(birth)) {
            f.expected(RecordField.SCREENED_ON, "study.subject.afterBirth", birth);
            screened = null;
        }
        if (enrolled != null && screened != null && enrolled.isBefore(screened)) {
            f.expected(RecordField.ENROLLED_ON, "study.subject.afterScreening", screened);
        } else if (enrolled != null && birth != null && !enrolled.isAfter(birth)) {
            f.expected(RecordField.ENROLLED_ON, "study.subject.afterBirth", birth);
        }
        if (firstDose != null && enrolled != null && firstDose.isBefore(enrolled)) {
            f.expected(RecordField.FIRST_DOSE_ON, "study.subject.afterEnrolment", enrolled);
        }
        if (!f.isValid()) {
            return Optional.empty();
        }
        return Optional.of(new Subject(
                id,
                site,
                arm.isEmpty() ? Optional.empty() : Optional.of(arm),
                sex,
                birth,
                weight,
                height,
                Optional.ofNullable(screened),
                Optional.ofNullable(enrolled),
                Optional.ofNullable(firstDose)));
    }

    /** What the records of a subject entry need to know of it, even when the entry has errors. */
    static SubjectContext context(Fields f, Optional<Message> source) {
        String id = f.text(RecordField.SUBJECT_ID);
        return new SubjectContext(
                Syntax.isIdentifier(id) ? Optional.of(id) : Optional.empty(),
                Optional.ofNullable(f.quietDate(RecordField.BIRTH_DATE)),
                Optional.ofNullable(f.quietDate(RecordField.ENROLLED_ON)),
                Optional.ofNullable(f.quietDate(RecordField.FIRST_DOSE_ON)),
                Optional.empty(),
                source,
                Optional.empty());
    }

    static Optional<Withdrawal> withdrawal(Fields f, Optional<LocalDate> enrolledOn) {
        LocalDate date = f.date(RecordField.WITHDRAWN_ON, false);
        if (date != null && enrolledOn.isEmpty()) {
            f.expected(RecordField.WITHDRAWN_ON, "study.withdrawal.notEnrolled");
        } else if (date != null && date.isBefore(enrolledOn.get())) {
            f.expected(RecordField.WITHDRAWN_ON, "study.subject.afterEnrolment", enrolledOn.get());
        }
        String reason = f.optional(RecordField.WITHDRAWAL_REASON, TextLimit.NOTE);
        if (date == null || !f.isValid()) {
            return Optional.empty();
        }
        return Optional.of(new Withdrawal(date, reason));
    }

    private static Sex sex(Fields f) {
        return switch (f.text(RecordField.SEX)) {
            case "M" -> Sex.MALE;
            case "F" -> Sex.FEMALE;
            default -> {
                f.expected(RecordField.SEX, "study.subject.sex");
                yield null;
            }
        };
    }

    private static BigDecimal measure(
            Fields f, RecordField field, Range limit, Range plausible, String code, String implausibleCode) {
        BigDecimal value = f.decimal(field, false, code, limit.minimum(), limit.maximum());
        if (value == null) {
            return null;
        }
        if (!limit.contains(value)) {
            f.expected(field, code, limit.minimum(), limit.maximum());
            return null;
        }
        if (!plausible.contains(value)) {
            f.doubtful(field, implausibleCode, plausible.minimum(), plausible.maximum());
        }
        return value;
    }
}
