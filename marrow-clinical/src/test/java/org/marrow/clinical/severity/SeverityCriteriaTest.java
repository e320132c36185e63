package org.marrow.clinical.severity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.marrow.clinical.English.en;
import static org.marrow.clinical.labs.Labs.labs;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.marrow.clinical.labs.LabHistory;
import org.marrow.clinical.transfusion.BloodProduct;
import org.marrow.clinical.transfusion.Transfusion;
import org.marrow.clinical.transfusion.TransfusionHistory;

class SeverityCriteriaTest {

    private static final String DAY = "2024-03-01";
    private static final SeverityCriteria DOC_000 = SeverityCriteria.document000();

    private static Optional<String> label(SeverityCriteria criteria, LabHistory labs) {
        return criteria.assess(labs, LocalDate.parse(DAY)).label();
    }

    private static LabHistory counts(String cellularity, String retic, String platelets, String neutrophils) {
        return labs().on(
                        DAY,
                        "CELLULARITY " + cellularity + " %",
                        "RETI " + retic + " 10^9/L",
                        "PLAT " + platelets + " 10^9/L",
                        "NEUT " + neutrophils + " 10^9/L")
                .history();
    }

    // Document 000: SAA = cellularity < 25% and two of RETI < 20, PLAT < 20, NEUT < 0.5 x10^9/L.
    // One count is fixed low (PLAT 10), one fixed normal (NEUT 0.6 or RETI 30), the third at, just
    // below and just above its threshold.
    @ParameterizedTest
    @CsvSource({
        "15, 19.9, 10, 0.6, SAA", "15, 20, 10, 0.6, NSAA", "15, 20.1, 10, 0.6, NSAA",
        "15, 30, 10, 0.49, SAA", "15, 30, 10, 0.5, NSAA", "15, 30, 10, 0.51, NSAA",
        "15, 10, 19.9, 0.6, SAA", "15, 10, 20, 0.6, NSAA", "15, 10, 20.1, 0.6, NSAA",
        "24.9, 10, 10, 0.6, SAA", "25, 10, 10, 0.6, NSAA", "25.1, 10, 10, 0.6, NSAA"
    })
    void severeNeedsLowCellularityAndTwoLowCounts(
            String cellularity, String retic, String platelets, String neutrophils, String expected) {
        assertThat(label(DOC_000, counts(cellularity, retic, platelets, neutrophils)))
                .contains(expected);
    }

    // Document 000: VSAA = SAA and NEUT < 0.2 x10^9/L.
    @ParameterizedTest
    @CsvSource({"0.19, VSAA", "0.2, SAA", "0.21, SAA", "0, VSAA"})
    void verySevereNeedsNeutrophilsBelowPointTwo(String neutrophils, String expected) {
        assertThat(label(DOC_000, counts("10", "10", "10", neutrophils))).contains(expected);
    }

    @Test
    void verySevereNeedsTheSevereCriteriaToo() {
        // NEUT 0.1 but cellularity 30%: not SAA, so not VSAA.
        assertThat(label(DOC_000, counts("30", "10", "10", "0.1"))).contains("NSAA");
    }

    // Automated reticulocyte counts: threshold 60 instead of 20 (SeverityCriteria.withReticulocytesBelow).
    @ParameterizedTest
    @CsvSource({"59.9, SAA", "60, NSAA", "60.1, NSAA"})
    void reticulocyteThresholdIsAParameter(String retic, String expected) {
        SeverityCriteria automated = DOC_000.withReticulocytesBelow(new BigDecimal("60"));
        assertThat(label(automated, counts("15", retic, "10", "0.6"))).contains(expected);
        assertThat(label(DOC_000, counts("15", retic, "10", "0.6"))).contains("NSAA");
    }

    @Test
    void missingNeutrophilsLeaveVerySevereOpenAndSayWhy() {
        LabHistory labs = labs().on(DAY, "CELLULARITY 10 %", "RETI 5 10^9/L", "PLAT 5 10^9/L")
                .history();
        SeverityAssessment assessment = DOC_000.assess(labs, LocalDate.parse(DAY));
        assertThat(assessment.severity()).isEmpty();
        assertThat(assessment.severe().isMet()).isTrue();
        assertThat(en(assessment.reasons())).contains("missing: no NEUT on or before 2024-03-01");
    }

    @Test
    void oneLowCountAndOneMissingIsUnknownNotNonSevere() {
        LabHistory labs = labs().on(DAY, "CELLULARITY 10 %", "PLAT 5 10^9/L", "NEUT 0.8 10^9/L")
                .history();
        SeverityAssessment assessment = DOC_000.assess(labs, LocalDate.parse(DAY));
        assertThat(assessment.label()).isEmpty();
        assertThat(en(assessment.severe().missing())).containsExactly("no RETI on or before 2024-03-01");
    }

    @Test
    void twoNormalCountsMakeNonSevereEvenWithTheThirdMissing() {
        LabHistory labs = labs().on(DAY, "CELLULARITY 10 %", "PLAT 50 10^9/L", "NEUT 0.8 10^9/L")
                .history();
        assertThat(label(DOC_000, labs)).contains("NSAA");
    }

    @Test
    void followUpCarriesTheLastBiopsyForwardAndSaysSo() {
        LabHistory labs = labs().on("2023-07-01", "CELLULARITY 15 %")
                .on("2023-10-01", "RETI 10 10^9/L", "PLAT 8 10^9/L", "NEUT 0.3 10^9/L")
                .history();
        SeverityAssessment assessment = DOC_000.assess(labs, LocalDate.parse("2023-10-01"));
        assertThat(assessment.label()).contains("SAA");
        assertThat(en(assessment.reasons()))
                .anyMatch(r -> r.contains("(last known biopsy, 2023-07-01, 92 days before; carried forward)"));
    }

    @Test
    void withoutAnyBiopsyTheDefaultRuleIsUnknownButCountsOnlyDecides() {
        LabHistory labs = labs().on(DAY, "RETI 10 10^9/L", "PLAT 8 10^9/L", "NEUT 0.3 10^9/L")
                .history();
        SeverityAssessment byBiopsy = DOC_000.assess(labs, LocalDate.parse(DAY));
        assertThat(byBiopsy.label()).isEmpty();
        assertThat(en(byBiopsy.severe().missing()))
                .containsExactly("no marrow cellularity (biopsy) on or before 2024-03-01");
        SeverityAssessment byCounts =
                DOC_000.with(CellularityAtFollowUp.COUNTS_ONLY).assess(labs, LocalDate.parse(DAY));
        assertThat(byCounts.label()).contains("SAA");
        assertThat(en(byCounts.severe().rule())).contains("counts only");
    }

    // Counts at most 7 days old by default: the 2024-02-23 counts count on 03-01, not on 03-02.
    @ParameterizedTest
    @CsvSource({"2024-03-01, true", "2024-03-02, false"})
    void staleCountsMakeSeverityUnknown(String assessed, boolean known) {
        LabHistory labs = labs().on(
                        "2024-02-23", "CELLULARITY 10 %", "RETI 10 10^9/L", "PLAT 8 10^9/L", "NEUT 0.3 10^9/L")
                .history();
        assertThat(DOC_000.assess(labs, LocalDate.parse(assessed)).severity().isPresent())
                .isEqualTo(known);
    }

    // Document 003: NSAA split into transfusion-dependent (TD-NSAA) and not (NTD-NSAA).
    @ParameterizedTest
    @CsvSource({"2024-02-15, TD-NSAA", "2024-01-01, NTD-NSAA"})
    void splitsNonSevereByTransfusionDependence(String transfused, String expected) {
        TransfusionHistory history = TransfusionHistory.of(
                List.of(new Transfusion(LocalDate.parse(transfused), BloodProduct.RBC, 2)),
                LocalDate.parse("2023-12-01"));
        SeverityAssessment assessment = DOC_000.assess(counts("15", "50", "40", "0.9"), history, LocalDate.parse(DAY));
        assertThat(assessment.label()).contains(expected);
    }

    @Test
    void refusesInconsistentThresholds() {
        assertThatThrownBy(() -> DOC_000.withReticulocytesBelow(BigDecimal.ZERO))
                .hasMessage("Reticulocyte threshold (0) must be > 0");
        assertThatThrownBy(() -> new SeverityCriteria(
                        BigDecimal.TEN,
                        BigDecimal.TEN,
                        BigDecimal.TEN,
                        new BigDecimal("0.2"),
                        new BigDecimal("0.5"),
                        2,
                        7,
                        CellularityAtFollowUp.COUNTS_ONLY,
                        DOC_000.transfusionDependence()))
                .hasMessageContaining("VSAA neutrophil threshold (0.5) must be <= SAA neutrophil threshold (0.2)");
    }
}
