package org.marrow.analysis.endpoint;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;
import java.util.function.Function;
import org.marrow.analysis.table.StatTest;
import org.marrow.clinical.finding.Outcome;
import org.marrow.clinical.message.MessageRenderer;
import org.marrow.protocol.design.ComparisonTest;
import org.marrow.protocol.design.LabThreshold;
import org.marrow.protocol.design.TimeToEventSummary;
import org.marrow.stats.rank.RankSumResult;
import org.marrow.stats.rank.RankSumTest;
import org.marrow.stats.survival.KaplanMeier;
import org.marrow.stats.survival.SurvivalComparison;
import org.marrow.stats.survival.SurvivalQuantile;
import org.marrow.study.LabRecord;

/**
 * The times to event the protocol's {@code design.analysis} asks for, summarised and compared its way
 * ({@code time_to_event}): the three response endpoints when it states how, and the first crossing of
 * each lab threshold ({@code lab_thresholds}; document 001: platelets &gt;= 100 x10^9/L "88 days ... and
 * 207 days (P = 0.030)").
 *
 * <p>The time of a lab threshold is the study day of the first value of the test after day 1, up to the
 * end of follow-up, that meets the threshold. Without the event a subject is censored at the end of
 * follow-up (Kaplan-Meier; HSCT and death are censorings, as for the response endpoints) or left out
 * (median among events). Medians among events are R's {@code median()}; the Mann-Whitney test is R's
 * {@code wilcox.test} of the event times of the first compared group against the second.
 */
public final class TimeSummaries {
    private TimeSummaries() {}

    /** One endpoint: its code, its event in words and each subject's event day. */
    private record Endpoint(String code, String event, Function<SubjectEndpoints, OptionalInt> day) {}

    private static List<Endpoint> endpoints(StudyEndpoints e) {
        List<Endpoint> out = new ArrayList<>();
        if (e.plan().analyses().timeToEvent().isPresent()) {
            for (TimeToEventEndpoint t : TimeToEventEndpoint.values()) {
                out.add(new Endpoint(t.code(), t.event(), t::day));
            }
        }
        for (LabThreshold t : e.plan().analyses().labThresholds()) {
            out.add(new Endpoint(
                    t.code(), MessageRenderer.english().render(t.threshold().describe()), s -> crossing(e, s, t)));
        }
        return out;
    }

    /**
     * The study day a subject first meets a lab threshold after day 1, up to the end of follow-up.
     *
     * @param e the endpoints
     * @param s a subject of the ITT population
     * @param threshold the threshold
     * @return the day, empty if never
     * @throws IllegalArgumentException if an argument is null or the subject is not in the ITT population
     */
    public static OptionalInt crossing(StudyEndpoints e, SubjectEndpoints s, LabThreshold threshold) {
        if (e == null || s == null || threshold == null) {
            throw new IllegalArgumentException("Endpoints, subject and threshold must not be null");
        }
        Assessor a = e.assessor(s.subjectId());
        int first = Integer.MAX_VALUE;
        for (LabRecord r : a.records.labs()) {
            if (r.test() != threshold.limit().test() || !r.date().isAfter(a.day1)) {
                continue;
            }
            int day = a.studyDay(r.date());
            if (day < first && day <= s.followUpDay() && threshold.threshold().outcome(r.result()) == Outcome.MET) {
                first = day;
            }
        }
        return first == Integer.MAX_VALUE ? OptionalInt.empty() : OptionalInt.of(first);
    }

    /**
     * The summaries, for all subjects then each compared group, endpoint by endpoint.
     *
     * @param e the endpoints
     * @return the summaries; empty when the protocol asks for none
     * @throws IllegalArgumentException if e is null
     */
    public static List<TimeSummary> of(StudyEndpoints e) {
        if (e == null) {
            throw new IllegalArgumentException("Endpoints must not be null");
        }
        List<TimeSummary> out = new ArrayList<>();
        if (e.subjects().isEmpty()) {
            return out;
        }
        TimeToEventSummary.Summary summary = e.plan().timeSummary().summary();
        List<Group> groups = new ArrayList<>();
        groups.add(Group.ALL);
        if (e.comparedGroups().size() >= 2) {
            groups.addAll(e.comparedGroups());
        }
        for (Endpoint endpoint : endpoints(e)) {
            for (Group g : groups) {
                out.add(summarise(e, endpoint, g, e.subjects(g), summary));
            }
        }
        return out;
    }

    private static TimeSummary summarise(
            StudyEndpoints e,
            Endpoint endpoint,
            Group g,
            List<SubjectEndpoints> of,
            TimeToEventSummary.Summary summary) {
        Times t = times(endpoint, of);
        int events = (int) Arrays.stream(t.event).filter(x -> x == 1).count();
        if (summary == TimeToEventSummary.Summary.MEDIAN_AMONG_EVENTS) {
            double[] days = t.eventTimes();
            Arrays.sort(days);
            int n = days.length;
            double median = n == 0 ? Double.NaN : n % 2 == 1 ? days[n / 2] : (days[n / 2 - 1] + days[n / 2]) / 2;
            return new TimeSummary(
                    endpoint.code(),
                    endpoint.event(),
                    g,
                    summary,
                    of.size(),
                    events,
                    median,
                    Double.NaN,
                    Double.NaN,
                    n == 0 ? Double.NaN : days[0],
                    n == 0 ? Double.NaN : days[n - 1]);
        }
        SurvivalQuantile median = KaplanMeier.withDefaults()
                .withConfidenceLevel(e.plan().confidenceLevel())
                .fit(t.time, t.event)
                .median();
        return new TimeSummary(
                endpoint.code(),
                endpoint.event(),
                g,
                summary,
                of.size(),
                events,
                median.time(),
                median.lower(),
                median.upper(),
                Double.NaN,
                Double.NaN);
    }

    /**
     * The comparisons between the compared groups, one per endpoint, by the protocol's test.
     *
     * @param e the endpoints
     * @return the comparisons; empty with fewer than two compared groups
     * @throws IllegalArgumentException if e is null
     */
    public static List<TimeSummaryComparison> comparisons(StudyEndpoints e) {
        if (e == null) {
            throw new IllegalArgumentException("Endpoints must not be null");
        }
        List<TimeSummaryComparison> out = new ArrayList<>();
        List<Group> groups = e.comparedGroups();
        if (groups.size() < 2) {
            return out;
        }
        ComparisonTest test = e.plan().timeSummary().test();
        for (Endpoint endpoint : endpoints(e)) {
            if (test == ComparisonTest.MANN_WHITNEY) {
                double[] x = times(endpoint, e.subjects(groups.get(0))).eventTimes();
                double[] y = times(endpoint, e.subjects(groups.get(1))).eventTimes();
                boolean defined = groups.size() == 2 && x.length > 0 && y.length > 0;
                RankSumResult r = defined ? RankSumTest.test(x, y) : null;
                out.add(new TimeSummaryComparison(
                        endpoint.code(),
                        groups,
                        StatTest.MANN_WHITNEY,
                        r == null ? Double.NaN : r.w(),
                        r == null ? Double.NaN : r.p()));
            } else {
                List<SubjectEndpoints> of = new ArrayList<>();
                List<Integer> codes = new ArrayList<>();
                for (int i = 0; i < groups.size(); i++) {
                    for (SubjectEndpoints s : e.subjects(groups.get(i))) {
                        of.add(s);
                        codes.add(i);
                    }
                }
                Times t = times(endpoint, of);
                SurvivalComparison c = KaplanMeier.withDefaults()
                        .withConfidenceLevel(e.plan().confidenceLevel())
                        .compare(
                                t.time,
                                t.event,
                                codes.stream().mapToInt(Integer::intValue).toArray(),
                                groups.stream().map(Group::label).toList());
                out.add(new TimeSummaryComparison(
                        endpoint.code(),
                        groups,
                        StatTest.LOG_RANK,
                        c.logRank().chiSquare(),
                        c.logRank().pValue()));
            }
        }
        return out;
    }

    /** Follow-up of subjects for one endpoint: the event day, or the end of follow-up (censored). */
    private record Times(double[] time, int[] event) {
        double[] eventTimes() {
            List<Double> out = new ArrayList<>();
            for (int i = 0; i < time.length; i++) {
                if (event[i] == 1) {
                    out.add(time[i]);
                }
            }
            return out.stream().mapToDouble(Double::doubleValue).toArray();
        }
    }

    private static Times times(Endpoint endpoint, List<SubjectEndpoints> of) {
        double[] time = new double[of.size()];
        int[] event = new int[of.size()];
        for (int i = 0; i < of.size(); i++) {
            SubjectEndpoints s = of.get(i);
            OptionalInt day = endpoint.day().apply(s);
            if (day.isPresent()) {
                time[i] = day.getAsInt();
                event[i] = 1;
            } else {
                time[i] = s.followUpDay();
            }
        }
        return new Times(time, event);
    }
}
