package org.marrow.analysis.report;

import java.util.Map;
import org.marrow.analysis.StudyAnalysis;
import org.marrow.analysis.endpoint.Populations;
import org.marrow.analysis.endpoint.StudyEndpoints;
import org.marrow.analysis.figure.SwimmerPlot;
import org.marrow.analysis.table.Formats;
import org.marrow.study.EventType;

/**
 * The report of a study's analyses: the definitions used and the participant flow, baseline
 * characteristics (Table 1), response at each timepoint with Clopper-Pearson intervals, group
 * comparisons, the Sankey diagram and the swimmer plot, the Simon stage status with the inference after
 * the two stages, the Bayesian monitoring, Kaplan-Meier curves of time to response, adverse events and
 * neutropenia per cyclophosphamide cycle, the toxicity stopping rules, relapse and clonal evolution. Each section is written by its own class from the one {@link StudyAnalysis}; every number
 * is also in {@code results.json} ({@link StudyResults}).
 */
public final class StudyReport {
    /** Subjects drawn at most in the swimmer and neutrophil plots (the first in data set order). */
    public static final int MAX_PLOTTED_SUBJECTS = SwimmerPlot.MAX_LANES;

    private StudyReport() {}

    /**
     * Builds the report.
     *
     * @param analysis the study's analysis
     * @param header the report's provenance
     * @return the report
     * @throws IllegalArgumentException if an argument is null
     */
    public static Report build(StudyAnalysis analysis, ReportHeader header) {
        if (analysis == null || header == null) {
            throw new IllegalArgumentException("Analysis and header must not be null");
        }
        StudyEndpoints e = analysis.endpoints();
        StudyResults results = StudyResults.of(analysis);
        Report.Builder b = Report.builder(header);
        AnalysisSection.add(b, e, results.populations());
        BaselineSection.add(b, e);
        ResponseSection.add(b, e, results);
        analysis.simon().ifPresent(s -> SimonSection.add(b, s));
        analysis.monitoring().ifPresent(m -> MonitoringSection.add(b, m));
        TimeToEventSection.add(b, e, results);
        SafetySection.add(b, e, analysis.safety());
        ToxicityStoppingSection.add(b, analysis.toxicity());
        events(b, results.events(), results.populations());
        return b.results(results).build();
    }

    private static void events(Report.Builder b, Map<EventType, Integer> events, Populations populations) {
        b.section("Relapse and clonal evolution");
        int n = populations.itt();
        b.paragraph("Relapse: " + Formats.countPercent(events.get(EventType.RELAPSE), n, 1) + "; clonal evolution: "
                + Formats.countPercent(events.get(EventType.CLONAL_EVOLUTION), n, 1) + "; HSCT: "
                + Formats.countPercent(events.get(EventType.HSCT), n, 1) + "; death: "
                + Formats.countPercent(events.get(EventType.DEATH), n, 1) + " (of " + n + " treated).");
    }

    static String percent(double level) {
        return Formats.number(level * 100, 0) + "%";
    }
}
