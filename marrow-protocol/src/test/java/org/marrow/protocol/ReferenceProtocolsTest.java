package org.marrow.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marrow.protocol.English.en;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.marrow.clinical.labs.Threshold.Relation;
import org.marrow.clinical.quantity.LabTest;
import org.marrow.clinical.response.CriteriaSet;
import org.marrow.clinical.response.ResponseCategory;
import org.marrow.clinical.severity.Severity;
import org.marrow.protocol.design.DesignType;
import org.marrow.protocol.design.Endpoint;
import org.marrow.protocol.design.EndpointMeasure;
import org.marrow.protocol.design.SimonTwoStage;
import org.marrow.protocol.dose.DoseRule;
import org.marrow.protocol.dose.Escalation;
import org.marrow.protocol.dose.SupportiveCare;
import org.marrow.protocol.dose.TaperRestart;
import org.marrow.protocol.dose.TroughTitration;
import org.marrow.protocol.eligibility.AgeCriterion;
import org.marrow.protocol.eligibility.AllOf;
import org.marrow.protocol.eligibility.AnyOf;
import org.marrow.protocol.eligibility.CreatinineClearanceCriterion;
import org.marrow.protocol.eligibility.HistoryCriterion;
import org.marrow.protocol.eligibility.LabCriterion;
import org.marrow.protocol.eligibility.Not;
import org.marrow.protocol.eligibility.RepeatedLabCriterion;
import org.marrow.protocol.eligibility.ResponseCriterion;
import org.marrow.protocol.eligibility.SeverityCriterion;
import org.marrow.protocol.model.ArmType;
import org.marrow.protocol.model.DayRange;
import org.marrow.protocol.model.Phase;
import org.marrow.protocol.model.TimeUnit;
import org.marrow.protocol.regimen.DoseBasis;
import org.marrow.protocol.regimen.Frequency;
import org.marrow.protocol.regimen.Regimen;
import org.marrow.study.DoseUnit;
import org.marrow.study.Drug;

/** Each reference protocol checked against its trial document (line numbers of shared/trials/*.txt). */
class ReferenceProtocolsTest {
    private static final ProtocolRegistry REGISTRY = ProtocolRegistry.bundled();

    static BigDecimal dec(String value) {
        return new BigDecimal(value);
    }

    static Regimen regimen(Protocol protocol, Drug drug) {
        return protocol.regimens().stream()
                .filter(r -> r.drug() == drug)
                .findFirst()
                .orElseThrow();
    }

    static <T> T kind(Protocol protocol, String ruleId, Class<T> type) {
        DoseRule rule = protocol.doseRules().stream()
                .filter(r -> r.id().equals(ruleId))
                .findFirst()
                .orElseThrow();
        return type.cast(rule.kind());
    }

    static Endpoint primary(Protocol protocol) {
        return protocol.endpoints().stream()
                .filter(e -> e.role() == Endpoint.Role.PRIMARY)
                .findFirst()
                .orElseThrow();
    }

    @Nested
    class CtxIst000 {
        private final Protocol protocol = REGISTRY.load("ctx-ist");

        @Test
        void identityMatchesDocument() {
            // l.14 phase II, l.80-81 NCT05975996, l.92 single-center
            assertThat(protocol.identity().phase()).isEqualTo(Phase.PHASE_2);
            assertThat(protocol.identity().registryIds()).contains("NCT05975996");
            assertThat(protocol.identity().sites()).hasSize(1);
            assertThat(protocol.arms()).singleElement().satisfies(a -> assertThat(a.type())
                    .isEqualTo(ArmType.EXPERIMENTAL));
        }

        @Test
        void regimenIsPatg25Days1to5CsA3to5Hetrombopag15For6MonthsCtx20OnDays29to30And43to44() {
            // l.155-159 and Figure 1B (l.127)
            Regimen atg = regimen(protocol, Drug.P_ATG);
            assertThat(atg.dose().min()).isEqualByComparingTo("25");
            assertThat(atg.dose().unit()).isEqualTo(DoseUnit.MG_PER_KG);
            assertThat(atg.dose().basis()).isEqualTo(DoseBasis.DAY);
            assertThat(atg.days()).containsExactly(DayRange.of(1, 5));
            Regimen csa = regimen(protocol, Drug.CSA);
            assertThat(csa.dose().min()).isEqualByComparingTo("3");
            assertThat(csa.dose().max()).isEqualByComparingTo("5");
            assertThat(csa.days().get(0).to()).isEmpty();
            Regimen hpag = regimen(protocol, Drug.HETROMBOPAG);
            assertThat(hpag.dose().min()).isEqualByComparingTo("15");
            assertThat(hpag.dose().unit()).isEqualTo(DoseUnit.MG);
            assertThat(hpag.days()).containsExactly(DayRange.of(1, 182));
            Regimen ctx = regimen(protocol, Drug.CYCLOPHOSPHAMIDE);
            assertThat(ctx.dose().min()).isEqualByComparingTo("20");
            assertThat(ctx.days()).containsExactly(DayRange.of(29, 30), DayRange.of(43, 44));
        }

        @Test
        void gcsfStartsBelowAnc05AndStopsAbove5() {
            // l.162-165: ANC < 0.5 -> G-CSF 2-5 ug/kg daily until ANC > 5 x10^9/L
            SupportiveCare gcsf = kind(protocol, "g-csf-anc", SupportiveCare.class);
            LabCriterion start = (LabCriterion) gcsf.startWhen();
            assertThat(start.test()).isEqualTo(LabTest.NEUT);
            assertThat(en(start.describe())).isEqualTo("NEUT < 0.5 10^9/L");
            assertThat(en(gcsf.stopWhen().orElseThrow().describe())).isEqualTo("NEUT > 5 10^9/L");
            assertThat(gcsf.dose().orElseThrow().toString()).isEqualTo("2-5 ug/kg/day");
            assertThat(en(kind(protocol, "posaconazole-anc", SupportiveCare.class)
                            .startWhen()
                            .describe()))
                    .isEqualTo("NEUT < 0.5 10^9/L");
        }

        @Test
        void eligibilityHasFiveInclusionsAndElevenExclusions() {
            // l.107-137: inclusion (1)-(5), exclusion (1)-(11)
            assertThat(protocol.eligibility().inclusion()).hasSize(5);
            assertThat(protocol.eligibility().exclusion()).hasSize(11);
            assertThat(protocol.eligibility().criterion("I1").orElseThrow().criterion())
                    .isEqualTo(new AgeCriterion(Relation.AT_LEAST, 12));
            AllOf i2 =
                    (AllOf) protocol.eligibility().criterion("I2").orElseThrow().criterion();
            assertThat(i2.parts())
                    .contains(new SeverityCriterion(java.util.Set.of(Severity.SEVERE, Severity.VERY_SEVERE)));
            HistoryCriterion e1 = (HistoryCriterion)
                    protocol.eligibility().criterion("E1").orElseThrow().criterion();
            assertThat(e1.duration().orElseThrow().relation()).isEqualTo(Relation.ABOVE);
            assertThat(e1.duration().orElseThrow().period().amount()).isEqualTo(4);
            assertThat(e1.duration().orElseThrow().period().unit()).isEqualTo(TimeUnit.WEEKS);
            AnyOf e7 =
                    (AnyOf) protocol.eligibility().criterion("E7").orElseThrow().criterion();
            assertThat(e7.parts().stream().map(c -> en(c.describe())))
                    .containsExactly("AST > 3 x ULN", "ALT > 3 x ULN", "CREAT >= 2.5 x ULN");
        }

        @Test
        void fiveTierResponseAtMonths3And6AndOrrAtMonth3IsPrimary() {
            // l.172-176 primary 3-month ORR; l.197-207 five-tier criteria
            assertThat(protocol.response().criteria()).isEqualTo(CriteriaSet.FIVE_TIER);
            assertThat(protocol.response().reticulocytesBelow()).contains(dec("20"));
            assertThat(protocol.response().timepoints()).containsExactly("month-3", "month-6");
            assertThat(primary(protocol).measure()).isEqualTo(EndpointMeasure.RESPONSE_RATE);
            assertThat(primary(protocol).visit()).contains("month-3");
        }

        @Test
        void simonDesignAsStatedStage1Of22WithFewerThan9ResponsesStopsTotal43() {
            // l.95-102: p0 0.45, p1 0.65, one-sided alpha 0.05, power 0.8, n = 43, <9 of 22 -> stop
            SimonTwoStage simon = protocol.design().simon().orElseThrow();
            assertThat(simon.p0()).contains(dec("0.45"));
            assertThat(simon.p1()).contains(dec("0.65"));
            assertThat(simon.alpha()).contains(dec("0.05"));
            assertThat(simon.power()).contains(dec("0.8"));
            assertThat(simon.n1()).isEqualTo(22);
            assertThat(simon.r1()).isEqualTo(8);
            assertThat(simon.n()).isEqualTo(43);
            assertThat(protocol.design().type()).isEqualTo(DesignType.SINGLE_ARM);
            assertThat(protocol.design().population()).isEqualTo("itt"); // l.211-214
            assertThat(protocol.design().confidenceInterval()).isEqualTo("clopper-pearson"); // l.228-229
        }
    }

    @Nested
    class HpagIst001 {
        private final Protocol protocol = REGISTRY.load("hpag-ist");

        @Test
        void thirtyTwoPatientsAgainstNinetySixMatchedHistoricalControls() {
            // l.5-7: 32 patients, 96 matched controls -> 1:3
            assertThat(protocol.design().type()).isEqualTo(DesignType.MATCHED_CONTROLS);
            assertThat(protocol.design().matching().orElseThrow().ratio()).isEqualTo(3);
            assertThat(protocol.design().matching().orElseThrow().controlArm()).isEqualTo("ist-control");
            assertThat(protocol.arm("ist-control").orElseThrow().type()).isEqualTo(ArmType.HISTORICAL_CONTROL);
            assertThat(protocol.design().enrollment()).hasValue(32);
            assertThat(protocol.regimensFor("ist-control")).isEmpty();
        }

        @Test
        void hetrombopag15mgTaperedAndRestartedAt7point5mgWhenPlateletsFallBelow100() {
            // l.87-92 and l.181-183
            assertThat(regimen(protocol, Drug.HETROMBOPAG).dose().min()).isEqualByComparingTo("15");
            TaperRestart taper = kind(protocol, "hetrombopag-taper", TaperRestart.class);
            assertThat(taper.full().value()).isEqualByComparingTo("15");
            assertThat(taper.restart().value()).isEqualByComparingTo("7.5");
            assertThat(taper.restart().unit()).isEqualTo(DoseUnit.MG);
            assertThat(en(taper.restartWhen().describe())).isEqualTo("PLAT < 100 10^9/L");
            assertThat(taper.steps().get(taper.steps().size() - 1).value()).isEqualByComparingTo("0");
            assertThat(taper.taperWhen()).isEqualTo(new ResponseCriterion(CriteriaSet.STANDARD, ResponseCategory.CR));
        }

        @Test
        void responseAndCrAt3And6MonthsWithTimeToResponseAndCr() {
            // l.55-62 rates at 3 and 6 months; l.70-75 time to response and to CR
            assertThat(protocol.response().timepoints()).containsExactly("month-3", "month-6");
            assertThat(protocol.endpoints().stream().map(Endpoint::measure))
                    .contains(
                            EndpointMeasure.CR_RATE,
                            EndpointMeasure.RESPONSE_RATE,
                            EndpointMeasure.TIME_TO_RESPONSE,
                            EndpointMeasure.TIME_TO_CR);
        }
    }

    @Nested
    class HpagCsaNsaa002 {
        private final Protocol protocol = REGISTRY.load("hpag-csa-nsaa");

        @Test
        void fourSitesPhase2AndRegistryId() {
            // l.3 NCT05660785, l.23 PHASE2, l.187-209 four locations
            assertThat(protocol.identity().registryIds()).contains("NCT05660785");
            assertThat(protocol.identity().sites()).hasSize(4);
            assertThat(protocol.identity().phase()).isEqualTo(Phase.PHASE_2);
        }

        @Test
        void plateletsBelow50AtLeastTwiceConsecutivelyAtLeastOneWeekApart() {
            // l.124
            RepeatedLabCriterion i4 = (RepeatedLabCriterion)
                    protocol.eligibility().criterion("I4").orElseThrow().criterion();
            assertThat(en(i4.lab().describe())).isEqualTo("PLAT < 50 10^9/L");
            assertThat(i4.times()).isEqualTo(2);
            assertThat(i4.minIntervalDays()).isEqualTo(7);
            assertThat(i4.consecutive()).isTrue();
        }

        @Test
        void nsaaAdultsWithFerritinExceptionAndClearanceBelow30() {
            // l.122 age >= 18, l.123 untreated NSAA, l.136 ferritin > 1000 unless infection, l.141 CrCl < 30
            assertThat(protocol.eligibility().criterion("I2").orElseThrow().criterion())
                    .isEqualTo(new AgeCriterion(Relation.AT_LEAST, 18));
            AllOf i3 =
                    (AllOf) protocol.eligibility().criterion("I3").orElseThrow().criterion();
            assertThat(i3.parts()).contains(new SeverityCriterion(java.util.Set.of(Severity.NON_SEVERE)));
            AllOf e9 =
                    (AllOf) protocol.eligibility().criterion("E9").orElseThrow().criterion();
            assertThat(en(e9.parts().get(0).describe())).isEqualTo("FERRITIN > 1000 ng/mL");
            assertThat(e9.parts().get(1)).isInstanceOf(Not.class);
            AnyOf e14 = (AnyOf)
                    protocol.eligibility().criterion("E14").orElseThrow().criterion();
            CreatinineClearanceCriterion clearance =
                    (CreatinineClearanceCriterion) e14.parts().get(0);
            assertThat(clearance.mlPerMin()).isEqualByComparingTo("30");
            assertThat(clearance.relation()).isEqualTo(Relation.BELOW);
            assertThat(protocol.eligibility().exclusion()).hasSize(21); // l.128-148
            assertThat(protocol.eligibility().criterion("E6").orElseThrow().text())
                    .contains("del(20q), +8 and -Y");
        }

        @Test
        void simonStage1Of15ContinueWithAtLeast9Total43SuccessAbove26With20PercentDropoutTo54() {
            // l.51
            SimonTwoStage simon = protocol.design().simon().orElseThrow();
            assertThat(simon.n1()).isEqualTo(15);
            assertThat(simon.r1()).isEqualTo(8);
            assertThat(simon.n()).isEqualTo(43);
            assertThat(simon.r()).hasValue(26);
            assertThat(simon.p0()).isEmpty();
            assertThat(protocol.design().dropout()).contains(dec("0.2"));
            assertThat(protocol.design().enrollment()).hasValue(54);
            assertThat(primary(protocol).visit()).contains("week-24");
            assertThat(protocol.visit("week-24").orElseThrow().targetDay()).isEqualTo(169);
        }
    }

    @Nested
    class RomiplostimCsa003 {
        private final Protocol protocol = REGISTRY.load("romiplostim-csa");

        @Test
        void escalationFrom10By5Every2WeeksTo20WithoutSingleLineageResponse() {
            // Methods l.7
            Escalation escalation = kind(protocol, "romiplostim-escalation", Escalation.class);
            assertThat(escalation.start().value()).isEqualByComparingTo("10");
            assertThat(escalation.start().unit()).isEqualTo(DoseUnit.UG_PER_KG);
            assertThat(escalation.step().value()).isEqualByComparingTo("5");
            assertThat(escalation.every().amount()).isEqualTo(2);
            assertThat(escalation.every().unit()).isEqualTo(TimeUnit.WEEKS);
            assertThat(escalation.max().value()).isEqualByComparingTo("20");
            assertThat(escalation.unless()).isEqualTo(new ResponseCriterion(CriteriaSet.LINEAGE, ResponseCategory.PR));
            Regimen romiplostim = regimen(protocol, Drug.ROMIPLOSTIM);
            assertThat(romiplostim.frequency()).isEqualTo(Frequency.WEEKLY);
            assertThat(romiplostim.titratedBy()).contains("romiplostim-escalation");
        }

        @Test
        void csa3to5For26WeeksResponseAtWeeks13And26Registry() {
            // Methods l.7: CsA 3-5 mg/kg/day, 26 weeks, primary endpoint week 26; Results l.11: weeks 13, 26
            Regimen csa = regimen(protocol, Drug.CSA);
            assertThat(csa.dose().toString()).isEqualTo("3-5 mg/kg/day");
            assertThat(csa.days()).containsExactly(DayRange.of(1, 182));
            assertThat(protocol.response().criteria()).isEqualTo(CriteriaSet.LINEAGE);
            assertThat(protocol.response().timepoints()).containsExactly("week-13", "week-26");
            assertThat(primary(protocol).visit()).contains("week-26");
            assertThat(protocol.identity().registryIds()).containsExactly("ChiCTR2400085301");
            assertThat(protocol.design().enrollment()).hasValue(40);
        }

        @Test
        void refractoryAfterAtLeast3MonthsOfIstPlusTpoRa() {
            // Methods l.7: "at least 3 months without response" (3 months = 13 weeks, data set weeks)
            AllOf i1 =
                    (AllOf) protocol.eligibility().criterion("I1").orElseThrow().criterion();
            assertThat(i1.parts().stream().map(c -> en(c.describe())))
                    .containsExactly(
                            "prior_ist_weeks for >= 13 weeks",
                            "prior_tpo_ra_weeks for >= 13 weeks",
                            "prior_ist_response in NR");
        }
    }

    @Nested
    class SirolimusCsa004 {
        private final Protocol protocol = REGISTRY.load("sirolimus-csa");

        @Test
        void randomizedOneToThreeSirolimusAloneVersusWithCsa() {
            // l.45: "randomized to receive sirolimus alone or sirolimus combined with CsA at a 1:3 ratio"
            assertThat(protocol.design().type()).isEqualTo(DesignType.RANDOMIZED);
            assertThat(protocol.arm("sirolimus").orElseThrow().ratio()).isEqualTo(1);
            assertThat(protocol.arm("sirolimus-csa").orElseThrow().ratio()).isEqualTo(3);
            assertThat(regimen(protocol, Drug.CSA).arms()).containsExactly("sirolimus-csa");
            assertThat(regimen(protocol, Drug.SIROLIMUS).arms()).containsExactly("sirolimus", "sirolimus-csa");
            assertThat(protocol.design().enrollment()).hasValue(40); // l.27
        }

        @Test
        void troughGuidedSirolimus1to3mgTarget4to12AndCsa25to150mgQ12hTarget150ReducedTo25to50WithRenalImpairment() {
            // l.45
            TroughTitration srl = kind(protocol, "sirolimus-trough", TroughTitration.class);
            assertThat(srl.level()).isEqualTo(LabTest.SRL_TROUGH);
            assertThat(srl.targetLow().amount()).isEqualByComparingTo("4");
            assertThat(srl.targetHigh().amount()).isEqualByComparingTo("12");
            assertThat(srl.dose().toString()).isEqualTo("1-3 mg/day");
            TroughTitration csa = kind(protocol, "csa-trough", TroughTitration.class);
            assertThat(csa.level()).isEqualTo(LabTest.CSA_TROUGH);
            assertThat(csa.targetLow().amount()).isLessThan(dec("150"));
            assertThat(csa.targetHigh().amount()).isGreaterThan(dec("150"));
            assertThat(csa.dose().toString()).isEqualTo("25-150 mg/administration");
            assertThat(csa.frequency()).isEqualTo(Frequency.Q12H);
            assertThat(csa.renalImpairment().orElseThrow().dose().toString()).isEqualTo("25-50 mg/administration");
        }

        @Test
        void eligibilityCountsOrAndPnhCloneExclusion() {
            // l.131: Hb < 100 g/L or PLT < 50 or ANC < 1.0; l.146: PNH clone >= 50%
            AnyOf i3 =
                    (AnyOf) protocol.eligibility().criterion("I3").orElseThrow().criterion();
            assertThat(i3.parts().stream().map(c -> en(c.describe())))
                    .containsExactly("HGB < 100 g/L", "PLAT < 50 10^9/L", "NEUT < 1 10^9/L");
            assertThat(en(protocol.eligibility()
                            .criterion("E3")
                            .orElseThrow()
                            .criterion()
                            .describe()))
                    .isEqualTo("PNH_CLONE >= 50 %");
            assertThat(protocol.eligibility().inclusion()).hasSize(8);
            assertThat(protocol.eligibility().exclusion()).hasSize(12);
        }

        @Test
        void responseAtWeeks13And25() {
            // l.45: "at 3 and 6 months after starting the study treatment (Week 13 and 25)"
            assertThat(protocol.response().timepoints()).containsExactly("week-13", "week-25");
            assertThat(protocol.visit("week-25").orElseThrow().targetDay()).isEqualTo(176);
        }
    }

    @Test
    void everyProtocolUsesOnlyContractDrugIds() {
        for (String id : REGISTRY.ids()) {
            Protocol protocol = REGISTRY.load(id);
            List<String> drugs =
                    protocol.regimens().stream().map(r -> r.drug().id()).toList();
            assertThat(drugs).allMatch(d -> List.of(
                            "p-atg",
                            "csa",
                            "hetrombopag",
                            "cyclophosphamide",
                            "romiplostim",
                            "sirolimus",
                            "g-csf",
                            "posaconazole")
                    .contains(d));
        }
    }
}
