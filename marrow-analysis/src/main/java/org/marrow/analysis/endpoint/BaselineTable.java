package org.marrow.analysis.endpoint;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import org.marrow.analysis.table.StatTest;
import org.marrow.clinical.finding.Outcome;
import org.marrow.clinical.karyotype.Karyotype;
import org.marrow.clinical.karyotype.UnreadableKaryotypeException;
import org.marrow.clinical.labs.LabResult;
import org.marrow.clinical.labs.Threshold;
import org.marrow.clinical.quantity.LabTest;
import org.marrow.clinical.renal.Sex;
import org.marrow.protocol.design.BaselineRow;
import org.marrow.stats.matching.StandardizedDifference;
import org.marrow.study.HistoryEntry;
import org.marrow.study.HistoryItem;
import org.marrow.study.MutationRecord;
import org.marrow.study.SubjectRecords;

/**
 * Table 1, baseline characteristics, as numbers: age, sex, severity (when groups are arms) and the
 * blood counts for every study, then the rows the protocol adds ({@code design.analysis.baseline}): lab
 * values, a lab value's positivity (PNH clone), the karyotype, a somatic mutation and the interval from
 * onset to treatment (document 000's Table 1, l.249-304; document 001's, l.116-138). Continuous rows are
 * compared by the plan's continuous test (Mann-Whitney), categorical ones by the row's test or the plan's
 * categorical test; standardized differences when the plan asks for them (matched controls).
 *
 * <p>Values at baseline: a lab value is the latest on or before day 1 and at most {@value
 * #LAB_MAX_AGE_DAYS} days old; the karyotype is the latest {@code karyotype} screening history entry on
 * or before day 1 (or undated), normal when ISCN shows no clonal abnormality (any, del(20q), +8 and -Y
 * included); a somatic mutation is "yes" when the latest mutation test on or before day 1 found one, "no"
 * when it found none; the interval runs from {@code aa_onset_on} to day 1 in completed months. A
 * patient without the value (or with an unreadable karyotype) is "not recorded", shown as its own row
 * and left out of the test; a characteristic nobody has a value of shows only that row.
 */
public final class BaselineTable {
    /** The oldest lab value (days before day 1) a baseline row uses. */
    public static final int LAB_MAX_AGE_DAYS = 90;

    private static final String NOT_RECORDED = "Not recorded";

    private BaselineTable() {}

    /**
     * Table 1 of a study.
     *
     * @param e the endpoints
     * @return the rows, in table order
     * @throws IllegalArgumentException if e is null
     */
    public static List<BaselineCharacteristic> of(StudyEndpoints e) {
        if (e == null) {
            throw new IllegalArgumentException("Endpoints must not be null");
        }
        Builder b = new Builder(e);
        b.continuous("", "Age, years, median (range)", 0, s -> s.age());
        b.categorical(
                "Sex, no. (%)",
                List.of(Sex.MALE, Sex.FEMALE),
                List.of("Male", "Female"),
                s -> s.sex() == Sex.MALE ? Sex.MALE : Sex.FEMALE,
                e.plan().categoricalTest(),
                false);
        if (e.plan().grouping() != AnalysisPlan.Grouping.SEVERITY) {
            List<SeverityGroup> present = Arrays.stream(SeverityGroup.values())
                    .filter(sev -> e.subjects().stream().anyMatch(s -> s.severityGroup() == sev))
                    .toList();
            b.categorical(
                    "Severity, no. (%)",
                    present,
                    present.stream().map(SeverityGroup::label).toList(),
                    SubjectEndpoints::severityGroup,
                    e.plan().categoricalTest(),
                    false);
        }
        String counts = "Blood counts at baseline, median (range)";
        b.continuous(counts, "Reticulocytes, x10^9/L", 1, count(LabTest.RETI));
        b.continuous(counts, "Neutrophils, x10^9/L", 2, count(LabTest.NEUT));
        b.continuous(counts, "Platelets, x10^9/L", 1, count(LabTest.PLAT));
        b.continuous(counts, "Haemoglobin, g/L", 0, count(LabTest.HGB));
        for (BaselineRow row : e.plan().analyses().baseline()) {
            b.row(row);
        }
        return b.rows;
    }

    private static ToDoubleFunction<SubjectEndpoints> count(LabTest test) {
        return s -> s.baseline(test).orElse(Double.NaN);
    }

    /** The rows under construction. */
    private static final class Builder {
        private final StudyEndpoints e;
        private final List<Column> columns = new ArrayList<>();
        private final boolean tested;
        private final boolean smd;
        final List<BaselineCharacteristic> rows = new ArrayList<>();

        Builder(StudyEndpoints e) {
            this.e = e;
            columns.add(new Column(Group.ALL, e.subjects()));
            for (Group g : e.comparedGroups()) {
                columns.add(new Column(g, e.subjects(g)));
            }
            this.tested = e.comparedGroups().size() >= 2;
            this.smd = e.plan().standardizedDifferences() && e.comparedGroups().size() == 2;
        }

        void continuous(String section, String label, int decimals, ToDoubleFunction<SubjectEndpoints> value) {
            List<BaselineCharacteristic.Cell> cells = new ArrayList<>();
            for (Column c : columns) {
                double[] v = c.subjects.stream()
                        .mapToDouble(value)
                        .filter(x -> !Double.isNaN(x))
                        .sorted()
                        .toArray();
                int n = v.length;
                cells.add(new BaselineCharacteristic.Cell(
                        c.group,
                        c.subjects.size(),
                        n,
                        0,
                        n == 0 ? Double.NaN : n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2,
                        n == 0 ? Double.NaN : v[0],
                        n == 0 ? Double.NaN : v[n - 1]));
            }
            double d = Double.NaN;
            if (smd) {
                d = StandardizedDifference.continuous(known(1, value), known(2, value));
            }
            rows.add(new BaselineCharacteristic(
                    section,
                    label,
                    false,
                    decimals,
                    cells,
                    tested ? e.plan().continuousTest() : null,
                    tested ? e.compareContinuous(value) : Double.NaN,
                    d));
        }

        private double[] known(int column, ToDoubleFunction<SubjectEndpoints> value) {
            return columns.get(column).subjects.stream()
                    .mapToDouble(value)
                    .filter(x -> !Double.isNaN(x))
                    .toArray();
        }

        /**
         * A categorical characteristic, one row per level; subjects whose level is null are not recorded
         * (a row of their own when {@code showUnknown} and any column has one).
         */
        <T> void categorical(
                String section,
                List<T> levels,
                List<String> labels,
                Function<SubjectEndpoints, T> level,
                StatTest test,
                boolean showUnknown) {
            double p = tested && levels.size() >= 2 ? e.compareCategorical(level, levels, test) : Double.NaN;
            boolean anyKnown = e.subjects().stream().anyMatch(s -> level.apply(s) != null);
            for (int i = 0; i < levels.size() && (anyKnown || !showUnknown); i++) {
                T at = levels.get(i);
                List<BaselineCharacteristic.Cell> cells = new ArrayList<>();
                int[] counts = new int[columns.size()];
                int[] known = new int[columns.size()];
                for (int k = 0; k < columns.size(); k++) {
                    Column c = columns.get(k);
                    for (SubjectEndpoints s : c.subjects) {
                        T value = level.apply(s);
                        if (value != null) {
                            known[k]++;
                            counts[k] += value.equals(at) ? 1 : 0;
                        }
                    }
                    cells.add(new BaselineCharacteristic.Cell(
                            c.group, c.subjects.size(), known[k], counts[k], Double.NaN, Double.NaN, Double.NaN));
                }
                boolean first = tested && i == 0 && levels.size() >= 2;
                rows.add(new BaselineCharacteristic(
                        section,
                        labels.get(i),
                        true,
                        0,
                        cells,
                        first ? test : null,
                        first ? p : Double.NaN,
                        smd ? StandardizedDifference.binary(counts[1], known[1], counts[2], known[2]) : Double.NaN));
            }
            if (!showUnknown) {
                return;
            }
            List<BaselineCharacteristic.Cell> unknown = new ArrayList<>();
            int missing = 0;
            for (Column c : columns) {
                int k = (int)
                        c.subjects.stream().filter(s -> level.apply(s) == null).count();
                missing += k;
                unknown.add(new BaselineCharacteristic.Cell(
                        c.group, c.subjects.size(), c.subjects.size(), k, Double.NaN, Double.NaN, Double.NaN));
            }
            if (missing > 0) {
                rows.add(new BaselineCharacteristic(
                        section, NOT_RECORDED, true, 0, unknown, null, Double.NaN, Double.NaN));
            }
        }

        void row(BaselineRow row) {
            StatTest test = row.test().map(AnalysisPlan::test).orElse(e.plan().categoricalTest());
            switch (row.kind()) {
                case LAB -> {
                    LabTest t = row.lab().orElseThrow();
                    ToDoubleFunction<SubjectEndpoints> value = s -> lab(s, t)
                            .map(r -> r.value().inCanonicalUnit().amount().doubleValue())
                            .orElse(Double.NaN);
                    double max = e.subjects().stream()
                            .mapToDouble(value)
                            .filter(x -> !Double.isNaN(x))
                            .max()
                            .orElse(0);
                    continuous(
                            "Laboratory values at baseline, median (range)",
                            t.label() + ", " + t.canonicalUnit().symbol(),
                            max < 10 ? 2 : 1,
                            value);
                }
                case LAB_POSITIVE -> {
                    LabTest t = row.lab().orElseThrow();
                    Threshold threshold = Threshold.of(
                            row.relation().orElseThrow(), row.limit().orElseThrow());
                    yesNo(
                            t.label() + " " + row.relation().orElseThrow().symbol() + " "
                                    + row.limit().orElseThrow().amount().toPlainString() + " "
                                    + row.limit().orElseThrow().unit().symbol() + ", no. (%)",
                            s -> lab(s, t)
                                    .map(r -> threshold.outcome(r) == Outcome.MET)
                                    .orElse(null),
                            test);
                }
                case KARYOTYPE ->
                    categorical(
                            "Karyotype, no. (%)",
                            List.of(Boolean.FALSE, Boolean.TRUE),
                            List.of("Normal", "Clonal abnormality"),
                            this::clonalKaryotype,
                            test,
                            true);
                case SOMATIC_MUTATION -> yesNo("Somatic mutation on or before day 1, no. (%)", this::mutation, test);
                case ONSET_INTERVAL -> {
                    int months = row.months().getAsInt();
                    categorical(
                            "Interval from onset to treatment, no. (%)",
                            List.of(Boolean.TRUE, Boolean.FALSE),
                            List.of("< " + months + " months", ">= " + months + " months"),
                            s -> onset(s).map(m -> m < months).orElse(null),
                            test,
                            true);
                }
            }
        }

        private void yesNo(String section, Function<SubjectEndpoints, Boolean> f, StatTest test) {
            categorical(section, List.of(Boolean.TRUE, Boolean.FALSE), List.of("Yes", "No"), f, test, true);
        }

        private SubjectRecords records(SubjectEndpoints s) {
            return e.assessor(s.subjectId()).records;
        }

        private Optional<LabResult> lab(SubjectEndpoints s, LabTest test) {
            return e.assessor(s.subjectId()).labs.latestWithin(test, s.firstDose(), LAB_MAX_AGE_DAYS);
        }

        private Boolean clonalKaryotype(SubjectEndpoints s) {
            LocalDate day1 = s.firstDose();
            Optional<HistoryEntry> k = records(s).screeningHistory().stream()
                    .filter(h -> h.item().equals(HistoryItem.KARYOTYPE.code())
                            && !h.date().orElse(day1).isAfter(day1))
                    .max(Comparator.comparing(h -> h.date().orElse(day1)));
            if (k.isEmpty()) {
                return null;
            }
            try {
                return Karyotype.parse(k.get().value()).hasClonalAbnormality();
            } catch (UnreadableKaryotypeException ex) {
                return null;
            }
        }

        private Boolean mutation(SubjectEndpoints s) {
            LocalDate day1 = s.firstDose();
            Optional<LocalDate> latest = records(s).mutations().stream()
                    .map(MutationRecord::date)
                    .filter(d -> !d.isAfter(day1))
                    .max(Comparator.naturalOrder());
            if (latest.isEmpty()) {
                return null;
            }
            return records(s).mutations().stream().anyMatch(m -> m.date().equals(latest.get()) && m.detected());
        }

        private Optional<Long> onset(SubjectEndpoints s) {
            LocalDate day1 = s.firstDose();
            return records(s).screeningHistory().stream()
                    .filter(h -> h.item().equals(HistoryItem.AA_ONSET_ON.code()))
                    .map(HistoryEntry::dateValue)
                    .filter(d -> !d.isAfter(day1))
                    .findFirst()
                    .map(d -> Period.between(d, day1).toTotalMonths());
        }
    }

    /** A column of the table: all patients or one compared group. */
    private record Column(Group group, List<SubjectEndpoints> subjects) {}
}
