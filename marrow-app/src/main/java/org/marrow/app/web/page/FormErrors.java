package org.marrow.app.web.page;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.marrow.app.web.BadValueException;
import org.marrow.app.web.FieldProblem;
import org.marrow.clinical.message.Message;
import org.marrow.clinical.message.MessageRenderer;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The problems of a refused form in the user's words, each beside its field: what was expected or what is
 * wrong, without the field's internal name or the value (the field keeps the value as typed). The rules'
 * messages are the study validation's; where the validation's wording names a data set column ({@code
 * birth_date}, {@code accept_implausible}), the pages' bundle words it by the field's label instead
 * ({@code problem.<code>}, the same arguments). Every problem of every field is kept, in the order found.
 */
@Component
public class FormErrors {
    private final MessageSource messages;

    FormErrors(MessageSource messages) {
        this.messages = messages;
    }

    /**
     * One problem of a form.
     *
     * @param field the form's field (its input's {@code id} is {@code f-} and the field)
     * @param label the field's label
     * @param message what is wrong, in the user's language
     */
    public record Problem(String field, String label, String message) {}

    /**
     * The problems of a refusal, every one, by the form's field.
     *
     * @param e the refusal
     * @param locale the user's language
     * @param field maps a field of the refusal to the form's field (e.g. {@code labs[0].value} to {@code hgb})
     * @return the problems, in the order found
     */
    public List<Problem> of(BadValueException e, Locale locale, UnaryOperator<String> field) {
        return of(e, locale, field, f -> null);
    }

    /**
     * The problems of a refusal, every one, by the form's field, with labels the form gives.
     *
     * @param e the refusal
     * @param locale the user's language
     * @param field maps a field of the refusal to the form's field
     * @param label the label of a form field, or null to use {@code field.<name>}
     * @return the problems, in the order found
     */
    public List<Problem> of(
            BadValueException e,
            Locale locale,
            UnaryOperator<String> field,
            java.util.function.Function<String, String> label) {
        List<Problem> out = new ArrayList<>();
        for (FieldProblem p : e.problems()) {
            String formField = field.apply(p.field());
            String own = label.apply(formField);
            out.add(new Problem(
                    formField, own != null ? own : label(formField, locale), message(p, formField, locale)));
        }
        return out;
    }

    /**
     * The problems of a refusal whose fields are the form's.
     *
     * @param e the refusal
     * @param locale the user's language
     * @return the problems, in the order found
     */
    public List<Problem> of(BadValueException e, Locale locale) {
        return of(e, locale, UnaryOperator.identity());
    }

    /**
     * A problem the page finds itself, worded by a key of the pages' bundle.
     *
     * @param field the form's field
     * @param locale the user's language
     * @param key the message key
     * @param args its arguments
     * @return the problem
     */
    public Problem own(String field, Locale locale, String key, Object... args) {
        return new Problem(field, label(field, locale), messages.getMessage(key, args, locale));
    }

    /**
     * The problems by field, as the templates look them up; the messages of one field joined by a line break.
     *
     * @param problems the problems
     * @return each field's messages
     */
    public static Map<String, String> byField(List<Problem> problems) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Problem p : problems) {
            out.merge(p.field(), p.message(), (a, b) -> a + "\n" + b);
        }
        return out;
    }

    /** A field's label: {@code field.<name>}, the last part of a prefixed name when it has none of its own. */
    private String label(String field, Locale locale) {
        String own = messages.getMessage("field." + field, null, null, locale);
        if (own != null) {
            return own;
        }
        int dot = field.lastIndexOf('.');
        String last = dot < 0 ? field : field.substring(dot + 1);
        return messages.getMessage("field." + last, null, field, locale);
    }

    private String message(FieldProblem p, String formField, Locale locale) {
        MessageRenderer renderer = MessageRenderer.of(locale);
        String detail;
        if (p.detail().code().equals("app.text")) {
            // An English expectation written by the application for the API: the page has its own words.
            String base = formField.contains(".") ? formField.substring(formField.lastIndexOf('.') + 1) : formField;
            detail = messages.getMessage("form.error." + base, null, null, locale);
            if (detail == null) {
                detail = renderer.render(p.detail());
            }
            return detail;
        }
        detail = worded(p.detail(), renderer, locale);
        if (p.value() == null) {
            return messages.getMessage("form.missing", new Object[] {detail}, locale);
        }
        return p.expectation() ? messages.getMessage("form.expected", new Object[] {detail}, locale) : capital(detail);
    }

    /** A message in the pages' words when they have their own ({@code problem.<code>}), else the rules'. */
    private String worded(Message m, MessageRenderer renderer, Locale locale) {
        String own = messages.getMessage("problem." + m.code(), null, null, locale);
        if (own == null) {
            return renderer.render(m);
        }
        Object[] args = new Object[m.args().size()];
        for (int i = 0; i < args.length; i++) {
            Object a = m.args().get(i);
            args[i] = a instanceof Message nested ? worded(nested, renderer, locale) : renderer.value(a);
        }
        return messages.getMessage("problem." + m.code(), args, locale);
    }

    private static String capital(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
