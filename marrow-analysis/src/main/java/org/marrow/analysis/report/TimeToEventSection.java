package org.marrow.analysis.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.marrow.analysis.endpoint.AnalysisPlan;
import org.marrow.analysis.endpoint.Group;
import org.marrow.analysis.endpoint.StudyEndpoints;
import org.marrow.analysis.endpoint.TimeSummary;
import org.marrow.analysis.endpoint.TimeSummaryComparison;
import org.marrow.analysis.endpoint.TimeToEvent;
import org.marrow.analysis.endpoint.TimeToEventComparison;
import org.marrow.analysis.endpoint.TimeToEventEndpoint;
import org.marrow.analysis.figure.CurvePoint;
import org.marrow.analysis.figure.Figure;
import org.marrow.analysis.figure.KaplanMeierPlot;
import org.marrow.analysis.figure.StepCurve;
import org.marrow.analysis.table.Formats;
import org.marrow.analysis.table.Row;
import org.marrow.analysis.table.StatTest;
import org.marrow.analysis.table.Table;
import org.marrow.protocol.design.TimeToEventSummary;
import org.marrow.stats.survival.SurvivalCurve;
import org.marrow.stats.survival.SurvivalRow;

/**
 * "Time to response": Kaplan-Meier medians with their intervals, log-rank comparisons (Table 5) and
 * the Kaplan-Meier curves with numbers at risk (document 000: median time to first PR 86 days,
 * to superior remission 131 days; document 001: time to response and CR by group).
 */
final class TimeToEventSection {
    private TimeToEventSection() {}

    static void add(Report.Builder b, StudyEndpoints e, StudyResults results) {
        b.section("Time to response");
        b.paragraph("Time is the study day (day 1 = first dose) of the first assessment meeting the criteria. "
                + "Patients without the event are censored at the end of follow-up; in the Kaplan-Meier analysis "
                + "HSCT and death before the event are censorings too"
                + (e.plan().competingEvents()
                        ? ", and the cumulative incidence (cmprsk cuminc) treats them as competing events."
                        : "."));
        b.table(table(results.timeToEvent(), results.timeToEventComparisons()));
        if (!results.timeSummaries().isEmpty()) {
            b.paragraph(summaryText(e));
            b.table(summaryTable(results.timeSummaries(), results.timeSummaryComparisons()));
        }
        if (!e.subjects().isEmpty()) {
            for (TimeToEventEndpoint endpoint : TimeToEventEndpoint.values()) {
                b.figure(
                        kaplanMeier(e, endpoint),
                        "Kaplan-Meier estimate of the cumulative proportion with " + endpoint.event()
                                + ", with numbers at risk.");
            }
        }
    }

    private static String days(double median, double lower, double upper) {
        return Formats.number(median, 0) + " (" + Formats.number(lower, 0) + Formats.DASH + Formats.number(upper, 0)
                + ")";
    }

    private static Table table(List<TimeToEvent> times, List<TimeToEventComparison> tests) {
        List<Row> rows = new ArrayList<>();
        boolean withP = !tests.isEmpty();
        for (TimeToEvent t : times) {
            List<String> cells = new ArrayList<>(List.of(
                    t.endpoint().code(),
                    t.group().label(),
                    Integer.toString(t.n()),
                    Integer.toString(t.events()),
                    Integer.toString(t.competingEvents()),
                    days(t.median(), t.lower(), t.upper())));
            if (withP) {
                TimeToEventComparison c = tests.stream()
                        .filter(x -> x.endpoint() == t.endpoint())
                        .findFirst()
                        .orElse(null);
                boolean first = t.group().equals(Group.ALL) && c != null;
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

    private static String summaryText(StudyEndpoints e) {
        TimeToEventSummary t = e.plan().timeSummary();
        String lab = e.plan().analyses().labThresholds().isEmpty()
                ? ""
                : " The time to a lab threshold is the study day of the first value after day 1 that meets it.";
        return (t.summary() == TimeToEventSummary.Summary.MEDIAN_AMONG_EVENTS
                        ? "As the protocol states, times are also summarised as the median (range) among the patients "
                                + "who had the event, compared by the "
                                + AnalysisPlan.test(t.test()).label()
                                + " of those times (document 001)."
                        : "As the protocol states, times are summarised as Kaplan-Meier medians, compared by the "
                                + AnalysisPlan.test(t.test()).label() + ".")
                + lab;
    }

    private static Table summaryTable(List<TimeSummary> times, List<TimeSummaryComparison> tests) {
        List<Row> rows = new ArrayList<>();
        boolean withP = !tests.isEmpty();
        boolean amongEvents = times.get(0).summary() == TimeToEventSummary.Summary.MEDIAN_AMONG_EVENTS;
        for (TimeSummary t : times) {
            List<String> cells = new ArrayList<>(List.of(
                    t.endpoint(),
                    t.group().label(),
                    Integer.toString(t.n()),
                    Integer.toString(t.events()),
                    amongEvents ? days(t.median(), t.min(), t.max()) : days(t.median(), t.lower(), t.upper())));
            Row r = new Row(cells, Row.Style.DATA, null);
            if (withP) {
                TimeSummaryComparison c = tests.stream()
                        .filter(x -> x.endpoint().equals(t.endpoint()))
                        .findFirst()
                        .orElse(null);
                boolean first = t.group().equals(Group.ALL) && c != null;
                cells.add(first ? Formats.pValue(c.pValue()) : "");
                r = new Row(cells, Row.Style.DATA, null);
                r = first ? r.testedBy(c.test()) : r;
            }
            rows.add(r);
        }
        List<String> header = new ArrayList<>(List.of(
                "Endpoint",
                "Group",
                "n",
                "Events",
                amongEvents ? "Median among events, days (range)" : "Median, days (95% CI)"));
        if (withP) {
            header.add("P value");
        }
        return new Table(
                "time-summaries",
                "Table 5b. Times to event as the protocol summarises them",
                header,
                rows,
                List.of(
                        amongEvents
                                ? "Among the patients with the event; NA: nobody had it."
                                : "NA: the curve (or its confidence limit) does not reach 0.5."));
    }

    private static StepCurve step(String label, SurvivalCurve curve) {
        List<CurvePoint> points = new ArrayList<>();
        for (SurvivalRow r : curve.rows()) {
            points.add(new CurvePoint(r.time(), r.nRisk(), r.nEvent(), r.nCensor(), r.surv()));
        }
        return new StepCurve(label, points);
    }

    private static Figure kaplanMeier(StudyEndpoints e, TimeToEventEndpoint endpoint) {
        Map<Group, SurvivalCurve> curves = e.kaplanMeier(endpoint);
        List<StepCurve> steps = new ArrayList<>();
        double max = 0;
        for (Map.Entry<Group, SurvivalCurve> c : curves.entrySet()) {
            if (steps.size() < 7) {
                steps.add(step(c.getKey().equals(Group.ALL) ? "All" : c.getKey().label(), c.getValue()));
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
        return KaplanMeierPlot.withDefaults()
                .with(KaplanMeierPlot.Scale.CUMULATIVE)
                .withTimeLabel("Days since start of treatment")
                .withValueLabel("Cumulative " + endpoint.event())
                .withRiskTimes(ticks.stream().mapToDouble(Double::doubleValue).toArray())
                .draw("km-" + endpoint.code(), "Time to " + endpoint.event(), steps);
    }
}
