package org.marrow.analysis.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.marrow.analysis.StudyAnalysis;
import org.marrow.analysis.endpoint.AnalysisPlan;
import org.marrow.analysis.endpoint.BaselineCharacteristic;
import org.marrow.analysis.endpoint.BaselineTable;
import org.marrow.analysis.endpoint.CompleterResults;
import org.marrow.analysis.endpoint.EnrolmentSeverity;
import org.marrow.analysis.endpoint.GroupAnalyses;
import org.marrow.analysis.endpoint.Population;
import org.marrow.analysis.endpoint.Populations;
import org.marrow.analysis.endpoint.RateComparison;
import org.marrow.analysis.endpoint.RateMeasure;
import org.marrow.analysis.endpoint.ResponseAtTimepoint;
import org.marrow.analysis.endpoint.SeverityGroup;
import org.marrow.analysis.endpoint.StudyEndpoints;
import org.marrow.analysis.endpoint.SubgroupRate;
import org.marrow.analysis.endpoint.SubjectEndpoints;
import org.marrow.analysis.endpoint.TimeSummaries;
import org.marrow.analysis.endpoint.TimeSummary;
import org.marrow.analysis.endpoint.TimeSummaryComparison;
import org.marrow.analysis.endpoint.TimeToEvent;
import org.marrow.analysis.endpoint.TimeToEventComparison;
import org.marrow.analysis.endpoint.TimepointState;
import org.marrow.analysis.endpoint.Transition;
import org.marrow.analysis.safety.SafetySummary;
import org.marrow.analysis.stage.SimonStage;
import org.marrow.analysis.stage.SimonStatus;
import org.marrow.analysis.stage.StageDecision;
import org.marrow.analysis.table.StatTest;
import org.marrow.clinical.message.Message;
import org.marrow.clinical.response.CriteriaSet;
import org.marrow.protocol.schedule.Visit;
import org.marrow.stats.design.OperatingCharacteristics;
import org.marrow.study.EventType;

/**
 * Every number of a study's report, as {@code results.json} holds them after the {@code "report"}
 * header: each component is a top-level entry, written in snake_case in this order.
 *
 * @param analysis the definitions used
 * @param populations the populations' sizes
 * @param response response rates per timepoint, ITT
 * @param responsePerProtocol response rates per timepoint, per protocol
 * @param comparisons rates compared between groups
 * @param transitions subjects moving between states from baseline through the timepoints
 * @param timeToEvent the time-to-event endpoints
 * @param timeToEventComparisons their log-rank comparisons
 * @param events subjects with each study event (relapse, clonal evolution, death, HSCT, withdrawal,
 *     loss to follow-up)
 * @param safety the safety results
 * @param subjects each subject's endpoints
 * @param simon the Simon two-stage status, null (left out) without a Simon design
 * @param baseline Table 1: baseline characteristics with their tests (and standardized differences)
 * @param severityAtEnrolment treated subjects by severity at enrolment, NSAA split by transfusion
 *     dependence (document 003)
 * @param subgroupResponse the arms' rates within each subgroup (empty, left out, unless the protocol
 *     asks for subgroups)
 * @param completers response and severity among the patients who completed follow-up (null, left
 *     out, unless the protocol asks for it)
 * @param timeSummaries the times to event the protocol summarises its way (empty, left out, unless it
 *     states how or names lab thresholds)
 * @param timeSummaryComparisons their comparisons by the protocol's test
 */
public record StudyResults(
        AnalysisSummary analysis,
        Populations populations,
        List<ResponseAtTimepoint> response,
        List<ResponseAtTimepoint> responsePerProtocol,
        List<RateComparison> comparisons,
        List<Transition> transitions,
        List<TimeToEvent> timeToEvent,
        List<TimeToEventComparison> timeToEventComparisons,
        Map<EventType, Integer> events,
        SafetySummary safety,
        List<SubjectResult> subjects,
        @JsonInclude(JsonInclude.Include.NON_NULL) SimonResults simon,
        List<BaselineCharacteristic> baseline,
        Map<EnrolmentSeverity, Integer> severityAtEnrolment,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<SubgroupRate> subgroupResponse,
        @JsonInclude(JsonInclude.Include.NON_NULL) CompleterResults completers,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<TimeSummary> timeSummaries,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<TimeSummaryComparison> timeSummaryComparisons) {

    /** What {@code results.json} says about how subjects not assessable are counted in ITT. */
    static final String ITT_MISSING_RULE = "not assessable = non-responder, kept in the denominator";

    /**
     * The results of a study's analysis.
     *
     * @param a the analysis
     * @return the results
     * @throws IllegalArgumentException if a is null
     */
    public static StudyResults of(StudyAnalysis a) {
        if (a == null) {
            throw new IllegalArgumentException("Analysis must not be null");
        }
        StudyEndpoints e = a.endpoints();
        return new StudyResults(
                AnalysisSummary.of(e),
                Populations.of(e),
                e.responseRates(Population.ITT),
                e.responseRates(Population.PER_PROTOCOL),
                e.rateComparisons(),
                e.transitions(),
                e.timeToEvent(),
                e.timeToEventComparisons(),
                e.eventCounts(),
                a.safety(),
                e.subjects().stream()
                        .map(s -> SubjectResult.of(s, e.enrolmentSeverity(s)))
                        .toList(),
                a.simon().map(SimonResults::of).orElse(null),
                BaselineTable.of(e),
                e.enrolmentSeverities(e.subjects()),
                GroupAnalyses.subgroupRates(e),
                GroupAnalyses.completers(e).orElse(null),
                TimeSummaries.of(e),
                TimeSummaries.comparisons(e));
    }

    /**
     * The definitions an analysis used.
     *
     * @param protocolId the protocol
     * @param protocolVersion its version
     * @param criteria the response criteria set
     * @param population the primary population
     * @param windowRule how a timepoint's assessment is chosen
     * @param ittMissingRule how subjects not assessable count in ITT
     * @param confidenceLevel the level of every interval
     * @param interval the interval method
     * @param grouping the groups compared
     * @param categoricalTest the test of rates and categories
     * @param continuousTest the test of continuous values
     * @param timeToEventTest the test of times to event
     * @param competingEvents the events competing with response (empty without)
     * @param asOf the data cut-off, null for all data
     * @param timepoints the timepoints and their windows
     */
    public record AnalysisSummary(
            String protocolId,
            String protocolVersion,
            CriteriaSet criteria,
            Population population,
            String windowRule,
            String ittMissingRule,
            double confidenceLevel,
            String interval,
            AnalysisPlan.Grouping grouping,
            StatTest categoricalTest,
            StatTest continuousTest,
            StatTest timeToEventTest,
            List<EventType> competingEvents,
            LocalDate asOf,
            List<TimepointWindow> timepoints) {

        static AnalysisSummary of(StudyEndpoints e) {
            AnalysisPlan plan = e.plan();
            return new AnalysisSummary(
                    e.protocol().id(),
                    e.protocol().version(),
                    e.protocol().response().criteria(),
                    plan.population(),
                    plan.windowRule().description(),
                    ITT_MISSING_RULE,
                    plan.confidenceLevel(),
                    "clopper-pearson",
                    plan.grouping(),
                    plan.categoricalTest(),
                    plan.continuousTest(),
                    plan.timeToEventTest(),
                    plan.competingEvents() ? List.of(EventType.HSCT, EventType.DEATH) : List.of(),
                    e.asOf().orElse(null),
                    e.timepoints().stream().map(TimepointWindow::of).toList());
        }
    }

    /**
     * A response timepoint and its visit window.
     *
     * @param timepoint the short label, e.g. {@code M3}
     * @param visit the visit name
     * @param targetDay the target study day
     * @param windowStart the window's first study day
     * @param windowEnd the window's last study day
     */
    public record TimepointWindow(String timepoint, String visit, int targetDay, int windowStart, int windowEnd) {
        static TimepointWindow of(Visit v) {
            return new TimepointWindow(
                    StudyEndpoints.label(v), v.name(), v.targetDay(), v.windowStart(), v.windowEnd());
        }
    }

    /**
     * One subject's endpoints.
     *
     * @param subjectId the subject
     * @param arm the arm
     * @param severity the baseline severity group
     * @param perProtocol whether per protocol
     * @param timepoints the state at each timepoint, by visit name in protocol order
     * @param firstResponseDay the first study day with a response, null if none
     * @param firstSuperiorDay the first study day with a superior response, null if none
     * @param firstCrDay the first study day with CR, null if none
     * @param followUpDay the study day follow-up ended
     * @param severityAtEnrolment the severity at enrolment, NSAA split by transfusion dependence
     */
    public record SubjectResult(
            String subjectId,
            String arm,
            SeverityGroup severity,
            boolean perProtocol,
            Map<String, TimepointState> timepoints,
            Integer firstResponseDay,
            Integer firstSuperiorDay,
            Integer firstCrDay,
            int followUpDay,
            EnrolmentSeverity severityAtEnrolment) {

        static SubjectResult of(SubjectEndpoints s, EnrolmentSeverity severity) {
            Map<String, TimepointState> states = new LinkedHashMap<>();
            s.timepoints().forEach(t -> states.put(t.timepoint(), t.state()));
            return new SubjectResult(
                    s.subjectId(),
                    s.arm(),
                    s.severityGroup(),
                    s.perProtocol(),
                    java.util.Collections.unmodifiableMap(states),
                    day(s.firstResponseDay()),
                    day(s.firstSuperiorDay()),
                    day(s.firstCrDay()),
                    s.followUpDay(),
                    severity);
        }

        private static Integer day(OptionalInt day) {
            return day.isPresent() ? day.getAsInt() : null;
        }
    }

    /**
     * The Simon two-stage status.
     *
     * @param visit the primary timepoint's visit
     * @param timepoint its short label
     * @param measure the rate counted
     * @param n1 the stage-1 size
     * @param r1 the stage-1 bound
     * @param n the total size
     * @param r the final bound, null if the protocol does not state it
     * @param stages the stages counted so far
     * @param operatingCharacteristics the design's operating characteristics, null without p0, p1
     *     and r
     */
    public record SimonResults(
            String visit,
            String timepoint,
            RateMeasure measure,
            int n1,
            int r1,
            int n,
            Integer r,
            List<StageResult> stages,
            OperatingCharacteristics operatingCharacteristics) {

        static SimonResults of(SimonStatus s) {
            return new SimonResults(
                    s.visit(),
                    s.timepoint(),
                    s.measure(),
                    s.design().n1(),
                    s.design().r1(),
                    s.design().n(),
                    s.design().r().isPresent() ? s.design().r().getAsInt() : null,
                    s.stages().stream().map(StageResult::of).toList(),
                    s.characteristics().orElse(null));
        }
    }

    /**
     * One stage of the Simon design as it stands.
     *
     * @param stage 1 or 2
     * @param size n1 or n
     * @param bound r1 or r, null if not stated
     * @param evaluated subjects evaluated
     * @param responses responses among them
     * @param decision the decision
     * @param rule the decision with its rule, in English
     * @param dropouts treated patients passed over as dropouts, replaced by later patients (when the
     *     protocol states a dropout rate)
     */
    public record StageResult(
            int stage,
            int size,
            Integer bound,
            int evaluated,
            int responses,
            StageDecision decision,
            Message rule,
            int dropouts) {
        static StageResult of(SimonStage s) {
            return new StageResult(
                    s.stage(),
                    s.size(),
                    s.bound().isPresent() ? s.bound().getAsInt() : null,
                    s.evaluated(),
                    s.responses(),
                    s.decision(),
                    s.rule(),
                    s.dropouts());
        }
    }
}
