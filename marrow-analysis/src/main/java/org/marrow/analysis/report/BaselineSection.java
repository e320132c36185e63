package org.marrow.analysis.report;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import org.marrow.analysis.endpoint.AnalysisPlan;
import org.marrow.analysis.endpoint.Group;
import org.marrow.analysis.endpoint.SeverityGroup;
import org.marrow.analysis.endpoint.StudyEndpoints;
import org.marrow.analysis.endpoint.SubjectEndpoints;
import org.marrow.analysis.table.Formats;
import org.marrow.analysis.table.Row;
import org.marrow.analysis.table.StatTest;
import org.marrow.analysis.table.Table;
import org.marrow.clinical.quantity.LabTest;
import org.marrow.clinical.renal.Sex;

/**
 * "Baseline characteristics": Table 1, all patients and each compared group, with the plan's tests
 * (document 001's baseline table with P values). The tests run in the endpoints ({@link
 * StudyEndpoints#compareContinuous}, {@link StudyEndpoints#compareCategorical}); this section formats.
 */
final class BaselineSection {
    private BaselineSection() {}

    /** A column of the table: all patients, or one compared group. */
    private record Column(String header, List<SubjectEndpoints> subjects) {}

    static void add(Report.Builder b, StudyEndpoints e) {
        b.section("Baseline characteristics");
        b.table(table(e));
    }

    private static Table table(StudyEndpoints e) {
        AnalysisPlan plan = e.plan();
        List<Group> groups = e.comparedGroups();
        List<Column> columns = new ArrayList<>();
        columns.add(new Column("All patients (n=" + e.subjects().size() + ")", e.subjects()));
        for (Group g : groups) {
            List<SubjectEndpoints> of = e.subjects(g);
            columns.add(new Column(g.label() + " (n=" + of.size() + ")", of));
        }
        boolean test = groups.size() >= 2;
        List<String> header = new ArrayList<>();
        header.add("Characteristic");
        columns.forEach(c -> header.add(c.header()));
        if (test) {
            header.add("P value");
        }
        List<Row> rows = new ArrayList<>();
        rows.add(continuous(e, "Age, years, median (range)", columns, s -> s.age(), 0, test));
        rows.add(Row.section("Sex, no. (%)"));
        categorical(
                e,
                rows,
                columns,
                List.of(Sex.MALE, Sex.FEMALE),
                List.of("Male", "Female"),
                s -> s.sex() == Sex.MALE ? Sex.MALE : Sex.FEMALE,
                test);
        if (plan.grouping() != AnalysisPlan.Grouping.SEVERITY) {
            rows.add(Row.section("Severity, no. (%)"));
            List<SeverityGroup> present = List.of(SeverityGroup.values()).stream()
                    .filter(sev -> e.subjects().stream().anyMatch(s -> s.severityGroup() == sev))
                    .toList();
            categorical(
                    e,
                    rows,
                    columns,
                    present,
                    present.stream().map(SeverityGroup::label).toList(),
                    SubjectEndpoints::severityGroup,
                    test);
        }
        rows.add(Row.section("Blood counts at baseline, median (range)"));
        rows.add(continuous(e, "Reticulocytes, x10^9/L", columns, count(LabTest.RETI), 1, test));
        rows.add(continuous(e, "Neutrophils, x10^9/L", columns, count(LabTest.NEUT), 2, test));
        rows.add(continuous(e, "Platelets, x10^9/L", columns, count(LabTest.PLAT), 1, test));
        rows.add(continuous(e, "Haemoglobin, g/L", columns, count(LabTest.HGB), 0, test));
        return new Table(
                "baseline",
                "Table 1. Clinical characteristics at baseline",
                header,
                rows,
                List.of("Baseline: the latest values on or before the first dose, at most "
                        + e.protocol().response().baselineMaxAgeDays() + " days old; severity by document 000's "
                        + "modified Camitta criteria on day 1."));
    }

    private static ToDoubleFunction<SubjectEndpoints> count(LabTest test) {
        return s -> s.baseline(test).orElse(Double.NaN);
    }

    private static Row continuous(
            StudyEndpoints e,
            String label,
            List<Column> columns,
            ToDoubleFunction<SubjectEndpoints> f,
            int decimals,
            boolean test) {
        List<String> cells = new ArrayList<>();
        cells.add(label);
        for (Column c : columns) {
            cells.add(Formats.medianRange(c.subjects().stream().mapToDouble(f).toArray(), decimals));
        }
        if (!test) {
            return new Row(cells, Row.Style.INDENTED, null);
        }
        cells.add(Formats.pValue(e.compareContinuous(f)));
        return new Row(cells, Row.Style.INDENTED, null).testedBy(StatTest.MANN_WHITNEY);
    }

    private static <T> void categorical(
            StudyEndpoints e,
            List<Row> rows,
            List<Column> columns,
            List<T> levels,
            List<String> labels,
            Function<SubjectEndpoints, T> f,
            boolean test) {
        StatTest categoricalTest = e.plan().categoricalTest();
        for (int i = 0; i < levels.size(); i++) {
            T level = levels.get(i);
            List<String> cells = new ArrayList<>();
            cells.add(labels.get(i));
            for (Column c : columns) {
                int k = (int) c.subjects().stream()
                        .filter(s -> f.apply(s).equals(level))
                        .count();
                cells.add(Formats.countPercent(k, c.subjects().size(), 1));
            }
            boolean first = test && i == 0 && levels.size() >= 2;
            if (test) {
                cells.add(first ? Formats.pValue(e.compareCategorical(f, levels)) : "");
            }
            Row row = new Row(cells, Row.Style.INDENTED, null);
            rows.add(first ? row.testedBy(categoricalTest) : row);
        }
    }
}
