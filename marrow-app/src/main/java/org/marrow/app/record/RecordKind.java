package org.marrow.app.record;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.marrow.clinical.quantity.LabTest;
import org.marrow.clinical.quantity.LabValue;
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
import org.marrow.study.MutationRecord;
import org.marrow.study.RecordField;
import org.marrow.study.SomaticMutation;
import org.marrow.study.StudyEvent;
import org.marrow.study.TransfusionRecord;
import org.marrow.study.validation.Entry;
import org.marrow.study.validation.Problems;
import org.marrow.study.validation.RecordReader;
import org.marrow.study.validation.SubjectContext;

/**
 * The kinds of source record a subject has, one table each, with the fields of the data set format
 * (docs/dataset-format.md) as columns. A record is read from a request by the study validation, the
 * one every entry path uses ({@link RecordReader}), and stored and read back as the study's typed
 * record.
 */
public enum RecordKind {
    /** {@code labs.csv}. */
    LABS("labs", "lab", DatasetFile.LABS) {
        @Override
        Optional<?> read(RecordReader reader, Entry entry, SubjectContext subject, Problems problems) {
            return reader.lab(entry, subject, problems);
        }

        @Override
        List<Object> columnValues(Object record) {
            LabRecord l = (LabRecord) record;
            return Arrays.asList(
                    l.date(),
                    l.test().name(),
                    l.value().amount(),
                    l.unitText(),
                    l.lowerLimitOfNormal().orElse(null),
                    l.upperLimitOfNormal().orElse(null));
        }

        @Override
        Object record(ResultSet rs, String subject) throws SQLException {
            String unit = rs.getString("unit");
            return new LabRecord(
                    subject,
                    date(rs, "date"),
                    LabValue.of(LabTest.fromCode(rs.getString("test")), rs.getBigDecimal("value"), Unit.parse(unit)),
                    unit,
                    Optional.ofNullable(rs.getBigDecimal("lln")),
                    Optional.ofNullable(rs.getBigDecimal("uln")));
        }
    },
    /** {@code transfusions.csv}. */
    TRANSFUSIONS("transfusions", "transfusion", DatasetFile.TRANSFUSIONS) {
        @Override
        Optional<?> read(RecordReader reader, Entry entry, SubjectContext subject, Problems problems) {
            return reader.transfusion(entry, subject, problems);
        }

        @Override
        List<Object> columnValues(Object record) {
            Transfusion t = ((TransfusionRecord) record).transfusion();
            return Arrays.asList(t.date(), t.product().name(), t.units());
        }

        @Override
        Object record(ResultSet rs, String subject) throws SQLException {
            return new TransfusionRecord(
                    subject,
                    new Transfusion(
                            date(rs, "date"), BloodProduct.fromCode(rs.getString("product")), rs.getInt("units")));
        }
    },
    /** {@code doses.csv}. */
    DOSES("doses", "dose", DatasetFile.DOSES) {
        @Override
        Optional<?> read(RecordReader reader, Entry entry, SubjectContext subject, Problems problems) {
            return reader.dose(entry, subject, problems);
        }

        @Override
        List<Object> columnValues(Object record) {
            Dose d = (Dose) record;
            return Arrays.asList(d.date(), d.drug().id(), d.amount(), d.unit().symbol());
        }

        @Override
        Object record(ResultSet rs, String subject) throws SQLException {
            return new Dose(
                    subject,
                    date(rs, "date"),
                    Drug.fromId(rs.getString("drug")),
                    rs.getBigDecimal("dose"),
                    DoseUnit.bySymbol(rs.getString("unit")).orElseThrow());
        }
    },
    /** {@code adverse_events.csv}. */
    ADVERSE_EVENTS("adverse-events", "adverse_event", DatasetFile.ADVERSE_EVENTS) {
        @Override
        Optional<?> read(RecordReader reader, Entry entry, SubjectContext subject, Problems problems) {
            return reader.adverseEvent(entry, subject, problems);
        }

        @Override
        List<Object> columnValues(Object record) {
            AdverseEvent a = (AdverseEvent) record;
            return Arrays.asList(
                    a.term(),
                    a.grade(),
                    a.startDate(),
                    a.endDate().orElse(null),
                    a.serious(),
                    String.join(";", a.relatedTo().stream().map(Drug::id).toList()));
        }

        @Override
        Object record(ResultSet rs, String subject) throws SQLException {
            String related = rs.getString("related_to");
            return new AdverseEvent(
                    subject,
                    rs.getString("term"),
                    rs.getInt("grade"),
                    date(rs, "start_date"),
                    Optional.ofNullable(date(rs, "end_date")),
                    rs.getBoolean("serious"),
                    related.isEmpty()
                            ? List.of()
                            : Arrays.stream(related.split(";"))
                                    .map(Drug::fromId)
                                    .toList());
        }
    },
    /** {@code events.csv}. */
    EVENTS("events", "study_event", DatasetFile.EVENTS) {
        @Override
        Optional<?> read(RecordReader reader, Entry entry, SubjectContext subject, Problems problems) {
            return reader.event(entry, subject, problems);
        }

        @Override
        List<Object> columnValues(Object record) {
            StudyEvent e = (StudyEvent) record;
            return Arrays.asList(e.date(), e.type().name(), e.note());
        }

        @Override
        Object record(ResultSet rs, String subject) throws SQLException {
            return new StudyEvent(
                    subject,
                    date(rs, "date"),
                    EventType.byName(rs.getString("type")).orElseThrow(),
                    rs.getString("note"));
        }
    },
    /** {@code screening_history.csv}. */
    HISTORY("history", "screening_history", DatasetFile.SCREENING_HISTORY) {
        @Override
        Optional<?> read(RecordReader reader, Entry entry, SubjectContext subject, Problems problems) {
            return reader.historyEntry(entry, subject, problems);
        }

        @Override
        List<Object> columnValues(Object record) {
            HistoryEntry h = (HistoryEntry) record;
            return Arrays.asList(h.item(), h.value(), h.date().orElse(null), h.note());
        }

        @Override
        Object record(ResultSet rs, String subject) throws SQLException {
            return new HistoryEntry(
                    subject,
                    rs.getString("item"),
                    rs.getString("value"),
                    Optional.ofNullable(date(rs, "date")),
                    rs.getString("note"));
        }
    },
    /** {@code mutations.csv}. */
    MUTATIONS("mutations", "somatic_mutation", DatasetFile.MUTATIONS) {
        @Override
        Optional<?> read(RecordReader reader, Entry entry, SubjectContext subject, Problems problems) {
            return reader.mutation(entry, subject, problems);
        }

        @Override
        List<Object> columnValues(Object record) {
            MutationRecord m = (MutationRecord) record;
            return Arrays.asList(
                    m.date(),
                    m.mutation().map(SomaticMutation::gene).orElse(MutationRecord.NONE_DETECTED),
                    m.mutation().map(SomaticMutation::variant).orElse(null),
                    m.mutation().map(SomaticMutation::vafPercent).orElse(null));
        }

        @Override
        Object record(ResultSet rs, String subject) throws SQLException {
            String gene = rs.getString("gene");
            return new MutationRecord(
                    subject,
                    date(rs, "date"),
                    gene.equals(MutationRecord.NONE_DETECTED)
                            ? Optional.empty()
                            : Optional.of(new SomaticMutation(
                                    gene, rs.getString("variant"), rs.getBigDecimal("vaf_percent"))));
        }
    };

    private final String path;
    private final String table;
    private final DatasetFile file;
    private final List<String> columns;

    RecordKind(String path, String table, DatasetFile file) {
        this.path = path;
        this.table = table;
        this.file = file;
        this.columns = file.recordType().fields().stream()
                .filter(f -> f != RecordField.SUBJECT_ID)
                .map(RecordField::fieldName)
                .toList();
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

    /** The table's columns of the record's fields, in the data set's order (the subject aside). */
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
    public static Optional<RecordKind> byTable(String table) {
        for (RecordKind k : values()) {
            if (k.table.equals(table)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }

    /**
     * Every field a request body of this kind may hold, and no other (a field not listed is refused): the
     * columns, {@code accept_implausible} (which confirms a doubtful value), then {@code reason} and, for an
     * edit, {@code version}. The OpenAPI document lists the same names.
     *
     * @param edit whether the body is an edit (PUT) rather than an entry (POST)
     * @param withReason whether the body may carry its own reason (not a visit's lab: the visit has one)
     * @return the field names, in order
     */
    public List<String> requestFields(boolean edit, boolean withReason) {
        List<String> fields = new java.util.ArrayList<>(columns);
        fields.add(ACCEPT_IMPLAUSIBLE);
        if (withReason) {
            fields.add("reason");
        }
        if (edit) {
            fields.add("version");
        }
        return List.copyOf(fields);
    }

    /** The field with which a doubtful value (implausible, a likely unit mix-up) is confirmed. */
    static final String ACCEPT_IMPLAUSIBLE = "accept_implausible";

    /** Reads and checks a record of this kind; empty if a problem refuses it. */
    abstract Optional<?> read(RecordReader reader, Entry entry, SubjectContext subject, Problems problems);

    /** The values of a record of this kind for {@link #columns()}, in order. */
    abstract List<Object> columnValues(Object record);

    /** The record of a row of the table. */
    abstract Object record(ResultSet rs, String subject) throws SQLException;

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
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
}
