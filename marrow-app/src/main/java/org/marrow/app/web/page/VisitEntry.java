package org.marrow.app.web.page;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.marrow.app.record.RecordKind;
import org.marrow.app.record.SourceRecords;
import org.marrow.app.security.Caller;
import org.marrow.app.web.BadValueException;
import org.marrow.app.web.FieldProblem;
import org.marrow.clinical.message.Message;
import org.marrow.clinical.transfusion.BloodProduct;
import org.marrow.study.Drug;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A visit's day entered on one form: the blood counts, the transfusions, the doses of the protocol's drugs
 * and adverse events starting that day, all stored in one transaction or none. Every record is checked by
 * the study validation and every problem of every part is reported at once, each against the form field
 * that held it ({@link SourceRecords#createParts}).
 */
@Service
public class VisitEntry {
    /**
     * A count of the visit form: its field, its lab test, and the field holding its unit or its fixed unit.
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

    /** Adverse events the form offers at once. */
    public static final int ADVERSE_EVENTS = 2;

    private final SourceRecords records;
    private final JsonMapper json;

    VisitEntry(SourceRecords records, JsonMapper json) {
        this.records = records;
        this.json = json;
    }

    /**
     * The form field of a transfusion's units.
     *
     * @param product the product
     * @return e.g. {@code tx_RBC}
     */
    public static String transfusionField(BloodProduct product) {
        return "tx_" + product.name();
    }

    /**
     * The form field of a drug's dose.
     *
     * @param drug the drug
     * @return e.g. {@code dose_csa}
     */
    public static String doseField(Drug drug) {
        return "dose_" + drug.id();
    }

    /**
     * The form field of a part of an adverse event.
     *
     * @param index the event on the form, from 0
     * @param field the record's field, e.g. {@code term}
     * @return e.g. {@code ae0_term}
     */
    public static String adverseEventField(int index, String field) {
        return "ae" + index + "_" + field;
    }

    /**
     * Stores the records the form gives.
     *
     * @param subjectId the subject
     * @param form the form's values (a drug list of an adverse event joined by {@code ;})
     * @param drugs the drugs whose doses the form offers
     * @param caller the caller
     * @return how many records were stored
     * @throws BadValueException with every problem of every part, by form field, if any (nothing stored)
     */
    @Transactional
    public int enter(long subjectId, Map<String, String> form, List<Drug> drugs, Caller caller) {
        String date = value(form, "date");
        boolean accept = "true".equals(form.get("accept_implausible"));
        List<SourceRecords.Part> parts = new ArrayList<>();
        for (Count c : COUNTS) {
            String v = value(form, c.field());
            if (v.isEmpty()) {
                continue;
            }
            ObjectNode body = json.createObjectNode();
            body.put("date", date);
            body.put("test", c.test());
            body.put("value", v);
            body.put("unit", c.unitField() == null ? c.fixedUnit() : value(form, c.unitField()));
            body.put("accept_implausible", accept);
            parts.add(new SourceRecords.Part(RecordKind.LABS, body, f -> switch (f) {
                case "date" -> "date";
                case "unit" -> c.unitField() == null ? c.field() : c.unitField();
                default -> c.field();
            }));
        }
        for (BloodProduct product : BloodProduct.values()) {
            String field = transfusionField(product);
            String units = value(form, field);
            if (units.isEmpty()) {
                continue;
            }
            ObjectNode body = json.createObjectNode();
            body.put("date", date);
            body.put("product", product.name());
            body.put("units", units);
            body.put("accept_implausible", accept);
            parts.add(new SourceRecords.Part(RecordKind.TRANSFUSIONS, body, f -> f.equals("date") ? "date" : field));
        }
        for (Drug drug : drugs) {
            String field = doseField(drug);
            String dose = value(form, field);
            if (dose.isEmpty()) {
                continue;
            }
            ObjectNode body = json.createObjectNode();
            body.put("date", date);
            body.put("drug", drug.id());
            body.put("dose", dose);
            body.put("unit", value(form, field + "_unit"));
            body.put("accept_implausible", accept);
            parts.add(new SourceRecords.Part(RecordKind.DOSES, body, f -> switch (f) {
                case "date" -> "date";
                case "unit" -> field + "_unit";
                default -> field;
            }));
        }
        for (int i = 0; i < ADVERSE_EVENTS; i++) {
            int index = i;
            String term = value(form, adverseEventField(i, "term"));
            String grade = value(form, adverseEventField(i, "grade"));
            if (term.isEmpty() && grade.isEmpty()) {
                continue;
            }
            ObjectNode body = json.createObjectNode();
            if (!term.isEmpty()) {
                body.put("term", term);
            }
            if (!grade.isEmpty()) {
                body.put("grade", grade);
            }
            body.put("start_date", date);
            String end = value(form, adverseEventField(i, "end_date"));
            if (!end.isEmpty()) {
                body.put("end_date", end);
            }
            body.put("serious", "true".equals(form.get(adverseEventField(i, "serious"))));
            body.put("related_to", value(form, adverseEventField(i, "related_to")));
            body.put("accept_implausible", accept);
            parts.add(new SourceRecords.Part(
                    RecordKind.ADVERSE_EVENTS,
                    body,
                    f -> f.equals("start_date") ? "date" : adverseEventField(index, f)));
        }
        if (parts.isEmpty()) {
            throw new BadValueException(
                    List.of(new FieldProblem(COUNTS.get(0).field(), null, Message.of("app.visit.nothing"), true)));
        }
        return records.createParts(subjectId, parts, null, caller).size();
    }

    private static String value(Map<String, String> form, String field) {
        String v = form.get(field);
        return v == null ? "" : v.trim();
    }
}
