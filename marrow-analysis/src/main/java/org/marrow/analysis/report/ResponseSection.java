package org.marrow.analysis.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import org.marrow.analysis.endpoint.AnalysisPlan;
import org.marrow.analysis.endpoint.CategoryCounts;
import org.marrow.analysis.endpoint.CompleterResults;
import org.marrow.analysis.endpoint.Group;
import org.marrow.analysis.endpoint.Population;
import org.marrow.analysis.endpoint.Proportion;
import org.marrow.analysis.endpoint.RateComparison;
import org.marrow.analysis.endpoint.ResponseAtTimepoint;
import org.marrow.analysis.endpoint.SeverityGroup;
import org.marrow.analysis.endpoint.StudyEndpoints;
import org.marrow.analysis.endpoint.SubgroupRate;
import org.marrow.analysis.endpoint.SubjectEndpoints;
import org.marrow.analysis.endpoint.SubjectState;
import org.marrow.analysis.endpoint.TimepointState;
import org.marrow.analysis.endpoint.Transition;
import org.marrow.analysis.figure.Figure;
import org.marrow.analysis.figure.ResponseRateChart;
import org.marrow.analysis.figure.ResponseSpan;
import org.marrow.analysis.figure.SankeyDiagram;
import org.marrow.analysis.figure.SankeyFlow;
import org.marrow.analysis.figure.SwimmerEvent;
import org.marrow.analysis.figure.SwimmerLane;
import org.marrow.analysis.figure.SwimmerPlot;
import org.marrow.analysis.figure.TimepointRates;
import org.marrow.analysis.table.Formats;
import org.marrow.analysis.table.Row;
import org.marrow.analysis.table.Table;
import org.marrow.clinical.response.ResponseCategory;
import org.marrow.study.EventType;

/**
 * "Hematologic response": the rates at each timepoint in ITT and per protocol (Tables 2 and 3, with
 * a figure), the rates compared between groups (Table 4; document 000: 3-month ORR VSAA vs SAA), the
 * Sankey diagram of states between timepoints (document 000 Figure 3) and the swimmer plot of each
 * patient's course (document 001).
 */
final class ResponseSection {
    private ResponseSection() {}

    static void add(Report.Builder b, StudyEndpoints e, StudyResults results) {
        AnalysisPlan plan = e.plan();
        List<ResponseAtTimepoint> itt = results.response();
        List<ResponseAtTimepoint> pp = results.responsePerProtocol();
        List<ResponseAtTimepoint> primary = plan.population() == Population.ITT ? itt : pp;
        List<RateComparison> comparisons = results.comparisons();
        List<Transition> transitions = results.transitions();
        b.section("Hematologic response");
        b.paragraph("Rates are in the " + plan.population().label() + " population with two-sided "
                + StudyReport.percent(plan.confidenceLevel())
                + " Clopper-Pearson confidence intervals (R binom.test).");
        b.table(table("response", "Table 2. Hematologic response by timepoint (" + Population.ITT.label() + ")", itt));
        b.table(table(
                "response-per-protocol",
                "Table 3. Hematologic response by timepoint (" + Population.PER_PROTOCOL.label() + ")",
                pp));
        List<TimepointRates> chart = primary.stream()
                .filter(r -> r.n() > 0)
                .map(r -> new TimepointRates(
                        r.timepoint(),
                        r.n(),
                        r.orr().toRate(),
                        r.cr().toRate(),
                        r.superior().toRate()))
                .toList();
        if (!chart.isEmpty()) {
            b.figure(
                    ResponseRateChart.of(
                            "response-rates",
                            "Response rates by timepoint (" + plan.population().label() + ")",
                            chart,
                            StudyReport.percent(plan.confidenceLevel()) + " Clopper-Pearson confidence intervals"),
                    "Overall (ORR), superior (CR + VGPR + GPR) and complete response rates at each timepoint.");
        }
        if (!comparisons.isEmpty()) {
            b.table(comparisonTable(comparisons, e.comparedGroups()));
        }
        if (!results.subgroupResponse().isEmpty()) {
            b.table(subgroupTable(results.subgroupResponse(), e.comparedGroups()));
        }
        if (results.completers() != null) {
            CompleterResults c = results.completers();
            b.paragraph("Completers: the " + c.n() + " treated patients whose " + c.timepoint() + " (" + c.visit()
                    + ") window had closed"
                    + e.asOf().map(d -> " by the data cut-off " + d).orElse("")
                    + " without an earlier end of follow-up (document 003's interim denominators); at each "
                    + "timepoint a completer without an assessment is a non-responder.");
            b.table(table(
                    "response-completers",
                    "Table 3b. Hematologic response by timepoint among the patients who completed " + c.timepoint(),
                    c.response()));
        }
        if (!transitions.isEmpty() && !e.subjects().isEmpty()) {
            b.figure(sankey(e, transitions), "Response categories from baseline severity through each timepoint.");
        }
        if (!e.subjects().isEmpty()) {
            int shown = Math.min(StudyReport.MAX_PLOTTED_SUBJECTS, e.subjects().size());
            b.figure(
                    swimmer(e, shown),
                    "Each patient's response course (every date with blood counts) and events"
                            + (shown < e.subjects().size()
                                    ? "; the first " + shown + " of "
                                            + e.subjects().size() + " patients"
                                    : "")
                            + ".");
        }
    }

    static String rate(Proportion p) {
        return p.n() == 0 ? "NA" : Formats.rate(p.x(), p.n(), p.lower(), p.upper(), 1);
    }

    private static Table table(String name, String title, List<ResponseAtTimepoint> rates) {
        List<Row> rows = new ArrayList<>();
        for (ResponseAtTimepoint r : rates) {
            CategoryCounts c = r.categories();
            rows.add(Row.of(
                    r.timepoint() + " (" + r.visit() + ")",
                    Integer.toString(r.n()),
                    Integer.toString(c.of(ResponseCategory.CR)),
                    Integer.toString(c.of(ResponseCategory.VGPR)),
                    Integer.toString(c.of(ResponseCategory.GPR)),
                    Integer.toString(c.of(ResponseCategory.PR)),
                    Integer.toString(c.of(ResponseCategory.NR)),
                    Integer.toString(r.notAssessable()),
                    Integer.toString(r.notYetDue()),
                    rate(r.orr()),
                    rate(r.superior()),
                    rate(r.cr())));
        }
        return new Table(
                name,
                title,
                List.of(
                        "Timepoint",
                        "n",
                        "CR",
                        "VGPR",
                        "GPR",
                        "PR",
                        "NR",
                        "Not assessable",
                        "Not yet due",
                        "ORR, x/n, % (95% CI)",
                        "Superior, x/n, % (95% CI)",
                        "CR, x/n, % (95% CI)"),
                rows,
                List.of(
                        "ORR: CR + VGPR + GPR + PR; superior: CR + VGPR + GPR; Clopper-Pearson intervals.",
                        "Not assessable: counted as non-responders in ITT. Not yet due: window open at the cut-off, not in n."));
    }

    private static Table comparisonTable(List<RateComparison> comparisons, List<Group> groups) {
        List<String> header = new ArrayList<>();
        header.add("Timepoint and rate");
        groups.forEach(g -> header.add(g.label()));
        header.add("P value");
        List<Row> rows = new ArrayList<>();
        for (RateComparison c : comparisons) {
            List<String> cells = new ArrayList<>();
            cells.add(c.timepoint() + " " + c.measure().code().toUpperCase(Locale.ROOT));
            for (Group g : groups) {
                cells.add(c.groups().stream()
                        .filter(r -> r.group().equals(g))
                        .findFirst()
                        .map(r -> Formats.rate(r.x(), r.n(), r.lower(), r.upper(), 1))
                        .orElse("NA"));
            }
            cells.add(Formats.pValue(c.pValue()));
            rows.add(new Row(cells, Row.Style.DATA, null).testedBy(c.test()));
        }
        return new Table("response-by-group", "Table 4. Response rates by group", header, rows, List.of());
    }

    private static Table subgroupTable(List<SubgroupRate> rates, List<Group> groups) {
        List<String> header = new ArrayList<>();
        header.add("Subgroup, timepoint and rate");
        groups.forEach(g -> header.add(g.label()));
        header.add("P value");
        List<Row> rows = new ArrayList<>();
        for (SubgroupRate r : rates) {
            RateComparison c = r.comparison();
            List<String> cells = new ArrayList<>();
            cells.add(r.level() + " " + c.timepoint() + " " + c.measure().code().toUpperCase(Locale.ROOT));
            for (Group g : groups) {
                cells.add(c.groups().stream()
                        .filter(x -> x.group().equals(g))
                        .findFirst()
                        .map(x -> Formats.rate(x.x(), x.n(), x.lower(), x.upper(), 1))
                        .orElse("NA"));
            }
            cells.add(Formats.pValue(c.pValue()));
            rows.add(new Row(cells, Row.Style.DATA, null).testedBy(c.test()));
        }
        return new Table(
                "response-by-subgroup",
                "Table 4b. Response rates by group within each severity (document 001, Table S1)",
                header,
                rows,
                List.of());
    }

    private static Figure sankey(StudyEndpoints e, List<Transition> transitions) {
        List<String> stages = new ArrayList<>();
        stages.add("Severity");
        e.timepoints().stream().limit(5).forEach(v -> stages.add(StudyEndpoints.label(v)));
        List<List<String>> states = new ArrayList<>();
        states.add(labels(SeverityGroup.values()));
        for (int i = 1; i < stages.size(); i++) {
            states.add(labels(TimepointState.values()));
        }
        List<SankeyFlow> flows = new ArrayList<>();
        for (Transition t : transitions) {
            int k = stages.indexOf(t.from());
            if (k >= 0 && stages.indexOf(t.to()) == k + 1) {
                flows.add(new SankeyFlow(k, t.fromState().label(), t.toState().label(), t.n()));
            }
        }
        String title = "Response " + String.join(" to ", stages.subList(1, stages.size())) + " by baseline severity";
        return SankeyDiagram.of("sankey", title, stages, states, flows);
    }

    private static List<String> labels(SubjectState[] states) {
        return java.util.Arrays.stream(states).map(SubjectState::label).toList();
    }

    private static Figure swimmer(StudyEndpoints e, int shown) {
        List<SwimmerLane> lanes = new ArrayList<>();
        for (SubjectEndpoints s : e.subjects().subList(0, shown)) {
            int end = Math.max(s.followUpDay(), 2);
            List<StudyEndpoints.CourseStep> course = e.course(s.subjectId());
            List<ResponseSpan> spans = new ArrayList<>();
            for (int i = 0; i < course.size(); i++) {
                StudyEndpoints.CourseStep c = course.get(i);
                int j = i;
                while (j + 1 < course.size() && course.get(j + 1).category() == c.category()) {
                    j++;
                }
                int stop = j + 1 < course.size() ? course.get(j + 1).day() : end;
                if (stop > c.day()) {
                    spans.add(new ResponseSpan(c.day(), Math.min(stop, end), c.category()));
                }
                i = j;
            }
            List<SwimmerEvent> events = new ArrayList<>();
            addEvent(events, s.day(EventType.RELAPSE), SwimmerEvent.Kind.RELAPSE, end);
            addEvent(events, s.day(EventType.HSCT), SwimmerEvent.Kind.HSCT, end);
            addEvent(events, s.day(EventType.DEATH), SwimmerEvent.Kind.DEATH, end);
            boolean exited = s.exit().isPresent();
            lanes.add(new SwimmerLane(s.subjectId(), end, !exited && e.asOf().isPresent(), spans, events));
        }
        return SwimmerPlot.of("swimmer", "Response course of each patient", "Days since start of treatment", lanes);
    }

    private static void addEvent(List<SwimmerEvent> events, OptionalInt day, SwimmerEvent.Kind kind, int end) {
        if (day.isPresent() && day.getAsInt() >= 0 && day.getAsInt() <= end) {
            events.add(new SwimmerEvent(day.getAsInt(), kind));
        }
    }
}
