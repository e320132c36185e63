package org.marrow.interop.stats;

import java.util.ArrayList;
import java.util.List;
import org.marrow.clinical.renal.Sex;
import org.marrow.clinical.transfusion.Transfusion;
import org.marrow.interop.table.Cell;
import org.marrow.interop.table.ColumnType;
import org.marrow.interop.table.Labels;
import org.marrow.interop.table.Table;
import org.marrow.study.Drug;
import org.marrow.study.MutationRecord;
import org.marrow.study.RecordType;
import org.marrow.study.SomaticMutation;
import org.marrow.study.StudyDataset;

/**
 * The source data as the statistics packages' tables: one per kind of record, its columns the record's fields
 * (the data set's column names, docs/dataset-format.md), typed, labelled and coded. A new kind of record is
 * added here, in {@link #of(StudyDataset, RecordType)}'s switch, and nowhere else.
 */
final class SourceTables {
    private final Labels labels;

    SourceTables(Labels labels) {
        this.labels = labels;
    }

    /** The tables of the kinds the data set has, in canonical order. */
    List<Table> of(StudyDataset dataset) {
        List<Table> tables = new ArrayList<>();
        for (RecordType type : dataset.recordTypes()) {
            tables.add(of(dataset, type));
        }
        return tables;
    }

    Table of(StudyDataset dataset, RecordType type) {
        String name = type.name().toLowerCase(java.util.Locale.ROOT);
        String label = labels.text("interop.table." + name);
        List<List<Cell>> rows = new ArrayList<>();
        return switch (type) {
            case SUBJECTS -> {
                dataset.subjects()
                        .forEach(s -> rows.add(List.of(
                                Cell.text(s.subjectId()),
                                Cell.text(s.site()),
                                Cell.text(s.arm()),
                                Cell.text(s.sex() == Sex.MALE ? "M" : "F"),
                                Cell.date(s.birthDate()),
                                Cell.decimal(s.weightKg()),
                                Cell.decimal(s.heightCm()),
                                Cell.date(s.screenedOn()),
                                Cell.date(s.enrolledOn()),
                                Cell.date(s.firstDoseOn()))));
                yield new Table(
                        name,
                        label,
                        List.of(
                                labels.column("subject_id", ColumnType.TEXT),
                                labels.column("site", ColumnType.TEXT),
                                labels.column("arm", ColumnType.TEXT),
                                labels.coded("sex", ColumnType.TEXT, labels.sex()),
                                labels.column("birth_date", ColumnType.DATE),
                                labels.column("weight_kg", ColumnType.DECIMAL),
                                labels.column("height_cm", ColumnType.DECIMAL),
                                labels.column("screened_on", ColumnType.DATE),
                                labels.column("enrolled_on", ColumnType.DATE),
                                labels.column("first_dose_on", ColumnType.DATE)),
                        rows);
            }
            case LABS -> {
                dataset.labs()
                        .forEach(l -> rows.add(List.of(
                                Cell.text(l.subjectId()),
                                Cell.date(l.date()),
                                Cell.text(l.test().code()),
                                Cell.decimal(l.value().amount()),
                                Cell.text(l.unitText()),
                                Cell.decimal(l.lowerLimitOfNormal()),
                                Cell.decimal(l.upperLimitOfNormal()))));
                yield new Table(
                        name,
                        label,
                        List.of(
                                labels.column("subject_id", ColumnType.TEXT),
                                labels.column("date", ColumnType.DATE),
                                labels.coded("test", ColumnType.TEXT, labels.labTests()),
                                labels.column("value", ColumnType.DECIMAL),
                                labels.column("unit", ColumnType.TEXT),
                                labels.column("lln", ColumnType.DECIMAL),
                                labels.column("uln", ColumnType.DECIMAL)),
                        rows);
            }
            case TRANSFUSIONS -> {
                dataset.transfusions().forEach(r -> {
                    Transfusion t = r.transfusion();
                    rows.add(List.of(
                            Cell.text(r.subjectId()),
                            Cell.date(t.date()),
                            Cell.text(t.product().name()),
                            Cell.whole(t.units())));
                });
                yield new Table(
                        name,
                        label,
                        List.of(
                                labels.column("subject_id", ColumnType.TEXT),
                                labels.column("date", ColumnType.DATE),
                                labels.coded("product", ColumnType.TEXT, labels.products()),
                                labels.column("units", ColumnType.INTEGER)),
                        rows);
            }
            case DOSES -> {
                dataset.doses()
                        .forEach(d -> rows.add(List.of(
                                Cell.text(d.subjectId()),
                                Cell.date(d.date()),
                                Cell.text(d.drug().id()),
                                Cell.decimal(d.amount()),
                                Cell.text(d.unit().symbol()))));
                yield new Table(
                        name,
                        label,
                        List.of(
                                labels.column("subject_id", ColumnType.TEXT),
                                labels.column("date", ColumnType.DATE),
                                labels.coded("drug", ColumnType.TEXT, labels.drugs()),
                                labels.column("dose", ColumnType.DECIMAL),
                                labels.column("unit", ColumnType.TEXT)),
                        rows);
            }
            case ADVERSE_EVENTS -> {
                dataset.adverseEvents()
                        .forEach(a -> rows.add(List.of(
                                Cell.text(a.subjectId()),
                                Cell.text(a.term()),
                                Cell.whole(a.grade()),
                                Cell.date(a.startDate()),
                                Cell.date(a.endDate()),
                                Cell.text(a.serious() ? "Y" : "N"),
                                Cell.text(String.join(
                                        ";",
                                        a.relatedTo().stream().map(Drug::id).toList())))));
                yield new Table(
                        name,
                        label,
                        List.of(
                                labels.column("subject_id", ColumnType.TEXT),
                                labels.column("term", ColumnType.TEXT),
                                labels.coded("grade", ColumnType.INTEGER, labels.grades()),
                                labels.column("start_date", ColumnType.DATE),
                                labels.column("end_date", ColumnType.DATE),
                                labels.coded("serious", ColumnType.TEXT, labels.yesNo()),
                                labels.column("related_to", ColumnType.TEXT)),
                        rows);
            }
            case EVENTS -> {
                dataset.events()
                        .forEach(e -> rows.add(List.of(
                                Cell.text(e.subjectId()),
                                Cell.date(e.date()),
                                Cell.text(e.type().name()),
                                Cell.text(e.note()))));
                yield new Table(
                        name,
                        label,
                        List.of(
                                labels.column("subject_id", ColumnType.TEXT),
                                labels.column("date", ColumnType.DATE),
                                labels.coded("type", ColumnType.TEXT, labels.eventTypes()),
                                labels.column("note", ColumnType.TEXT)),
                        rows);
            }
            case SCREENING_HISTORY -> {
                dataset.screeningHistory()
                        .forEach(h -> rows.add(List.of(
                                Cell.text(h.subjectId()),
                                Cell.text(h.item()),
                                Cell.text(h.value()),
                                Cell.date(h.date()),
                                Cell.text(h.note()))));
                yield new Table(
                        name,
                        label,
                        List.of(
                                labels.column("subject_id", ColumnType.TEXT),
                                labels.column("item", ColumnType.TEXT),
                                labels.column("value", ColumnType.TEXT),
                                labels.column("date", ColumnType.DATE),
                                labels.column("note", ColumnType.TEXT)),
                        rows);
            }
            case MUTATIONS -> {
                dataset.mutations()
                        .forEach(m -> rows.add(List.of(
                                Cell.text(m.subjectId()),
                                Cell.date(m.date()),
                                Cell.text(
                                        m.mutation().map(SomaticMutation::gene).orElse(MutationRecord.NONE_DETECTED)),
                                Cell.text(m.mutation()
                                        .map(SomaticMutation::variant)
                                        .orElse("")),
                                Cell.decimal(m.mutation().map(SomaticMutation::vafPercent)))));
                yield new Table(
                        name,
                        label,
                        List.of(
                                labels.column("subject_id", ColumnType.TEXT),
                                labels.column("date", ColumnType.DATE),
                                labels.column("gene", ColumnType.TEXT),
                                labels.column("variant", ColumnType.TEXT),
                                labels.column("vaf_percent", ColumnType.DECIMAL)),
                        rows);
            }
        };
    }
}
