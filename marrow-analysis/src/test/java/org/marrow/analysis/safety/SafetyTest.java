package org.marrow.analysis.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.marrow.analysis.Synthetic.DAY1;
import static org.marrow.analysis.Synthetic.day;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.marrow.analysis.Synthetic;
import org.marrow.analysis.endpoint.AnalysisPlan;
import org.marrow.analysis.endpoint.EndpointDerivation;
import org.marrow.analysis.endpoint.Progress;
import org.marrow.analysis.endpoint.StudyEndpoints;
import org.marrow.clinical.labs.LabHistory;
import org.marrow.clinical.quantity.LabTest;
import org.marrow.protocol.Protocol;
import org.marrow.protocol.ProtocolRegistry;
import org.marrow.study.AdverseEvent;
import org.marrow.study.DoseUnit;
import org.marrow.study.Drug;
import org.marrow.study.EventType;
import org.marrow.study.StudyDataset;

/** The safety tallies: document 000 Table 2 from the example, and each rule on small data sets. */
class SafetyTest {
    static StudyEndpoints ctxIst;
    static SafetySummary summary;

    @BeforeAll
    static void derive() {
        Protocol p = ProtocolRegistry.bundled().load("ctx-ist");
        ctxIst = EndpointDerivation.derive(p, Synthetic.ctxIst(), AnalysisPlan.of(p), null, Progress.NONE);
        summary = Safety.of(ctxIst);
    }

    @Test
    void termsCountEachPatientOnceAtTheWorstGradeAndEveryRecordedEvent() {
        // Counted here from the records directly: events, patients, worst grade, serious patients.
        Map<String, Integer> events = new HashMap<>();
        Map<String, Set<String>> patients = new HashMap<>();
        Map<String, Set<String>> serious = new HashMap<>();
        Set<String> itt = new HashSet<>();
        ctxIst.subjects().forEach(s -> itt.add(s.subjectId()));
        for (AdverseEvent e : ctxIst.dataset().adverseEvents()) {
            if (itt.contains(e.subjectId())) {
                events.merge(e.term(), 1, Integer::sum);
                patients.computeIfAbsent(e.term(), k -> new HashSet<>()).add(e.subjectId());
                if (e.serious()) {
                    serious.computeIfAbsent(e.term(), k -> new HashSet<>()).add(e.subjectId());
                }
            }
        }
        assertThat(summary.n()).isEqualTo(43);
        assertThat(summary.terms()).extracting(TermSummary::term).containsExactlyInAnyOrderElementsOf(events.keySet());
        for (TermSummary t : summary.terms()) {
            assertThat(t.events()).as(t.term()).isEqualTo(events.get(t.term()));
            assertThat(t.subjects())
                    .as(t.term())
                    .isEqualTo(patients.get(t.term()).size());
            assertThat(t.serious())
                    .as(t.term())
                    .isEqualTo(serious.getOrDefault(t.term(), Set.of()).size());
            assertThat(t.byWorstGrade().stream().mapToInt(Integer::intValue).sum())
                    .isEqualTo(t.subjects());
            assertThat(t.signal()).isEqualTo(Safety.isSignal(t.gradeThreeOrMore(), t.serious(), 43));
        }
        // Most frequent first, then by term.
        for (int i = 1; i < summary.terms().size(); i++) {
            assertThat(summary.terms().get(i - 1).subjects())
                    .isGreaterThanOrEqualTo(summary.terms().get(i).subjects());
        }
        // Document 000 Table 2 (l.395-405): neutropenia grade >= 3 in 27 patients; infections within 3 months 26/43.
        assertThat(summary.terms().stream()
                        .filter(t -> t.term().equals("Neutrophil count decreased"))
                        .findFirst()
                        .orElseThrow()
                        .gradeThreeOrMore())
                .isEqualTo(27);
        assertThat(summary.infections().x()).isEqualTo(26);
        assertThat(summary.infectionsByWorstGrade().values().stream()
                        .mapToInt(Integer::intValue)
                        .sum())
                .isEqualTo(26);
        assertThat(summary.infectionsAfterCyclophosphamide()).isNotNull();
        assertThat(summary.deaths()).isEqualTo(1);
        assertThat(summary.serious()).isPositive();
        assertThat(summary.neutropenia()).hasSize(2);
        assertThat(Safety.cyclophosphamideCycles(ctxIst)).hasSize(2);
    }

    @ParameterizedTest(name = "{0} of {2} at grade >= 3, {1} serious: {3}")
    @CsvSource({
        // A fifth of 43 is 8.6: 9 patients reach it, 8 do not.
        "9, 0, 43, true",
        "8, 0, 43, false",
        "0, 1, 43, true",
        // A fifth of 40 is exactly 8.
        "8, 0, 40, true",
        "7, 0, 40, false",
        "0, 0, 0, false"
    })
    void aTermIsFlaggedForAnySeriousEventOrGradeThreeInAFifthOfPatients(
            int gradeThree, int serious, int n, boolean flagged) {
        assertThat(Safety.isSignal(gradeThree, serious, n)).isEqualTo(flagged);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "Lung infection, true",
        "Enterocolitis infectious, true",
        "Sepsis, true",
        "Febrile neutropenia, true",
        "Neutrophil count decreased, false",
        "Nausea, false"
    })
    void infectionsAreTheInfectionTermsAndFebrileNeutropenia(String term, boolean infection) {
        assertThat(Safety.isInfection(term)).isEqualTo(infection);
    }

    @Test
    void aProtocolWithoutCyclophosphamideHasNoCyclesNorInfectionsAfterIt() {
        Protocol p = ProtocolRegistry.bundled().load("sirolimus-csa");
        StudyEndpoints e = EndpointDerivation.derive(p, Synthetic.ctxIst(), AnalysisPlan.of(p), null, Progress.NONE);
        SafetySummary s = Safety.of(e);
        assertThat(s.infectionsAfterCyclophosphamide()).isNull();
        assertThat(s.neutropenia()).isEmpty();
        assertThatThrownBy(() -> Safety.of(null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Safety.isInfection(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void earlyDeathsAndInfectionsCountInTheWindowOnly() {
        StudyDataset data = new Synthetic()
                .treated("A", "ctx-ist", DAY1)
                .treated("B", "ctx-ist", DAY1)
                .adverseEvent("A", "Lung infection", 3, day(DAY1, 10), day(DAY1, 20), true)
                .adverseEvent("B", "Lung infection", 2, day(DAY1, 120), null, false)
                .adverseEvent("B", "Nausea", 1, day(DAY1, 2), day(DAY1, 3), false)
                .dose("B", day(DAY1, 29), Drug.CYCLOPHOSPHAMIDE, "20", DoseUnit.MG_PER_KG)
                .event("A", day(DAY1, 60), EventType.DEATH)
                .build();
        Protocol p = ProtocolRegistry.bundled().load("ctx-ist");
        SafetySummary s = Safety.of(EndpointDerivation.derive(p, data, AnalysisPlan.of(p), null, Progress.NONE));
        assertThat(s.infections().x()).isEqualTo(1);
        assertThat(s.infectionsByWorstGrade()).containsExactly(Map.entry(3, 1));
        // B's infection starts after its first cyclophosphamide dose; A had none.
        assertThat(s.infectionsAfterCyclophosphamide().x()).isEqualTo(1);
        assertThat(List.of(s.deaths(), s.deathsInInfectionWindow(), s.serious()))
                .containsExactly(1, 1, 1);
        assertThat(s.gradeThreeOrMore().x()).isEqualTo(1);
        // Only B received cycle 1 (day 29); none of cycle 2.
        assertThat(s.neutropenia()).hasSize(1);
        assertThat(s.neutropenia().get(0).cycle()).isEqualTo("Cycle 1 (days 29-30)");
        assertThat(s.neutropenia().get(0).subjects()).isEqualTo(1);
    }

    @Test
    void neutropeniaLastsFromTheFirstLowCountToTheLastCountBelowOne() {
        LocalDate start = LocalDate.of(2024, 3, 1);
        StudyDataset data = new Synthetic()
                .treated("A", "ctx-ist", DAY1)
                .lab("A", start.plusDays(2), LabTest.NEUT, "0.8", "x10^9/L")
                .lab("A", start.plusDays(6), LabTest.NEUT, "0.3", "x10^9/L")
                .lab("A", start.plusDays(9), LabTest.NEUT, "1.2", "x10^9/L")
                .build();
        LabHistory labs = data.recordsOf("A").labHistory();
        // Below 1.0 from the start (day 1's 0.3 carried forward) through day 8 (0.3 of day 6 carried
        // forward); 1.2 on day 9 ends the run: 9 days.
        assertThat(Safety.duration(labs, start)).isEqualTo(9);
        // No count below 1.0 within the 14 days.
        assertThat(Safety.duration(labs, start.plusDays(9))).isZero();
        StudyDataset lastLow = new Synthetic()
                .treated("B", "ctx-ist", DAY1)
                .lab("B", start, LabTest.NEUT, "0.5", "x10^9/L")
                .build();
        // The day-1 count (0.3) is the latest before the start; the run ends with the last count.
        assertThat(Safety.duration(lastLow.recordsOf("B").labHistory(), start)).isEqualTo(1);
    }
}
