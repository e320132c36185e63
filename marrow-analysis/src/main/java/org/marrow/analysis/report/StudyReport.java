package org.marrow.analysis.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.ToDoubleFunction;
import org.marrow.analysis.endpoint.AnalysisPlan;
import org.marrow.analysis.endpoint.Population;
import org.marrow.analysis.endpoint.Proportion;
import org.marrow.analysis.endpoint.RateComparison;
import org.marrow.analysis.endpoint.ResponseAtTimepoint;
import org.marrow.analysis.endpoint.StudyEndpoints;
import org.marrow.analysis.endpoint.SubjectEndpoints;
import org.marrow.analysis.endpoint.TimeToEvent;
import org.marrow.analysis.endpoint.TimeToEventComparison;
import org.marrow.analysis.endpoint.Transition;
import org.marrow.analysis.figure.AncSeries;
import org.marrow.analysis.figure.AncValue;
import org.marrow.analysis.figure.CurvePoint;
import org.marrow.analysis.figure.CyclePanel;
import org.marrow.analysis.figure.FlowExit;
import org.marrow.analysis.figure.FlowStage;
import org.marrow.analysis.figure.KaplanMeierPlot;
import org.marrow.analysis.figure.NeutrophilPlot;
import org.marrow.analysis.figure.ParticipantFlow;
import org.marrow.analysis.figure.ResponseRateChart;
import org.marrow.analysis.figure.ResponseSpan;
import org.marrow.analysis.figure.SankeyDiagram;
import org.marrow.analysis.figure.SankeyFlow;
import org.marrow.analysis.figure.StepCurve;
import org.marrow.analysis.figure.SwimmerEvent;
import org.marrow.analysis.figure.SwimmerLane;
import org.marrow.analysis.figure.SwimmerPlot;
import org.marrow.analysis.figure.TimepointRates;
import org.marrow.analysis.safety.NeutropeniaCycle;
import org.marrow.analysis.safety.Safety;
import org.marrow.analysis.safety.SafetySummary;
import org.marrow.analysis.safety.TermSummary;
import org.marrow.analysis.table.Formats;
import org.marrow.analysis.table.Row;
import org.marrow.analysis.table.StatTest;
import org.marrow.analysis.table.Table;
import org.marrow.clinical.labs.LabResult;
import org.marrow.clinical.quantity.LabTest;
import org.marrow.clinical.renal.Sex;
import org.marrow.protocol.model.DayRange;
import org.marrow.protocol.schedule.Visit;
import org.marrow.stats.rank.RankSumTest;
import org.marrow.stats.survival.SurvivalCurve;
import org.marrow.stats.survival.SurvivalRow;
import org.marrow.study.EventType;
import org.marrow.study.StudyDataset;
import org.marrow.study.Subject;

/**
 * The report of a study's analyses (issue 5): the definitions used, participant flow, baseline
 * characteristics (Table 1), response at each timepoint with Clopper-Pearson intervals, group
 * comparisons, the Sankey diagram of response categories between timepoints, the swimmer plot,
 * Kaplan-Meier curves of time to response, adverse events and neutropenia per cyclophosphamide
 * cycle; every figure and table is fed from the derived endpoints, and every number is also in
 * {@code results.json}.
 */
public final class StudyReport {
    /** Subjects drawn at most in the swimmer and neutrophil plots (the first in data set order). */
    public static final int MAX_PLOTTED_SUBJECTS = SwimmerPlot.MAX_LANES;

    private static final List<String> SEVERITIES = List.of("SAA", "VSAA", "NSAA", "Unknown");
    private static final List<String> TIMEPOINT_STATES = List.of(
            "CR", "VGPR", "GPR", "PR", "NR", "Death", "HSCT", "Withdrawn", "Lost", "Not assessed", "Not yet due");

    private StudyReport() {}

    /**
     * Builds the report.
     *
     * @param endpoints the study's endpoints
     * @param safety the safety results ({@link Safety#of(StudyEndpoints)})
     * @param header the report's provenance
     * @return the report
     * @throws IllegalArgumentException if an argument is null
     */
    public static Report build(StudyEndpoints endpoints, SafetySummary safety, ReportHeader header) {
        if (endpoints == null || safety == null || header == null) {
            throw new IllegalArgumentException("Endpoints, safety summary and header must not be null");
        }
        Report.Builder b = Report.builder(header);
        AnalysisPlan plan = endpoints.plan();
        List<ResponseAtTimepoint> itt = endpoints.responseRates(Population.ITT);
        List<ResponseAtTimepoint> pp = endpoints.responseRates(Population.PER_PROTOCOL);
        List<ResponseAtTimepoint> primary = plan.population() == Population.ITT ? itt : pp;
        List<RateComparison> comparisons = endpoints.rateComparisons();
        List<TimeToEvent> times = endpoints.timeToEvent();
        List<TimeToEventComparison> timeTests = endpoints.timeToEventComparisons();
        List<Transition> transitions = endpoints.transitions();

        b.section("Analysis");
        definitions(b, endpoints);
        Map<String, Object> populations = populations(endpoints);
        b.figure(
                flow(endpoints, populations),
                "Participant flow: screened, treated (ITT: at least one dose), and assessed at the last timepoint.");

        b.section("Baseline characteristics");
        b.table(baseline(endpoints));

        b.section("Hematologic response");
        b.paragraph("Rates are in the " + plan.population().label() + " population with two-sided "
                + percent(plan.confidenceLevel()) + " Clopper-Pearson confidence intervals (R binom.test).");
        b.table(responseTable(
                "response", "Table 2. Hematologic response by timepoint (" + Population.ITT.label() + ")", itt));
        b.table(responseTable(
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
                            percent(plan.confidenceLevel()) + " Clopper-Pearson confidence intervals"),
                    "Overall (ORR), superior (CR + VGPR + GPR) and complete response rates at each timepoint.");
        }
        if (!comparisons.isEmpty()) {
            b.table(comparisonTable(
                    comparisons,
                    endpoints.groups().stream()
                            .filter(g -> !g.equals("Unknown"))
                            .toList()));
        }
        if (!transitions.isEmpty() && !endpoints.subjects().isEmpty()) {
            b.figure(
                    sankey(endpoints, transitions),
                    "Response categories from baseline severity through each timepoint.");
        }
        if (!endpoints.subjects().isEmpty()) {
            int shown = Math.min(MAX_PLOTTED_SUBJECTS, endpoints.subjects().size());
            b.figure(
                    swimmer(endpoints, shown),
                    "Each patient's response course (every date with blood counts) and events"
                            + (shown < endpoints.subjects().size()
                                    ? "; the first " + shown + " of "
                                            + endpoints.subjects().size() + " patients"
                                    : "")
                            + ".");
        }

        b.section("Time to response");
        b.paragraph("Time is the study day (day 1 = first dose) of the first assessment meeting the criteria. "
                + "Patients without the event are censored at the end of follow-up; in the Kaplan-Meier analysis "
                + "HSCT and death before the event are censorings too"
                + (plan.competingEvents()
                        ? ", and the cumulative incidence (cmprsk cuminc) treats them as competing events."
                        : "."));
        b.table(timeTable(times, timeTests));
        if (!endpoints.subjects().isEmpty()) {
            for (String endpoint : StudyEndpoints.TIME_TO_EVENT) {
                b.figure(
                        kaplanMeier(endpoints, endpoint),
                        "Kaplan-Meier estimate of the cumulative proportion with "
                                + endpoint.replace("time-to-", "").replace('-', ' ') + ", with numbers at risk.");
            }
        }

        b.section("Safety");
        b.paragraph(safetyText(safety));
        b.table(aeTable(safety));
        if (!safety.neutropenia().isEmpty()) {
            b.table(neutropeniaTable(safety));
            NeutrophilFigure nf = neutrophils(endpoints);
            if (nf != null) {
                b.figure(nf.figure(), nf.caption());
            }
        }

        b.section("Relapse and clonal evolution");
        Map<String, Integer> events = endpoints.eventCounts();
        int n = endpoints.subjects().size();
        b.paragraph("Relapse: " + Formats.countPercent(events.get("RELAPSE"), n, 1) + "; clonal evolution: "
                + Formats.countPercent(events.get("CLONAL_EVOLUTION"), n, 1) + "; HSCT: "
                + Formats.countPercent(events.get("HSCT"), n, 1) + "; death: "
                + Formats.countPercent(events.get("DEATH"), n, 1) + " (of " + n + " treated).");

        b.result("analysis", analysis(endpoints));
        b.result("populations", populations);
        b.result("response", itt);
        b.result("response_per_protocol", pp);
        b.result("comparisons", comparisons);
        b.result("transitions", transitions);
        b.result("time_to_event", times);
        b.result("time_to_event_comparisons", timeTests);
        b.result("events", events);
        b.result("safety", safety);
        b.result("subjects", subjectRows(endpoints));
        return b.build();
    }

    private static String percent(double level) {
        return Formats.number(level * 100, 0) + "%";
    }

    private static void definitions(Report.Builder b, StudyEndpoints e) {
        AnalysisPlan plan = e.plan();
        b.paragraph("Protocol " + e.protocol().id() + " version " + e.protocol().version() + ": "
                + e.protocol().identity().title() + ". Response criteria: "
                + e.protocol().response().criteria().code() + ".");
        b.paragraph("Populations. ITT: every patient who received at least one dose (document 000). At each "
                + "timepoint a patient without an assessment in the visit window (missing counts, death, HSCT, "
                + "withdrawal or loss to follow-up before the window closed) stays in the denominator as a "
                + "non-responder. Per protocol: ITT patients who received every scheduled day of each "
                + "fixed-course regimen (closed day ranges, at most 28 days in all) up to their end of "
                + "follow-up; at a timepoint only assessed patients count. Primary population: "
                + plan.population().label() + ".");
        b.paragraph("Timepoints. The response at a timepoint is "
                + plan.windowRule().description() + ". Windows: "
                + String.join(
                        "; ",
                        e.timepoints().stream()
                                .map(v -> StudyEndpoints.label(v) + " = " + v.name() + ", days " + v.windowStart()
                                        + " to " + v.windowEnd() + " (target " + v.targetDay() + ")")
                                .toList())
                + ".");
        if (e.asOf().isPresent()) {
            b.paragraph("Data cut-off " + e.asOf().get() + ": records dated after it are not used. A timepoint whose "
                    + "window had not closed by the cut-off, for a patient still in follow-up, is not yet "
                    + "assessable and left out of its denominator (document 003's interim report); patients still "
                    + "in the protocol's follow-up are censored at the cut-off.");
        }
        b.paragraph("Comparisons between "
                + (plan.grouping() == AnalysisPlan.Grouping.SEVERITY ? "baseline severity groups" : "arms")
                + ": " + plan.categoricalTest().label() + " for rates and categories, "
                + plan.continuousTest().label() + " for continuous values, "
                + plan.timeToEventTest().label()
                + " for times to event.");
    }

    private static Map<String, Object> analysis(StudyEndpoints e) {
        Map<String, Object> m = new LinkedHashMap<>();
        AnalysisPlan plan = e.plan();
        m.put("protocol_id", e.protocol().id());
        m.put("protocol_version", e.protocol().version());
        m.put("criteria", e.protocol().response().criteria().code());
        m.put("population", plan.population().label());
        m.put("window_rule", plan.windowRule().description());
        m.put("itt_missing_rule", "not assessable = non-responder, kept in the denominator");
        m.put("confidence_level", plan.confidenceLevel());
        m.put("interval", "clopper-pearson");
        m.put("grouping", plan.grouping().name().toLowerCase(java.util.Locale.ROOT));
        m.put("categorical_test", plan.categoricalTest().label());
        m.put("continuous_test", plan.continuousTest().label());
        m.put("time_to_event_test", plan.timeToEventTest().label());
        m.put("competing_events", plan.competingEvents() ? List.of("HSCT", "DEATH") : List.of());
        m.put("as_of", e.asOf().map(Object::toString).orElse(null));
        List<Map<String, Object>> tps = new ArrayList<>();
        for (Visit v : e.timepoints()) {
            Map<String, Object> t = new LinkedHashMap<>();
            t.put("timepoint", StudyEndpoints.label(v));
            t.put("visit", v.name());
            t.put("target_day", v.targetDay());
            t.put("window_start", v.windowStart());
            t.put("window_end", v.windowEnd());
            tps.add(t);
        }
        m.put("timepoints", tps);
        return m;
    }

    private static Map<String, Object> populations(StudyEndpoints e) {
        StudyDataset data = e.dataset();
        int screened = data.subjects().size();
        int enrolled =
                (int) data.subjects().stream().filter(Subject::isEnrolled).count();
        List<Subject> untreated =
                data.subjects().stream().filter(s -> s.firstDoseOn().isEmpty()).toList();
        int withdrew = (int) untreated.stream()
                .filter(s -> !data.recordsOf(s.subjectId())
                        .events(EventType.WITHDRAWN)
                        .isEmpty())
                .count();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("screened", screened);
        m.put("enrolled", enrolled);
        m.put("withdrew_before_treatment", withdrew);
        m.put("not_treated_other", untreated.size() - withdrew);
        m.put("itt", e.subjects().size());
        m.put("per_protocol", e.population(Population.PER_PROTOCOL).size());
        Map<String, Integer> groups = new LinkedHashMap<>();
        for (String g : e.groups()) {
            groups.put(g, (int)
                    e.subjects().stream().filter(s -> e.groupOf(s).equals(g)).count());
        }
        m.put("groups", groups);
        return m;
    }

    private static org.marrow.analysis.figure.Figure flow(StudyEndpoints e, Map<String, Object> pop) {
        int screened = (int) pop.get("screened");
        int withdrew = (int) pop.get("withdrew_before_treatment");
        int other = (int) pop.get("not_treated_other");
        List<FlowExit> screenExits = new ArrayList<>();
        if (withdrew > 0) {
            screenExits.add(new FlowExit("Withdrew before treatment", withdrew));
        }
        if (other > 0) {
            screenExits.add(new FlowExit("Not treated", other));
        }
        List<FlowStage> stages = new ArrayList<>();
        stages.add(new FlowStage("Screened", screened, screenExits.isEmpty() ? null : "Excluded", screenExits));
        int treated = e.subjects().size();
        if (e.timepoints().isEmpty()) {
            stages.add(FlowStage.of("Treated (ITT)", treated));
        } else {
            Visit last = e.timepoints().get(e.timepoints().size() - 1);
            Map<String, Integer> reasons = new LinkedHashMap<>();
            int assessed = 0;
            for (SubjectEndpoints s : e.subjects()) {
                String state = StudyEndpoints.state(s, last.name());
                if (TIMEPOINT_STATES.indexOf(state) < 5) {
                    assessed++;
                } else {
                    reasons.merge(state, 1, Integer::sum);
                }
            }
            List<FlowExit> exits = new ArrayList<>();
            reasons.forEach((k, v) -> exits.add(new FlowExit(k, v)));
            stages.add(new FlowStage(
                    "Treated (ITT)",
                    treated,
                    exits.isEmpty() ? null : "Not assessed at " + StudyEndpoints.label(last),
                    exits));
            stages.add(FlowStage.of("Assessed at " + StudyEndpoints.label(last), assessed));
        }
        return ParticipantFlow.of("participant-flow", "Participant flow", stages);
    }

    private static double[] values(List<SubjectEndpoints> of, ToDoubleFunction<SubjectEndpoints> f) {
        return of.stream().mapToDouble(f).toArray();
    }

    private static Table baseline(StudyEndpoints e) {
        AnalysisPlan plan = e.plan();
        List<String> groups =
                e.groups().stream().filter(g -> !g.equals("Unknown")).toList();
        List<List<SubjectEndpoints>> columns = new ArrayList<>();
        columns.add(e.subjects());
        List<String> header = new ArrayList<>();
        header.add("Characteristic");
        header.add("All patients (n=" + e.subjects().size() + ")");
        for (String g : groups) {
            List<SubjectEndpoints> of =
                    e.subjects().stream().filter(s -> e.groupOf(s).equals(g)).toList();
            columns.add(of);
            header.add(g + " (n=" + of.size() + ")");
        }
        boolean test = groups.size() >= 2;
        if (test) {
            header.add("P value");
        }
        List<Row> rows = new ArrayList<>();
        rows.add(continuous("Age, years, median (range)", columns, s -> s.age(), 0, test, groups.size()));
        rows.add(Row.section("Sex, no. (%)"));
        categorical(rows, columns, List.of("Male", "Female"), s -> s.sex() == Sex.MALE ? "Male" : "Female", test, plan);
        if (plan.grouping() != AnalysisPlan.Grouping.SEVERITY) {
            rows.add(Row.section("Severity, no. (%)"));
            List<String> present = SEVERITIES.stream()
                    .filter(sev -> e.subjects().stream()
                            .anyMatch(s -> s.severityLabel().equals(sev)))
                    .toList();
            categorical(rows, columns, present, SubjectEndpoints::severityLabel, test, plan);
        }
        rows.add(Row.section("Blood counts at baseline, median (range)"));
        rows.add(continuous(
                "Reticulocytes, x10^9/L",
                columns,
                s -> s.baseline(LabTest.RETI).orElse(Double.NaN),
                1,
                test,
                groups.size()));
        rows.add(continuous(
                "Neutrophils, x10^9/L",
                columns,
                s -> s.baseline(LabTest.NEUT).orElse(Double.NaN),
                2,
                test,
                groups.size()));
        rows.add(continuous(
                "Platelets, x10^9/L",
                columns,
                s -> s.baseline(LabTest.PLAT).orElse(Double.NaN),
                1,
                test,
                groups.size()));
        rows.add(continuous(
                "Haemoglobin, g/L", columns, s -> s.baseline(LabTest.HGB).orElse(Double.NaN), 0, test, groups.size()));
        return new Table(
                "baseline",
                "Table 1. Clinical characteristics at baseline",
                header,
                rows,
                List.of("Baseline: the latest values on or before the first dose, at most "
                        + e.protocol().response().baselineMaxAgeDays() + " days old; severity by document 000's "
                        + "modified Camitta criteria on day 1."));
    }

    private static Row continuous(
            String label,
            List<List<SubjectEndpoints>> columns,
            ToDoubleFunction<SubjectEndpoints> f,
            int decimals,
            boolean test,
            int groups) {
        List<String> cells = new ArrayList<>();
        cells.add(label);
        for (List<SubjectEndpoints> c : columns) {
            cells.add(Formats.medianRange(values(c, f), decimals));
        }
        if (!test) {
            return new Row(cells, Row.Style.INDENTED, null);
        }
        double p = Double.NaN;
        if (groups == 2) {
            double[] x = java.util.Arrays.stream(values(columns.get(1), f))
                    .filter(v -> !Double.isNaN(v))
                    .toArray();
            double[] y = java.util.Arrays.stream(values(columns.get(2), f))
                    .filter(v -> !Double.isNaN(v))
                    .toArray();
            if (x.length > 0 && y.length > 0) {
                p = RankSumTest.test(x, y).p();
            }
        }
        cells.add(Formats.pValue(p));
        return new Row(cells, Row.Style.INDENTED, null).testedBy(StatTest.MANN_WHITNEY);
    }

    private static void categorical(
            List<Row> rows,
            List<List<SubjectEndpoints>> columns,
            List<String> levels,
            java.util.function.Function<SubjectEndpoints, String> f,
            boolean test,
            AnalysisPlan plan) {
        for (int i = 0; i < levels.size(); i++) {
            List<String> cells = new ArrayList<>();
            cells.add(levels.get(i));
            for (int c = 0; c < columns.size(); c++) {
                List<SubjectEndpoints> col = columns.get(c);
                String level = levels.get(i);
                int k = (int) col.stream().filter(s -> f.apply(s).equals(level)).count();
                cells.add(Formats.countPercent(k, col.size(), 1));
            }
            if (test) {
                cells.add(
                        i == 0 && levels.size() >= 2
                                ? Formats.pValue(
                                        StudyEndpoints.pValue(plan.categoricalTest(), counts(columns, levels, f)))
                                : "");
            }
            Row row = new Row(cells, Row.Style.INDENTED, null);
            rows.add(test && i == 0 && levels.size() >= 2 ? row.testedBy(plan.categoricalTest()) : row);
        }
    }

    private static int[][] counts(
            List<List<SubjectEndpoints>> columns,
            List<String> levels,
            java.util.function.Function<SubjectEndpoints, String> f) {
        int[][] out = new int[columns.size() - 1][levels.size()];
        for (int c = 1; c < columns.size(); c++) {
            for (int i = 0; i < levels.size(); i++) {
                String level = levels.get(i);
                out[c - 1][i] = (int) columns.get(c).stream()
                        .filter(s -> f.apply(s).equals(level))
                        .count();
            }
        }
        return out;
    }

    private static String rate(Proportion p) {
        return p.n() == 0 ? "NA" : Formats.rate(p.x(), p.n(), p.lower(), p.upper(), 1);
    }

    private static Table responseTable(String name, String title, List<ResponseAtTimepoint> rates) {
        List<Row> rows = new ArrayList<>();
        for (ResponseAtTimepoint r : rates) {
            Map<String, Integer> c = r.categories();
            rows.add(Row.of(
                    r.timepoint() + " (" + r.visit() + ")",
                    Integer.toString(r.n()),
                    c.get("CR").toString(),
                    c.get("VGPR").toString(),
                    c.get("GPR").toString(),
                    c.get("PR").toString(),
                    c.get("NR").toString(),
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

    private static Table comparisonTable(List<RateComparison> comparisons, List<String> groups) {
        List<String> header = new ArrayList<>();
        header.add("Timepoint and rate");
        groups.forEach(header::add);
        header.add("P value");
        List<Row> rows = new ArrayList<>();
        StatTest test = null;
        for (RateComparison c : comparisons) {
            List<String> cells = new ArrayList<>();
            cells.add(c.timepoint() + " " + c.measure().toUpperCase(java.util.Locale.ROOT));
            for (String g : groups) {
                cells.add(c.groups().stream()
                        .filter(r -> r.group().equals(g))
                        .findFirst()
                        .map(r -> Formats.rate(r.x(), r.n(), r.lower(), r.upper(), 1))
                        .orElse("NA"));
            }
            cells.add(Formats.pValue(c.pValue()));
            for (StatTest t : StatTest.values()) {
                if (t.label().equals(c.test())) {
                    test = t;
                }
            }
            rows.add(new Row(cells, Row.Style.DATA, null).testedBy(test));
        }
        return new Table("response-by-group", "Table 4. Response rates by group", header, rows, List.of());
    }

    private static String days(double median, double lower, double upper) {
        return Formats.number(median, 0) + " (" + Formats.number(lower, 0) + Formats.DASH + Formats.number(upper, 0)
                + ")";
    }

    private static Table timeTable(List<TimeToEvent> times, List<TimeToEventComparison> tests) {
        List<Row> rows = new ArrayList<>();
        boolean withP = !tests.isEmpty();
        for (TimeToEvent t : times) {
            List<String> cells = new ArrayList<>(List.of(
                    t.endpoint(),
                    t.group(),
                    Integer.toString(t.n()),
                    Integer.toString(t.events()),
                    Integer.toString(t.competingEvents()),
                    days(t.median(), t.lower(), t.upper())));
            if (withP) {
                TimeToEventComparison c = tests.stream()
                        .filter(x -> x.endpoint().equals(t.endpoint()))
                        .findFirst()
                        .orElse(null);
                boolean first = t.group().equals("all") && c != null;
                cells.add(first ? Formats.pValue(c.pValue()) : "");
                Row r = new Row(cells, Row.Style.DATA, null);
                rows.add(first ? r.testedBy(StatTest.LOG_RANK) : r);
            } else {
                rows.add(new Row(cells, Row.Style.DATA, null));
            }
        }
        List<String> header = new ArrayList<>(
                List.of("Endpoint", "Group", "n", "Events", "HSCT or death first", "Median, days (95% CI)"));
        if (withP) {
            header.add("P value");
        }
        return new Table(
                "time-to-event",
                "Table 5. Time to response (Kaplan-Meier)",
                header,
                rows,
                List.of("NA: the curve (or its confidence limit) does not reach 0.5."));
    }

    private static StepCurve step(String label, SurvivalCurve curve) {
        List<CurvePoint> points = new ArrayList<>();
        for (SurvivalRow r : curve.rows()) {
            points.add(new CurvePoint(r.time(), r.nRisk(), r.nEvent(), r.nCensor(), r.surv()));
        }
        return new StepCurve(label, points);
    }

    private static org.marrow.analysis.figure.Figure kaplanMeier(StudyEndpoints e, String endpoint) {
        Map<String, SurvivalCurve> curves = e.kaplanMeier(endpoint);
        List<StepCurve> steps = new ArrayList<>();
        double max = 0;
        for (Map.Entry<String, SurvivalCurve> c : curves.entrySet()) {
            if (steps.size() < 7) {
                steps.add(step(c.getKey().equals("all") ? "All" : c.getKey(), c.getValue()));
            }
            for (SurvivalRow r : c.getValue().rows()) {
                max = Math.max(max, r.time());
            }
        }
        double stepDays = max <= 210 ? 30 : max <= 420 ? 60 : max <= 1260 ? 180 : 365;
        List<Double> ticks = new ArrayList<>();
        for (double t = 0; t <= max + stepDays && ticks.size() < 15; t += stepDays) {
            ticks.add(t);
        }
        if (ticks.size() < 2) {
            ticks.add(stepDays);
        }
        String what = endpoint.replace("time-to-", "").replace('-', ' ');
        return KaplanMeierPlot.withDefaults()
                .with(KaplanMeierPlot.Scale.CUMULATIVE)
                .withTimeLabel("Days since start of treatment")
                .withValueLabel("Cumulative " + what)
                .withRiskTimes(ticks.stream().mapToDouble(Double::doubleValue).toArray())
                .draw("km-" + endpoint, "Time to " + what, steps);
    }

    private static org.marrow.analysis.figure.Figure sankey(StudyEndpoints e, List<Transition> transitions) {
        List<String> stages = new ArrayList<>();
        stages.add("Severity");
        e.timepoints().stream().limit(5).forEach(v -> stages.add(StudyEndpoints.label(v)));
        List<List<String>> states = new ArrayList<>();
        states.add(SEVERITIES);
        for (int i = 1; i < stages.size(); i++) {
            states.add(TIMEPOINT_STATES);
        }
        List<SankeyFlow> flows = new ArrayList<>();
        for (Transition t : transitions) {
            int k = stages.indexOf(t.from());
            if (k >= 0 && stages.indexOf(t.to()) == k + 1) {
                flows.add(new SankeyFlow(k, t.fromState(), t.toState(), t.n()));
            }
        }
        String title = "Response " + String.join(" to ", stages.subList(1, stages.size())) + " by baseline severity";
        return SankeyDiagram.of("sankey", title, stages, states, flows);
    }

    private static org.marrow.analysis.figure.Figure swimmer(StudyEndpoints e, int shown) {
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
            addEvent(events, s.day("RELAPSE"), SwimmerEvent.Kind.RELAPSE, end);
            addEvent(events, s.day("HSCT"), SwimmerEvent.Kind.HSCT, end);
            addEvent(events, s.day("DEATH"), SwimmerEvent.Kind.DEATH, end);
            boolean exited = s.day("DEATH").isPresent()
                    || s.day("HSCT").isPresent()
                    || s.day("WITHDRAWN").isPresent()
                    || s.day("LOST_TO_FOLLOW_UP").isPresent();
            lanes.add(new SwimmerLane(s.subjectId(), end, !exited && e.asOf().isPresent(), spans, events));
        }
        return SwimmerPlot.of("swimmer", "Response course of each patient", "Days since start of treatment", lanes);
    }

    private static void addEvent(List<SwimmerEvent> events, OptionalInt day, SwimmerEvent.Kind kind, int end) {
        if (day.isPresent() && day.getAsInt() >= 0 && day.getAsInt() <= end) {
            events.add(new SwimmerEvent(day.getAsInt(), kind));
        }
    }

    private static String safetyText(SafetySummary s) {
        StringBuilder t = new StringBuilder();
        t.append("Adverse events as recorded, worst CTCAE grade per patient (n = ")
                .append(s.n())
                .append("). Any event of grade 3 or more: ")
                .append(rate(s.gradeThreeOrMore()))
                .append(". Infections starting on study days 1 to ")
                .append(s.infectionWindowDays())
                .append(": ")
                .append(rate(s.infections()))
                .append(", by worst grade ")
                .append(s.infectionsByWorstGrade())
                .append('.');
        if (s.infectionsAfterCyclophosphamide() != null) {
            t.append(" Infections starting on or after the first cyclophosphamide dose: ")
                    .append(rate(s.infectionsAfterCyclophosphamide()))
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

    private record NeutrophilFigure(org.marrow.analysis.figure.Figure figure, String caption) {}

    private static NeutrophilFigure neutrophils(StudyEndpoints e) {
        List<DayRange> cycles = Safety.cyclophosphamideCycles(e);
        List<CyclePanel> panels = new ArrayList<>();
        int shown = 0;
        for (int c = 0; c < cycles.size() && c < 4; c++) {
            DayRange cycle = cycles.get(c);
            List<AncSeries> series = new ArrayList<>();
            for (SubjectEndpoints s : e.subjects()) {
                if (series.size() >= MAX_PLOTTED_SUBJECTS || !Safety.received(e, s.subjectId(), cycle)) {
                    continue;
                }
                java.time.LocalDate start = s.firstDose().plusDays(cycle.from() - 1L);
                List<AncValue> values = new ArrayList<>();
                for (LabResult r :
                        e.labs(s.subjectId()).between(LabTest.NEUT, start.minusDays(7), start.plusDays(21))) {
                    int day = (int) java.time.temporal.ChronoUnit.DAYS.between(start, r.date());
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
            return null;
        }
        return new NeutrophilFigure(
                NeutrophilPlot.of(
                        "neutrophils",
                        "Neutrophil counts around each cyclophosphamide cycle",
                        "Day from the cycle's first dose",
                        panels),
                "Measured neutrophil counts from 7 days before to 21 days after each cycle's first dose"
                        + (shown >= MAX_PLOTTED_SUBJECTS
                                ? " (the first " + MAX_PLOTTED_SUBJECTS + " patients per cycle)"
                                : "")
                        + "; bold: median.");
    }

    private static List<Map<String, Object>> subjectRows(StudyEndpoints e) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (SubjectEndpoints s : e.subjects()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("subject_id", s.subjectId());
            m.put("arm", s.arm());
            m.put("severity", s.severityLabel());
            m.put("per_protocol", s.perProtocol());
            Map<String, Object> tps = new LinkedHashMap<>();
            s.timepoints().forEach(t -> tps.put(t.timepoint(), StudyEndpoints.state(s, t.timepoint())));
            m.put("timepoints", tps);
            m.put(
                    "first_response_day",
                    s.firstResponseDay().isPresent() ? s.firstResponseDay().getAsInt() : null);
            m.put(
                    "first_superior_day",
                    s.firstSuperiorDay().isPresent() ? s.firstSuperiorDay().getAsInt() : null);
            m.put("first_cr_day", s.firstCrDay().isPresent() ? s.firstCrDay().getAsInt() : null);
            m.put("follow_up_day", s.followUpDay());
            out.add(m);
        }
        return out;
    }
}
