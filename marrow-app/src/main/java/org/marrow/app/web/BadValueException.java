package org.marrow.app.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.marrow.clinical.message.Message;
import org.marrow.clinical.message.MessageRenderer;

/**
 * A request with values that break their rules: answered with 400 and every problem, each naming the
 * field, the value and what was expected, in the user's language. Nothing is stored.
 */
public final class BadValueException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient List<FieldProblem> problems;

    /**
     * Creates the exception from its problems.
     *
     * @param problems every problem, at least one, in the order to show them
     * @throws IllegalArgumentException if there is none
     */
    public BadValueException(List<FieldProblem> problems) {
        super(problems.isEmpty() ? "" : problems.get(0).message(MessageRenderer.english()));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("A BadValueException needs a problem");
        }
        this.problems = List.copyOf(problems);
    }

    /**
     * Creates the exception for one field, with an English expectation.
     *
     * @param field the field, e.g. {@code "value"}
     * @param value the value given (may be null when missing)
     * @param expected what was expected
     * @param message the whole one-line message, in English
     */
    public BadValueException(String field, String value, String expected, String message) {
        super(message);
        this.problems = List.of(new FieldProblem(field, value, Message.of("app.text", expected), true));
    }

    /**
     * Creates the exception for one field, the message built from field, value and expectation.
     *
     * @param field the field
     * @param value the value given (may be null when missing)
     * @param expected what was expected, in English, or a {@link Message}
     * @return the exception
     */
    public static BadValueException of(String field, Object value, Object expected) {
        String text = value == null ? null : String.valueOf(value);
        Message detail = expected instanceof Message m ? m : Message.of("app.text", String.valueOf(expected));
        return new BadValueException(List.of(new FieldProblem(field, text, detail, true)));
    }

    /**
     * Every problem.
     *
     * @return the problems, at least one
     */
    public List<FieldProblem> problems() {
        return problems;
    }

    /**
     * The same problems of a record inside a list of a request, e.g. {@code labs[1]}.
     *
     * @param prefix the list element, e.g. {@code labs[1]}
     * @return the exception with prefixed fields; its message starts with the prefix
     */
    public BadValueException within(String prefix) {
        List<FieldProblem> inner = new ArrayList<>();
        for (FieldProblem p : problems) {
            inner.add(p.within(prefix));
        }
        return new BadValueException(inner, prefix + ": " + getMessage());
    }

    /**
     * The problems of several records of one request, every one, the message the first one's as {@link
     * #within} writes it: {@code labs[1]: Field 'value' ...}.
     *
     * @param problems every problem, each field already named within its record ({@code labs[1].value})
     * @param firstRecord the first record's element in the request, e.g. {@code labs[1]}, or null when the
     *     fields are not within a list
     * @param first the first record's own refusal
     * @return the exception
     * @throws IllegalArgumentException if there is no problem
     */
    public static BadValueException ofRecords(
            List<FieldProblem> problems, String firstRecord, BadValueException first) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("A BadValueException needs a problem");
        }
        return new BadValueException(
                problems,
                firstRecord == null
                        ? problems.get(0).message(MessageRenderer.english())
                        : firstRecord + ": " + first.getMessage());
    }

    private BadValueException(List<FieldProblem> problems, String message) {
        super(message);
        this.problems = List.copyOf(problems);
    }

    /**
     * The field of the first problem.
     *
     * @return the field name as in the request
     */
    public String field() {
        return problems.get(0).field();
    }

    /**
     * The value of the first problem.
     *
     * @return the value, or null if missing
     */
    public String value() {
        return problems.get(0).value();
    }

    /**
     * What the first problem expected, in English.
     *
     * @return the expectation
     */
    public String expected() {
        return problems.get(0).detail(MessageRenderer.english());
    }

    /**
     * Each field's problems as a form shows them beside the field, in a language.
     *
     * @param locale the user's language
     * @return each field with its messages, one per line, in the order found
     */
    public Map<String, String> messagesByField(Locale locale) {
        MessageRenderer renderer = MessageRenderer.of(locale);
        Map<String, String> byField = new LinkedHashMap<>();
        for (FieldProblem p : problems) {
            byField.merge(p.field(), p.message(renderer), (a, b) -> a + "\n" + b);
        }
        return byField;
    }
}
