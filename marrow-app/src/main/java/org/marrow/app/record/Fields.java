package org.marrow.app.record;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.marrow.app.web.BadValueException;
import tools.jackson.databind.JsonNode;

/** Reads the fields of a JSON request body, refusing a bad one with its name, value and expectation. */
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

    String text(String field, String expected) {
        String t = optionalText(field, expected);
        if (t == null || t.isBlank()) {
            throw BadValueException.of(field, t, expected);
        }
        return t;
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

    LocalDate date(String field) {
        LocalDate d = optionalDate(field);
        if (d == null) {
            throw BadValueException.of(field, null, "a date YYYY-MM-DD");
        }
        return d;
    }

    LocalDate optionalDate(String field) {
        JsonNode n = node(field);
        if (n == null || (n.isString() && n.stringValue().isBlank())) {
            return null;
        }
        try {
            return LocalDate.parse(n.isString() ? n.stringValue() : "?");
        } catch (DateTimeParseException e) {
            throw BadValueException.of(field, show(n), "a date YYYY-MM-DD");
        }
    }

    BigDecimal decimal(String field, String expected) {
        BigDecimal d = optionalDecimal(field, expected);
        if (d == null) {
            throw BadValueException.of(field, null, expected);
        }
        return d;
    }

    BigDecimal optionalDecimal(String field, String expected) {
        JsonNode n = node(field);
        if (n == null || (n.isString() && n.stringValue().isBlank())) {
            return null;
        }
        try {
            return n.isNumber()
                    ? n.decimalValue()
                    : new BigDecimal(n.isString() ? n.stringValue().trim() : "?");
        } catch (NumberFormatException e) {
            throw BadValueException.of(field, show(n), expected);
        }
    }

    int integer(String field, String expected) {
        JsonNode n = node(field);
        if (n == null) {
            throw BadValueException.of(field, null, expected);
        }
        if (n.isIntegralNumber() && !n.canConvertToInt()) {
            throw BadValueException.of(field, show(n), expected);
        }
        try {
            return n.isIntegralNumber()
                    ? n.intValue()
                    : Integer.parseInt(n.isString() ? n.stringValue().trim() : "?");
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

    List<String> list(String field) {
        JsonNode n = node(field);
        List<String> items = new ArrayList<>();
        if (n == null) {
            return items;
        }
        if (n.isArray()) {
            for (int i = 0; i < n.size(); i++) {
                items.add(show(n.get(i)));
            }
        } else if (n.isString()) {
            for (String part : n.stringValue().split(";")) {
                if (!part.isBlank()) {
                    items.add(part.trim());
                }
            }
        } else {
            throw BadValueException.of(field, show(n), "a list of drug ids (JSON array, or a string a;b)");
        }
        return items;
    }

    /**
     * Runs a domain check, turning its IllegalArgumentException into a refusal of {@code field}.
     *
     * @param field the field the check is about
     * @param value the value checked, for the message
     * @param check the check
     */
    static <T> T check(String field, Object value, Supplier<T> check) {
        try {
            return check.get();
        } catch (IllegalArgumentException e) {
            String message = e.getMessage();
            int at = message.indexOf("expected ");
            String expected = at >= 0 ? message.substring(at + "expected ".length()) : message;
            throw new BadValueException(
                    field, value == null ? null : String.valueOf(value), expected, "Field '" + field + "': " + message);
        }
    }
}
