package org.marrow.study.validation;

import java.util.Objects;
import org.marrow.clinical.message.Message;
import org.marrow.study.RecordField;

/**
 * One problem with a value entered for a study record: the field, the value as given, and a message
 * saying what was expected or what is wrong. Rendered at the edge: a data set problem as {@code
 * file:line:column: column 'weight_kg' has value '0', expected a body weight in kg from 1 to 400}, an
 * API error as {@code {field, value, message}}, a page as the message beside the field.
 *
 * @param kind whether the value is refused (and how the message reads) or accepted but doubtful
 * @param field the field at fault
 * @param value the value as given, trimmed; empty when the field was left empty
 * @param message what was expected ({@link Kind#EXPECTED}) or what is wrong
 */
public record Problem(Kind kind, RecordField field, String value, Message message) {

    /** How serious a problem is and how its message reads. */
    public enum Kind {
        /** Refused; the message is what was expected: "has value 'x', expected M or F". */
        EXPECTED,
        /** Refused; the message says what is wrong: "has value '-3': HGB -3 g/L is impossible; ...". */
        REFUSED,
        /**
         * Accepted but doubtful (implausible, a likely unit mix-up, a record after death): a warning in a
         * data set, a confirmation asked for by the API.
         */
        DOUBTFUL;

        /**
         * Whether a value with this problem is refused.
         *
         * @return true for {@link #EXPECTED} and {@link #REFUSED}
         */
        public boolean isError() {
            return this != DOUBTFUL;
        }
    }

    /**
     * Checks the problem.
     *
     * @throws NullPointerException if a component is null
     */
    public Problem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(message, "message");
    }

    /**
     * Whether the value is refused.
     *
     * @return {@code kind().isError()}
     */
    public boolean isError() {
        return kind.isError();
    }
}
