package org.marrow.app.record;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.marrow.app.web.BadValueException;
import org.marrow.clinical.quantity.LabTest;
import org.marrow.clinical.quantity.LabValue;
import org.marrow.clinical.quantity.Plausibility;
import org.marrow.clinical.quantity.Unit;
import org.marrow.clinical.transfusion.BloodProduct;
import org.marrow.clinical.transfusion.Transfusion;
import org.marrow.dataset.DatasetFile;
import org.marrow.study.AdverseEvent;
import org.marrow.study.Dose;
import org.marrow.study.DoseUnit;
import org.marrow.study.Drug;
import org.marrow.study.EventType;
import org.marrow.study.HistoryEntry;
import org.marrow.study.LabRecord;
import org.marrow.study.StudyEvent;
import org.marrow.study.TransfusionRecord;

/**
 * The kinds of source record a subject has, one table each, with the columns of the data set format
 * (docs/dataset-format.md). Each kind checks a request by the clinical and data set rules and maps
 * between its table row and the data set record.
 */
public enum RecordKind {
    /** {@code labs.csv}. */
    LABS("labs", "lab", DatasetFile.LABS, List.of("date", "test", "value", "unit", "lln", "uln")) {
        @Override
        Map<String, Object> parse(Fields f, Context c) {
            LocalDate date = c.sampleDate(f.date("date"), "date");
            String testCode = f.text("test", "a lab test code such as HGB, PLAT, NEUT");
            LabTest test = Fields.check("test", testCode, () -> LabTest.fromCode(testCode));
            BigDecimal amount = f.decimal("value", "a decimal number such as 9.5");
            String unit = f.text("unit", "a unit " + test.acceptedUnits());
            Fields.check("unit", unit, () -> Unit.parse(unit));
            LabValue value = Fields.check(
                    "value", amount.toPlainString() + " " + unit, () -> LabValue.of(test, amount, Unit.parse(unit)));
            BigDecimal lln = f.optionalDecimal("lln", "a lower limit of normal in " + unit);
            BigDecimal uln = f.optionalDecimal("uln", "an upper limit of normal in " + unit);
            Fields.check(
                    "lln",
                    lln,
                    () -> new LabRecord("s", date, value, unit, Optional.ofNullable(lln), Optional.empty()));
            Fields.check(
                    "uln",
                    uln,
                    () -> new LabRecord("s", date, value, unit, Optional.ofNullable(lln), Optional.ofNullable(uln)));
            Plausibility p = value.plausibility();
            if (!p.isPlausible() && !f.bool(ACCEPT_IMPLAUSIBLE, false)) {
                throw new BadValueException(
                        "value",
                        amount.toPlainString() + " " + unit,
                        p.message() + "; if it is right, send it again with accept_implausible: true",
                        p.message());
            }
            return row("date", date, "test", test.name(), "value", amount, "unit", unit, "lln", lln, "uln", uln);
        }

        @Override
        Object toDataset(Map<String, Object> r, String subject) {
            LabTest test = LabTest.fromCode((String) r.get("test"));
            String unit = (String) r.get("unit");
            return new LabRecord(
                    subject,
                    (LocalDate) r.get("date"),
                    LabValue.of(test, (BigDecimal) r.get("value"), Unit.parse(unit)),
                    unit,
                    Optional.ofNullable((BigDecimal) r.get("lln")),
                    Optional.ofNullable((BigDecimal) r.get("uln")));
        }

        @Override
        Map<String, Object> fromDataset(Object record) {
            LabRecord l = (LabRecord) record;
            return row(
                    "date",
                    l.date(),
                    "test",
                    l.test().name(),
                    "value",
                    l.value().amount(),
                    "unit",
                    l.unitText(),
                    "lln",
                    l.lowerLimitOfNormal().orElse(null),
                    "uln",
                    l.upperLimitOfNormal().orElse(null));
        }
    },
    /** {@code transfusions.csv}. */
    TRANSFUSIONS("transfusions", "transfusion", DatasetFile.TRANSFUSIONS, List.of("date", "product", "units")) {
        @Override
        Map<String, Object> parse(Fields f, Context c) {
            LocalDate date = c.sampleDate(f.date("date"), "date");
            String code = f.text("product", "RBC or PLT");
            BloodProduct product = Fields.check("product", code, () -> BloodProduct.fromCode(code));
            int units = f.integer("units", "a whole number of units, 1 to 10");
            if (units < 1 || units > 10) {
                throw BadValueException.of("units", units, "a whole number of units, 1 to 10");
            }
            return row("date", date, "product", product.name(), "units", units);
        }

        @Override
        Object toDataset(Map<String, Object> r, String subject) {
            return new TransfusionRecord(
                    subject,
                    new Transfusion(
                            (LocalDate) r.get("date"), BloodProduct.fromCode((String) r.get("product")), (Integer)
                                    r.get("units")));
        }

        @Override
        Map<String, Object> fromDataset(Object record) {
            Transfusion t = ((TransfusionRecord) record).transfusion();
            return row("date", t.date(), "product", t.product().name(), "units", t.units());
        }
    },
    /** {@code doses.csv}. */
    DOSES("doses", "dose", DatasetFile.DOSES, List.of("date", "drug", "dose", "unit")) {
        @Override
        Map<String, Object> parse(Fields f, Context c) {
            LocalDate date = c.sampleDate(f.date("date"), "date");
            String id = f.text("drug", "a drug id such as p-atg, csa, hetrombopag");
            Drug drug = Drug.byId(id)
                    .orElseThrow(() -> BadValueException.of(
                            "drug",
                            id,
                            "one of "
                                    + List.of(Drug.values()).stream()
                                            .map(Drug::id)
                                            .toList()));
            BigDecimal amount = f.decimal("dose", "a dose above 0");
            if (amount.signum() <= 0) {
                throw BadValueException.of("dose", amount.toPlainString(), "a dose above 0");
            }
            String symbol = f.text("unit", "one of " + drug.units());
            DoseUnit unit = DoseUnit.bySymbol(symbol)
                    .filter(u -> drug.units().contains(u))
                    .orElseThrow(() -> BadValueException.of("unit", symbol, "one of " + drug.units() + " for " + drug));
            return row("date", date, "drug", drug.id(), "dose", amount, "unit", unit.symbol());
        }

        @Override
        Object toDataset(Map<String, Object> r, String subject) {
            return new Dose(
                    subject,
                    (LocalDate) r.get("date"),
                    Drug.byId((String) r.get("drug")).orElseThrow(),
                    (BigDecimal) r.get("dose"),
                    DoseUnit.bySymbol((String) r.get("unit")).orElseThrow());
        }

        @Override
        Map<String, Object> fromDataset(Object record) {
            Dose d = (Dose) record;
            return row(
                    "date",
                    d.date(),
                    "drug",
                    d.drug().id(),
                    "dose",
                    d.amount(),
                    "unit",
                    d.unit().symbol());
        }
    },
    /** {@code adverse_events.csv}. */
    ADVERSE_EVENTS(
            "adverse-events",
            "adverse_event",
            DatasetFile.ADVERSE_EVENTS,
            List.of("term", "grade", "start_date", "end_date", "serious", "related_to")) {
        @Override
        Map<String, Object> parse(Fields f, Context c) {
            String term = f.text("term", "the CTCAE or verbatim term");
            int grade = f.integer("grade", "a CTCAE grade 1 to 5");
            if (grade < 1 || grade > 5) {
                throw BadValueException.of("grade", grade, "a CTCAE grade 1 to 5");
            }
            LocalDate start = c.sampleDate(f.date("start_date"), "start_date");
            LocalDate end = f.optionalDate("end_date");
            if (end != null && end.isBefore(start)) {
                throw BadValueException.of("end_date", end, "a date on or after the start date " + start);
            }
            if (end != null) {
                c.sampleDate(end, "end_date");
            }
            boolean serious = f.bool("serious", false);
            StringBuilder related = new StringBuilder();
            for (String id : f.list("related_to")) {
                Drug drug = Drug.byId(id)
                        .orElseThrow(() -> BadValueException.of(
                                "related_to",
                                id,
                                "drug ids from "
                                        + List.of(Drug.values()).stream()
                                                .map(Drug::id)
                                                .toList()));
                related.append(related.length() == 0 ? "" : ";").append(drug.id());
            }
            return row(
                    "term",
                    term,
                    "grade",
                    grade,
                    "start_date",
                    start,
                    "end_date",
                    end,
                    "serious",
                    serious,
                    "related_to",
                    related.toString());
        }

        @Override
        Object toDataset(Map<String, Object> r, String subject) {
            String related = (String) r.get("related_to");
            return new AdverseEvent(
                    subject,
                    (String) r.get("term"),
                    (Integer) r.get("grade"),
                    (LocalDate) r.get("start_date"),
                    Optional.ofNullable((LocalDate) r.get("end_date")),
                    (Boolean) r.get("serious"),
                    related.isEmpty()
                            ? List.of()
                            : List.of(related.split(";")).stream()
                                    .map(id -> Drug.byId(id).orElseThrow())
                                    .toList());
        }

        @Override
        Map<String, Object> fromDataset(Object record) {
            AdverseEvent a = (AdverseEvent) record;
            return row(
                    "term",
                    a.term(),
                    "grade",
                    a.grade(),
                    "start_date",
                    a.startDate(),
                    "end_date",
                    a.endDate().orElse(null),
                    "serious",
                    a.serious(),
                    "related_to",
                    a.relatedTo().stream().map(Drug::id).collect(Collectors.joining(";")));
        }
    },
    /** {@code events.csv}. */
    EVENTS("events", "study_event", DatasetFile.EVENTS, List.of("date", "type", "note")) {
        @Override
        Map<String, Object> parse(Fields f, Context c) {
            LocalDate date = c.sampleDate(f.date("date"), "date");
            String name = f.text("type", "one of " + List.of(EventType.values()));
            EventType type = EventType.byName(name)
                    .orElseThrow(() -> BadValueException.of("type", name, "one of " + List.of(EventType.values())));
            String note = f.optionalText("note", "free text");
            return row("date", date, "type", type.name(), "note", note == null ? "" : note);
        }

        @Override
        Object toDataset(Map<String, Object> r, String subject) {
            return new StudyEvent(
                    subject,
                    (LocalDate) r.get("date"),
                    EventType.byName((String) r.get("type")).orElseThrow(),
                    (String) r.get("note"));
        }

        @Override
        Map<String, Object> fromDataset(Object record) {
            StudyEvent e = (StudyEvent) record;
            return row("date", e.date(), "type", e.type().name(), "note", e.note());
        }
    },
    /** {@code screening_history.csv}. */
    HISTORY("history", "screening_history", DatasetFile.SCREENING_HISTORY, List.of("item", "value", "date", "note")) {
        @Override
        Map<String, Object> parse(Fields f, Context c) {
            String item = f.text("item", "a screening history item code, or a custom code starting with x_");
            String value = f.text("value", "the item's value");
            LocalDate date = f.optionalDate("date");
            if (date != null) {
                c.sampleDate(date, "date");
            }
            String note = f.optionalText("note", "free text");
            HistoryEntry entry = Fields.check(
                    item.equals(item.trim()) && HistoryEntryCheck.isItemProblem(item) ? "item" : "value",
                    value,
                    () -> new HistoryEntry("s", item, value, Optional.ofNullable(date), note == null ? "" : note));
            return row("item", entry.item(), "value", entry.value(), "date", date, "note", entry.note());
        }

        @Override
        Object toDataset(Map<String, Object> r, String subject) {
            return new HistoryEntry(
                    subject,
                    (String) r.get("item"),
                    (String) r.get("value"),
                    Optional.ofNullable((LocalDate) r.get("date")),
                    (String) r.get("note"));
        }

        @Override
        Map<String, Object> fromDataset(Object record) {
            HistoryEntry h = (HistoryEntry) record;
            return row("item", h.item(), "value", h.value(), "date", h.date().orElse(null), "note", h.note());
        }
    };

    private final String path;
    private final String table;
    private final DatasetFile file;
    private final List<String> columns;

    RecordKind(String path, String table, DatasetFile file, List<String> columns) {
        this.path = path;
        this.table = table;
        this.file = file;
        this.columns = columns;
    }

    /** What a check needs to know of the subject. */
    interface Context {
        /**
         * Checks a date of the subject's record: not before birth, not in the future.
         *
         * @param date the date
         * @param field the field
         * @return the date
         */
        LocalDate sampleDate(LocalDate date, String field);
    }

    /**
     * The path segment under {@code /api/subjects/{id}/}.
     *
     * @return e.g. {@code adverse-events}
     */
    public String path() {
        return path;
    }

    /**
     * The table.
     *
     * @return e.g. {@code adverse_event}
     */
    public String table() {
        return table;
    }

    /**
     * The data set file.
     *
     * @return the file
     */
    public DatasetFile file() {
        return file;
    }

    List<String> columns() {
        return columns;
    }

    /**
     * The fields of a record of this kind: the columns of its data set file, as the API names them.
     *
     * @return the field names, in order
     */
    public List<String> fieldNames() {
        return columns;
    }

    /**
     * The kind stored in a table.
     *
     * @param table e.g. {@code lab}
     * @return the kind, if one
     */
    public static java.util.Optional<RecordKind> byTable(String table) {
        for (RecordKind k : values()) {
            if (k.table.equals(table)) {
                return java.util.Optional.of(k);
            }
        }
        return java.util.Optional.empty();
    }

    /**
     * Every field a request body of this kind may hold, and no other (a field not listed is refused): the
     * columns, {@code accept_implausible} for a lab, then {@code reason} and, for an edit, {@code version}. The
     * OpenAPI document lists the same names.
     *
     * @param edit whether the body is an edit (PUT) rather than an entry (POST)
     * @param withReason whether the body may carry its own reason (not a visit's lab: the visit has one)
     * @return the field names, in order
     */
    public List<String> requestFields(boolean edit, boolean withReason) {
        List<String> fields = new java.util.ArrayList<>(columns);
        if (this == LABS) {
            fields.add(ACCEPT_IMPLAUSIBLE);
        }
        if (withReason) {
            fields.add("reason");
        }
        if (edit) {
            fields.add("version");
        }
        return List.copyOf(fields);
    }

    /** The field with which a lab value outside the plausible range is confirmed. */
    static final String ACCEPT_IMPLAUSIBLE = "accept_implausible";

    abstract Map<String, Object> parse(Fields f, Context c);

    abstract Object toDataset(Map<String, Object> row, String subjectCode);

    abstract Map<String, Object> fromDataset(Object record);

    /**
     * The column values of a data set record of this kind (already checked by the data set reader).
     *
     * @param record e.g. a {@link LabRecord}
     * @return the column values
     * @throws ClassCastException if the record is of another kind
     */
    public Map<String, Object> columnsOf(Object record) {
        return fromDataset(record);
    }

    /**
     * The kind with a path segment.
     *
     * @param path e.g. {@code labs}
     * @return the kind
     * @throws org.marrow.app.web.NotFoundException if there is none
     */
    public static RecordKind byPath(String path) {
        for (RecordKind k : values()) {
            if (k.path.equals(path)) {
                return k;
            }
        }
        throw new org.marrow.app.web.NotFoundException("record kind '" + path + "'", path);
    }

    private static Map<String, Object> row(Object... pairs) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put((String) pairs[i], pairs[i + 1]);
        }
        return m;
    }

    /** Tells apart a bad item code from a bad value, for the field named in the refusal. */
    private static final class HistoryEntryCheck {
        static boolean isItemProblem(String item) {
            return org.marrow.study.HistoryItem.byCode(item).isEmpty()
                    && !(item.startsWith(org.marrow.study.HistoryItem.CUSTOM_PREFIX) && item.length() > 2);
        }
    }
}
