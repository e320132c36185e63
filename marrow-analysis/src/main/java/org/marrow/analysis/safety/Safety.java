package org.marrow.analysis.safety;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.marrow.analysis.endpoint.Proportion;
import org.marrow.analysis.endpoint.StudyEndpoints;
import org.marrow.analysis.endpoint.SubjectEndpoints;
import org.marrow.clinical.ctcae.NeutrophilEpisodes;
import org.marrow.clinical.labs.LabHistory;
import org.marrow.clinical.labs.LabResult;
import org.marrow.clinical.quantity.LabTest;
import org.marrow.protocol.design.NeutropeniaDuration;
import org.marrow.protocol.model.DayRange;
import org.marrow.protocol.regimen.Regimen;
import org.marrow.study.AdverseEvent;
import org.marrow.study.Dose;
import org.marrow.study.Drug;
import org.marrow.study.EventType;
import org.marrow.study.SubjectRecords;

/**
 * Derives the safety results of a study: adverse events by term and worst CTCAE v5.0 grade per
 * subject as recorded by the investigator (document 000 Table 2), grade 3 or more, serious events,
 * infections in a window, deaths, and neutropenia per cyclophosphamide cycle. The one place safety
 * is tallied: the report, the dashboard and the API take these numbers.
 *
 * <p>An infection is an adverse event whose term contains "infection", "infectious" or "sepsis"
 * (CTCAE v5.0 "Infections and infestations" terms), or is "Febrile neutropenia", which document 000
 * counts among its infectious events (l.389-391).
 */
public final class Safety {
    private static final int CYCLE_SEARCH_DAYS = 14;
    /** A term is flagged when grade 3 or more reaches this fraction of the population (1 in 5). */
    private static final int SIGNAL_DENOMINATOR = 5;

    private static final BigDecimal ONE = BigDecimal.ONE;

    private Safety() {}

    /**
     * Whether an adverse event term is an infection (see the class description).
     *
     * @param term the term
     * @return true for an infection
     * @throws IllegalArgumentException if term is null
     */
    public static boolean isInfection(String term) {
        if (term == null) {
            throw new IllegalArgumentException("Term must not be null");
        }
        String t = term.toLowerCase(Locale.ROOT);
        return t.contains("infection")
                || t.contains("infectious")
                || t.contains("sepsis")
                || t.equals("febrile neutropenia");
    }

    /**
     * The safety results of the ITT population.
     *
     * @param endpoints the study's endpoints
     * @return the summary
     * @throws IllegalArgumentException if endpoints is null
     */
    public static SafetySummary of(StudyEndpoints endpoints) {
        if (endpoints == null) {
            throw new IllegalArgumentException("Endpoints must not be null");
        }
        List<SubjectEndpoints> itt = endpoints.subjects();
        int n = itt.size();
        double level = endpoints.plan().confidenceLevel();
        int window = endpoints.plan().infectionWindowDays();
        Map<String, Map<String, Integer>> worst = new TreeMap<>();
        Map<String, Integer> eventsByTerm = new HashMap<>();
        Map<String, Set<String>> seriousByTerm = new HashMap<>();
        Set<String> grade3 = new HashSet<>();
        Set<String> serious = new HashSet<>();
        Map<String, Integer> infectionWorst = new HashMap<>();
        Set<String> afterCtx = new HashSet<>();
        int deaths = 0;
        int earlyDeaths = 0;
        boolean hasCtx = endpoints.protocol().regimens().stream()
                .anyMatch(r -> r.drug().id().equals(Drug.CYCLOPHOSPHAMIDE.id()));
        for (SubjectEndpoints s : itt) {
            SubjectRecords r = endpoints.dataset().recordsOf(s.subjectId());
            Optional<LocalDate> firstCtx = r.doses().stream()
                    .filter(d -> d.drug() == Drug.CYCLOPHOSPHAMIDE)
                    .map(Dose::date)
                    .min(Comparator.naturalOrder());
            for (AdverseEvent e : r.adverseEvents()) {
                worst.computeIfAbsent(e.term(), k -> new HashMap<>()).merge(s.subjectId(), e.grade(), Math::max);
                eventsByTerm.merge(e.term(), 1, Integer::sum);
                if (e.grade() >= 3) {
                    grade3.add(s.subjectId());
                }
                if (e.serious()) {
                    serious.add(s.subjectId());
                    seriousByTerm
                            .computeIfAbsent(e.term(), k -> new HashSet<>())
                            .add(s.subjectId());
                }
                if (isInfection(e.term())) {
                    int day = endpoints.studyDay(s.subjectId(), e.startDate());
                    if (day >= 1 && day <= window) {
                        infectionWorst.merge(s.subjectId(), e.grade(), Math::max);
                    }
                    if (firstCtx.isPresent() && !e.startDate().isBefore(firstCtx.get())) {
                        afterCtx.add(s.subjectId());
                    }
                }
            }
            if (s.day(EventType.DEATH).isPresent()) {
                deaths++;
                if (s.day(EventType.DEATH).getAsInt() <= window) {
                    earlyDeaths++;
                }
            }
        }
        List<TermSummary> terms = new ArrayList<>();
        for (Map.Entry<String, Map<String, Integer>> e : worst.entrySet()) {
            int[] by = new int[5];
            int severe = 0;
            for (int g : e.getValue().values()) {
                by[g - 1]++;
                severe += g >= 3 ? 1 : 0;
            }
            int seriousSubjects =
                    seriousByTerm.getOrDefault(e.getKey(), Set.of()).size();
            terms.add(new TermSummary(
                    e.getKey(),
                    e.getValue().size(),
                    List.of(by[0], by[1], by[2], by[3], by[4]),
                    severe,
                    n,
                    eventsByTerm.get(e.getKey()),
                    seriousSubjects,
                    isSignal(severe, seriousSubjects, n)));
        }
        terms.sort(Comparator.comparingInt(TermSummary::subjects).reversed().thenComparing(TermSummary::term));
        Map<Integer, Integer> infectionGrades = new TreeMap<>();
        infectionWorst.values().forEach(g -> infectionGrades.merge(g, 1, Integer::sum));
        return new SafetySummary(
                n,
                terms,
                Proportion.clopperPearson(grade3.size(), n, level),
                window,
                Proportion.clopperPearson(infectionWorst.size(), n, level),
                infectionGrades,
                hasCtx ? Proportion.clopperPearson(afterCtx.size(), n, level) : null,
                deaths,
                earlyDeaths,
                hasCtx ? neutropenia(endpoints) : List.of(),
                serious.size(),
                endpoints
                        .plan()
                        .analyses()
                        .neutropeniaDuration()
                        .map(d -> duration(endpoints, d))
                        .orElse(null));
    }

    /**
     * The duration of neutropenia the protocol asks for: per treated patient, the days from {@code
     * fromDay} to {@code toDay} (up to the end of follow-up) whose latest neutrophil count is below the
     * threshold, by marrow-clinical's {@link NeutrophilEpisodes}; summarised over the patients with at
     * least one such day (R {@code median()}, {@code range()}).
     *
     * @param endpoints the study's endpoints
     * @param window the threshold and window
     * @return the summary
     * @throws IllegalArgumentException if an argument is null
     */
    public static NeutropeniaDurationSummary duration(StudyEndpoints endpoints, NeutropeniaDuration window) {
        if (endpoints == null || window == null) {
            throw new IllegalArgumentException("Endpoints and window must not be null");
        }
        NeutrophilEpisodes episodes = new NeutrophilEpisodes(window.below(), window.below(), window.below(), 1);
        List<Integer> durations = new ArrayList<>();
        for (SubjectEndpoints s : endpoints.subjects()) {
            int to = Math.min(window.toDay(), s.followUpDay());
            if (to < window.fromDay()) {
                continue;
            }
            LocalDate from = s.firstDose().plusDays(window.fromDay() - 1L);
            LocalDate until = s.firstDose().plusDays(to - 1L);
            int days = episodes.summarize(endpoints.labs(s.subjectId()), from, until)
                    .daysBelowModerate();
            if (days > 0) {
                durations.add(days);
            }
        }
        double[] sorted =
                durations.stream().mapToDouble(Integer::doubleValue).sorted().toArray();
        return new NeutropeniaDurationSummary(
                window.below().doubleValue(),
                window.fromDay(),
                window.toDay(),
                endpoints.subjects().size(),
                durations.size(),
                median(sorted),
                sorted.length == 0 ? Double.NaN : sorted[0],
                sorted.length == 0 ? Double.NaN : sorted[sorted.length - 1],
                durations);
    }

    /**
     * Whether an adverse event term needs a safety review (Marrow's screening rule for trial
     * monitoring, not a trial document's): any subject with a serious event of the term, or subjects
     * with grade 3 or more numbering at least a fifth of the population.
     *
     * @param gradeThreeOrMore subjects with the term at grade 3 or more
     * @param serious subjects with a serious event of the term
     * @param n the population's size
     * @return true if flagged
     */
    static boolean isSignal(int gradeThreeOrMore, int serious, int n) {
        return serious > 0 || n > 0 && gradeThreeOrMore * SIGNAL_DENOMINATOR >= n;
    }

    /**
     * The cyclophosphamide cycles of the protocol: one per day range of its cyclophosphamide
     * regimens.
     *
     * @param endpoints the study's endpoints
     * @return the day ranges, in protocol order
     */
    public static List<DayRange> cyclophosphamideCycles(StudyEndpoints endpoints) {
        List<DayRange> cycles = new ArrayList<>();
        for (Regimen r : endpoints.protocol().regimens()) {
            if (r.drug().id().equals(Drug.CYCLOPHOSPHAMIDE.id())) {
                cycles.addAll(r.days());
            }
        }
        return cycles;
    }

    /**
     * Whether a subject received at least one cyclophosphamide dose in a cycle.
     *
     * @param endpoints the study's endpoints
     * @param subjectId the subject
     * @param cycle the cycle's days
     * @return true if a dose falls in the cycle
     */
    public static boolean received(StudyEndpoints endpoints, String subjectId, DayRange cycle) {
        for (Dose d : endpoints.dataset().recordsOf(subjectId).doses()) {
            if (d.drug() == Drug.CYCLOPHOSPHAMIDE && cycle.contains(endpoints.studyDay(subjectId, d.date()))) {
                return true;
            }
        }
        return false;
    }

    private static List<NeutropeniaCycle> neutropenia(StudyEndpoints endpoints) {
        List<NeutropeniaCycle> out = new ArrayList<>();
        List<DayRange> cycles = cyclophosphamideCycles(endpoints);
        for (int c = 0; c < cycles.size(); c++) {
            DayRange cycle = cycles.get(c);
            List<Integer> durations = new ArrayList<>();
            List<Double> nadirs = new ArrayList<>();
            for (SubjectEndpoints s : endpoints.subjects()) {
                if (!received(endpoints, s.subjectId(), cycle)) {
                    continue;
                }
                LabHistory labs = endpoints.labs(s.subjectId());
                LocalDate start = s.firstDose().plusDays(cycle.from() - 1L);
                durations.add(duration(labs, start));
                double nadir = Double.NaN;
                for (LabResult res : labs.between(LabTest.NEUT, start, start.plusDays(CYCLE_SEARCH_DAYS - 1L))) {
                    double v = res.value().inCanonicalUnit().amount().doubleValue();
                    nadir = Double.isNaN(nadir) ? v : Math.min(nadir, v);
                }
                if (!Double.isNaN(nadir)) {
                    nadirs.add(nadir);
                }
            }
            if (durations.isEmpty()) {
                continue;
            }
            List<Integer> sorted = new ArrayList<>(durations);
            sorted.sort(null);
            out.add(new NeutropeniaCycle(
                    "Cycle " + (c + 1) + " (days " + cycle.from() + "-"
                            + cycle.to().orElse(cycle.from()) + ")",
                    cycle.from(),
                    durations.size(),
                    durations,
                    median(sorted.stream().mapToDouble(Integer::doubleValue).toArray()),
                    sorted.get(0),
                    sorted.get(sorted.size() - 1),
                    median(nadirs.stream()
                            .mapToDouble(Double::doubleValue)
                            .sorted()
                            .toArray())));
        }
        return out;
    }

    static int duration(LabHistory labs, LocalDate start) {
        LocalDate first = null;
        for (int d = 0; d < CYCLE_SEARCH_DAYS && first == null; d++) {
            if (below(labs, start.plusDays(d))) {
                first = start.plusDays(d);
            }
        }
        if (first == null) {
            return 0;
        }
        // The run cannot outlast the last count: beyond it nothing is known.
        LocalDate last =
                labs.latest(LabTest.NEUT, LocalDate.MAX).map(LabResult::date).orElse(first);
        int days = 0;
        while (!first.plusDays(days).isAfter(last) && below(labs, first.plusDays(days))) {
            days++;
        }
        return days;
    }

    private static boolean below(LabHistory labs, LocalDate date) {
        return labs.latest(LabTest.NEUT, date)
                .map(r -> r.value().inCanonicalUnit().amount().compareTo(ONE) < 0)
                .orElse(false);
    }

    private static double median(double[] sorted) {
        int n = sorted.length;
        if (n == 0) {
            return Double.NaN;
        }
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
    }
}
