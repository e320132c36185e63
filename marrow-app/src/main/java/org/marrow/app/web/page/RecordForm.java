package org.marrow.app.web.page;

import java.util.ArrayList;
import java.util.List;
import org.marrow.app.record.RecordKind;
import org.marrow.clinical.quantity.LabTest;
import org.marrow.clinical.quantity.Unit;
import org.marrow.clinical.transfusion.BloodProduct;
import org.marrow.study.DoseUnit;
import org.marrow.study.Drug;
import org.marrow.study.EventType;

/**
 * The data-entry form of each kind of source record: its fields in the order of the data set file
 * (docs/dataset-format.md), each with its input type, choices and unit. The rules that check the
 * values are the services'; the form only offers what they accept.
 */
public final class RecordForm {
    private RecordForm() {}

    /** An input's type. */
    public enum Type {
        DATE,
        NUMBER,
        INTEGER,
        TEXT,
        SELECT,
        CHECKBOX,
        TEXTAREA
    }

    /**
     * A form field.
     *
     * @param name the field name, as the service names it in a refusal
     * @param type the input type
     * @param required whether the service requires it
     * @param options the choices of a select
     * @param unit the unit shown after a value (a message key when it starts with {@code unit.}), or the
     *     name of the select that holds the unit (starting with {@code @})
     * @param step the step of a number input
     */
    public record Field(String name, Type type, boolean required, List<String> options, String unit, String step) {
        /** Copies the options. */
        public Field {
            options = List.copyOf(options);
        }

        /**
         * Whether the unit is chosen in a select of the form.
         *
         * @return true when the unit names a select
         */
        public boolean unitSelect() {
            return unit != null && unit.startsWith("@");
        }

        /**
         * The select holding the unit.
         *
         * @return its field name
         */
        public String unitField() {
            return unit.substring(1);
        }
    }

    static Field date(String name, boolean required) {
        return new Field(name, Type.DATE, required, List.of(), null, null);
    }

    static Field select(String name, List<String> options, boolean required) {
        return new Field(name, Type.SELECT, required, options, null, null);
    }

    static Field number(String name, String unit, boolean required) {
        return new Field(name, Type.NUMBER, required, List.of(), unit, "any");
    }

    static Field text(String name, boolean required) {
        return new Field(name, Type.TEXT, required, List.of(), null, null);
    }

    /** Every lab unit, by its symbol. */
    static List<String> labUnits() {
        List<String> units = new ArrayList<>();
        for (Unit u : Unit.values()) {
            units.add(u.symbol());
        }
        return units;
    }

    /** The checkbox that confirms a doubtful value (implausible, a likely unit mix-up, out of time). */
    private static final Field ACCEPT_IMPLAUSIBLE =
            new Field("accept_implausible", Type.CHECKBOX, false, List.of(), null, null);

    /**
     * The form of a kind of record: the fields of the data set file, then the checkbox that confirms a
     * doubtful value.
     *
     * @param kind the kind
     * @return its fields, in the order of the data set file
     */
    public static List<Field> fields(RecordKind kind) {
        List<Field> fields = new ArrayList<>(entered(kind));
        fields.add(ACCEPT_IMPLAUSIBLE);
        return List.copyOf(fields);
    }

    private static List<Field> entered(RecordKind kind) {
        return switch (kind) {
            case LABS ->
                List.of(
                        date("date", true),
                        select("test", enumNames(LabTest.values()), true),
                        number("value", "@unit", true),
                        select("unit", labUnits(), true),
                        number("lln", "@unit", false),
                        number("uln", "@unit", false));
            case TRANSFUSIONS ->
                List.of(
                        date("date", true),
                        select("product", enumNames(BloodProduct.values()), true),
                        new Field("units", Type.INTEGER, true, List.of(), "unit.units", "1"));
            case DOSES ->
                List.of(
                        date("date", true),
                        select(
                                "drug",
                                List.of(Drug.values()).stream().map(Drug::id).toList(),
                                true),
                        number("dose", "@unit", true),
                        select(
                                "unit",
                                List.of(DoseUnit.values()).stream()
                                        .map(DoseUnit::symbol)
                                        .toList(),
                                true));
            case ADVERSE_EVENTS ->
                List.of(
                        text("term", true),
                        new Field("grade", Type.SELECT, true, List.of("1", "2", "3", "4", "5"), null, null),
                        date("start_date", true),
                        date("end_date", false),
                        new Field("serious", Type.CHECKBOX, false, List.of(), null, null),
                        text("related_to", false));
            case EVENTS ->
                List.of(date("date", true), select("type", enumNames(EventType.values()), true), text("note", false));
            case HISTORY -> List.of(text("item", true), text("value", true), date("date", false), text("note", false));
            case MUTATIONS ->
                List.of(
                        date("date", true),
                        text("gene", true),
                        text("variant", false),
                        number("vaf_percent", "unit.percent", false));
        };
    }

    /**
     * The fields a record table shows: every field but the entry-only checkbox.
     *
     * @param kind the kind
     * @return the field names
     */
    public static List<String> columns(RecordKind kind) {
        return fields(kind).stream()
                .filter(f -> !f.name().equals("accept_implausible"))
                .map(Field::name)
                .toList();
    }

    private static List<String> enumNames(Enum<?>[] values) {
        return List.of(values).stream().map(Enum::name).toList();
    }
}
