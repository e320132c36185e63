package org.marrow.app.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.marrow.analysis.StudyAnalysis;
import org.marrow.analysis.endpoint.AnalysisPlan;
import org.marrow.analysis.endpoint.Population;
import org.marrow.analysis.endpoint.ResponseAtTimepoint;
import org.marrow.analysis.safety.SafetySummary;
import org.marrow.analysis.safety.TermSummary;
import org.marrow.analysis.stage.MonitoringStatus;
import org.marrow.analysis.stage.SimonStatus;
import org.marrow.analysis.stage.ToxicityStatus;
import org.marrow.app.security.Caller;
import org.marrow.app.study.Study;
import org.marrow.app.subject.SubjectView;
import org.marrow.app.subject.Subjects;
import org.marrow.protocol.design.AnalysisSettings;
import org.springframework.stereotype.Service;

/**
 * A study at a glance, on request, from the data the caller sees: enrolment by site, and from
 * marrow-analysis alone the response rates at the protocol's timepoints (the visit window rule, the
 * plan's population), the Simon stage status with its inference once the trial is complete or stopped,
 * the Bayesian monitoring, the toxicity stopping rules and the safety tallies, as of today.
 */
@Service
class StudyDashboard {
    private final StudyAnalyses analyses;
    private final Subjects subjects;

    StudyDashboard(StudyAnalyses analyses, Subjects subjects) {
        this.analyses = analyses;
        this.subjects = subjects;
    }

    record SiteRow(String site, int subjects, int enrolled, int treated, int withdrawn) {}

    /**
     * What the dashboard shows.
     *
     * @param study the study
     * @param screened subjects entered (that the caller sees)
     * @param sites participants by site
     * @param enrolment each site's enrolment dates
     * @param protocolKnown whether the server knows the study's protocol
     * @param analysis the study's analysis, null without one
     * @param problem why the protocol's analysis plan cannot be analysed, null otherwise
     */
    record Dashboard(
            Study study,
            int screened,
            List<SiteRow> sites,
            Map<String, List<LocalDate>> enrolment,
            boolean protocolKnown,
            StudyAnalysis analysis,
            String problem) {

        /**
         * Treated subjects: the ITT population.
         *
         * @return the count
         */
        public int treated() {
            return analysis == null
                    ? sites.stream().mapToInt(SiteRow::treated).sum()
                    : analysis.endpoints().subjects().size();
        }

        /**
         * The primary population of the protocol's analysis plan.
         *
         * @return the population, ITT without an analysis
         */
        public Population population() {
            return analysis == null
                    ? Population.ITT
                    : analysis.endpoints().plan().population();
        }

        /**
         * The response rates at each timepoint in the primary population.
         *
         * @return one row per timepoint, empty without an analysis
         */
        public List<ResponseAtTimepoint> timepoints() {
            return analysis == null ? List.of() : analysis.endpoints().responseRates(population());
        }

        /**
         * The Simon stage status.
         *
         * @return the status, null without a Simon design or an analysis
         */
        public SimonStatus simon() {
            return analysis == null ? null : analysis.simon().orElse(null);
        }

        /**
         * The Bayesian monitoring status (templates/monitoring.html).
         *
         * @return the status, null without {@code design.monitoring} or an analysis
         */
        public MonitoringStatus monitoring() {
            return analysis == null ? null : analysis.monitoring().orElse(null);
        }

        /**
         * The toxicity stopping rules' statuses (templates/monitoring.html).
         *
         * @return the statuses, empty without rules or an analysis
         */
        public List<ToxicityStatus> toxicity() {
            return analysis == null ? List.of() : analysis.toxicity();
        }

        /**
         * The adverse events by term, most frequent first.
         *
         * @return the terms, empty without an analysis
         */
        public List<TermSummary> safety() {
            return analysis == null ? List.of() : analysis.safety().terms();
        }

        /**
         * Patients with any adverse event of grade 3 or more.
         *
         * @return the count
         */
        public int severePatients() {
            return analysis == null ? 0 : analysis.safety().gradeThreeOrMore().x();
        }

        /**
         * Patients with any serious adverse event.
         *
         * @return the count
         */
        public int seriousPatients() {
            return analysis == null ? 0 : analysis.safety().serious();
        }

        /**
         * Patients who died.
         *
         * @return the count
         */
        public int deaths() {
            return analysis == null ? 0 : analysis.safety().deaths();
        }

        /**
         * The confidence level of the intervals.
         *
         * @return e.g. 0.95
         */
        public double confidenceLevel() {
            return analysis == null
                    ? AnalysisSettings.DEFAULT_CONFIDENCE_LEVEL.doubleValue()
                    : analysis.endpoints().plan().confidenceLevel();
        }

        /**
         * The confidence level in percent, as written next to the intervals.
         *
         * @return e.g. {@code "95"} or {@code "97.5"}
         */
        public String confidencePercent() {
            return java.math.BigDecimal.valueOf(confidenceLevel() * 100)
                    .stripTrailingZeros()
                    .toPlainString();
        }

        /**
         * How the intervals are computed.
         *
         * @return the method's name, as protocols name it
         */
        public String interval() {
            return "clopper-pearson";
        }

        /**
         * Whether comparisons are between severity groups or arms.
         *
         * @return the plan's grouping, null without an analysis
         */
        public AnalysisPlan.Grouping grouping() {
            return analysis == null ? null : analysis.endpoints().plan().grouping();
        }

        /**
         * The safety summary.
         *
         * @return the summary, null without an analysis
         */
        public SafetySummary safetySummary() {
            return analysis == null ? null : analysis.safety();
        }
    }

    Dashboard of(Study study, Caller caller, LocalDate today) {
        StudyAnalyses.Analysed analysed = analyses.of(study, caller, today);
        List<SubjectView> views = subjects.list(study.id(), caller);
        Map<String, SiteRow> sites = new TreeMap<>();
        Map<String, List<LocalDate>> enrolment = new TreeMap<>();
        for (SubjectView v : views) {
            SiteRow old = sites.getOrDefault(v.siteCode(), new SiteRow(v.siteCode(), 0, 0, 0, 0));
            sites.put(
                    v.siteCode(),
                    new SiteRow(
                            v.siteCode(),
                            old.subjects() + 1,
                            old.enrolled() + (v.enrolledOn() != null ? 1 : 0),
                            old.treated() + (v.firstDoseOn() != null ? 1 : 0),
                            old.withdrawn() + (v.withdrawnOn() != null ? 1 : 0)));
            enrolment.computeIfAbsent(v.siteCode(), k -> new ArrayList<>());
            if (v.enrolledOn() != null) {
                enrolment.get(v.siteCode()).add(v.enrolledOn());
            }
        }
        return new Dashboard(
                study,
                views.size(),
                List.copyOf(sites.values()),
                enrolment,
                analysed.protocolKnown(),
                analysed.analysis().orElse(null),
                analysed.problem());
    }
}
