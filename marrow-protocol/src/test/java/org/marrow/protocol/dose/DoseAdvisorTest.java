package org.marrow.protocol.dose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.marrow.protocol.English.en;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.marrow.clinical.quantity.LabTest;
import org.marrow.clinical.quantity.Unit;
import org.marrow.protocol.Protocol;
import org.marrow.protocol.ProtocolRegistry;
import org.marrow.study.DoseUnit;
import org.marrow.study.Drug;

/**
 * The dose rules of the bundled protocols at every threshold: at, just below and just above. Expected
 * actions follow the documents as each test cites; amounts are the rule's numbers times the synthetic
 * weight (60 kg unless stated).
 */
class DoseAdvisorTest {
    static final ProtocolRegistry REGISTRY = ProtocolRegistry.bundled();

    static DoseAdvice advice(Protocol protocol, Patient patient, int studyDay, Drug drug) {
        List<DoseAdvice> all = DoseAdvisor.of(protocol).advise(patient.records(), Patient.day(studyDay));
        return all.stream()
                .filter(a -> a.drug() == drug)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no advice for " + drug + " in " + all));
    }

    /** Document 003: 10 ug/kg weekly, +5 ug/kg every 2 weeks without a single-lineage response, max 20. */
    @Nested
    class RomiplostimEscalation {
        final Protocol protocol = REGISTRY.load("romiplostim-csa");

        /** Baseline on day 1 (HGB 80 g/L, NEUT 0.8, PLAT 10); weekly doses at {@code perKg} from {@code from}. */
        Patient patient(String perKg, int from, int to) {
            Patient p = new Patient("romiplostim-csa").counts(1, "80", "0.8", "10");
            p.dose(1, Drug.ROMIPLOSTIM, "10", DoseUnit.UG_PER_KG);
            for (int day = from; day <= to; day += 7) {
                p.dose(day, Drug.ROMIPLOSTIM, perKg, DoseUnit.UG_PER_KG);
            }
            return p;
        }

        @Test
        void startsAtTenMicrogramsPerKgWhenNoDoseIsRecorded() {
            DoseAdvice a = advice(protocol, new Patient("romiplostim-csa"), 1, Drug.ROMIPLOSTIM);
            assertThat(a.action()).isEqualTo(DoseAction.START);
            assertThat(a.amount().orElseThrow().min()).isEqualByComparingTo("600"); // 10 ug/kg x 60 kg
            assertThat(a.amount().orElseThrow().perKgMin())
                    .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("10"));
        }

        // 10 ug/kg since day 1 (2024-01-01): escalation is reviewed 2 weeks later, on day 15. NR counts on
        // the day (PLAT +5 < 20, HGB +2 < 15 g/L, NEUT +0.1 < 0.5: LineageThresholds.olnes2012).
        @ParameterizedTest
        @CsvSource({"14, CONTINUE, 600", "15, INCREASE, 900", "16, INCREASE, 900"})
        void escalatesAfterTwoWeeksWithoutResponse(int day, DoseAction action, String ug) {
            Patient p = patient("10", 8, 8).counts(day, "82", "0.9", "15");
            DoseAdvice a = advice(protocol, p, day, Drug.ROMIPLOSTIM);
            assertThat(a.action()).as(en(a.reason())).isEqualTo(action);
            assertThat(a.amount().orElseThrow().min()).isEqualByComparingTo(ug);
            assertThat(a.rule()).isEqualTo("romiplostim-escalation");
        }

        @Test
        void noEscalationWithASingleLineageResponse() {
            // PLAT 10 -> 30: a rise of 20 x10^9/L, met at >= 20 (Olnes 2012 platelet response).
            Patient p = patient("10", 8, 8).counts(15, "82", "0.9", "30");
            DoseAdvice a = advice(protocol, p, 15, Drug.ROMIPLOSTIM);
            assertThat(a.action()).as(en(a.reason())).isEqualTo(DoseAction.CONTINUE);
            assertThat(a.amount().orElseThrow().perKgMin())
                    .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("10"));
            assertThat(a.evidence()).anyMatch(e -> en(e.item()).equals("PLAT"));
        }

        @Test
        void staleCountsGiveMeasure() {
            // Counts of day 7 are 8 days old on day 15 (response counts at most 7 days old).
            Patient p = patient("10", 8, 8).counts(7, "82", "0.9", "15");
            DoseAdvice a = advice(protocol, p, 15, Drug.ROMIPLOSTIM);
            assertThat(a.action()).isEqualTo(DoseAction.MEASURE);
            assertThat(a.amount()).isEmpty();
            assertThat(en(a.missing())).isNotEmpty().anyMatch(m -> m.contains("last measured"));
        }

        @Test
        void dosesRecordedInMicrogramsAreConvertedWithTheWeight() {
            // 620 ug / 60 kg = 10.33 ug/kg: within 10% of the 10 ug/kg level (vial rounding).
            Patient p = new Patient("romiplostim-csa").counts(1, "80", "0.8", "10");
            p.dose(1, Drug.ROMIPLOSTIM, "620", DoseUnit.UG).dose(8, Drug.ROMIPLOSTIM, "0.6", DoseUnit.MG);
            p.counts(15, "82", "0.9", "15");
            DoseAdvice a = advice(protocol, p, 15, Drug.ROMIPLOSTIM);
            assertThat(a.action()).isEqualTo(DoseAction.INCREASE);
            assertThat(a.amount().orElseThrow().min()).isEqualByComparingTo("900");
        }

        // The cap: 15 ug/kg since day 15 -> 20 on day 29; 20 stays 20; 17.5 (not a level) -> 20 not 22.5.
        @ParameterizedTest
        @CsvSource({"15, INCREASE, 20", "20, CONTINUE, 20", "17.5, INCREASE, 20", "12.5, INCREASE, 17.5"})
        void neverAboveTwentyMicrogramsPerKg(String current, DoseAction action, String perKg) {
            Patient p = patient(current, 15, 22).counts(29, "82", "0.9", "15");
            DoseAdvice a = advice(protocol, p, 29, Drug.ROMIPLOSTIM);
            assertThat(a.action()).as(en(a.reason())).isEqualTo(action);
            assertThat(a.amount().orElseThrow().perKgMin())
                    .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo(perKg));
        }

        @Test
        void stopsAfterTheTwentySixWeekRegimen() {
            // Regimen days 1-182 ("total treatment duration was 26 weeks").
            Patient p = patient("20", 8, 176);
            assertThat(advice(protocol, p, 182, Drug.ROMIPLOSTIM).action()).isNotEqualTo(DoseAction.STOP);
            assertThat(advice(protocol, p, 183, Drug.ROMIPLOSTIM).action()).isEqualTo(DoseAction.STOP);
        }
    }

    /** Document 004: sirolimus 1-3 mg daily, target trough 4-12 ng/mL (1 mg steps assumed). */
    @Nested
    class SirolimusTrough {
        final Protocol protocol = REGISTRY.load("sirolimus-csa");

        Patient onDose(String mg) {
            return new Patient("sirolimus")
                    .dose(1, Drug.SIROLIMUS, mg, DoseUnit.MG)
                    .dose(20, Drug.SIROLIMUS, mg, DoseUnit.MG);
        }

        @ParameterizedTest
        @CsvSource({
            "3.9, INCREASE, 3", "4, CONTINUE, 2", "4.1, CONTINUE, 2",
            "11.9, CONTINUE, 2", "12, CONTINUE, 2", "12.1, DECREASE, 1"
        })
        void titratesTowardFourToTwelve(String level, DoseAction action, String mg) {
            Patient p = onDose("2").lab(20, LabTest.SRL_TROUGH, level, Unit.NG_PER_ML);
            DoseAdvice a = advice(protocol, p, 21, Drug.SIROLIMUS);
            assertThat(a.action()).as(en(a.reason())).isEqualTo(action);
            assertThat(a.amount().orElseThrow().min()).isEqualByComparingTo(mg);
            assertThat(a.evidence()).anyMatch(e -> en(e.item()).equals("SRL_TROUGH"));
        }

        @Test
        void atTheEndsOfTheRangeContinueOrHold() {
            assertThat(advice(
                                    protocol,
                                    onDose("3").lab(20, LabTest.SRL_TROUGH, "3.9", Unit.NG_PER_ML),
                                    21,
                                    Drug.SIROLIMUS)
                            .action())
                    .isEqualTo(DoseAction.CONTINUE);
            assertThat(advice(
                                    protocol,
                                    onDose("1").lab(20, LabTest.SRL_TROUGH, "12.1", Unit.NG_PER_ML),
                                    21,
                                    Drug.SIROLIMUS)
                            .action())
                    .isEqualTo(DoseAction.HOLD);
        }

        // max_level_age_days 14: a level drawn on day 20 is fresh on day 34, stale on day 35.
        @ParameterizedTest
        @CsvSource({"33, CONTINUE", "34, CONTINUE", "35, MEASURE"})
        void staleLevelGivesMeasure(int day, DoseAction action) {
            Patient p = onDose("2").lab(20, LabTest.SRL_TROUGH, "8", Unit.NG_PER_ML);
            DoseAdvice a = advice(protocol, p, day, Drug.SIROLIMUS);
            assertThat(a.action()).isEqualTo(action);
            if (action == DoseAction.MEASURE) {
                assertThat(en(a.missing())).singleElement().asString().contains("SRL_TROUGH");
            }
        }

        @Test
        void levelDrawnBeforeTheCurrentDoseGivesMeasure() {
            // The dose changed to 3 mg on day 20; the level of day 20 (pre-dose) reflects 2 mg.
            Patient p = new Patient("sirolimus")
                    .dose(1, Drug.SIROLIMUS, "2", DoseUnit.MG)
                    .dose(20, Drug.SIROLIMUS, "3", DoseUnit.MG)
                    .lab(20, LabTest.SRL_TROUGH, "3", Unit.NG_PER_ML);
            assertThat(advice(protocol, p, 21, Drug.SIROLIMUS).action()).isEqualTo(DoseAction.MEASURE);
        }

        @Test
        void missingLevelGivesMeasure() {
            DoseAdvice a = advice(protocol, onDose("2"), 21, Drug.SIROLIMUS);
            assertThat(a.action()).isEqualTo(DoseAction.MEASURE);
            assertThat(en(a.missing())).isNotEmpty();
        }

        @Test
        void startsAtTheLowestDose() {
            DoseAdvice a = advice(protocol, new Patient("sirolimus"), 1, Drug.SIROLIMUS);
            assertThat(a.action()).isEqualTo(DoseAction.START);
            assertThat(a.amount().orElseThrow().min()).isEqualByComparingTo("1");
        }
    }

    /**
     * Document 004: CsA 25-150 mg q12h toward about 150 ng/mL (120-180 assumed), 25-50 mg q12h with
     * impaired renal function (Cockcroft-Gault &lt; 60 mL/min or creatinine &gt; 1.0 x ULN assumed).
     */
    @Nested
    class CyclosporineTrough {
        final Protocol protocol = REGISTRY.load("sirolimus-csa");

        /** 20 years old, 90 kg: Cockcroft-Gault = 120 x 90 x 88.4 / (72 x creatinine umol/L). */
        Patient patient(String creatinine, String uln) {
            Patient p = new Patient("sirolimus-csa");
            p.weight = "90";
            p.birth = LocalDate.of(2003, 6, 1);
            return p.dose(1, Drug.CSA, "100", DoseUnit.MG)
                    .dose(20, Drug.CSA, "100", DoseUnit.MG)
                    .labWithUln(20, LabTest.CREAT, creatinine, Unit.UMOL_PER_L, uln);
        }

        // Creatinine 100 umol/L (CG 132.6), ULN 250: renal function normal.
        @ParameterizedTest
        @CsvSource({
            "119, INCREASE, 125", "120, CONTINUE, 100", "121, CONTINUE, 100",
            "179, CONTINUE, 100", "180, CONTINUE, 100", "181, DECREASE, 75"
        })
        void titratesTowardTheTarget(String level, DoseAction action, String mg) {
            Patient p = patient("100", "250").lab(20, LabTest.CSA_TROUGH, level, Unit.NG_PER_ML);
            DoseAdvice a = advice(protocol, p, 21, Drug.CSA);
            assertThat(a.action()).as(en(a.reason())).isEqualTo(action);
            assertThat(a.amount().orElseThrow().min()).isEqualByComparingTo(mg);
        }

        // CG at 60 mL/min (120 x 90 x 88.4 / (72 x 221) = 60.0) is not impaired; 222 -> 59.7, impaired.
        @ParameterizedTest
        @CsvSource({"220, CONTINUE, 100", "221, CONTINUE, 100", "222, DECREASE, 50"})
        void cockcroftGaultBelowSixtyReducesTheRange(String creatinine, DoseAction action, String mg) {
            Patient p = patient(creatinine, "250").lab(20, LabTest.CSA_TROUGH, "150", Unit.NG_PER_ML);
            DoseAdvice a = advice(protocol, p, 21, Drug.CSA);
            assertThat(a.action()).as(en(a.reason())).isEqualTo(action);
            assertThat(a.amount().orElseThrow().min()).isEqualByComparingTo(mg);
        }

        // Creatinine against the record's own ULN (100 umol/L): > 1.0 x ULN is impaired.
        @ParameterizedTest
        @CsvSource({"99, CONTINUE, 100", "100, CONTINUE, 100", "101, DECREASE, 50"})
        void creatinineAboveUlnReducesTheRange(String creatinine, DoseAction action, String mg) {
            Patient p = patient(creatinine, "100").lab(20, LabTest.CSA_TROUGH, "150", Unit.NG_PER_ML);
            DoseAdvice a = advice(protocol, p, 21, Drug.CSA);
            assertThat(a.action()).as(en(a.reason())).isEqualTo(action);
            assertThat(a.amount().orElseThrow().min()).isEqualByComparingTo(mg);
        }

        @Test
        void missingCreatinineGivesMeasure() {
            Patient p = new Patient("sirolimus-csa").dose(1, Drug.CSA, "100", DoseUnit.MG);
            p.lab(20, LabTest.CSA_TROUGH, "150", Unit.NG_PER_ML);
            DoseAdvice a = advice(protocol, p, 21, Drug.CSA);
            assertThat(a.action()).isEqualTo(DoseAction.MEASURE);
            assertThat(en(a.missing())).anyMatch(m -> m.contains("CREAT"));
        }

        @Test
        void cyclosporineRuleOnlyInTheCombinationArm() {
            Patient p = new Patient("sirolimus");
            assertThat(DoseAdvisor.of(protocol).advise(p.records(), Patient.day(2)))
                    .extracting(DoseAdvice::drug)
                    .containsExactly(Drug.SIROLIMUS);
        }
    }

    /** Document 000: G-CSF when ANC &lt; 0.5 x10^9/L, until ANC &gt; 5 x10^9/L (ANC at most 3 days old). */
    @Nested
    class GranulocyteColonyStimulatingFactor {
        final Protocol protocol = REGISTRY.load("ctx-ist");

        @ParameterizedTest
        @CsvSource({"0.49, START", "0.5, HOLD", "0.51, HOLD"})
        void startsBelowHalf(String anc, DoseAction action) {
            Patient p = new Patient("ctx-ist").lab(30, LabTest.NEUT, anc, Unit.E9_PER_L);
            DoseAdvice a = advice(protocol, p, 31, Drug.G_CSF);
            assertThat(a.action()).as(en(a.reason())).isEqualTo(action);
            if (action == DoseAction.START) {
                // 2-5 ug/kg x 60 kg = 120-300 ug.
                assertThat(a.amount().orElseThrow().min()).isEqualByComparingTo("120");
                assertThat(a.amount().orElseThrow().max()).isEqualByComparingTo("300");
            }
        }

        @ParameterizedTest
        @CsvSource({"4.99, CONTINUE", "5, CONTINUE", "5.01, STOP"})
        void stopsAboveFive(String anc, DoseAction action) {
            Patient p = new Patient("ctx-ist")
                    .dose(29, Drug.G_CSF, "300", DoseUnit.UG)
                    .dose(30, Drug.G_CSF, "300", DoseUnit.UG)
                    .lab(30, LabTest.NEUT, anc, Unit.E9_PER_L);
            DoseAdvice a = advice(protocol, p, 31, Drug.G_CSF);
            assertThat(a.action()).as(en(a.reason())).isEqualTo(action);
        }

        @Test
        void staleAncGivesMeasure() {
            // ANC of day 27 is 4 days old on day 31 (max_age_days 3).
            Patient p = new Patient("ctx-ist").lab(27, LabTest.NEUT, "0.2", Unit.E9_PER_L);
            DoseAdvice a = advice(protocol, p, 31, Drug.G_CSF);
            assertThat(a.action()).isEqualTo(DoseAction.MEASURE);
            assertThat(en(a.missing())).singleElement().asString().contains("NEUT last measured");
        }

        @Test
        void posaconazoleFollowsItsOwnRule() {
            Patient p = new Patient("ctx-ist").lab(30, LabTest.NEUT, "0.3", Unit.E9_PER_L);
            DoseAdvice a = advice(protocol, p, 31, Drug.POSACONAZOLE);
            assertThat(a.action()).isEqualTo(DoseAction.START);
            assertThat(a.amount().orElseThrow().min()).isEqualByComparingTo("300");
        }
    }

    /** Document 001: hetrombopag tapered in CR (15 -> 7.5 -> stop, 4 weeks each assumed), re-started at 7.5 mg. */
    @Nested
    class HetrombopagTaper {
        final Protocol protocol = REGISTRY.load("hpag-ist");

        /** SAA at baseline (cellularity 10 %, NEUT 0.3, PLAT 10, RETI 15). */
        Patient patient() {
            return new Patient("hpag-ist")
                    .lab(1, LabTest.CELLULARITY, "10", Unit.PERCENT)
                    .lab(1, LabTest.RETI, "15", Unit.E9_PER_L)
                    .counts(1, "70", "0.3", "10");
        }

        Patient daily(Patient p, String mg, int from, int to) {
            for (int day = from; day <= to; day++) {
                p.dose(day, Drug.HETROMBOPAG, mg, DoseUnit.MG);
            }
            return p;
        }

        @Test
        void tapersInCompleteResponse() {
            // CR: HGB > 100 g/L, NEUT > 1.0, PLAT > 100 x10^9/L, transfusion independent.
            Patient p = daily(patient(), "15", 1, 119).counts(120, "130", "2.0", "150");
            DoseAdvice a = advice(protocol, p, 120, Drug.HETROMBOPAG);
            assertThat(a.action()).as(en(a.reason())).isEqualTo(DoseAction.DECREASE);
            assertThat(a.amount().orElseThrow().min()).isEqualByComparingTo("7.5");
        }

        @Test
        void keepsFifteenWithoutCompleteResponse() {
            Patient p = daily(patient(), "15", 1, 119).counts(120, "130", "2.0", "90");
            assertThat(advice(protocol, p, 120, Drug.HETROMBOPAG).action()).isEqualTo(DoseAction.CONTINUE);
        }

        // 7.5 mg from day 120: the next step (stop) is due 4 weeks later, day 148.
        @ParameterizedTest
        @CsvSource({"147, CONTINUE", "148, STOP", "149, STOP"})
        void eachStepLastsFourWeeks(int day, DoseAction action) {
            Patient p =
                    daily(daily(patient(), "15", 1, 119), "7.5", 120, day - 1).counts(day, "130", "2.0", "150");
            assertThat(advice(protocol, p, day, Drug.HETROMBOPAG).action()).isEqualTo(action);
        }

        // Off after tapering to discontinuation: re-start at 7.5 mg when PLAT < 100 x10^9/L (l.89-92).
        @ParameterizedTest
        @CsvSource({"99, START", "100, HOLD", "101, HOLD"})
        void restartsAtSevenPointFiveBelowOneHundred(String platelets, DoseAction action) {
            Patient p = daily(daily(patient(), "15", 1, 119), "7.5", 120, 147)
                    .lab(200, LabTest.PLAT, platelets, Unit.E9_PER_L);
            DoseAdvice a = advice(protocol, p, 200, Drug.HETROMBOPAG);
            assertThat(a.action()).as(en(a.reason())).isEqualTo(action);
            if (action == DoseAction.START) {
                assertThat(a.amount().orElseThrow().min()).isEqualByComparingTo("7.5");
            }
        }

        @Test
        void stalePlateletsGiveMeasureAfterTaper() {
            // PLAT max_age_days 14: a count of day 185 is 15 days old on day 200.
            Patient p =
                    daily(daily(patient(), "15", 1, 119), "7.5", 120, 147).lab(185, LabTest.PLAT, "50", Unit.E9_PER_L);
            DoseAdvice a = advice(protocol, p, 200, Drug.HETROMBOPAG);
            assertThat(a.action()).isEqualTo(DoseAction.MEASURE);
            assertThat(en(a.missing())).singleElement().asString().contains("PLAT");
        }

        @Test
        void missingCountsGiveMeasureWhileOnTheDrug() {
            Patient p = daily(patient(), "15", 1, 119);
            assertThat(advice(protocol, p, 120, Drug.HETROMBOPAG).action()).isEqualTo(DoseAction.MEASURE);
        }

        @Test
        void stoppedAtTheFullDoseIsNotRestarted() {
            Patient p = daily(patient(), "15", 1, 100).lab(200, LabTest.PLAT, "50", Unit.E9_PER_L);
            assertThat(advice(protocol, p, 200, Drug.HETROMBOPAG).action()).isEqualTo(DoseAction.HOLD);
        }
    }

    @Test
    void refusesADateBeforeTheFirstDose() {
        Patient p = new Patient("ctx-ist");
        assertThatThrownBy(() -> DoseAdvisor.of(REGISTRY.load("ctx-ist")).advise(p.records(), Patient.day(0)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("before the first dose (2024-01-01)");
    }
}
