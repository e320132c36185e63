package org.marrow.study;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.marrow.clinical.renal.Sex;
import org.marrow.clinical.transfusion.Transfusion;
import org.marrow.study.validation.Entry;

/**
 * The fields of a source record as text, in the spelling of the data set files and the API
 * (docs/dataset-format.md): the inverse of the study validation's {@code RecordReader}, so that a record
 * written by these and read back is the same record. Dates are {@code YYYY-MM-DD}; numbers keep their digits
 * ({@code 9.50}); units keep their spelling; sex is {@code M} or {@code F} and seriousness {@code Y} or {@code N}
 * (CDISC SEX and AESER); related drugs are joined by {@code ;}; an empty optional field is empty text.
 */
public final class RecordEntries {
    private RecordEntries() {}

    /**
     * A subject's fields.
     *
     * @param s the subject
     * @return its entry
     */
    public static Entry of(Subject s) {
        Map<RecordField, String> text = new EnumMap<>(RecordField.class);
        text.put(RecordField.SUBJECT_ID, s.subjectId());
        text.put(RecordField.SITE, s.site());
        text.put(RecordField.ARM, s.arm().orElse(""));
        text.put(RecordField.SEX, s.sex() == Sex.MALE ? "M" : "F");
        text.put(RecordField.BIRTH_DATE, s.birthDate().toString());
        text.put(RecordField.WEIGHT_KG, plain(s.weightKg()));
        text.put(RecordField.HEIGHT_CM, plain(s.heightCm()));
        text.put(RecordField.SCREENED_ON, date(s.screenedOn()));
        text.put(RecordField.ENROLLED_ON, date(s.enrolledOn()));
        text.put(RecordField.FIRST_DOSE_ON, date(s.firstDoseOn()));
        return entry(text);
    }

    /**
     * A lab record's fields.
     *
     * @param l the record
     * @return its entry
     */
    public static Entry of(LabRecord l) {
        Map<RecordField, String> text = new EnumMap<>(RecordField.class);
        text.put(RecordField.SUBJECT_ID, l.subjectId());
        text.put(RecordField.DATE, l.date().toString());
        text.put(RecordField.TEST, l.test().code());
        text.put(RecordField.VALUE, plain(l.value().amount()));
        text.put(RecordField.UNIT, l.unitText());
        text.put(
                RecordField.LLN,
                l.lowerLimitOfNormal().map(RecordEntries::plain).orElse(""));
        text.put(
                RecordField.ULN,
                l.upperLimitOfNormal().map(RecordEntries::plain).orElse(""));
        return entry(text);
    }

    /**
     * A transfusion's fields.
     *
     * @param r the record
     * @return its entry
     */
    public static Entry of(TransfusionRecord r) {
        Transfusion t = r.transfusion();
        Map<RecordField, String> text = new EnumMap<>(RecordField.class);
        text.put(RecordField.SUBJECT_ID, r.subjectId());
        text.put(RecordField.DATE, t.date().toString());
        text.put(RecordField.PRODUCT, t.product().name());
        text.put(RecordField.UNITS, Integer.toString(t.units()));
        return entry(text);
    }

    /**
     * A dose's fields.
     *
     * @param d the dose
     * @return its entry
     */
    public static Entry of(Dose d) {
        Map<RecordField, String> text = new EnumMap<>(RecordField.class);
        text.put(RecordField.SUBJECT_ID, d.subjectId());
        text.put(RecordField.DATE, d.date().toString());
        text.put(RecordField.DRUG, d.drug().id());
        text.put(RecordField.DOSE, plain(d.amount()));
        text.put(RecordField.UNIT, d.unit().symbol());
        return entry(text);
    }

    /**
     * An adverse event's fields.
     *
     * @param a the event
     * @return its entry
     */
    public static Entry of(AdverseEvent a) {
        Map<RecordField, String> text = new EnumMap<>(RecordField.class);
        text.put(RecordField.SUBJECT_ID, a.subjectId());
        text.put(RecordField.TERM, a.term());
        text.put(RecordField.GRADE, Integer.toString(a.grade()));
        text.put(RecordField.START_DATE, a.startDate().toString());
        text.put(RecordField.END_DATE, date(a.endDate()));
        text.put(RecordField.SERIOUS, a.serious() ? "Y" : "N");
        text.put(
                RecordField.RELATED_TO,
                String.join(";", a.relatedTo().stream().map(Drug::id).toList()));
        return entry(text);
    }

    /**
     * A study event's fields.
     *
     * @param e the event
     * @return its entry
     */
    public static Entry of(StudyEvent e) {
        Map<RecordField, String> text = new EnumMap<>(RecordField.class);
        text.put(RecordField.SUBJECT_ID, e.subjectId());
        text.put(RecordField.DATE, e.date().toString());
        text.put(RecordField.TYPE, e.type().name());
        text.put(RecordField.NOTE, e.note());
        return entry(text);
    }

    /**
     * A screening history entry's fields.
     *
     * @param h the entry
     * @return its entry
     */
    public static Entry of(HistoryEntry h) {
        Map<RecordField, String> text = new EnumMap<>(RecordField.class);
        text.put(RecordField.SUBJECT_ID, h.subjectId());
        text.put(RecordField.ITEM, h.item());
        text.put(RecordField.VALUE, h.value());
        text.put(RecordField.DATE, date(h.date()));
        text.put(RecordField.NOTE, h.note());
        return entry(text);
    }

    /**
     * A somatic mutation result's fields: the gene {@value MutationRecord#NONE_DETECTED} with empty variant
     * and VAF when none was detected.
     *
     * @param m the result
     * @return its entry
     */
    public static Entry of(MutationRecord m) {
        Map<RecordField, String> text = new EnumMap<>(RecordField.class);
        text.put(RecordField.SUBJECT_ID, m.subjectId());
        text.put(RecordField.DATE, m.date().toString());
        text.put(RecordField.GENE, m.mutation().map(SomaticMutation::gene).orElse(MutationRecord.NONE_DETECTED));
        text.put(RecordField.VARIANT, m.mutation().map(SomaticMutation::variant).orElse(""));
        text.put(
                RecordField.VAF_PERCENT,
                m.mutation().map(x -> plain(x.vafPercent())).orElse(""));
        return entry(text);
    }

    /**
     * The entries of every record of one kind of a data set, in the data set's order.
     *
     * @param dataset the data set
     * @param type the kind
     * @return the entries
     */
    public static List<Entry> of(StudyDataset dataset, RecordType type) {
        return of(dataset, type, 0, Integer.MAX_VALUE);
    }

    /**
     * The entries of a run of records of one kind of a data set, in the data set's order.
     *
     * @param dataset the data set
     * @param type the kind
     * @param from the first record (0-based, inclusive)
     * @param to the record after the last (exclusive; capped at the number of records)
     * @return the entries
     * @throws IndexOutOfBoundsException if {@code from} is negative or beyond the records
     */
    public static List<Entry> of(StudyDataset dataset, RecordType type, int from, int to) {
        return switch (type) {
            case SUBJECTS ->
                part(dataset.subjects(), from, to).stream()
                        .map(RecordEntries::of)
                        .toList();
            case LABS ->
                part(dataset.labs(), from, to).stream().map(RecordEntries::of).toList();
            case TRANSFUSIONS ->
                part(dataset.transfusions(), from, to).stream()
                        .map(RecordEntries::of)
                        .toList();
            case DOSES ->
                part(dataset.doses(), from, to).stream().map(RecordEntries::of).toList();
            case ADVERSE_EVENTS ->
                part(dataset.adverseEvents(), from, to).stream()
                        .map(RecordEntries::of)
                        .toList();
            case EVENTS ->
                part(dataset.events(), from, to).stream().map(RecordEntries::of).toList();
            case SCREENING_HISTORY ->
                part(dataset.screeningHistory(), from, to).stream()
                        .map(RecordEntries::of)
                        .toList();
            case MUTATIONS ->
                part(dataset.mutations(), from, to).stream()
                        .map(RecordEntries::of)
                        .toList();
        };
    }

    private static <T> List<T> part(List<T> rows, int from, int to) {
        return rows.subList(from, Math.min(to, rows.size()));
    }

    private static Entry entry(Map<RecordField, String> text) {
        return field -> text.getOrDefault(field, "");
    }

    private static String plain(BigDecimal value) {
        return value.toPlainString();
    }

    private static String date(Optional<LocalDate> date) {
        return date.map(LocalDate::toString).orElse("");
    }
}
