package org.marrow.app.web.page;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.marrow.analysis.figure.Rate;
import org.marrow.app.assessment.StudyRules;
import org.marrow.app.security.Caller;
import org.marrow.app.study.Study;
import org.marrow.app.subject.SubjectView;
import org.marrow.app.subject.Subjects;
import org.marrow.app.transfer.DatasetTransfer;
import org.marrow.clinical.response.Baseline;
import org.marrow.clinical.response.ResponseCategory;
import org.marrow.clinical.response.ResponseCriteria;
import org.marrow.protocol.Protocol;
import org.marrow.protocol.design.AnalysisSettings;
import org.marrow.protocol.design.Endpoint;
import org.marrow.protocol.design.SimonTwoStage;
import org.marrow.protocol.schedule.SubjectSchedule;
import org.marrow.protocol.schedule.Visit;
import org.marrow.stats.design.OperatingCharacteristics;
import org.marrow.stats.interval.ProportionEstimate;
import org.marrow.stats.interval.ProportionInterval;
import org.marrow.study.AdverseEvent;
import org.marrow.study.EventType;
import org.marrow.study.StudyDataset;
import org.marrow.study.Subject;
import org.marrow.study.SubjectRecords;
import org.springframework.stereotype.Service;

/**
 * A study at a glance, derived on request from the source data the caller sees: enrolment by site,
 * response rates with confidence intervals at the protocol's timepoints, the Simon stage status and
 * safety signals.
 *
 * <p>Response at a timepoint is assessed on the visit's target day (study day 1 = first dose) with the
 * latest values on or before it, as the rules do for any date. The population is intention-to-treat:
 * every treated subject whose target day has passed; a subject the rules cannot assess there (missing
 * or stale counts, death, transplant, lost to follow-up) counts as not responding and is shown as
 * "not evaluable".
 */
@Service
class StudyDashboard {

    private final DatasetTransfer transfer;
    private final Subjects subjects;
    private final StudyProtocols protocols;
    private final StudyRules rules = new StudyRules.ByCriteriaSet();

    StudyDashboard(DatasetTransfer transfer, Subjects subjects, StudyProtocols protocols) {
        this.transfer = transfer;
        this.subjects = subjects;
        this.protocols = protocols;
    }

    record SiteRow(String site, int subjects, int enrolled, int treated, int withdrawn) {}

    record TimepointRow(
            String visit,
            int targetDay,
            int n,
            Rate orr,
            Rate superior,
            Rate cr,
            int notEvaluable,
            Map<ResponseCategory, Integer> categories) {}

    /**
     * The Simon two-stage status: stage 1 always, stage 2 once stage 1 is passed.
     *
     * @param simon the design
     * @param visit the primary timepoint
     * @param stage1Evaluated how many of the first n1 treated have reached the primary timepoint
     * @param stage1Responses how many of them responded
     * @param stage1Decision the message key of the stage 1 decision
     * @param stage2Evaluated the same among the first n, null before stage 2
     * @param stage2Responses responses among them, null before stage 2
     * @param stage2Decision the message key of the stage 2 decision, null before stage 2
     * @param characteristics the operating characteristics, when p0, p1 and r are stated
     */
    record SimonStatus(
            SimonTwoStage simon,
            String visit,
            int stage1Evaluated,
            int stage1Responses,
            String stage1Decision,
            Integer stage2Evaluated,
            Integer stage2Responses,
            String stage2Decision,
            OperatingCharacteristics characteristics) {}

    record SafetyRow(String term, int events, int subjects, int severe, int serious) {}

    record Dashboard(
            Study study,
            Protocol protocol,
            int screened,
            int treated,
            List<SiteRow> sites,
            Map<String, List<LocalDate>> enrolment,
            String interval,
            double confidenceLevel,
            List<TimepointRow> timepoints,
            SimonStatus simon,
            List<SafetyRow> safety,
            int severeEvents,
            int seriousEvents,
            int deaths) {

        /**
         * The confidence level in percent, as written next to the intervals.
         *
         * @return e.g. {@code "95"} or {@code "97.5"}
         */
        public String confidencePercent() {
            return java.math.BigDecimal.valueOf(confidenceLevel * 100)
                    .stripTrailingZeros()
                    .toPlainString();
        }
    }

    Dashboard of(Study study, Caller caller, LocalDate today) {
        StudyDataset data = transfer.export(study.id(), caller);
        Protocol protocol = protocols.of(study).orElse(null);
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
        List<Subject> treated = data.subjects().stream()
                .filter(s -> s.firstDoseOn().isPresent())
                .sorted(Comparator.comparing((Subject s) -> s.firstDoseOn().get())
                        .thenComparing(Subject::subjectId))
                .toList();
        ResponseCriteria criteria = rules.response(study);
        String intervalLabel =
                protocol == null ? "clopper-pearson" : protocol.design().confidenceInterval();
        double level =
                (protocol == null ? AnalysisSettings.NONE : protocol.design().analysis()).confidenceLevelOrDefault();
        ProportionInterval interval;
        try {
            interval = ProportionInterval.fromLabel(intervalLabel);
        } catch (IllegalArgumentException e) {
            interval = ProportionInterval.CLOPPER_PEARSON;
            intervalLabel = interval.label();
        }
        List<TimepointRow> rows = new ArrayList<>();
        Map<String, Map<String, Optional<ResponseCategory>>> byVisit = new LinkedHashMap<>();
        if (protocol != null) {
            for (String name : protocol.response().timepoints()) {
                Visit visit = protocol.visit(name).orElse(null);
                if (visit == null) {
                    continue;
                }
                Map<String, Optional<ResponseCategory>> outcome = new LinkedHashMap<>();
                for (Subject s : treated) {
                    LocalDate on = SubjectSchedule.dateOf(s.firstDoseOn().get(), visit.targetDay());
                    if (!on.isAfter(today)) {
                        outcome.put(s.subjectId(), responseOn(criteria, data.recordsOf(s.subjectId()), on));
                    }
                }
                byVisit.put(name, outcome);
                rows.add(row(name, visit.targetDay(), outcome, interval, level));
            }
        }
        SimonStatus simon = protocol == null ? null : simon(protocol, treated, byVisit);
        Map<String, SafetyRow> safety = new TreeMap<>();
        Map<String, java.util.Set<String>> termSubjects = new TreeMap<>();
        int severe = 0;
        int serious = 0;
        for (AdverseEvent a : data.adverseEvents()) {
            SafetyRow old = safety.getOrDefault(a.term(), new SafetyRow(a.term(), 0, 0, 0, 0));
            termSubjects
                    .computeIfAbsent(a.term(), k -> new java.util.TreeSet<>())
                    .add(a.subjectId());
            safety.put(
                    a.term(),
                    new SafetyRow(
                            a.term(),
                            old.events() + 1,
                            termSubjects.get(a.term()).size(),
                            old.severe() + (a.grade() >= 3 ? 1 : 0),
                            old.serious() + (a.serious() ? 1 : 0)));
            severe += a.grade() >= 3 ? 1 : 0;
            serious += a.serious() ? 1 : 0;
        }
        List<SafetyRow> safetyRows = safety.values().stream()
                .sorted(Comparator.comparingInt(SafetyRow::severe)
                        .thenComparingInt(SafetyRow::subjects)
                        .reversed()
                        .thenComparing(SafetyRow::term))
                .toList();
        int deaths = (int)
                data.events().stream().filter(e -> e.type() == EventType.DEATH).count();
        return new Dashboard(
                study,
                protocol,
                views.size(),
                treated.size(),
                List.copyOf(sites.values()),
                enrolment,
                intervalLabel,
                level,
                rows,
                simon,
                safetyRows,
                severe,
                serious,
                deaths);
    }

    /**
     * The response category on a date, empty when the rules cannot decide it (or before treatment).
     *
     * @param criteria the response criteria
     * @param r the subject's records
     * @param on the date
     * @return the category
     */
    static Optional<ResponseCategory> responseOn(ResponseCriteria criteria, SubjectRecords r, LocalDate on) {
        Optional<LocalDate> day1 = r.subject().firstDoseOn();
        if (day1.isEmpty() || !on.isAfter(day1.get())) {
            return Optional.empty();
        }
        try {
            Baseline baseline = criteria.baseline(r.labHistory(), r.transfusionHistory(), day1.get());
            return criteria.assess(r.labHistory(), r.transfusionHistory(), on, baseline)
                    .category();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static TimepointRow row(
            String visit,
            int day,
            Map<String, Optional<ResponseCategory>> outcome,
            ProportionInterval interval,
            double level) {
        int n = outcome.size();
        Map<ResponseCategory, Integer> categories = new EnumMap<>(ResponseCategory.class);
        int orr = 0;
        int superior = 0;
        int cr = 0;
        int unknown = 0;
        for (Optional<ResponseCategory> c : outcome.values()) {
            if (c.isEmpty()) {
                unknown++;
                continue;
            }
            categories.merge(c.get(), 1, Integer::sum);
            orr += c.get().isResponse() ? 1 : 0;
            superior += c.get().isSuperior() ? 1 : 0;
            cr += c.get() == ResponseCategory.CR ? 1 : 0;
        }
        return new TimepointRow(
                visit,
                day,
                n,
                rate(orr, n, interval, level),
                rate(superior, n, interval, level),
                rate(cr, n, interval, level),
                unknown,
                categories);
    }

    private static Rate rate(int x, int n, ProportionInterval interval, double level) {
        if (n == 0) {
            return null;
        }
        ProportionEstimate e = interval.estimate(x, n, level);
        return new Rate(x, n, e.estimate(), e.lower(), e.upper());
    }

    private static SimonStatus simon(
            Protocol protocol, List<Subject> treated, Map<String, Map<String, Optional<ResponseCategory>>> byVisit) {
        SimonTwoStage simon = protocol.design().simon().orElse(null);
        if (simon == null) {
            return null;
        }
        String visit = protocol.endpoints().stream()
                .filter(e -> e.role() == Endpoint.Role.PRIMARY)
                .flatMap(e -> e.visit().stream())
                .findFirst()
                .orElse(
                        protocol.response().timepoints().isEmpty()
                                ? null
                                : protocol.response().timepoints().get(0));
        Map<String, Optional<ResponseCategory>> outcome =
                visit == null ? Map.of() : byVisit.getOrDefault(visit, Map.of());
        OperatingCharacteristics oc = null;
        if (simon.p0().isPresent() && simon.p1().isPresent() && simon.r().isPresent()) {
            oc = org.marrow.stats.design.SimonTwoStage.operatingCharacteristics(
                    simon.n1(),
                    simon.r1(),
                    simon.n(),
                    simon.r().getAsInt(),
                    simon.p0().get().doubleValue(),
                    simon.p1().get().doubleValue());
        }
        int[] stage1 = count(treated, simon.n1(), outcome);
        String decision1;
        if (stage1[1] > simon.r1()) {
            decision1 = "simon.decision.continue";
        } else if (stage1[1] + (simon.n1() - stage1[0]) <= simon.r1()) {
            decision1 = "simon.decision.stop";
        } else {
            decision1 = "simon.decision.pending";
        }
        if (!decision1.equals("simon.decision.continue")) {
            return new SimonStatus(simon, visit, stage1[0], stage1[1], decision1, null, null, null, oc);
        }
        int[] stage2 = count(treated, simon.n(), outcome);
        Integer r = simon.r().isPresent() ? simon.r().getAsInt() : null;
        String decision2;
        if (r != null && stage2[1] > r) {
            decision2 = "simon.decision.promising";
        } else if (r != null && stage2[1] + (simon.n() - stage2[0]) <= r) {
            decision2 = "simon.decision.notPromising";
        } else if (stage2[0] < simon.n()) {
            decision2 = "simon.decision.stage2";
        } else {
            decision2 = "simon.decision.complete";
        }
        return new SimonStatus(simon, visit, stage1[0], stage1[1], decision1, stage2[0], stage2[1], decision2, oc);
    }

    /** Evaluated and responding subjects among the first {@code size} treated. */
    private static int[] count(List<Subject> treated, int size, Map<String, Optional<ResponseCategory>> outcome) {
        int evaluated = 0;
        int responses = 0;
        for (Subject s : treated.subList(0, Math.min(size, treated.size()))) {
            if (outcome.containsKey(s.subjectId())) {
                evaluated++;
                if (outcome.get(s.subjectId()).map(ResponseCategory::isResponse).orElse(false)) {
                    responses++;
                }
            }
        }
        return new int[] {evaluated, responses};
    }
}
