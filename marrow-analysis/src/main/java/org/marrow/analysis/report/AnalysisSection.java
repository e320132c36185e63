package org.marrow.analysis.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.marrow.analysis.endpoint.AnalysisPlan;
import org.marrow.analysis.endpoint.Populations;
import org.marrow.analysis.endpoint.StudyEndpoints;
import org.marrow.analysis.endpoint.SubjectEndpoints;
import org.marrow.analysis.endpoint.TimepointState;
import org.marrow.analysis.figure.Figure;
import org.marrow.analysis.figure.FlowExit;
import org.marrow.analysis.figure.FlowStage;
import org.marrow.analysis.figure.ParticipantFlow;
import org.marrow.protocol.schedule.Visit;

/**
 * The report's first section, "Analysis": the protocol, populations, timepoint windows, data cut-off
 * and tests used, and the participant flow diagram.
 */
final class AnalysisSection {
    private AnalysisSection() {}

    static void add(Report.Builder b, StudyEndpoints e, Populations populations) {
        b.section("Analysis");
        definitions(b, e);
        b.figure(
                flow(e, populations),
                "Participant flow: screened, treated (ITT: at least one dose), and assessed at the last timepoint.");
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

    private static Figure flow(StudyEndpoints e, Populations pop) {
        List<FlowExit> screenExits = new ArrayList<>();
        if (pop.withdrewBeforeTreatment() > 0) {
            screenExits.add(new FlowExit("Withdrew before treatment", pop.withdrewBeforeTreatment()));
        }
        if (pop.notTreatedOther() > 0) {
            screenExits.add(new FlowExit("Not treated", pop.notTreatedOther()));
        }
        List<FlowStage> stages = new ArrayList<>();
        stages.add(new FlowStage("Screened", pop.screened(), screenExits.isEmpty() ? null : "Excluded", screenExits));
        int treated = e.subjects().size();
        if (e.timepoints().isEmpty()) {
            stages.add(FlowStage.of("Treated (ITT)", treated));
        } else {
            Visit last = e.timepoints().get(e.timepoints().size() - 1);
            Map<TimepointState, Integer> reasons = new LinkedHashMap<>();
            int assessed = 0;
            for (SubjectEndpoints s : e.subjects()) {
                TimepointState state = StudyEndpoints.state(s, last.name());
                if (state.isAssessed()) {
                    assessed++;
                } else {
                    reasons.merge(state, 1, Integer::sum);
                }
            }
            List<FlowExit> exits = new ArrayList<>();
            reasons.forEach((k, v) -> exits.add(new FlowExit(k.label(), v)));
            stages.add(new FlowStage(
                    "Treated (ITT)",
                    treated,
                    exits.isEmpty() ? null : "Not assessed at " + StudyEndpoints.label(last),
                    exits));
            stages.add(FlowStage.of("Assessed at " + StudyEndpoints.label(last), assessed));
        }
        return ParticipantFlow.of("participant-flow", "Participant flow", stages);
    }
}
