package org.marrow.clinical.response;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.marrow.clinical.English.en;
import static org.marrow.clinical.labs.Labs.labs;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.marrow.clinical.labs.LabHistory;
import org.marrow.clinical.labs.Labs;
import org.marrow.clinical.transfusion.BloodProduct;
import org.marrow.clinical.transfusion.Transfusion;
import org.marrow.clinical.transfusion.TransfusionHistory;

class ResponseCriteriaTest {

    private static final LocalDate BASELINE = LocalDate.parse("2024-01-01");
    private static final LocalDate VISIT = LocalDate.parse("2024-04-01");
    private static final LocalDate RECORDS_FROM = LocalDate.parse("2023-09-01");

    /** Builds a subject: baseline counts, visit counts, transfusions. */
    private static final class Subject {
        final Labs labs = labs().on("2023-12-20", "CELLULARITY 10 %");
        final List<Transfusion> transfusions = new ArrayList<>();

        Subject baseline(String hgb, String neut, String plat, String reti) {
            labs.on(
                    BASELINE.toString(),
                    "HGB " + hgb + " g/L",
                    "NEUT " + neut + " 10^9/L",
                    "PLAT " + plat + " 10^9/L",
                    "RETI " + reti + " 10^9/L");
            return this;
        }

        Subject visit(String hgb, String neut, String plat, String reti) {
            labs.on(
                    VISIT.toString(),
                    "HGB " + hgb + " g/L",
                    "NEUT " + neut + " 10^9/L",
                    "PLAT " + plat + " 10^9/L",
                    "RETI " + reti + " 10^9/L");
            return this;
        }

        Subject transfused(String date, BloodProduct product, int units) {
            transfusions.add(new Transfusion(LocalDate.parse(date), product, units));
            return this;
        }

        ResponseAssessment assess(CriteriaSet set) {
            return assess(set, RECORDS_FROM);
        }

        ResponseAssessment assess(CriteriaSet set, LocalDate recordsFrom) {
            ResponseCriteria criteria = ResponseCriteria.of(set);
            LabHistory history = labs.history();
            TransfusionHistory tx = TransfusionHistory.of(transfusions, recordsFrom);
            return criteria.assess(history, tx, VISIT, criteria.baseline(history, tx, BASELINE));
        }

        Optional<ResponseCategory> category(CriteriaSet set) {
            return assess(set).category();
        }
    }

    private static Subject saaAtBaseline() {
        return new Subject()
                .baseline("60", "0.3", "8", "10")
                .transfused("2023-12-15", BloodProduct.RBC, 2)
                .transfused("2023-12-20", BloodProduct.PLT, 1);
    }

    // Document 000 five-tier: CR Hb > 10 g/dL (100 g/L), ANC > 1.0, PLT > 100; VGPR PLT > 80;
    // GPR Hb > 8 g/dL (80 g/L), ANC > 1.0, PLT > 50; PR no longer SAA and transfusion independent.
    // The visit's RETI is 30 (not low), so a visit with PLAT >= 20 and NEUT >= 0.5 is no longer SAA.
    @ParameterizedTest
    @CsvSource({
        "100.1, 1.1, 100.1, CR",
        "100, 1.1, 100.1, GPR",
        "99.9, 1.1, 100.1, GPR",
        "100.1, 1.0, 100.1, PR",
        "100.1, 1.01, 100, VGPR",
        "100.1, 1.1, 80.1, VGPR",
        "100.1, 1.1, 80, GPR",
        "80.1, 1.1, 50.1, GPR",
        "80, 1.1, 50.1, PR",
        "80.1, 1.1, 50, PR",
        "80.1, 0.99, 79, PR"
    })
    void fiveTierCategoriesAtEveryThreshold(String hgb, String neut, String plat, ResponseCategory expected) {
        Subject subject = saaAtBaseline().visit(hgb, neut, plat, "30");
        assertThat(subject.category(CriteriaSet.FIVE_TIER)).contains(expected);
    }

    @Test
    void fiveTierAcceptsHaemoglobinInGramsPerDecilitre() {
        // 10.01 g/dL = 100.1 g/L > 100 g/L.
        Subject subject = saaAtBaseline();
        subject.labs.on(VISIT.toString(), "HGB 10.01 g/dL", "NEUT 1.1 10^9/L", "PLAT 101 10^9/L", "RETI 30 10^9/L");
        assertThat(subject.category(CriteriaSet.FIVE_TIER)).contains(ResponseCategory.CR);
    }

    @Test
    void transfusionDependenceIsNoResponseWhateverTheCounts() {
        // An RBC transfusion 2024-03-20 lies within the 8 weeks before the visit.
        Subject subject =
                saaAtBaseline().visit("105", "1.5", "120", "30").transfused("2024-03-20", BloodProduct.RBC, 1);
        ResponseAssessment assessment = subject.assess(CriteriaSet.FIVE_TIER);
        assertThat(assessment.category()).contains(ResponseCategory.NR);
        assertThat(en(assessment.summary())).startsWith("NR on 2024-04-01");
    }

    @Test
    void transfusionIndependentButStillSevereIsNoResponse() {
        // PLAT 15 and NEUT 0.4 are both low: still SAA (with the carried-forward 10% cellularity).
        Subject subject = saaAtBaseline().visit("90", "0.4", "15", "30");
        ResponseAssessment assessment = subject.assess(CriteriaSet.FIVE_TIER);
        assertThat(assessment.category()).contains(ResponseCategory.NR);
        assertThat(en(assessment.reasons())).anyMatch(r -> r.contains("carried forward"));
    }

    @Test
    void staleHaemoglobinLeavesTheCategoryOpenAndNamesIt() {
        Subject subject = saaAtBaseline();
        subject.labs.on(VISIT.toString(), "NEUT 1.5 10^9/L", "PLAT 120 10^9/L", "RETI 30 10^9/L");
        ResponseAssessment assessment = subject.assess(CriteriaSet.FIVE_TIER);
        assertThat(assessment.category()).isEmpty();
        assertThat(en(assessment.missing()))
                .contains("HGB last measured 2024-01-01, 91 days before 2024-04-01 (at most 7 days)");
    }

    @Test
    void incompleteTransfusionRecordsLeaveTheCategoryOpen() {
        // Records from 2024-03-01 do not cover the 8 weeks before 2024-04-01.
        ResponseAssessment assessment = saaAtBaseline()
                .visit("105", "1.5", "120", "30")
                .assess(CriteriaSet.FIVE_TIER, LocalDate.parse("2024-03-01"));
        assertThat(assessment.category()).isEmpty();
        assertThat(en(assessment.missing())).anyMatch(m -> m.startsWith("transfusion records start on 2024-03-01"));
    }

    // Standard, SAA at baseline: CR as five-tier; PR = no longer meeting SAA count criteria and
    // transfusion independent. RETI 15 is low, so PLAT < 20 makes two low counts (still SAA).
    @ParameterizedTest
    @CsvSource({
        "90, 0.6, 19.9, NR",
        "90, 0.6, 20, PR",
        "90, 0.49, 25, NR",
        "90, 0.5, 25, PR",
        "100.1, 1.1, 100.1, CR",
        "100.1, 1.1, 100, PR"
    })
    void standardSevereCategoriesAtEveryThreshold(String hgb, String neut, String plat, ResponseCategory expected) {
        assertThat(saaAtBaseline().visit(hgb, neut, plat, "15").category(CriteriaSet.STANDARD))
                .contains(expected);
    }

    private static Subject nsaaAtBaseline() {
        // Baseline NSAA: only PLAT 15 is low; not transfusion dependent.
        return new Subject().baseline("80", "0.8", "15", "40");
    }

    // Standard, NSAA at baseline: PR on a rise > 30 g/L Hb, > 0.5 ANC, > 20 PLT, on doubling
    // (>= 2 x baseline) or normalisation (Hb >= 120 g/L, ANC >= 1.5, PLT >= 150; NsaaThresholds).
    @ParameterizedTest
    @CsvSource({
        "80, 0.8, 15, NR",
        "110, 0.8, 15, NR",
        "110.1, 0.8, 15, PR",
        "120, 0.8, 15, PR",
        "80, 1.3, 15, NR",
        "80, 1.31, 15, PR",
        "80, 1.5, 15, PR",
        "80, 0.8, 29.9, NR",
        "80, 0.8, 30, PR"
    })
    void standardNonSevereCategoriesAtEveryThreshold(String hgb, String neut, String plat, ResponseCategory expected) {
        assertThat(nsaaAtBaseline().visit(hgb, neut, plat, "40").category(CriteriaSet.STANDARD))
                .contains(expected);
    }

    @Test
    void standardNonSevereCountsTransfusionIndependenceGained() {
        Subject subject =
                nsaaAtBaseline().transfused("2023-12-10", BloodProduct.RBC, 2).visit("80", "0.8", "15", "40");
        ResponseAssessment assessment = subject.assess(CriteriaSet.STANDARD);
        assertThat(assessment.category()).contains(ResponseCategory.PR);
        assertThat(en(assessment.findings().get(1).reason())).contains("transfusion independence gained: 2 of 2 met");
    }

    private static Subject refractory() {
        // Baseline 2024-01-01: 6 RBC units in the 8 weeks before; platelet transfusion dependent.
        // Visit window (2024-02-06..04-01): 4 RBC units (reduction 2) and a platelet transfusion.
        return new Subject()
                .baseline("70", "0.3", "10", "10")
                .transfused("2023-12-01", BloodProduct.RBC, 2)
                .transfused("2023-12-15", BloodProduct.RBC, 2)
                .transfused("2023-12-29", BloodProduct.RBC, 2)
                .transfused("2023-12-20", BloodProduct.PLT, 1)
                .transfused("2024-03-01", BloodProduct.RBC, 2)
                .transfused("2024-03-15", BloodProduct.RBC, 2)
                .transfused("2024-03-20", BloodProduct.PLT, 1);
    }

    // Lineage (Olnes et al. 2012): platelet rise >= 20; Hb rise > 15 g/L from < 90 g/L; ANC doubled
    // from < 0.5 or risen > 0.5 x10^9/L. Baseline HGB 70, NEUT 0.3, PLAT 10.
    @ParameterizedTest
    @CsvSource({
        "75, 0.4, 15, NR",
        "75, 0.4, 29.9, NR",
        "75, 0.4, 30, PR",
        "75, 0.4, 30.1, PR",
        "85, 0.4, 15, NR",
        "85.1, 0.4, 15, PR",
        "75, 0.59, 15, NR",
        "75, 0.6, 15, PR",
        "75, 0.81, 15, PR"
    })
    void lineageResponsesAtEveryThreshold(String hgb, String neut, String plat, ResponseCategory expected) {
        assertThat(refractory().visit(hgb, neut, plat, "10").category(CriteriaSet.LINEAGE))
                .contains(expected);
    }

    @Test
    void lineageHaemoglobinRiseCountsOnlyFromAnAnaemicBaseline() {
        // Baseline Hb 90 g/L is not < 90: a rise of 20 g/L is no erythroid response.
        Subject subject = new Subject()
                .baseline("90", "0.3", "10", "10")
                .transfused("2023-12-20", BloodProduct.PLT, 1)
                .transfused("2024-03-20", BloodProduct.PLT, 1)
                .visit("110", "0.4", "15", "10");
        assertThat(subject.category(CriteriaSet.LINEAGE)).contains(ResponseCategory.NR);
    }

    // Erythroid: a reduction of at least 4 RBC units over 8 weeks versus the 8 weeks before baseline.
    @ParameterizedTest
    @CsvSource({"2, PR", "3, NR"})
    void lineageRedCellUnitReduction(int unitsOnMarch15, ResponseCategory expected) {
        Subject subject = new Subject()
                .baseline("70", "0.3", "10", "10")
                .transfused("2023-12-01", BloodProduct.RBC, 6)
                .transfused("2023-12-20", BloodProduct.PLT, 1)
                .transfused("2024-03-15", BloodProduct.RBC, unitsOnMarch15)
                .transfused("2024-03-20", BloodProduct.PLT, 1)
                .visit("75", "0.4", "15", "10");
        assertThat(subject.category(CriteriaSet.LINEAGE)).contains(expected);
    }

    @Test
    void lineagePlateletTransfusionIndependenceGainedIsAPlateletResponse() {
        Subject subject = new Subject()
                .baseline("70", "0.3", "10", "10")
                .transfused("2023-12-20", BloodProduct.PLT, 1)
                .visit("75", "0.4", "15", "10");
        ResponseAssessment assessment = subject.assess(CriteriaSet.LINEAGE);
        assertThat(assessment.category()).contains(ResponseCategory.PR);
        assertThat(en(assessment.findings().get(1).reason()))
                .contains("platelet transfusion independence gained: 2 of 2 met");
    }

    @Test
    void baselineIsExplicitAndMissingBaselineCountsAreNamed() {
        Subject subject = new Subject().visit("75", "0.4", "15", "10");
        ResponseAssessment assessment = subject.assess(CriteriaSet.LINEAGE);
        assertThat(assessment.category()).isEmpty();
        assertThat(en(assessment.missing())).contains("baseline: no PLAT on or before 2024-01-01");
    }

    @Test
    void standardNeedsAKnownBaselineSeverity() {
        Subject subject = new Subject().visit("75", "0.4", "15", "10");
        ResponseAssessment assessment = subject.assess(CriteriaSet.STANDARD);
        assertThat(assessment.category()).isEmpty();
        assertThat(en(assessment.summary())).startsWith("response unknown: baseline severity on 2024-01-01 is unknown");
    }

    @ParameterizedTest
    @CsvSource({
        "CR, true, true, false",
        "VGPR, true, true, false",
        "GPR, true, true, false",
        "PR, true, false, true",
        "NR, false, false, false"
    })
    void superiorIsCrVgprGprAndInferiorIsPr(ResponseCategory c, boolean response, boolean superior, boolean inferior) {
        // Document 000: "Superior remission includes CR, VGPR, and GPR, whereas inferior remission
        // encompasses PR."
        assertThat(c.isResponse()).isEqualTo(response);
        assertThat(c.isSuperior()).isEqualTo(superior);
        assertThat(c.isInferior()).isEqualTo(inferior);
    }

    @Test
    void criteriaSetsAreNamedAsOnTheCommandLine() {
        assertThat(CriteriaSet.fromCode("five-tier")).isEqualTo(CriteriaSet.FIVE_TIER);
        assertThat(CriteriaSet.fromCode("Lineage")).isEqualTo(CriteriaSet.LINEAGE);
        assertThatThrownBy(() -> CriteriaSet.fromCode("nih"))
                .hasMessage("Response criteria 'nih' is not recognised; expected five-tier, standard or lineage");
    }
}
