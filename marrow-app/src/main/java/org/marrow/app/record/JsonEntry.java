package org.marrow.app.record;

import java.math.BigDecimal;
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
