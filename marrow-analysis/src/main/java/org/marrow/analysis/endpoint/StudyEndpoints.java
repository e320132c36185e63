package org.marrow.analysis.endpoint;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.marrow.analysis.table.StatTest;
import org.marrow.clinical.labs.LabHistory;
import org.marrow.clinical.response.ResponseCategory;
import org.marrow.protocol.Protocol;
import org.marrow.protocol.schedule.Visit;
import org.marrow.stats.competing.CumulativeIncidence;
import org.marrow.stats.competing.CumulativeIncidenceCurve;
import org.marrow.stats.competing.CumulativeIncidencePoint;
import org.marrow.stats.rank.RankSumTest;
import org.marrow.stats.survival.KaplanMeier;
import org.marrow.stats.survival.SurvivalComparison;
import org.marrow.stats.survival.SurvivalCurve;
import org.marrow.stats.survival.SurvivalQuantile;
import org.marrow.stats.table.ChiSquareTest;
import org.marrow.stats.table.ContingencyTable;
import org.marrow.stats.table.FisherTest;
import org.marrow.stats.table.LinearByLinearTest;
import org.marrow.study.EventType;
import org.marrow.study.StudyDataset;

/**
 * A study's derived endpoints ({@link EndpointDerivation#derive}) and the analyses of them: response
 * rates per timepoint with Clopper-Pearson intervals, group comparisons with the plan's test,
 * transitions between timepoints, times to response with Kaplan-Meier medians and cumulative
 * incidence, and event counts.
 */
public final class StudyEndpoints {
    private static final Pattern MONTH = Pattern.compile("month-(\\d+)");
    private static final Pattern WEEK = Pattern.compile("week-(\\d+)");

    private final Protocol protocol;
    private final AnalysisPlan plan;
    private final LocalDate asOf;
    private final StudyDataset dataset;
    private final List<Visit> visits;
    private final List<SubjectEndpoints> subjects;
    private final Map<String, Assessor> assessors;

    StudyEndpoints(
            Protocol protocol,
            AnalysisPlan plan,
            LocalDate asOf,
            StudyDataset dataset,
            List<Visit> visits,
            List<SubjectEndpoints> subjects,
            Map<String, Assessor> assessors) {
        this.protocol = protocol;
        this.plan = plan;
        this.asOf = asOf;
        this.dataset = dataset;
        this.visits = List.copyOf(visits);
        this.subjects = List.copyOf(subjects);
        this.assessors = assessors;
    }

    /**
     * The protocol.
     *
     * @return the protocol
     */
    public Protocol protocol() {
        return protocol;
    }

    /**
     * The analysis plan.
     *
     * @return the plan
     */
    public AnalysisPlan plan() {
        return plan;
    }

    /**
     * The data cut-off.
     *
     * @return the cut-off, empty when all data were used
     */
    public Optional<LocalDate> asOf() {
        return Optional.ofNullable(asOf);
    }

    /**
     * The data set analysed (after the cut-off, if any).
     *
     * @return the data set
     */
    public StudyDataset dataset() {
        return dataset;
    }

    /**
     * The response timepoints' visits, in protocol order.
     *
     * @return the visits
     */
    public List<Visit> timepoints() {
        return visits;
    }

    /**
     * The ITT population: every treated subject, in data set order.
     *
     * @return the subjects
     */
    public List<SubjectEndpoints> subjects() {
        return subjects;
    }

    /**
     * The subjects of a population.
     *
     * @param population the population
     * @return the subjects, in data set order
     * @throws IllegalArgumentException if population is null
     */
    public List<SubjectEndpoints> population(Population population) {
        if (population == null) {
            throw new IllegalArgumentException("Population must not be null");
        }
        return population == Population.ITT
                ? subjects
                : subjects.stream().filter(SubjectEndpoints::perProtocol).toList();
    }

    /**
     * The short label of a visit: {@code month-3} is {@code M3}, {@code week-13} is {@code W13},
     * other names are kept.
     *
     * @param visit the visit
     * @return the label
     * @throws IllegalArgumentException if visit is null
     */
    public static String label(Visit visit) {
        if (visit == null) {
            throw new IllegalArgumentException("Visit must not be null");
        }
        Matcher m = MONTH.matcher(visit.name());
        if (m.matches()) {
            return "M" + m.group(1);
        }
        m = WEEK.matcher(visit.name());
        if (m.matches()) {
            return "W" + m.group(1);
        }
        return visit.name();
    }

    /**
     * The group of a subject by the plan's grouping: its baseline severity group or its arm.
     *
     * @param s the subject
     * @return the group
     */
    public Group groupOf(SubjectEndpoints s) {
        return plan.grouping() == AnalysisPlan.Grouping.SEVERITY ? s.severityGroup() : new Group.Arm(s.arm());
    }

    /**
     * The groups present, in order: SAA, VSAA, NSAA, unknown for severity; arms in order of first
     * appearance otherwise.
     *
     * @return the groups
     */
    public List<Group> groups() {
        List<Group> order = plan.grouping() == AnalysisPlan.Grouping.SEVERITY
                ? List.of(SeverityGroup.values())
                : subjects.stream()
                        .map(s -> (Group) new Group.Arm(s.arm()))
                        .distinct()
                        .toList();
        List<Group> out = new ArrayList<>();
        for (Group g : order) {
            if (subjects.stream().anyMatch(s -> groupOf(s).equals(g))) {
                out.add(g);
            }
        }
        return out;
    }

    /**
     * The groups that comparisons set against each other: {@link #groups()} without subjects of
     * unknown baseline severity.
     *
     * @return the compared groups, in order
     */
    public List<Group> comparedGroups() {
        return groups().stream().filter(Group::compared).toList();
    }

    /**
     * The subjects of a group.
     *
     * @param group a group, or {@link Group#ALL}
     * @return its subjects, in data set order
     * @throws IllegalArgumentException if group is null
     */
    public List<SubjectEndpoints> subjects(Group group) {
        if (group == null) {
            throw new IllegalArgumentException("Group must not be null");
        }
        return group.equals(Group.ALL)
                ? subjects
                : subjects.stream().filter(s -> groupOf(s).equals(group)).toList();
    }

    /**
     * Response rates at each timepoint in a population.
     *
     * @param population ITT (not-assessable subjects are non-responders) or per protocol (assessed
     *     subjects only)
     * @return one entry per timepoint
     * @throws IllegalArgumentException if population is null
     */
    public List<ResponseAtTimepoint> responseRates(Population population) {
        List<SubjectEndpoints> pop = population(population);
        List<ResponseAtTimepoint> out = new ArrayList<>();
        for (Visit v : visits) {
            out.add(rates(v, pop, population));
        }
        return out;
    }

    /**
     * Response rates at one timepoint among some subjects of a population.
     *
     * @param visit the timepoint's visit
     * @param of the subjects (of the population)
     * @param population how subjects not assessable count
     * @return the rates
     */
    ResponseAtTimepoint rates(Visit visit, List<SubjectEndpoints> of, Population population) {
        Map<ResponseCategory, Integer> categories = new EnumMap<>(ResponseCategory.class);
        for (ResponseCategory c : ResponseCategory.values()) {
            categories.put(c, 0);
        }
        int orr = 0;
        int cr = 0;
        int superior = 0;
        int assessed = 0;
        int notAssessable = 0;
        int notYetDue = 0;
        for (SubjectEndpoints s : of) {
            TimepointResponse t = s.at(visit.name()).orElseThrow();
            switch (t.status()) {
                case ASSESSED -> {
                    assessed++;
                    ResponseCategory c = t.category().orElseThrow();
                    categories.merge(c, 1, Integer::sum);
                    orr += RateMeasure.ORR.includes(c) ? 1 : 0;
                    cr += RateMeasure.CR.includes(c) ? 1 : 0;
                    superior += RateMeasure.SUPERIOR.includes(c) ? 1 : 0;
                }
                case NOT_ASSESSABLE -> notAssessable++;
                case NOT_YET_DUE -> notYetDue++;
            }
        }
        int n = population == Population.ITT ? assessed + notAssessable : assessed;
        double level = plan.confidenceLevel();
        return new ResponseAtTimepoint(
                label(visit),
                visit.name(),
                visit.targetDay(),
                visit.windowStart(),
                visit.windowEnd(),
                population,
                n,
                assessed,
                population == Population.ITT ? notAssessable : 0,
                notYetDue,
                Proportion.clopperPearson(orr, n, level),
                Proportion.clopperPearson(cr, n, level),
                Proportion.clopperPearson(superior, n, level),
                new CategoryCounts(categories, notAssessable, notYetDue));
    }

    /**
     * ORR, CR and superior response rates compared between the plan's groups at each timepoint,
     * in the plan's population, with the plan's categorical test. Groups with no subject in the
     * timepoint's denominator are left out; empty when fewer than two groups remain.
     *
     * @return the comparisons, by timepoint then measure
     */
    public List<RateComparison> rateComparisons() {
        List<RateComparison> out = new ArrayList<>();
        List<Group> groups = comparedGroups();
        if (groups.size() < 2) {
            return out;
        }
        for (Visit v : visits) {
            Map<Group, ResponseAtTimepoint> byGroup = new LinkedHashMap<>();
            for (Group g : groups) {
                List<SubjectEndpoints> pop = population(plan.population()).stream()
                        .filter(s -> groupOf(s).equals(g))
                        .toList();
                ResponseAtTimepoint r = rates(v, pop, plan.population());
                if (r.n() > 0) {
                    byGroup.put(g, r);
                }
            }
            if (byGroup.size() < 2) {
                continue;
            }
            for (RateMeasure measure : RateMeasure.values()) {
                out.add(compare(v, measure, byGroup));
            }
        }
        return out;
    }

    /** A measure compared between groups' rates at a timepoint by the plan's categorical test. */
    RateComparison compare(Visit v, RateMeasure measure, Map<Group, ResponseAtTimepoint> byGroup) {
        List<GroupRate> rates = new ArrayList<>();
        int[][] counts = new int[byGroup.size()][2];
        int i = 0;
        for (Map.Entry<Group, ResponseAtTimepoint> e : byGroup.entrySet()) {
            Proportion p = measure.of(e.getValue());
            rates.add(GroupRate.of(e.getKey(), p));
            counts[i][0] = p.x();
            counts[i][1] = p.n() - p.x();
            i++;
        }
        return new RateComparison(
                label(v), measure, rates, plan.categoricalTest(), pValue(plan.categoricalTest(), counts));
    }

    /**
     * The P value of a contingency table by a named test; NaN where the test is undefined (a zero
     * row or column total).
     *
     * @param test Fisher's exact test or a Pearson chi-squared test
     * @param counts the table, rows = groups
     * @return the two-sided P value or NaN
     * @throws IllegalArgumentException if the test is not a contingency-table test
     */
    public static double pValue(StatTest test, int[][] counts) {
        long[] columns = new long[counts[0].length];
        for (int[] row : counts) {
            long total = 0;
            for (int j = 0; j < row.length; j++) {
                total += row[j];
                columns[j] += row[j];
            }
            if (total == 0) {
                return Double.NaN;
            }
        }
        for (long c : columns) {
            if (c == 0) {
                return Double.NaN;
            }
        }
        ContingencyTable table = ContingencyTable.of(counts);
        return switch (test) {
            case FISHER_EXACT -> FisherTest.pValue(table);
            case PEARSON_CHI_SQUARED -> ChiSquareTest.PEARSON.test(table).p();
            case PEARSON_CHI_SQUARED_YATES -> ChiSquareTest.YATES.test(table).p();
            case LINEAR_BY_LINEAR -> LinearByLinearTest.test(table).p();
            default -> throw new IllegalArgumentException(test.label() + " is not a test of a contingency table");
        };
    }

    /**
     * A continuous baseline characteristic compared between the two compared groups by the plan's
     * continuous test (Mann-Whitney, R {@code wilcox.test}); values that are NaN (unknown) are left
     * out.
     *
     * @param value the characteristic of a subject, NaN if unknown
     * @return the two-sided P value; NaN unless there are exactly two compared groups, each with a
     *     known value
     * @throws IllegalArgumentException if value is null
     */
    public double compareContinuous(ToDoubleFunction<SubjectEndpoints> value) {
        if (value == null) {
            throw new IllegalArgumentException("Value must not be null");
        }
        List<Group> groups = comparedGroups();
        if (groups.size() != 2) {
            return Double.NaN;
        }
        double[] x = known(subjects(groups.get(0)), value);
        double[] y = known(subjects(groups.get(1)), value);
        return x.length > 0 && y.length > 0 ? RankSumTest.test(x, y).p() : Double.NaN;
    }

    private static double[] known(List<SubjectEndpoints> of, ToDoubleFunction<SubjectEndpoints> value) {
        return of.stream().mapToDouble(value).filter(v -> !Double.isNaN(v)).toArray();
    }

    /**
     * A categorical baseline characteristic compared between the compared groups by the plan's
     * categorical test, on the table of groups by levels.
     *
     * @param <T> the type of the characteristic
     * @param level the characteristic of a subject
     * @param levels its levels, in table order
     * @return the two-sided P value; NaN with fewer than two compared groups or where the test is
     *     undefined
     * @throws IllegalArgumentException if an argument is null
     */
    public <T> double compareCategorical(Function<SubjectEndpoints, T> level, List<T> levels) {
        return compareCategorical(level, levels, plan.categoricalTest());
    }

    /**
     * A categorical baseline characteristic compared between the compared groups by a named test, on
     * the table of groups by levels; subjects whose level is not one of the levels (unknown) are left
     * out.
     *
     * @param <T> the type of the characteristic
     * @param level the characteristic of a subject
     * @param levels its levels, in table order
     * @param test a test of a contingency table
     * @return the two-sided P value; NaN with fewer than two compared groups or where the test is
     *     undefined
     * @throws IllegalArgumentException if an argument is null or the test is not a table test
     */
    public <T> double compareCategorical(Function<SubjectEndpoints, T> level, List<T> levels, StatTest test) {
        if (level == null || levels == null || test == null) {
            throw new IllegalArgumentException("Level and levels must not be null");
        }
        List<Group> groups = comparedGroups();
        int[][] counts = new int[groups.size()][levels.size()];
        for (int g = 0; g < groups.size(); g++) {
            for (SubjectEndpoints s : subjects(groups.get(g))) {
                T value = level.apply(s);
                int i = value == null ? -1 : levels.indexOf(value);
                if (i >= 0) {
                    counts[g][i]++;
                }
            }
        }
        return groups.size() < 2 ? Double.NaN : pValue(test, counts);
    }

    /**
     * A subject's state at a timepoint as the Sankey diagram shows it.
     *
     * @param s the subject
     * @param visit the visit name
     * @return the state
     * @throws IllegalArgumentException if the protocol has no such timepoint
     */
    public static TimepointState state(SubjectEndpoints s, String visit) {
        return s.at(visit)
                .orElseThrow(() -> new IllegalArgumentException("No timepoint " + visit))
                .state();
    }

    /**
     * Subjects moving between states: from baseline severity to the first timepoint, then between
     * consecutive timepoints (ITT).
     *
     * @return the transitions, by stage pair, in order of first appearance
     */
    public List<Transition> transitions() {
        List<Transition> out = new ArrayList<>();
        List<String> stages = new ArrayList<>();
        stages.add("Severity");
        visits.forEach(v -> stages.add(label(v)));
        record Move(SubjectState from, SubjectState to) {}
        for (int k = 0; k + 1 < stages.size(); k++) {
            Map<Move, Integer> counts = new LinkedHashMap<>();
            for (SubjectEndpoints s : subjects) {
                SubjectState from =
                        k == 0 ? s.severityGroup() : state(s, visits.get(k - 1).name());
                SubjectState to = state(s, visits.get(k).name());
                counts.merge(new Move(from, to), 1, Integer::sum);
            }
            for (Map.Entry<Move, Integer> e : counts.entrySet()) {
                out.add(new Transition(
                        stages.get(k),
                        stages.get(k + 1),
                        e.getKey().from(),
                        e.getKey().to(),
                        e.getValue()));
            }
        }
        return out;
    }

    /** Follow-up of each subject of a list for one endpoint. */
    private record Times(double[] time, int[] event, int[] status, Group[] group) {}

    private Times times(TimeToEventEndpoint endpoint, List<SubjectEndpoints> of) {
        int n = of.size();
        double[] time = new double[n];
        int[] event = new int[n];
        int[] status = new int[n];
        Group[] group = new Group[n];
        for (int i = 0; i < n; i++) {
            SubjectEndpoints s = of.get(i);
            EventTime t = endpoint.time(s);
            group[i] = groupOf(s);
            time[i] = t.day();
            event[i] = t.event();
            status[i] = t.status().code();
        }
        return new Times(time, event, status, group);
    }

    /**
     * The Kaplan-Meier curve of an endpoint for all subjects and, with two or more compared groups,
     * per group.
     *
     * @param endpoint the endpoint
     * @return curves by group, {@link Group#ALL} first; empty if there are no subjects
     * @throws IllegalArgumentException if endpoint is null
     */
    public Map<Group, SurvivalCurve> kaplanMeier(TimeToEventEndpoint endpoint) {
        if (endpoint == null) {
            throw new IllegalArgumentException("Endpoint must not be null");
        }
        Map<Group, SurvivalCurve> out = new LinkedHashMap<>();
        if (subjects.isEmpty()) {
            return out;
        }
        KaplanMeier km = KaplanMeier.withDefaults().withConfidenceLevel(plan.confidenceLevel());
        Times t = times(endpoint, subjects);
        out.put(Group.ALL, km.fit(t.time(), t.event()));
        comparison(endpoint).ifPresent(c -> {
            for (int i = 0; i < c.groups().size(); i++) {
                out.put(comparedGroups().get(i), c.groups().get(i));
            }
        });
        return out;
    }

    private Optional<SurvivalComparison> comparison(TimeToEventEndpoint endpoint) {
        List<Group> groups = comparedGroups();
        if (groups.size() < 2) {
            return Optional.empty();
        }
        List<SubjectEndpoints> of =
                subjects.stream().filter(s -> groups.contains(groupOf(s))).toList();
        Times t = times(endpoint, of);
        int[] codes = new int[of.size()];
        for (int i = 0; i < codes.length; i++) {
            codes[i] = groups.indexOf(t.group()[i]);
        }
        return Optional.of(KaplanMeier.withDefaults()
                .withConfidenceLevel(plan.confidenceLevel())
                .compare(
                        t.time(),
                        t.event(),
                        codes,
                        groups.stream().map(Group::label).toList()));
    }

    /**
     * The time-to-event endpoints: for all subjects and per group, the Kaplan-Meier median with its
     * interval and, if the plan says so, the cumulative incidence at each timepoint's target day
     * with HSCT and death as competing events.
     *
     * @return the results, by endpoint, {@link Group#ALL} first
     */
    public List<TimeToEvent> timeToEvent() {
        List<TimeToEvent> out = new ArrayList<>();
        if (subjects.isEmpty()) {
            return out;
        }
        for (TimeToEventEndpoint endpoint : TimeToEventEndpoint.values()) {
            Map<Group, SurvivalCurve> curves = kaplanMeier(endpoint);
            for (Map.Entry<Group, SurvivalCurve> e : curves.entrySet()) {
                List<SubjectEndpoints> of = subjects(e.getKey());
                Times t = times(endpoint, of);
                int events = 0;
                int competing = 0;
                for (int st : t.status()) {
                    events += st == 1 ? 1 : 0;
                    competing += st == 2 ? 1 : 0;
                }
                List<TimeToEvent.IncidenceAt> incidence = new ArrayList<>();
                if (plan.competingEvents()) {
                    CumulativeIncidenceCurve cif = events == 0
                            ? null
                            : CumulativeIncidence.withDefaults()
                                    .analyse(t.time(), t.status())
                                    .curve(1, "all");
                    for (Visit v : visits) {
                        if (cif == null) {
                            incidence.add(
                                    new TimeToEvent.IncidenceAt(label(v), v.targetDay(), 0, Double.NaN, Double.NaN));
                        } else {
                            int day = (int) Math.min(v.targetDay(), Math.floor(cif.lastTime()));
                            CumulativeIncidencePoint p = cif.at(day, plan.confidenceLevel());
                            incidence.add(
                                    new TimeToEvent.IncidenceAt(label(v), day, p.estimate(), p.lower(), p.upper()));
                        }
                    }
                }
                SurvivalQuantile median = e.getValue().median();
                out.add(new TimeToEvent(
                        endpoint,
                        e.getKey(),
                        of.size(),
                        events,
                        competing,
                        median.time(),
                        median.lower(),
                        median.upper(),
                        incidence));
            }
        }
        return out;
    }

    /**
     * The time-to-event endpoints compared between the plan's groups by the log-rank test.
     *
     * @return one comparison per endpoint, or none with fewer than two groups
     */
    public List<TimeToEventComparison> timeToEventComparisons() {
        List<TimeToEventComparison> out = new ArrayList<>();
        for (TimeToEventEndpoint endpoint : TimeToEventEndpoint.values()) {
            comparison(endpoint)
                    .ifPresent(c -> out.add(new TimeToEventComparison(
                            endpoint,
                            comparedGroups(),
                            plan.timeToEventTest(),
                            c.logRank().chiSquare(),
                            c.logRank().degreesOfFreedom(),
                            c.logRank().pValue())));
        }
        return out;
    }

    /**
     * Subjects of the ITT population with each study event, in the order the report lists them:
     * relapse, clonal evolution, death, HSCT, withdrawal, loss to follow-up.
     *
     * @return counts in that order, zero included
     */
    public Map<EventType, Integer> eventCounts() {
        Map<EventType, Integer> out = new LinkedHashMap<>();
        for (EventType type : List.of(
                EventType.RELAPSE,
                EventType.CLONAL_EVOLUTION,
                EventType.DEATH,
                EventType.HSCT,
                EventType.WITHDRAWN,
                EventType.LOST_TO_FOLLOW_UP)) {
            out.put(type, (int)
                    subjects.stream().filter(s -> s.day(type).isPresent()).count());
        }
        return out;
    }

    /**
     * A subject's response on every date with blood counts after day 1 up to the end of follow-up
     * (for the swimmer plot), computed on demand.
     *
     * @param subjectId the subject
     * @return study day and category of each assessable date, in order
     * @throws IllegalArgumentException if the subject is not in the ITT population
     */
    public List<CourseStep> course(String subjectId) {
        Assessor a = assessors.get(subjectId);
        SubjectEndpoints s = subjects.stream()
                .filter(x -> x.subjectId().equals(subjectId))
                .findFirst()
                .orElse(null);
        if (a == null || s == null) {
            throw new IllegalArgumentException("Subject '" + subjectId + "' is not in the ITT population");
        }
        List<CourseStep> out = new ArrayList<>();
        for (LocalDate d : a.dates) {
            int day = a.studyDay(d);
            if (day > s.followUpDay()) {
                break;
            }
            a.on(d).ifPresent(c -> out.add(new CourseStep(day, c)));
        }
        return out;
    }

    /**
     * The study day of a date for a subject of the ITT population.
     *
     * @param subjectId the subject
     * @param date the date
     * @return the study day (day 1 = first dose, day 0 the day before: {@link org.marrow.protocol.schedule.SubjectSchedule#studyDay})
     * @throws IllegalArgumentException if the subject is not in the ITT population
     */
    public int studyDay(String subjectId, LocalDate date) {
        Assessor a = assessors.get(subjectId);
        if (a == null) {
            throw new IllegalArgumentException("Subject '" + subjectId + "' is not in the ITT population");
        }
        return a.studyDay(date);
    }

    /**
     * The records of a subject (of the data set as cut).
     *
     * @param subjectId the subject
     * @return the subject's lab history owner
     * @throws IllegalArgumentException if the subject is not in the ITT population
     */
    public LabHistory labs(String subjectId) {
        Assessor a = assessors.get(subjectId);
        if (a == null) {
            throw new IllegalArgumentException("Subject '" + subjectId + "' is not in the ITT population");
        }
        return a.labs;
    }

    /** The assessor of a subject of the ITT population, for the analyses of this package. */
    Assessor assessor(String subjectId) {
        Assessor a = assessors.get(subjectId);
        if (a == null) {
            throw new IllegalArgumentException("Subject '" + subjectId + "' is not in the ITT population");
        }
        return a;
    }

    /**
     * A subject's severity at enrolment (on day 1, the baseline), with NSAA split by transfusion
     * dependence (document 003: SAA / TD-NSAA / NTD-NSAA).
     *
     * @param s a subject of the ITT population
     * @return the severity
     * @throws IllegalArgumentException if s is null or not in the ITT population
     */
    public EnrolmentSeverity enrolmentSeverity(SubjectEndpoints s) {
        if (s == null) {
            throw new IllegalArgumentException("Subject must not be null");
        }
        return EnrolmentSeverity.of(assessor(s.subjectId()).baseline.severity());
    }

    /**
     * Subjects per severity at enrolment, every severity in order, zero included.
     *
     * @param of the subjects (of the ITT population)
     * @return counts by severity
     * @throws IllegalArgumentException if of is null
     */
    public Map<EnrolmentSeverity, Integer> enrolmentSeverities(List<SubjectEndpoints> of) {
        if (of == null) {
            throw new IllegalArgumentException("Subjects must not be null");
        }
        Map<EnrolmentSeverity, Integer> out = new EnumMap<>(EnrolmentSeverity.class);
        for (EnrolmentSeverity sev : EnrolmentSeverity.values()) {
            out.put(sev, 0);
        }
        for (SubjectEndpoints s : of) {
            out.merge(enrolmentSeverity(s), 1, Integer::sum);
        }
        return out;
    }

    /**
     * One assessment of a subject's course.
     *
     * @param day the study day
     * @param category the category
     */
    public record CourseStep(int day, ResponseCategory category) {}
}
