package org.marrow.analysis.report;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.marrow.analysis.endpoint.StudyEndpoints;
import org.marrow.analysis.endpoint.SubjectEndpoints;
import org.marrow.analysis.figure.AncSeries;
import org.marrow.analysis.figure.AncValue;
import org.marrow.analysis.figure.CyclePanel;
import org.marrow.analysis.figure.Figure;
import org.marrow.analysis.figure.NeutrophilPlot;
import org.marrow.analysis.safety.NeutropeniaCycle;
import org.marrow.analysis.safety.NeutropeniaDurationSummary;
import org.marrow.analysis.safety.Safety;
import org.marrow.analysis.safety.SafetySummary;
import org.marrow.analysis.safety.TermSummary;
import org.marrow.analysis.table.Formats;
import org.marrow.analysis.table.Row;
import org.marrow.analysis.table.Table;
import org.marrow.clinical.labs.LabResult;
import org.marrow.clinical.quantity.LabTest;
import org.marrow.protocol.model.DayRange;

/**
 * "Safety": adverse events by term and worst CTCAE v5.0 grade (document 000 Table 2), infections and
 * deaths, neutropenia per cyclophosphamide cycle with the neutrophil counts around each cycle
 * (document 000 Supplementary Figure S1A).
 */
final class SafetySection {
    private SafetySection() {}

    static void add(Report.Builder b, StudyEndpoints e, SafetySummary safety) {
        b.section("Safety");
        b.paragraph(text(safety));
        b.table(aeTable(safety));
        if (safety.neutropeniaDuration() != null) {
            NeutropeniaDurationSummary d = safety.neutropeniaDuration();
            b.paragraph("Duration of neutropenia (ANC below " + Formats.number(d.below(), 1) + " x10^9/L, the latest "
                    + "count carried forward, days " + d.fromDay() + " to " + d.toDay() + "): " + d.patients() + " of "
                    + d.n() + " patients had at least one such day; median duration "
                    + Formats.number(d.median(), 1) + " days (range " + Formats.number(d.min(), 0) + Formats.DASH
                    + Formats.number(d.max(), 0) + ").");
        }
        if (!safety.neutropenia().isEmpty()) {
            b.table(neutropeniaTable(safety));
            neutrophils(e).ifPresent(nf -> b.figure(nf.figure(), nf.caption()));
        }
    }

    private static String text(SafetySummary s) {
        StringBuilder t = new StringBuilder();
        t.append("Adverse events as recorded, worst CTCAE grade per patient (n = ")
                .append(s.n())
                .append("). Any event of grade 3 or more: ")
                .append(ResponseSection.rate(s.gradeThreeOrMore()))
                .append(". Infections starting on study days 1 to ")
                .append(s.infectionWindowDays())
                .append(": ")
                .append(ResponseSection.rate(s.infections()))
                .append(", by worst grade ")
                .append(s.infectionsByWorstGrade())
                .append('.');
        if (s.infectionsAfterCyclophosphamide() != null) {
            t.append(" Infections starting on or after the first cyclophosphamide dose: ")
                    .append(ResponseSection.rate(s.infectionsAfterCyclophosphamide()))
                    .append('.');
        }
        t.append(" Deaths: ")
                .append(s.deaths())
                .append(", of which ")
                .append(s.deathsInInfectionWindow())
                .append(" by day ")
                .append(s.infectionWindowDays())
                .append('.');
        return t.toString();
    }

    private static Table aeTable(SafetySummary s) {
        List<Row> rows = new ArrayList<>();
        for (TermSummary t : s.terms()) {
            List<String> cells = new ArrayList<>();
            cells.add(t.term());
            cells.add(Formats.countPercent(t.subjects(), s.n(), 1));
            for (int g = 0; g < 5; g++) {
                cells.add(Formats.countPercent(t.byWorstGrade().get(g), s.n(), 1));
            }
            cells.add(Formats.countPercent(t.gradeThreeOrMore(), s.n(), 1));
            rows.add(new Row(cells, Row.Style.DATA, null));
        }
        return new Table(
                "adverse-events",
                "Table 6. Adverse events by term and worst CTCAE v5.0 grade per patient, no. (%)",
                List.of("Term", "Any grade", "Grade 1", "Grade 2", "Grade 3", "Grade 4", "Grade 5", "Grade >= 3"),
                rows,
                List.of(
                        "Grades as recorded by the investigator; each patient counted once per term, at the worst grade."));
    }

    private static Table neutropeniaTable(SafetySummary s) {
        List<Row> rows = new ArrayList<>();
        for (NeutropeniaCycle c : s.neutropenia()) {
            rows.add(Row.of(
                    c.cycle(),
                    Integer.toString(c.subjects()),
                    Formats.number(c.medianDays(), 1) + " (" + c.minDays() + Formats.DASH + c.maxDays() + ")",
                    Formats.number(c.medianNadir(), 2)));
        }
        return new Table(
                "neutropenia",
                "Table 7. Neutropenia per cyclophosphamide cycle",
                List.of("Cycle", "Patients", "Days with ANC < 1.0 x10^9/L, median (range)", "Median nadir, x10^9/L"),
                rows,
                List.of("Duration: the run of consecutive days with ANC < 1.0 x10^9/L (latest count carried forward) "
                        + "starting within 14 days of the cycle's first dose; nadir: lowest count in those 14 days."));
    }

    private record NeutrophilFigure(Figure figure, String caption) {}

    private static Optional<NeutrophilFigure> neutrophils(StudyEndpoints e) {
        List<DayRange> cycles = Safety.cyclophosphamideCycles(e);
        List<CyclePanel> panels = new ArrayList<>();
        int shown = 0;
        for (int c = 0; c < cycles.size() && c < 4; c++) {
            DayRange cycle = cycles.get(c);
            List<AncSeries> series = new ArrayList<>();
            for (SubjectEndpoints s : e.subjects()) {
                if (series.size() >= StudyReport.MAX_PLOTTED_SUBJECTS || !Safety.received(e, s.subjectId(), cycle)) {
                    continue;
                }
                LocalDate start = s.firstDose().plusDays(cycle.from() - 1L);
                List<AncValue> values = new ArrayList<>();
                for (LabResult r :
                        e.labs(s.subjectId()).between(LabTest.NEUT, start.minusDays(7), start.plusDays(21))) {
                    int day = (int) ChronoUnit.DAYS.between(start, r.date());
                    if (values.isEmpty() || values.get(values.size() - 1).day() < day) {
                        values.add(new AncValue(
                                day, r.value().inCanonicalUnit().amount().doubleValue()));
                    }
                }
                if (!values.isEmpty()) {
                    series.add(new AncSeries(s.subjectId(), values));
                }
            }
            if (!series.isEmpty()) {
                shown = Math.max(shown, series.size());
                panels.add(new CyclePanel(
                        "Cycle " + (c + 1) + " (days " + cycle.from() + "-"
                                + cycle.to().orElse(cycle.from()) + ")",
                        series));
            }
        }
        if (panels.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new NeutrophilFigure(
                NeutrophilPlot.of(
                        "neutrophils",
                        "Neutrophil counts around each cyclophosphamide cycle",
                        "Day from the cycle's first dose",
                        panels),
                "Measured neutrophil counts from 7 days before to 21 days after each cycle's first dose"
                        + (shown >= StudyReport.MAX_PLOTTED_SUBJECTS
                                ? " (the first " + StudyReport.MAX_PLOTTED_SUBJECTS + " patients per cycle)"
                                : "")
                        + "; bold: median."));
    }
}
