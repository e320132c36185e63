package org.marrow.analysis.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.marrow.analysis.endpoint.BaselineCharacteristic;
import org.marrow.analysis.endpoint.CompleterResults;
import org.marrow.analysis.endpoint.EnrolmentSeverity;
import org.marrow.analysis.endpoint.Group;
import org.marrow.analysis.endpoint.StudyEndpoints;
import org.marrow.analysis.table.Formats;
import org.marrow.analysis.table.Row;
import org.marrow.analysis.table.Table;

/**
 * "Baseline characteristics": Table 1, all patients and each compared group, with the plan's tests
 * (document 001's baseline table with P values) and, when the plan asks, standardized differences; and
 * the severity at enrolment with NSAA split by transfusion dependence (document 003) when a patient is
 * NSAA. The numbers come from {@link org.marrow.analysis.endpoint.BaselineTable} (also in {@code
 * results.json}); this section formats.
 */
final class BaselineSection {
    private BaselineSection() {}

    static void add(Report.Builder b, StudyEndpoints e, StudyResults results) {
        b.section("Baseline characteristics");
        b.table(table(e, results.baseline()));
        Map<EnrolmentSeverity, Integer> severity = results.severityAtEnrolment();
        if (severity.get(EnrolmentSeverity.TD_NSAA)
                        + severity.get(EnrolmentSeverity.NTD_NSAA)
                        + severity.get(EnrolmentSeverity.NSAA)
                > 0) {
            b.table(severityTable(e, results));
        }
    }

    private static Table table(StudyEndpoints e, List<BaselineCharacteristic> characteristics) {
        List<Group> groups = e.comparedGroups();
        boolean test = groups.size() >= 2;
        boolean smd = e.plan().standardizedDifferences() && groups.size() == 2;
        List<String> header = new ArrayList<>();
        header.add("Characteristic");
        header.add("All patients (n=" + e.subjects().size() + ")");
        for (Group g : groups) {
            header.add(g.label() + " (n=" + e.subjects(g).size() + ")");
        }
        if (test) {
            header.add("P value");
        }
        if (smd) {
            header.add("SMD");
        }
        List<Row> rows = new ArrayList<>();
        String section = "";
        for (BaselineCharacteristic c : characteristics) {
            if (!c.section().isEmpty() && !c.section().equals(section)) {
                rows.add(Row.section(c.section()));
            }
            section = c.section();
            List<String> cells = new ArrayList<>();
            cells.add(c.label());
            for (BaselineCharacteristic.Cell cell : c.cells()) {
                cells.add(
                        c.categorical()
                                ? Formats.countPercent(cell.count(), cell.n(), 1)
                                : medianRange(cell, c.decimals()));
            }
            if (test) {
                cells.add(c.test() == null ? "" : Formats.pValue(c.pValue()));
            }
            if (smd) {
                cells.add(
                        Double.isNaN(c.standardizedDifference()) ? "" : Formats.number(c.standardizedDifference(), 2));
            }
            Row row = new Row(cells, Row.Style.INDENTED, null);
            rows.add(c.test() == null ? row : row.testedBy(c.test()));
        }
        List<String> notes = new ArrayList<>();
        notes.add("Baseline: the latest values on or before the first dose, at most "
                + e.protocol().response().baselineMaxAgeDays() + " days old; severity by document 000's "
                + "modified Camitta criteria on day 1.");
        if (!e.plan().analyses().baseline().isEmpty()) {
            notes.add("Other laboratory values: the latest on or before day 1, at most "
                    + org.marrow.analysis.endpoint.BaselineTable.LAB_MAX_AGE_DAYS + " days old; karyotype (ISCN) "
                    + "normal or with a clonal abnormality; somatic mutation: the latest test on or before day 1; "
                    + "not recorded: left out of the test.");
        }
        if (smd) {
            notes.add("SMD: standardized difference, " + groups.get(0).label() + " vs "
                    + groups.get(1).label()
                    + " (Austin 2009): difference of means over the pooled standard deviation, or of proportions.");
        }
        return new Table("baseline", "Table 1. Clinical characteristics at baseline", header, rows, notes);
    }

    private static String medianRange(BaselineCharacteristic.Cell cell, int decimals) {
        if (cell.known() == 0) {
            return "NA";
        }
        return Formats.number(cell.median(), decimals) + " (" + Formats.number(cell.min(), decimals) + Formats.DASH
                + Formats.number(cell.max(), decimals) + ")";
    }

    private static Table severityTable(StudyEndpoints e, StudyResults results) {
        List<String> header = new ArrayList<>(
                List.of("Severity at enrolment", "Treated (n=" + e.subjects().size() + ")"));
        Optional<CompleterResults> completers = Optional.ofNullable(results.completers());
        completers.ifPresent(c -> header.add("Completed " + c.timepoint() + " (n=" + c.n() + ")"));
        List<Row> rows = new ArrayList<>();
        for (EnrolmentSeverity s : EnrolmentSeverity.values()) {
            int all = results.severityAtEnrolment().get(s);
            int done = completers.map(c -> c.severity().get(s)).orElse(0);
            if (all == 0) {
                continue;
            }
            List<String> cells = new ArrayList<>(
                    List.of(s.label(), Formats.countPercent(all, e.subjects().size(), 1)));
            completers.ifPresent(c -> cells.add(Formats.countPercent(done, c.n(), 1)));
            rows.add(new Row(cells, Row.Style.DATA, null));
        }
        return new Table(
                "severity-at-enrolment",
                "Table 1b. Severity at enrolment",
                header,
                rows,
                List.of("Severity on day 1 by document 000's modified Camitta criteria; NSAA split by transfusion "
                        + "dependence (at least one red cell or platelet transfusion in the 8 weeks before; document "
                        + "003). NSAA alone: transfusion dependence unknown."));
    }
}
