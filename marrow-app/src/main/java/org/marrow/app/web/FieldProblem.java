package org.marrow.app.web;

import java.util.Objects;
import org.marrow.clinical.message.Message;
import org.marrow.clinical.message.MessageRenderer;

/**
 * One bad field of a request: its name as in the request, the value given, and what was expected or
 * what is wrong, as a {@link Message} rendered in the user's language.
 *
 * @param field the field, e.g. {@code weight_kg} or {@code labs[1].value}
 * @param value the value given, or null when the field is missing
 * @param detail what was expected ({@code expectation}) or what is wrong
 * @param expectation whether {@code detail} says what was expected (else what is wrong)
 */
public record FieldProblem(String field, String value, Message detail, boolean expectation) {

    /**
     * Checks the problem.
     *
     * @throws NullPointerException if the field or the detail is null
     */
    public FieldProblem {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(detail, "detail");
    }

    /**
     * The same problem of a field inside a list, e.g. {@code labs[1].value}.
     *
     * @param prefix e.g. {@code labs[1]}
     * @return the problem with the prefixed field
     */
    public FieldProblem within(String prefix) {
        return new FieldProblem(prefix + "." + field, value, detail, expectation);
    }

    /**
     * What was expected or what is wrong, in a language, without the field.
     *
     * @param renderer the language
     * @return e.g. {@code a body weight in kg from 1 to 400}
     */
    public String detail(MessageRenderer renderer) {
        return renderer.render(detail);
    }

    /**
     * The whole sentence in a language.
     *
     * @param renderer the language
     * @return e.g. {@code Field 'weight_kg' has value '0'; expected a body weight in kg from 1 to 400}
     */
    public String message(MessageRenderer renderer) {
        String code = value == null ? "app.field.missing" : expectation ? "app.field.expected" : "app.field.refused";
        return renderer.render(Message.of(code, field, value == null ? "" : value, detail));
    }
}
