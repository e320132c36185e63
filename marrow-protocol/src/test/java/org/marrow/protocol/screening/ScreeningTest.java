package org.marrow.protocol.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.marrow.protocol.English.en;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.marrow.clinical.finding.Outcome;
import org.marrow.clinical.quantity.LabTest;
import org.marrow.clinical.quantity.LabValue;
import org.marrow.clinical.quantity.Unit;
import org.marrow.clinical.renal.Sex;
import org.marrow.protocol.Protocol;
import org.marrow.protocol.ProtocolRegistry;
import org.marrow.study.HistoryEntry;
import org.marrow.study.LabRecord;
import org.marrow.study.Subject;
import org.marrow.study.SubjectRecords;

class ScreeningTest {
    static final LocalDate ON = LocalDate.of(2024, 3, 1);
    static final ProtocolRegistry REGISTRY = ProtocolRegistry.bundled();

    /** A candidate's records under construction. */
    static final class Candidate {
        LocalDate birth = LocalDate.of(1990, 1, 1);
        final List<LabRecord> labs = new ArrayList<>();
        final List<HistoryEntry> history = new ArrayList<>();

        Candidate lab(LabTest test, String value, Unit unit, int daysBefore) {
            labs.add(LabRecord.of("S1", ON.minusDays(daysBefore), LabValue.of(test, new BigDecimal(value), unit)));
            return this;
        }

        Candidate labWithUln(LabTest test, String value, Unit unit, String uln) {
            labs.add(new LabRecord(
                    "S1",
                    ON.minusDays(1),
                    LabValue.of(test, new BigDecimal(value), unit),
                    unit.symbol(),
                    Optional.empty(),
                    Optional.of(new BigDecimal(uln))));
            return this;
        }

        Candidate history(String item, String value) {
            history.removeIf(h -> h.item().equals(item));
            history.add(new HistoryEntry("S1", item, value, Optional.empty(), ""));
            return this;
        }

        Candidate history(String item, String value, LocalDate date) {
            history.removeIf(h -> h.item().equals(item));
            history.add(new HistoryEntry("S1", item, value, Optional.of(date), ""));
            return this;
        }

        SubjectRecords records() {
            Subject subject = new Subject(
                    "S1",
                    "ihbdh",
                    Optional.empty(),
                    Sex.FEMALE,
                    birth,
                    new BigDecimal("60"),
                    new BigDecimal("165"),
                    Optional.empty(),
                    Optional.empty());
            return new SubjectRecords(subject, labs, List.of(), List.of(), List.of(), List.of(), history);
        }
    }

    /** An SAA candidate meeting every criterion of ctx-ist (document 000, l.107-144). */
    static Candidate ctxIstCandidate() {
        Candidate c = new Candidate()
                .lab(LabTest.CELLULARITY, "10", Unit.PERCENT, 3)
                .lab(LabTest.RETI, "15", Unit.E9_PER_L, 1)
                .lab(LabTest.PLAT, "8", Unit.E9_PER_L, 1)
                .lab(LabTest.NEUT, "0.3", Unit.E9_PER_L, 1)
                .lab(LabTest.ALT, "30", Unit.U_PER_L, 1)
                .lab(LabTest.AST, "25", Unit.U_PER_L, 1)
                .lab(LabTest.CREAT, "70", Unit.UMOL_PER_L, 1);
        for (String yes :
                List.of("x_aa_acquired_treatment_naive", "x_hsct_ineligible_or_declined", "x_informed_consent")) {
            c.history(yes, "yes");
        }
        c.history("ecog", "1").history("prior_tpo_ra_weeks", "0").history("prior_ist_weeks", "2");
        for (String no : List.of(
                "x_intolerance_ctx_or_hetrombopag",
                "x_allergy_p_atg",
                "uncontrolled_infection",
                "x_uncontrolled_hypertension_or_diabetes",
                "prior_chemo_radiotherapy",
                "x_severe_systemic_disease",
                "x_pregnancy_lactation_childbearing",
                "x_investigator_ineligible")) {
            c.history(no, "no");
        }
        return c;
    }

    static ScreeningResult screen(String protocolId, Candidate candidate) {
        return Screening.of(REGISTRY.load(protocolId)).screen(candidate.records(), ON);
    }

    static CriterionResult criterion(ScreeningResult result, String id) {
        return result.criteria().stream()
                .filter(c -> c.id().equals(id))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void candidateMeetingEveryCtxIstCriterionIsEligible() {
        ScreeningResult result = screen("ctx-ist", ctxIstCandidate());
        assertThat(result.criteria()).hasSize(16);
        assertThat(result.criteria()).allSatisfy(c -> assertThat(c.finding().outcome())
                .as(c.id() + " " + c.finding())
                .isEqualTo(c.kind().code().equals("inclusion") ? Outcome.MET : Outcome.NOT_MET));
        assertThat(result.status()).isEqualTo(EligibilityStatus.ELIGIBLE);
    }

    @Test
    void theSeverityReasonNamesTheSeverityOnceAndEachValueAgainstItsThreshold() {
        String reason = en(
                criterion(screen("ctx-ist", ctxIstCandidate()), "I2").finding().reason());
        assertThat(reason)
                .contains("severity SAA on " + ON + ": SAA (cellularity < 25 % and 2 of 3 counts)")
                .contains("PLAT 8 10^9/L on ")
                .contains("NEUT 0.3 10^9/L on " + ON.minusDays(1) + " is not < 0.2 10^9/L");
        // once, not again as a list of evidence lines after the findings
        assertThat(reason.split("severity SAA on", -1)).hasSize(2);
        assertThat(reason).doesNotContain("(criterion ").doesNotContain("   ");
    }

    @Test
    void missingLabIsUnknownAndMakesTheScreeningIncompleteNeverAPass() {
        Candidate candidate = ctxIstCandidate();
        candidate.labs.removeIf(l -> l.test() == LabTest.AST);
        ScreeningResult result = screen("ctx-ist", candidate);
        assertThat(criterion(result, "E7").finding().outcome()).isEqualTo(Outcome.UNKNOWN);
        assertThat(en(criterion(result, "E7").finding().missing()))
                .singleElement()
                .asString()
                .contains("AST");
        assertThat(result.status()).isEqualTo(EligibilityStatus.INCOMPLETE);
    }

    @Test
    void staleLabIsUnknown() {
        // eligibility.lab_max_age_days is 14 in ctx-ist: a 15-day-old platelet count is stale.
        Candidate candidate = ctxIstCandidate();
        candidate.labs.removeIf(l -> l.test() == LabTest.ALT);
        candidate.lab(LabTest.ALT, "30", Unit.U_PER_L, 15);
        assertThat(criterion(screen("ctx-ist", candidate), "E7").finding().outcome())
                .isEqualTo(Outcome.UNKNOWN);
    }

    @ParameterizedTest(name = "age on screening day {0} -> {1}")
    @CsvSource({"2012-03-01, MET", "2012-03-02, NOT_MET", "2011-03-01, MET"})
    void ageAtLeast12IsInCompletedYears(LocalDate birth, Outcome expected) {
        // document 000 l.108: aged >= 12; born 2012-03-02 is 11 on 2024-03-01
        Candidate candidate = ctxIstCandidate();
        candidate.birth = birth;
        CriterionResult i1 = criterion(screen("ctx-ist", candidate), "I1");
        assertThat(i1.finding().outcome()).isEqualTo(expected);
        assertThat(i1.finding().evidence()).singleElement().satisfies(e -> assertThat(en(e.item()))
                .isEqualTo("age"));
    }

    @ParameterizedTest(name = "prior TPO-RA {0} weeks -> E1 {1}")
    @CsvSource({"4, NOT_MET", "4.1, MET", "0, NOT_MET"})
    void priorTpoRaForMoreThanFourWeeksExcludes(String weeks, Outcome expected) {
        // document 000 l.115-116: prior TPO-RA for > 4 weeks
        ScreeningResult result = screen("ctx-ist", ctxIstCandidate().history("prior_tpo_ra_weeks", weeks));
        assertThat(criterion(result, "E1").finding().outcome()).isEqualTo(expected);
        assertThat(result.status())
                .isEqualTo(expected == Outcome.MET ? EligibilityStatus.NOT_ELIGIBLE : EligibilityStatus.ELIGIBLE);
    }

    @ParameterizedTest(name = "ALT {0} U/L -> E7 {1}")
    @CsvSource({"120, NOT_MET", "121, MET"})
    void altAboveThreeTimesTheProtocolUlnExcludes(String alt, Outcome expected) {
        // ctx-ist reference range ALT ULN 40 U/L (assumption) x 3 = 120
        Candidate candidate = ctxIstCandidate();
        candidate.labs.removeIf(l -> l.test() == LabTest.ALT);
        candidate.lab(LabTest.ALT, alt, Unit.U_PER_L, 1);
        CriterionResult e7 = criterion(screen("ctx-ist", candidate), "E7");
        assertThat(e7.finding().outcome()).isEqualTo(expected);
    }

    @Test
    void theLabRecordsOwnUlnTakesPrecedenceOverTheProtocols() {
        // ALT 130 with the site's ULN 50: 130 < 3 x 50; with the protocol's 40 it would exclude
        Candidate candidate = ctxIstCandidate();
        candidate.labs.removeIf(l -> l.test() == LabTest.ALT);
        candidate.labWithUln(LabTest.ALT, "130", Unit.U_PER_L, "50");
        assertThat(criterion(screen("ctx-ist", candidate), "E7").finding().outcome())
                .isEqualTo(Outcome.NOT_MET);
    }

    @Test
    void nonSevereCandidateFailsTheSaaInclusionWithEvidence() {
        Candidate candidate = ctxIstCandidate();
        candidate.labs.removeIf(l -> l.test() == LabTest.PLAT || l.test() == LabTest.NEUT);
        candidate.lab(LabTest.PLAT, "60", Unit.E9_PER_L, 1).lab(LabTest.NEUT, "1.2", Unit.E9_PER_L, 1);
        ScreeningResult result = screen("ctx-ist", candidate);
        assertThat(criterion(result, "I2").finding().outcome()).isEqualTo(Outcome.NOT_MET);
        assertThat(criterion(result, "I2").finding().evidence()).isNotEmpty();
        assertThat(result.status()).isEqualTo(EligibilityStatus.NOT_ELIGIBLE);
    }

    @Test
    void historyItemWithoutAnEntryIsUnknown() {
        Candidate candidate = ctxIstCandidate();
        candidate.history.removeIf(h -> h.item().equals("ecog"));
        CriterionResult i4 = criterion(screen("ctx-ist", candidate), "I4");
        assertThat(i4.finding().outcome()).isEqualTo(Outcome.UNKNOWN);
        assertThat(en(i4.finding().missing())).containsExactly("no screening_history entry for ecog");
    }

    /** Platelet results (days before screening, value) for document 002's temporal criterion. */
    static Outcome plateletCriterion(Map<Integer, String> counts) {
        Candidate candidate = new Candidate();
        counts.forEach((days, value) -> candidate.lab(LabTest.PLAT, value, Unit.E9_PER_L, days));
        return criterion(screen("hpag-csa-nsaa", candidate), "I4").finding().outcome();
    }

    @Test
    void plateletsBelow50TwiceAtLeastOneWeekApart() {
        // document 002 l.124: < 50 x10^9/L at least 2 times consecutively, interval >= 1 week
        assertThat(plateletCriterion(Map.of(14, "40", 7, "45"))).isEqualTo(Outcome.MET); // exactly 7 days
        assertThat(plateletCriterion(Map.of(13, "40", 7, "45"))).isEqualTo(Outcome.NOT_MET); // 6 days
        assertThat(plateletCriterion(Map.of(20, "40", 15, "45", 8, "48")))
                .isEqualTo(Outcome.MET); // skips the close one
        assertThat(plateletCriterion(Map.of(20, "40", 10, "60", 2, "45")))
                .isEqualTo(Outcome.NOT_MET); // not consecutive
        assertThat(plateletCriterion(Map.of(14, "50", 7, "45"))).isEqualTo(Outcome.NOT_MET); // 50 is not < 50
        assertThat(plateletCriterion(Map.of(7, "45"))).isEqualTo(Outcome.UNKNOWN); // one count cannot show two
    }

    @Test
    void recentTpoRaWithinOneWeekExcludesFrom002() {
        // document 002 l.129: TPO-RA within 1 week before enrollment
        Candidate candidate = new Candidate().history("prior_tpo_ra_weeks", "2", ON.minusDays(7));
        assertThat(criterion(screen("hpag-csa-nsaa", candidate), "E2").finding().outcome())
                .isEqualTo(Outcome.MET);
        candidate.history("prior_tpo_ra_weeks", "2", ON.minusDays(8));
        assertThat(criterion(screen("hpag-csa-nsaa", candidate), "E2").finding().outcome())
                .isEqualTo(Outcome.NOT_MET);
        candidate.history("prior_tpo_ra_weeks", "2");
        assertThat(en(criterion(screen("hpag-csa-nsaa", candidate), "E2")
                        .finding()
                        .missing()))
                .containsExactly("the date of prior_tpo_ra_weeks is not recorded");
    }

    @Test
    void ferritinAbove1000ExcludesUnlessDueToInfection() {
        // document 002 l.136
        Candidate candidate = new Candidate()
                .lab(LabTest.FERRITIN, "1500", Unit.NG_PER_ML, 2)
                .history("x_ferritin_raised_by_infection", "no");
        assertThat(criterion(screen("hpag-csa-nsaa", candidate), "E9").finding().outcome())
                .isEqualTo(Outcome.MET);
        candidate.history("x_ferritin_raised_by_infection", "yes");
        assertThat(criterion(screen("hpag-csa-nsaa", candidate), "E9").finding().outcome())
                .isEqualTo(Outcome.NOT_MET);
    }

    @ParameterizedTest(name = "{0}: E6 {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                // document 002 l.133: del(20q), +8 and -Y are not counted.
                "46,XX,del(20q)|NOT_MET",
                "47,XY,+8[5]/46,XY[15]|NOT_MET",
                "45,X,-Y[20]|NOT_MET",
                "46,XX[20]|NOT_MET",
                "47,XY,+7|MET",
                "47,XY,+7[1]/46,XY[19]|NOT_MET",
                "47,XY,+7[2]/46,XY[18]|MET",
                "45,XY,-7[2]/46,XY[18]|NOT_MET",
                "45,XY,-7[3]/46,XY[17]|MET",
                "karyotype not done|UNKNOWN"
            })
    void clonalKaryotypeExclusionOf002IsDecidedFromTheKaryotype(String karyotype, Outcome expected) {
        Candidate candidate = new Candidate().history("karyotype", karyotype, ON.minusDays(10));
        CriterionResult e6 = criterion(screen("hpag-csa-nsaa", candidate), "E6");
        assertThat(e6.finding().outcome()).isEqualTo(expected);
        assertThat(en(e6.finding().rule())).isEqualTo("clonal karyotypic abnormality other than del(20q), +8, -Y");
    }

    @Test
    void theKaryotypeExclusionNamesTheAbnormalityAndIsUnknownWithoutAKaryotype() {
        Candidate excluded = new Candidate().history("karyotype", "47,XY,+7", ON.minusDays(10));
        CriterionResult e6 = criterion(screen("hpag-csa-nsaa", excluded), "E6");
        assertThat(en(e6.finding().reason())).isEqualTo("karyotype 47,XY,+7 has the clonal abnormality +7");
        assertThat(e6.finding().evidence())
                .extracting(e -> en(e.message()))
                .containsExactly(
                        "+7 in karyotype 47,XY,+7 on " + ON.minusDays(10) + " (criterion clonal: at least 2 cells)");
        assertThat(criterion(screen("hpag-csa-nsaa", new Candidate()), "E6")
                        .finding()
                        .outcome())
                .isEqualTo(Outcome.UNKNOWN);
        // A karyotype dated after the screening date is not yet known on it.
        Candidate later = new Candidate().history("karyotype", "47,XY,+7", ON.plusDays(1));
        assertThat(criterion(screen("hpag-csa-nsaa", later), "E6").finding().outcome())
                .isEqualTo(Outcome.UNKNOWN);
        // The latest karyotype on or before the screening date decides.
        Candidate twice = new Candidate();
        twice.history.add(new HistoryEntry("S1", "karyotype", "47,XY,+7", Optional.of(ON.minusDays(40)), ""));
        twice.history.add(new HistoryEntry("S1", "karyotype", "46,XY[20]", Optional.of(ON.minusDays(5)), ""));
        assertThat(criterion(screen("hpag-csa-nsaa", twice), "E6").finding().outcome())
                .isEqualTo(Outcome.NOT_MET);
    }

    @Test
    void creatinineClearanceBelow30ExcludesFrom002() {
        // Cockcroft-Gault, female 34 y, 60 kg, creatinine 250 umol/L:
        // (140 - 34) x 60 x 0.85 / (72 x 250 / 88.4 mg/dL) = 26.549 mL/min < 30
        Candidate candidate = new Candidate().lab(LabTest.CREAT, "250", Unit.UMOL_PER_L, 1);
        CriterionResult e14 = criterion(screen("hpag-csa-nsaa", candidate), "E14");
        assertThat(e14.finding().outcome()).isEqualTo(Outcome.MET);
        assertThat(e14.finding().evidence().get(0).value().doubleValue())
                .isCloseTo(26.549, org.assertj.core.data.Offset.offset(0.001));
    }

    @Test
    void sirolimusHbPlateletsOrNeutrophilsInclusionIsAnAnyOf() {
        // document 004 l.131: Hb < 100 g/L or PLT < 50 or ANC < 1.0; Hb given in g/dL is converted
        Candidate candidate = new Candidate()
                .lab(LabTest.HGB, "9.9", Unit.G_PER_DL, 1)
                .lab(LabTest.PLAT, "80", Unit.E9_PER_L, 1)
                .lab(LabTest.NEUT, "1.5", Unit.E9_PER_L, 1);
        assertThat(criterion(screen("sirolimus-csa", candidate), "I3").finding().outcome())
                .isEqualTo(Outcome.MET);
    }

    @Test
    void screeningBeforeBirthIsRefused() {
        Candidate candidate = ctxIstCandidate();
        candidate.birth = ON.plusDays(1);
        Protocol protocol = REGISTRY.load("ctx-ist");
        assertThatThrownBy(() -> Screening.of(protocol).screen(candidate.records(), ON))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2024-03-01")
                .hasMessageContaining("2024-03-02");
    }
}
