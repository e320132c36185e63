package org.marrow.app.record;

import org.marrow.app.web.BadValueException;
import tools.jackson.databind.JsonNode;

/**
 * Reads the fields of a JSON request body that are the request's, not the record's: the reason for a
 * change, the version an edit is based on, the confirmation of a doubtful value. A bad one is refused
 * with its name, value and expectation. The record's own fields are read by the study validation
 * ({@link JsonEntry}).
 */
final class Fields {
    private final JsonNode body;

    Fields(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw BadValueException.of("body", body, "a JSON object");
        }
        this.body = body;
    }

    /**
     * Refuses a field the body may not hold: a misspelt or unknown field is never silently ignored.
     *
     * @param accepted the fields accepted
     * @param prefix the path of the body in the request ({@code labs[2].}), or empty
     * @throws BadValueException naming the first field not accepted
     */
    void acceptOnly(java.util.Collection<String> accepted, String prefix) {
        for (java.util.Map.Entry<String, JsonNode> e : body.properties()) {
            if (!accepted.contains(e.getKey())) {
                throw BadValueException.of(
                        prefix + e.getKey(),
                        null,
                        "no field of this name; the fields are " + String.join(", ", accepted));
            }
        }
    }

    private JsonNode node(String field) {
        JsonNode n = body.get(field);
        return n == null || n.isNull() ? null : n;
    }

    private static String show(JsonNode n) {
        return n.isString() ? n.stringValue() : n.toString();
    }

    String optionalText(String field, String expected) {
        JsonNode n = node(field);
        if (n == null) {
            return null;
        }
        if (!n.isString()) {
            throw BadValueException.of(field, show(n), expected + " (as a JSON string)");
        }
        return n.stringValue();
    }

    int integer(String field, String expected) {
        JsonNode n = node(field);
        if (n == null) {
            throw BadValueException.of(field, null, expected);
        }
        if (n.isIntegralNumber() && n.canConvertToInt()) {
            return n.intValue();
        }
        try {
            return Integer.parseInt(n.isString() ? n.stringValue().trim() : "?");
        } catch (NumberFormatException e) {
            throw BadValueException.of(field, show(n), expected);
        }
    }

    boolean bool(String field, boolean missing) {
        JsonNode n = node(field);
        if (n == null) {
            return missing;
        }
        if (n.isBoolean()) {
            return n.booleanValue();
        }
        String t = n.isString() ? n.stringValue() : "";
        return switch (t) {
            case "Y", "true" -> true;
            case "N", "false" -> false;
            default -> throw BadValueException.of(field, show(n), "true or false (or Y / N)");
        };
    }
}
