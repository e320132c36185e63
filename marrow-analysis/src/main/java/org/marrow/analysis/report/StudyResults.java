package org.marrow.analysis.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import org.marrow.analysis.StudyAnalysis;
import org.marrow.analysis.endpoint.AnalysisPlan;
import org.marrow.analysis.endpoint.Population;
import org.marrow.analysis.endpoint.Populations;
import org.marrow.analysis.endpoint.RateComparison;
import org.marrow.analysis.endpoint.RateMeasure;
import org.marrow.analysis.endpoint.ResponseAtTimepoint;
import org.marrow.analysis.endpoint.SeverityGroup;
import org.marrow.analysis.endpoint.StudyEndpoints;
import org.marrow.analysis.endpoint.SubjectEndpoints;
import org.marrow.analysis.endpoint.TimeToEvent;
import org.marrow.analysis.endpoint.TimeToEventComparison;
import org.marrow.analysis.endpoint.TimepointState;
import org.marrow.analysis.endpoint.Transition;
import org.marrow.analysis.safety.SafetySummary;
import org.marrow.analysis.stage.DesignScenario;
import org.marrow.analysis.stage.LookDecision;
import org.marrow.analysis.stage.MonitoringDesign;
import org.marrow.analysis.stage.MonitoringLookStatus;
import org.marrow.analysis.stage.MonitoringStatus;
import org.marrow.analysis.stage.SimonStage;
import org.marrow.analysis.stage.SimonStatus;
import org.marrow.analysis.stage.StageDecision;
import org.marrow.analysis.stage.ToxicityStatus;
import org.marrow.analysis.table.StatTest;
import org.marrow.clinical.message.Message;
import org.marrow.clinical.response.CriteriaSet;
import org.marrow.protocol.schedule.Visit;
import org.marrow.stats.design.OperatingCharacteristics;
import org.marrow.stats.design.ToxicityCharacteristics;
import org.marrow.stats.design.TwoStageEstimate;
import org.marrow.stats.design.TwoStageOutcome;
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
 * @param monitoring the Bayesian monitoring status, null (left out) without {@code design.monitoring}
 * @param toxicityMonitoring the toxicity stopping rules' statuses, left out when the protocol declares
 *     none
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
        @JsonInclude(JsonInclude.Include.NON_NULL) MonitoringResults monitoring,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<ToxicityResults> toxicityMonitoring) {

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
                e.subjects().stream().map(SubjectResult::of).toList(),
                a.simon().map(SimonResults::of).orElse(null),
                a.monitoring().map(MonitoringResults::of).orElse(null),
                a.toxicity().stream().map(ToxicityResults::of).toList());
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
            int followUpDay) {

        static SubjectResult of(SubjectEndpoints s) {
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
                    s.followUpDay());
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
     * @param dropoutsReplaced whether dropouts are replaced (the protocol states a dropout rate)
     * @param inference the inference after the two stages, null until the outcome is known
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
            OperatingCharacteristics operatingCharacteristics,
            boolean dropoutsReplaced,
            InferenceResult inference) {

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
                    s.characteristics().orElse(null),
                    s.dropoutsReplaced(),
                    s.inference()
                            .map(e -> InferenceResult.of(e, s.inferenceSummary().orElseThrow()))
                            .orElse(null));
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
     */
    public record StageResult(
            int stage, int size, Integer bound, int evaluated, int responses, StageDecision decision, Message rule) {
        static StageResult of(SimonStage s) {
            return new StageResult(
                    s.stage(),
                    s.size(),
                    s.bound().isPresent() ? s.bound().getAsInt() : null,
                    s.evaluated(),
                    s.responses(),
                    s.decision(),
                    s.rule());
        }
    }

    /**
     * The inference after a Simon two-stage trial that respects its stopping rule (Koyama and Chen 2008;
     * Jung and Kim 2004): {@code marrow design estimate} on the trial's outcome.
     *
     * @param stoppedAfterStageOne whether the trial stopped after stage 1
     * @param n1 the stage-1 size
     * @param x1 the stage-1 responses
     * @param n the patients evaluated in all
     * @param x the responses in all
     * @param p0 the null rate tested, null when the protocol states none
     * @param observed the naive proportion x / n, which ignores the design
     * @param pValue the one-sided p-value by stage-wise ordering, null without p0
     * @param umvue the uniformly minimum variance unbiased estimate
     * @param mue the median unbiased estimate
     * @param lower the interval's lower limit
     * @param upper the interval's upper limit
     * @param confidenceLevel the interval's two-sided level
     * @param interval the interval: {@code exact} (Marrow's default) or {@code koyama-chen}
     * @param ordering the ordering of the outcomes: {@code stage-wise}
     * @param summary the inference in English
     */
    public record InferenceResult(
            boolean stoppedAfterStageOne,
            int n1,
            int x1,
            int n,
            int x,
            Double p0,
            double observed,
            double pValue,
            double umvue,
            double mue,
            double lower,
            double upper,
            double confidenceLevel,
            String interval,
            String ordering,
            Message summary) {
        static InferenceResult of(TwoStageEstimate e, Message summary) {
            TwoStageOutcome o = e.outcome();
            return new InferenceResult(
                    o.stoppedEarly(),
                    o.n1(),
                    o.x1(),
                    o.n(),
                    o.x(),
                    Double.isNaN(e.p0()) ? null : e.p0(),
                    e.observed(),
                    e.pValue(),
                    e.umvue(),
                    e.medianUnbiased(),
                    e.lower(),
                    e.upper(),
                    e.confidenceLevel(),
                    e.interval().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                    "stage-wise",
                    summary);
        }
    }

    /**
     * The Bayesian monitoring status.
     *
     * @param method {@code bop2} or {@code predictive}
     * @param visit the primary timepoint's visit
     * @param timepoint its short label
     * @param lambda BOP2's lambda, null for the predictive design
     * @param gamma BOP2's gamma, null for the predictive design
     * @param boundaries the boundary at each look
     * @param looks the looks up to the first not passed
     * @param decision where the trial stands
     * @param typeIError the design's largest probability of go under a null scenario
     * @param power the design's probability of go under the alternative
     * @param scenarios the operating characteristics
     */
    public record MonitoringResults(
            String method,
            String visit,
            String timepoint,
            Double lambda,
            Double gamma,
            List<BoundaryResult> boundaries,
            List<LookResult> looks,
            LookDecision decision,
            double typeIError,
            double power,
            List<DesignScenario> scenarios) {
        static MonitoringResults of(MonitoringStatus s) {
            MonitoringDesign d = s.design();
            boolean tox = d.toxicity().isPresent();
            return new MonitoringResults(
                    d.method(),
                    s.visit(),
                    s.timepoint(),
                    Double.isNaN(d.lambda()) ? null : d.lambda(),
                    Double.isNaN(d.gamma()) ? null : d.gamma(),
                    d.looks().stream()
                            .map(b -> new BoundaryResult(
                                    b.n(), b.cutoff(), b.futility(), tox ? Integer.valueOf(b.toxicity()) : null))
                            .toList(),
                    s.looks().stream().map(l -> LookResult.of(s, l)).toList(),
                    s.decision(),
                    d.typeIError(),
                    d.power(),
                    d.scenarios());
        }
    }

    /**
     * One look's boundary.
     *
     * @param n the evaluable patients at the look
     * @param cutoff BOP2's posterior probability cutoff, null for the predictive design
     * @param stopIfResponsesAtMost the futility bound (-1: none stops)
     * @param stopIfToxicitiesAtLeast the toxicity bound, null when toxicity is not monitored
     */
    public record BoundaryResult(int n, double cutoff, int stopIfResponsesAtMost, Integer stopIfToxicitiesAtLeast) {}

    /**
     * One look of the Bayesian monitoring as it stands.
     *
     * @param look the look's number
     * @param n its size
     * @param evaluated patients evaluated at the timepoint
     * @param responses responses among them
     * @param toxicities patients with the toxicity, null when not monitored
     * @param replaced dropouts replaced on the way
     * @param decision the decision
     * @param rule the decision with its counts and boundary, in English
     */
    public record LookResult(
            int look,
            int n,
            int evaluated,
            int responses,
            Integer toxicities,
            int replaced,
            LookDecision decision,
            Message rule) {
        static LookResult of(MonitoringStatus s, MonitoringLookStatus l) {
            return new LookResult(
                    l.look(),
                    l.n(),
                    l.evaluated(),
                    l.responses(),
                    l.toxicities().isPresent() ? l.toxicities().getAsInt() : null,
                    l.replaced(),
                    l.decision(),
                    s.summary(l));
        }
    }

    /**
     * A toxicity stopping rule's status.
     *
     * @param id the rule's id
     * @param text the protocol's words
     * @param source where the document says it
     * @param counts what the rule counts, in English
     * @param boundaryRule how the boundary is drawn, in English
     * @param denominator who counts in the denominator, in English
     * @param looksPlanned the looks' sizes
     * @param maxAcceptable the boundary: stop if more than this at each look
     * @param atRisk treated patients at risk
     * @param evaluable patients evaluable so far
     * @param toxicities evaluable patients with the toxicity
     * @param notEvaluable patients whose follow-up ended before the window closed without the toxicity
     * @param posteriorExcess {@code Pr(rate > limit | data)} for a Bayesian rule, null otherwise
     * @param looks the looks up to the first not passed
     * @param decision where the rule stands
     * @param operatingCharacteristics the boundary's characteristics at the rule's rates
     */
    public record ToxicityResults(
            String id,
            String text,
            String source,
            Message counts,
            Message boundaryRule,
            String denominator,
            List<Integer> looksPlanned,
            List<Integer> maxAcceptable,
            int atRisk,
            int evaluable,
            int toxicities,
            int notEvaluable,
            double posteriorExcess,
            List<ToxicityLookResult> looks,
            LookDecision decision,
            List<ToxicityCharacteristics> operatingCharacteristics) {

        /** What {@code results.json} says about the denominator of a toxicity rule. */
        static final String DENOMINATOR = "treated patients (who received the drug the window counts from) with an"
                + " event in the window, counted at its onset, or followed through the window's last day; follow-up"
                + " ended earlier without the event = not evaluable; looks take patients in the order they became"
                + " evaluable";

        static ToxicityResults of(ToxicityStatus s) {
            return new ToxicityResults(
                    s.rule().id(),
                    s.rule().text(),
                    s.rule().source(),
                    s.counts(),
                    s.limit(),
                    DENOMINATOR,
                    s.rule().looks(),
                    s.boundary().maxAcceptable(),
                    s.atRisk(),
                    s.evaluable(),
                    s.toxicities(),
                    s.notEvaluable(),
                    s.posteriorExcess(),
                    s.looks().stream()
                            .map(l -> new ToxicityLookResult(
                                    l.look(),
                                    l.n(),
                                    l.maxAcceptable(),
                                    l.evaluable(),
                                    l.toxicities(),
                                    l.decision(),
                                    s.summary(l)))
                            .toList(),
                    s.decision(),
                    s.characteristics());
        }
    }

    /**
     * One look of a toxicity stopping rule as it stands.
     *
     * @param look the look's number
     * @param n its size
     * @param maxAcceptable stop if more than this
     * @param evaluable patients of the look evaluable so far
     * @param toxicities patients among them with the toxicity
     * @param decision the decision
     * @param rule the decision with its counts and bound, in English
     */
    public record ToxicityLookResult(
            int look, int n, int maxAcceptable, int evaluable, int toxicities, LookDecision decision, Message rule) {}
}
