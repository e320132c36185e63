package org.marrow.app.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.marrow.app.record.RecordKind;
import org.marrow.app.web.page.Vocabulary;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The audit trail as a monitor reads it: each row as what happened to which record (named by its values),
 * the fields that changed as {@code label: old → new} in the page's language, the reason, who and when. The
 * trail keeps each record as JSON; this reads that JSON back to compare the two versions field by field.
 */
@Component
class AuditView {
    /** Fields that are bookkeeping, not data: not shown as changes. */
    private static final Set<String> HIDDEN = Set.of(
            "id",
            "version",
            "subject_id",
            "study_id",
            "site_id",
            "voided_at",
            "voided_by",
            "raised_at",
            "answered_at",
            "closed_at",
            "record_table",
            "record_id");

    private final JsonMapper json;
    private final Vocabulary vocab;
    private final MessageSource messages;

    AuditView(JsonMapper json, Vocabulary vocab, MessageSource messages) {
        this.json = json;
        this.vocab = vocab;
        this.messages = messages;
    }

    /** What a row did. */
    enum Action {
        /** First entry. */
        INSERT,
        /** A change of values. */
        UPDATE,
        /** Voided with a reason. */
        VOID,
        /** Restored after a void. */
        RESTORE,
        /** Deleted. */
        DELETE;

        /**
         * The pages' message key.
         *
         * @return e.g. {@code audit.action.VOID}
         */
        String messageKey() {
            return "audit.action." + name();
        }
    }

    /**
     * One field that changed.
     *
     * @param label the field's label
     * @param before its value before, empty if none
     * @param after its value after, empty if none
     */
    record Change(String label, String before, String after) {}

    /**
     * One row of the trail as the page shows it.
     *
     * @param seq the row's key in the trail
     * @param at when
     * @param actor who
     * @param record the record named by its values
     * @param action what happened
     * @param changes the fields that changed (an edit); empty for an entry, a void or a deletion
     * @param reason why, or null
     */
    record Entry(
            long seq, Instant at, String actor, String record, Action action, List<Change> changes, String reason) {
        /**
         * The pages' message key of the action.
         *
         * @return the key
         */
        public String actionKey() {
            return action.messageKey();
        }
    }

    /**
     * The rows as the page shows them.
     *
     * @param rows the trail's rows
     * @return the entries, in the same order
     */
    List<Entry> of(List<AuditEntry> rows) {
        List<Entry> out = new ArrayList<>();
        for (AuditEntry e : rows) {
            out.add(entry(e));
        }
        return out;
    }

    private Entry entry(AuditEntry e) {
        Map<String, JsonNode> before = fields(e.oldValue());
        Map<String, JsonNode> after = fields(e.newValue());
        Map<String, JsonNode> current = after.isEmpty() ? before : after;
        Action action =
                switch (e.action()) {
                    case "INSERT" -> Action.INSERT;
                    case "DELETE" -> Action.DELETE;
                    default -> {
                        boolean wasVoid = present(before.get("voided_at"));
                        boolean isVoid = present(after.get("voided_at"));
                        yield !wasVoid && isVoid ? Action.VOID : wasVoid && !isVoid ? Action.RESTORE : Action.UPDATE;
                    }
                };
        List<Change> changes = new ArrayList<>();
        if (action == Action.UPDATE) {
            for (String field : union(before, after)) {
                if (HIDDEN.contains(field)) {
                    continue;
                }
                String b = text(field, before.get(field));
                String a = text(field, after.get(field));
                if (!b.equals(a)) {
                    changes.add(new Change(label(field), b, a));
                }
            }
        }
        return new Entry(
                e.seq(), e.at(), e.actor(), describe(e.table(), e.recordId(), current), action, changes, e.reason());
    }

    /** The record of a row named by its values. */
    private String describe(String table, long id, Map<String, JsonNode> fields) {
        Locale locale = LocaleContextHolder.getLocale();
        if (table.equals("subject")) {
            return messages.getMessage(
                    "describe.subject", new Object[] {text("subject_code", fields.get("subject_code"))}, locale);
        }
        if (table.equals("data_query")) {
            return messages.getMessage(
                    "describe.query", new Object[] {text("question", fields.get("question"))}, locale);
        }
        return RecordKind.byTable(table)
                .map(k -> {
                    Map<String, Object> row = new LinkedHashMap<>();
                    fields.forEach((name, value) -> row.put(name, plain(value)));
                    return vocab.describe(k, row);
                })
                .orElse(table + " " + id);
    }

    private static Object plain(JsonNode n) {
        if (n == null || n.isNull()) {
            return null;
        }
        if (n.isNumber()) {
            return n.decimalValue();
        }
        if (n.isBoolean()) {
            return n.booleanValue();
        }
        return n.isString() ? n.stringValue() : n.toString();
    }

    private Map<String, JsonNode> fields(String text) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        if (text == null) {
            return out;
        }
        JsonNode node = json.readTree(text);
        if (node != null && node.isObject()) {
            for (Map.Entry<String, JsonNode> f : node.properties()) {
                out.put(f.getKey(), f.getValue());
            }
        }
        return out;
    }

    private static List<String> union(Map<String, JsonNode> a, Map<String, JsonNode> b) {
        List<String> names = new ArrayList<>(a.keySet());
        for (String n : b.keySet()) {
            if (!names.contains(n)) {
                names.add(n);
            }
        }
        return names;
    }

    private static boolean present(JsonNode n) {
        return n != null && !n.isNull();
    }

    private String label(String field) {
        Locale locale = LocaleContextHolder.getLocale();
        String key = field.equals("site_code") ? "field.site" : "field." + field;
        return messages.getMessage(key, null, field, locale);
    }

    /** A value as the page shows it: codes in words, yes or no, numbers as written. */
    private String text(String field, JsonNode n) {
        if (!present(n)) {
            return "";
        }
        if (n.isBoolean()) {
            return vocab.yesNo(n.booleanValue());
        }
        String value = n.isNumber() ? n.decimalValue().toPlainString() : n.isString() ? n.stringValue() : n.toString();
        return switch (field) {
            case "term" -> vocab.term(value);
            case "related_to" -> vocab.drugs(value);
            case "status" -> vocab.query(value).text();
            case "sex" -> messages.getMessage("sex." + value, null, value, LocaleContextHolder.getLocale());
            default -> vocab.option(field, value);
        };
    }
}
