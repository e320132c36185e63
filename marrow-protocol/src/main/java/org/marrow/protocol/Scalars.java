package org.marrow.protocol;

import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.marrow.clinical.labs.Threshold.Relation;
import org.marrow.protocol.regimen.Frequency;

/** The scalars of a protocol file: ids, relations, frequencies, rounding modes and enum codes. */
final class Scalars {
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");

    private Scalars() {}

    static String id(YamlMap map, String key, boolean required) {
        String id = map.text(key, required);
        if (id != null && !ID.matcher(id).matches()) {
            map.report(key, "'" + id + "' is not an id; expected lower-case letters, digits and '-'");
            return null;
        }
        return id;
    }

    static Relation relation(String text) {
        for (Relation relation : Relation.values()) {
            if (relation.symbol().equals(text.trim())) {
                return relation;
            }
        }
        throw new IllegalArgumentException("'" + text + "' is not a relation; expected one of <, <=, >, >=");
    }

    static Frequency frequency(String text) {
        return code(Frequency.class, text, "a frequency", Frequency::code);
    }

    static RoundingMode roundingMode(String text) {
        return switch (text) {
            case "nearest" -> RoundingMode.HALF_UP;
            case "down" -> RoundingMode.DOWN;
            case "up" -> RoundingMode.UP;
            default ->
                throw new IllegalArgumentException(
                        "'" + text + "' is not a rounding mode; expected one of nearest, down, up");
        };
    }

    static <E extends Enum<E>> E code(Class<E> type, String text, String what, Function<E, String> code) {
        List<String> codes = new ArrayList<>();
        for (E constant : type.getEnumConstants()) {
            if (code.apply(constant).equals(text)) {
                return constant;
            }
            codes.add(code.apply(constant));
        }
        throw new IllegalArgumentException(
                "'" + text + "' is not " + what + "; expected one of " + String.join(", ", codes));
    }

    static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
