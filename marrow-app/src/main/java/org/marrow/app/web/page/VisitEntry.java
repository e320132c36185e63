package org.marrow.app.web.page;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.marrow.app.record.RecordKind;
import org.marrow.app.record.SourceRecords;
import org.marrow.app.security.Caller;
import org.marrow.app.web.BadValueException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A visit's blood counts entered at once: one lab record per count given, all stored or none. Each
 * count is checked by the lab rules; every refusal is reported against its own field.
 */
@Service
public class VisitEntry {
    /**
     * The counts of the visit form: field name, lab test, the unit field (or the fixed unit).
     *
     * @param field the form field
     * @param test the lab test code
     * @param unitField the form field holding the unit, or null for the fixed unit
     * @param fixedUnit the unit when there is no choice
     */
    public record Count(String field, String test, String unitField, String fixedUnit) {}

    /** The counts of the visit form, in form order. */
    public static final List<Count> COUNTS = List.of(
            new Count("hgb", "HGB", "hgb_unit", null),
            new Count("plat", "PLAT", null, "10^9/L"),
            new Count("neut", "NEUT", null, "10^9/L"),
            new Count("reti", "RETI", null, "10^9/L"),
            new Count("wbc", "WBC", null, "10^9/L"));

    /** Thrown to undo a visit with refused counts; carries every field's message. */
    public static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient Map<String, String> errors;

        Refused(Map<String, String> errors) {
            super("visit refused: " + errors);
            this.errors = Map.copyOf(errors);
        }

        /**
         * Each refused field's message (or {@code msg:}-prefixed message key).
         *
         * @return the messages by field
         */
        public Map<String, String> errors() {
            return errors;
        }
    }

    private final SourceRecords records;
    private final JsonMapper json;

    VisitEntry(SourceRecords records, JsonMapper json) {
        this.records = records;
        this.json = json;
    }

    /**
     * Stores the counts given.
     *
     * @param subjectId the subject
     * @param form the form's values
     * @param caller the caller
     * @return how many counts were stored
     * @throws Refused with every field's message if any count or the date is refused (nothing stored)
     */
    @Transactional(rollbackFor = Refused.class)
    public int enter(long subjectId, Map<String, String> form, Caller caller) {
        Map<String, String> errors = new LinkedHashMap<>();
        String date = form.getOrDefault("date", "").trim();
        if (date.isEmpty()) {
            errors.put("date", "msg:error.dateRequired");
        }
        int stored = 0;
        boolean any = false;
        for (Count c : COUNTS) {
            String value = form.getOrDefault(c.field(), "").trim();
            if (value.isEmpty()) {
                continue;
            }
            any = true;
            if (!errors.isEmpty() && errors.containsKey("date")) {
                continue;
            }
            ObjectNode body = json.createObjectNode();
            body.put("date", date);
            body.put("test", c.test());
            body.put("value", value);
            body.put("unit", c.unitField() == null ? c.fixedUnit() : form.getOrDefault(c.unitField(), ""));
            body.put("accept_implausible", "true".equals(form.get("accept_implausible")));
            try {
                records.create(subjectId, RecordKind.LABS, body, caller);
                stored++;
            } catch (BadValueException e) {
                errors.put("date".equals(e.field()) ? "date" : c.field(), e.getMessage());
            }
        }
        if (!any) {
            errors.put(COUNTS.get(0).field(), "msg:visit.error.none");
        }
        if (!errors.isEmpty()) {
            throw new Refused(errors);
        }
        return stored;
    }
}
