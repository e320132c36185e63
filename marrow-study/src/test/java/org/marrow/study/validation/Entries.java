package org.marrow.study.validation;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.marrow.clinical.message.MessageRenderer;
import org.marrow.study.RecordField;
import org.marrow.study.RecordType;

/** Entries for tests: a record written as a data set row, its fields in canonical order. */
final class Entries {
    private Entries() {}

    /**
     * An entry of a kind from its values in the kind's field order, separated by {@code |} (so that a
     * value may hold a comma).
     */
    static Entry row(RecordType type, String values) {
        String[] cells = values.split("\\|", -1);
        List<RecordField> fields = type.fields();
        if (cells.length != fields.size()) {
            throw new IllegalArgumentException(
                    "Expected " + fields.size() + " values for " + type + ", got " + cells.length + ": " + values);
        }
        Map<RecordField, String> map = new EnumMap<>(RecordField.class);
        for (int i = 0; i < cells.length; i++) {
            map.put(fields.get(i), cells[i].trim());
        }
        return field -> map.getOrDefault(field, "");
    }

    /** An entry with a few fields given as name, value pairs. */
    static Entry fields(Object... fieldsAndValues) {
        Map<RecordField, String> map = new EnumMap<>(RecordField.class);
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            map.put((RecordField) fieldsAndValues[i], (String) fieldsAndValues[i + 1]);
        }
        return field -> map.getOrDefault(field, "");
    }

    /** A problem as a data set reader shows it, without the location: {@code column 'f' has value 'v', ...}. */
    static String shown(Problem p) {
        String text = MessageRenderer.english().render(p.message());
        String head = "'" + p.field() + "' has value '" + p.value() + "'";
        return switch (p.kind()) {
            case EXPECTED -> head + ", expected " + text;
            case REFUSED -> head + ": " + text;
            case DOUBTFUL -> "warning: " + head + ": " + text;
        };
    }

    static List<String> shown(Checked<?> checked) {
        return checked.problems().stream().map(Entries::shown).toList();
    }
}
