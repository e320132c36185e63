package org.marrow.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.marrow.clinical.renal.Sex;
import org.marrow.clinical.response.ResponseCategory;
import org.marrow.clinical.severity.Severity;
import org.marrow.dataset.DatasetReader;
import org.marrow.dataset.DatasetReading;
import org.marrow.examples.CtxIstExample.Assessed;
import org.marrow.study.AdverseEvent;
import org.marrow.study.EventType;
import org.marrow.study.StudyDataset;
import org.marrow.study.Subject;

/**
 * The committed demonstration data set examples/ctx-ist reproduces trial document 000's published
 * aggregates (examples/ctx-ist/PUBLISHED.md gives the document line of every number) when assessed
 * with marrow-clinical's rules: five-tier response criteria, baseline = last values on or before
 * first_dose_on, severity by {@code SeverityCriteria.document000()}.
 */
class CtxIstExampleTest {
    private static StudyDataset dataset;
    private static List<Assessed> treated;

    @BeforeAll
    static void assessAll() {
        dataset = CtxIstExample.read();
        treated = CtxIstExample.assess(dataset);
    }

    private static long count(Predicate<Assessed> p) {
        return treated.stream().filter(p).count();
    }

    private static Map<String, Long> histogram(List<Assessed> of, Function<Assessed, String> key) {
        return of.stream().collect(Collectors.groupingBy(key, TreeMap::new, Collectors.counting()));
    }

    private static boolean vsaa(Assessed a) {
        return a.severity().equals(Optional.of(Severity.VERY_SEVERE));
    }

    private static String m3(Assessed a) {
        return a.month3().map(Enum::name).orElse("UNKNOWN");
    }

    @Test
    void readsWithoutAnyProblem() {
        DatasetReading reading = DatasetReader.inspect(CtxIstExample.folder());
        assertThat(reading.problems()).isEmpty();
    }

    @Test
    void fortyFiveScreenedTwoWithdrewBeforeTreatmentFortyThreeTreated() {
        // Document 000 lines 239-240 and Figure 1A (lines 123-124).
        assertThat(dataset.subjects()).hasSize(45);
        assertThat(dataset.subjects().stream().filter(s -> s.firstDoseOn().isPresent()))
                .hasSize(43);
        List<Subject> untreated = dataset.subjects().stream()
                .filter(s -> s.firstDoseOn().isEmpty())
                .toList();
        assertThat(untreated).hasSize(2).allSatisfy(s -> assertThat(s.isEnrolled())
                .isFalse());
        assertThat(dataset.events().stream().filter(e -> e.type() == EventType.WITHDRAWN))
                .extracting(e -> e.subjectId())
                .containsExactlyInAnyOrderElementsOf(
                        untreated.stream().map(Subject::subjectId).toList());
    }

    @Test
    void thirteenVsaaAndThirtySaaAtBaseline() {
        // Document 000 line 236-237: 30.2% (13/43) VSAA; Table 1: SAA n=30, VSAA n=13.
        assertThat(histogram(
                        treated, a -> a.severity().map(Severity::abbreviation).orElse("UNKNOWN")))
                .containsExactlyInAnyOrderEntriesOf(Map.of("SAA", 30L, "VSAA", 13L));
    }

    @Test
    void sexAndAgeAsTableOne() {
        // Table 1 (lines 249-254): male 21 / female 22; SAA 15/15; VSAA 6/7; age median 33 (14-68),
        // SAA 34 (15-67), VSAA 22 (14-68).
        assertThat(count(a -> a.records().subject().sex() == Sex.MALE)).isEqualTo(21);
        assertThat(count(a -> !vsaa(a) && a.records().subject().sex() == Sex.MALE))
                .isEqualTo(15);
        assertThat(count(a -> vsaa(a) && a.records().subject().sex() == Sex.MALE))
                .isEqualTo(6);
        assertThat(ageSummary(treated)).containsExactly(33.0, 14.0, 68.0);
        assertThat(ageSummary(treated.stream().filter(a -> !vsaa(a)).toList())).containsExactly(34.0, 15.0, 67.0);
        assertThat(ageSummary(treated.stream().filter(CtxIstExampleTest::vsaa).toList()))
                .containsExactly(22.0, 14.0, 68.0);
    }

    private static List<Double> ageSummary(List<Assessed> of) {
        List<Integer> ages = new ArrayList<>();
        for (Assessed a : of) {
            ages.add(a.records().subject().ageOn(a.day1()));
        }
        return List.of(median(ages), (double) Collections.min(ages), (double) Collections.max(ages));
    }

    private static double median(List<Integer> values) {
        List<Integer> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
    }

    @Test
    void monthThreeCategoriesAsPublished() {
        // CR 4 (line 24), VGPR 4 (Figure 3 label, line 352), GPR 11-4-4 = 3 (superior 11, line 328),
        // PR 17 (line 363), NR 15 (line 355); ORR 28/43 (line 23).
        assertThat(histogram(treated, CtxIstExampleTest::m3))
                .containsExactlyInAnyOrderEntriesOf(Map.of("CR", 4L, "VGPR", 4L, "GPR", 3L, "PR", 17L, "NR", 15L));
        assertThat(count(a -> a.month3().orElseThrow().isResponse())).isEqualTo(28);
        assertThat(count(a -> a.month3().orElseThrow().isSuperior())).isEqualTo(11);
    }

    @Test
    void monthThreeResponseBySeverityAsPublished() {
        // Line 359: 3-month ORR VSAA 30.8% (4/13) vs SAA 80.0% (24/30); line 355: NR 9 VSAA, 6 SAA.
        assertThat(count(a -> vsaa(a) && a.month3().orElseThrow().isResponse())).isEqualTo(4);
        assertThat(count(a -> !vsaa(a) && a.month3().orElseThrow().isResponse()))
                .isEqualTo(24);
        assertThat(count(a -> vsaa(a) && a.month3().orElseThrow() == ResponseCategory.NR))
                .isEqualTo(9);
        assertThat(count(a -> !vsaa(a) && a.month3().orElseThrow() == ResponseCategory.NR))
                .isEqualTo(6);
    }

    @Test
    void monthSixCategoriesAsPublished() {
        // ORR 30/43 (line 23), CR 12/43 (line 24), superior 26/43 (line 334), M6-NR node 9 (Figure 3,
        // line 350); 41 assessable including the death and the HSCT (line 321), so 2 without a
        // month-6 assessment (Marrow: lost to follow-up after day 141). VGPR 6 / GPR 8 is Marrow's split of the 14 (not
        // published).
        assertThat(histogram(treated, Assessed::month6Outcome))
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "CR", 12L, "VGPR", 6L, "GPR", 8L, "PR", 4L, "NR", 9L, "DEATH", 1L, "HSCT", 1L, "LOST", 2L));
        assertThat(count(a -> a.month6().map(ResponseCategory::isResponse).orElse(false)))
                .isEqualTo(30);
        assertThat(count(a -> a.month6().map(ResponseCategory::isSuperior).orElse(false)))
                .isEqualTo(26);
    }

    @Test
    void monthThreeToMonthSixTransitionsAsTheSankey() {
        // Figure 3 legend (lines 354-357) and text (lines 360-367).
        Map<String, Long> transitions = histogram(treated, a -> group(a.month3().orElseThrow()) + "->" + outcome(a));
        assertThat(transitions)
                .containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                        // 11 superior at M3 stay superior (26 = 11 + 13 + 2).
                        Map.entry("SUPERIOR->SUPERIOR", 11L),
                        // 17 PR: 13 superior, 2 PR, 1 relapse (NR), 1 death.
                        Map.entry("PR->SUPERIOR", 13L),
                        Map.entry("PR->PR", 2L),
                        Map.entry("PR->NR", 1L),
                        Map.entry("PR->DEATH", 1L),
                        // 15 NR: 1 HSCT, 4 responses, 10 still without response (8 NR + 2 lost).
                        Map.entry("NR->HSCT", 1L),
                        Map.entry("NR->SUPERIOR", 2L),
                        Map.entry("NR->PR", 2L),
                        Map.entry("NR->NR", 8L),
                        Map.entry("NR->LOST", 2L)));
        // "including 3 CR" (line 365).
        assertThat(count(a -> a.month3().orElseThrow() == ResponseCategory.PR
                        && a.month6().equals(Optional.of(ResponseCategory.CR))))
                .isEqualTo(3);
        // The PR -> NR patient relapsed; the death came in the fourth month after a 3-month PR (line 125).
        assertThat(treated.stream()
                        .filter(a -> outcome(a).equals("NR") && a.month3().orElseThrow() == ResponseCategory.PR))
                .allSatisfy(a -> assertThat(a.has(EventType.RELAPSE)).isTrue());
        Assessed died =
                treated.stream().filter(a -> a.has(EventType.DEATH)).findFirst().orElseThrow();
        LocalDate death = died.records().events(EventType.DEATH).get(0).date();
        assertThat(death).isAfter(died.date(90)).isBefore(died.date(121));
        // The transplant was in a VSAA patient after 3 months (line 125-126).
        Assessed hsct =
                treated.stream().filter(a -> a.has(EventType.HSCT)).findFirst().orElseThrow();
        assertThat(vsaa(hsct)).isTrue();
        assertThat(hsct.records().events(EventType.HSCT).get(0).date()).isAfter(hsct.date(90));
    }

    private static String group(ResponseCategory c) {
        return c.isSuperior() ? "SUPERIOR" : c.name();
    }

    private static String outcome(Assessed a) {
        String o = a.month6Outcome();
        return o.equals("CR") || o.equals("VGPR") || o.equals("GPR") ? "SUPERIOR" : o;
    }

    @Test
    void cyclophosphamideInfusionsAsPublished() {
        // Lines 241-243: 40 received four infusions, 2 received two, 1 received one.
        assertThat(histogram(treated, a -> Long.toString(a.ctxInfusions())))
                .containsExactlyInAnyOrderEntriesOf(Map.of("4", 40L, "2", 2L, "1", 1L));
    }

    @Test
    void mediansOfTimeToFirstResponseAndSuperiorResponse() {
        // Lines 335-337: median time to first PR 86 days, to first superior remission 131 days. No
        // patient is censored before those days except the death (day 105) and the HSCT (day 112);
        // the Kaplan-Meier median is the first day at which the survivor function is <= 0.5.
        assertThat(kaplanMeierMedian(Assessed::firstResponseDay)).isEqualTo(86);
        assertThat(kaplanMeierMedian(Assessed::firstSuperiorDay)).isEqualTo(131);
    }

    private static int kaplanMeierMedian(Function<Assessed, Optional<Integer>> event) {
        TreeMap<Integer, int[]> byDay = new TreeMap<>();
        for (Assessed a : treated) {
            Optional<Integer> day = event.apply(a);
            int censor = a.has(EventType.DEATH)
                    ? 105
                    : a.has(EventType.HSCT) ? 112 : a.has(EventType.LOST_TO_FOLLOW_UP) ? 142 : 181;
            int t = day.orElse(censor);
            byDay.computeIfAbsent(t, k -> new int[2])[day.isPresent() ? 0 : 1]++;
        }
        int atRisk = treated.size();
        double survival = 1.0;
        for (Map.Entry<Integer, int[]> e : byDay.entrySet()) {
            survival *= 1.0 - (double) e.getValue()[0] / atRisk;
            if (survival <= 0.5) {
                return e.getKey();
            }
            atRisk -= e.getValue()[0] + e.getValue()[1];
        }
        return -1;
    }

    @Test
    void neutropeniaPerCyclophosphamideCycleAsSupplementaryFigure() {
        // Lines 380-382: cycle 1 median 6 days (range 0-30), cycle 2 median 4.5 days (range 0-28);
        // Marrow's reading: days with ANC < 1.0 x10^9/L (CTCAE grade 3-4) in the run starting in
        // the cycle (CtxIstExample.neutropeniaDays); cycle 2 over the 40 patients who received it.
        List<Integer> cycle1 = new ArrayList<>();
        List<Integer> cycle2 = new ArrayList<>();
        for (Assessed a : treated) {
            cycle1.add(CtxIstExample.neutropeniaDays(a, 29));
            if (a.ctxInfusions() >= 3) {
                cycle2.add(CtxIstExample.neutropeniaDays(a, 43));
            }
        }
        assertThat(List.of(median(cycle1), (double) Collections.min(cycle1), (double) Collections.max(cycle1)))
                .containsExactly(6.0, 0.0, 30.0);
        assertThat(cycle2).hasSize(40);
        assertThat(List.of(median(cycle2), (double) Collections.min(cycle2), (double) Collections.max(cycle2)))
                .containsExactly(4.5, 0.0, 28.0);
    }

    @Test
    void adverseEventsAsTableTwo() {
        // Table 2 (lines 395-405): worst grade per patient.
        assertThat(worstGrades("Alopecia")).containsExactlyInAnyOrderEntriesOf(Map.of(1, 21L));
        assertThat(worstGrades("Nausea")).containsExactlyInAnyOrderEntriesOf(Map.of(1, 36L, 2, 7L));
        assertThat(worstGrades("Neutrophil count decreased"))
                .containsExactlyInAnyOrderEntriesOf(Map.of(1, 7L, 2, 4L, 3, 6L, 4, 21L));
        // Infection within 3 months: grade 1 13, grade 2 2, grade 3 11 (26/43 = 60.5%, line 27).
        Map<String, Integer> infection = new TreeMap<>();
        for (AdverseEvent e : dataset.adverseEvents()) {
            if (isInfection(e) && !e.startDate().isAfter(day1(e.subjectId()).plusDays(89))) {
                infection.merge(e.subjectId(), e.grade(), Math::max);
            }
        }
        assertThat(infection.values().stream().collect(Collectors.groupingBy(g -> g, Collectors.counting())))
                .containsExactlyInAnyOrderEntriesOf(Map.of(1, 13L, 2, 2L, 3, 11L));
        // New infections after cyclophosphamide (line 389-391): 20/43; febrile neutropenia 7,
        // pneumonia (CTCAE "Lung infection") 5, upper respiratory 4.
        List<AdverseEvent> postCtx = dataset.adverseEvents().stream()
                .filter(e -> isInfection(e)
                        && !e.startDate().isBefore(day1(e.subjectId()).plusDays(28)))
                .toList();
        assertThat(postCtx.stream().map(AdverseEvent::subjectId).distinct()).hasSize(20);
        assertThat(postCtx.stream().collect(Collectors.groupingBy(AdverseEvent::term, Collectors.counting())))
                .containsEntry("Febrile neutropenia", 7L)
                .containsEntry("Lung infection", 5L)
                .containsEntry("Upper respiratory infection", 4L);
        // No death within 3 months (line 28, 408-409).
        assertThat(treated.stream().filter(a -> a.has(EventType.DEATH)).filter(a -> !a.records()
                        .events(EventType.DEATH)
                        .get(0)
                        .date()
                        .isAfter(a.date(90))))
                .isEmpty();
    }

    private static boolean isInfection(AdverseEvent e) {
        return e.term().contains("infection")
                || e.term().contains("Infection")
                || e.term().equals("Febrile neutropenia")
                || e.term().equals("Enterocolitis infectious");
    }

    private static LocalDate day1(String subjectId) {
        return dataset.subject(subjectId).orElseThrow().firstDoseOn().orElseThrow();
    }

    private static Map<Integer, Long> worstGrades(String term) {
        Map<String, Integer> worst = new TreeMap<>();
        for (AdverseEvent e : dataset.adverseEvents()) {
            if (e.term().equals(term)) {
                worst.merge(e.subjectId(), e.grade(), Math::max);
            }
        }
        return worst.values().stream().collect(Collectors.groupingBy(g -> g, Collectors.counting()));
    }
}
