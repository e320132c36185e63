package org.marrow.app.record;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.marrow.app.web.BadValueException;
import org.marrow.app.web.FieldProblem;
import org.marrow.clinical.message.Message;
import org.marrow.study.RecordField;
import org.marrow.study.validation.Entry;
import tools.jackson.databind.JsonNode;

/**
 * A JSON request body as the study validation reads a record: each field by its data set name, a JSON
 * number as its digits ({@code 9.50} stays {@code 9.50}), a list of drug ids as {@code a;b}. The API's
 * conveniences are kept: {@code serious} may be a JSON boolean and defaults to {@code N}.
 */
final class JsonEntry implements Entry {
    private static final int LONGEST_PLAIN_NUMBER = 64;

    private final JsonNode body;

    JsonEntry(JsonNode body) {
        this.body = body;
    }

    /**
     * Refuses, all at once, the fields whose JSON value is of a kind no field of a record takes: an
     * object, a list (but for {@code related_to}) or true/false (but for {@code serious} and {@code
     * accept_implausible}). A record's fields are text, numbers and dates; such a value would otherwise
     * be stored as its JSON text.
     *
     * @param body the request body
     * @throws BadValueException naming every such field
     */
    static void checkKinds(JsonNode body) {
        List<FieldProblem> problems = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : body.properties()) {
            String name = e.getKey();
            JsonNode n = e.getValue();
            boolean fits = n.isNull()
                    || n.isString()
                    || n.isNumber()
                    || (n.isBoolean()
                            && (name.equals(RecordField.SERIOUS.fieldName())
                                    || name.equals(RecordKind.ACCEPT_IMPLAUSIBLE)))
                    || (n.isArray() && name.equals(RecordField.RELATED_TO.fieldName()));
            if (!fits) {
                problems.add(new FieldProblem(name, n.toString(), Message.of("app.json.kind"), true));
            }
        }
        if (!problems.isEmpty()) {
            throw new BadValueException(problems);
        }
    }

    @Override
    public String text(RecordField field) {
        JsonNode n = body.get(field.fieldName());
        if (n == null || n.isNull()) {
            return field == RecordField.SERIOUS ? "N" : "";
        }
        if (field == RecordField.SERIOUS && (n.isBoolean() || n.isString())) {
            String text = n.isBoolean()
                    ? Boolean.toString(n.booleanValue())
                    : n.stringValue().trim();
            return switch (text) {
                case "true" -> "Y";
                case "false" -> "N";
                default -> text;
            };
        }
        if (field == RecordField.RELATED_TO && n.isArray()) {
            StringBuilder ids = new StringBuilder();
            for (JsonNode id : n) {
                ids.append(ids.length() == 0 ? "" : ";").append(text(id));
            }
            return ids.toString();
        }
        return text(n);
    }

    private static String text(JsonNode n) {
        if (n.isString()) {
            return n.stringValue().trim();
        }
        if (n.isNumber()) {
            BigDecimal number = n.decimalValue();
            String plain = number.toPlainString();
            // 1e308 is shown as written, not as 309 digits.
            return plain.length() <= LONGEST_PLAIN_NUMBER ? plain : number.toString();
        }
        return n.toString();
    }
}
