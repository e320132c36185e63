package org.marrow.interop;

import java.util.Objects;
import org.marrow.clinical.message.Message;
import org.marrow.clinical.message.MessageRenderer;
import org.marrow.study.validation.Problem;

/**
 * A problem found in an imported file: where ({@code file:line:column} of an XML file, {@code entry[3]} of a FHIR
 * Bundle), the field and value at fault if there is one, and what is wrong or was expected, rendered in the
 * user's language at the edge.
 *
 * @param error whether the problem refuses the import (a doubtful value is a warning)
 * @param location where it is
 * @param field the field at fault, e.g. {@code value}; empty for a problem with a whole record or file
 * @param value the value as given; empty if none
 * @param message what is wrong, after the location and field
 */
public record ImportProblem(boolean error, String location, String field, String value, Message message) {

    /**
     * Checks the problem.
     *
     * @throws NullPointerException if a component is null
     */
    public ImportProblem {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(message, "message");
    }

    /**
     * An error with a whole record or file.
     *
     * @param location where
     * @param message what is wrong
     * @return the problem
     */
    public static ImportProblem of(String location, Message message) {
        return new ImportProblem(true, location, "", "", message);
    }

    /**
     * A problem the study validation found in a field of an imported record.
     *
     * @param location where the record is
     * @param problem the study validation's problem
     * @return the problem
     */
    public static ImportProblem of(String location, Problem problem) {
        Message text = problem.kind() == Problem.Kind.EXPECTED
                ? Message.of(
                        "interop.problem.expected", problem.field().fieldName(), problem.value(), problem.message())
                : Message.of("interop.problem.field", problem.field().fieldName(), problem.value(), problem.message());
        return new ImportProblem(problem.isError(), location, problem.field().fieldName(), problem.value(), text);
    }

    /**
     * The one-line form in a language: the location, a warning's mark, what is wrong.
     *
     * @param language the language
     * @return e.g. {@code study.xml:120:7: field value has value '-3': ...}
     */
    public String render(MessageRenderer language) {
        Message text = error ? message : Message.of("interop.problem.warning", message);
        return location + ": " + language.render(text);
    }

    /** The one-line English form. */
    @Override
    public String toString() {
        return render(MessageRenderer.english());
    }
}
