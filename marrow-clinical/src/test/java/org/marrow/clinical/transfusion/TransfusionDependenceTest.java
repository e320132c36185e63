package org.marrow.clinical.transfusion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.marrow.clinical.English.en;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.marrow.clinical.finding.Outcome;

class TransfusionDependenceTest {

    private static final LocalDate ASSESSED = LocalDate.parse("2024-06-30");

    // Default window: 56 days ending on the assessment date, i.e. 2024-05-06 to 2024-06-30.
    // A transfusion on 05-06 (day 1 of the window) counts; one on 05-05 (57 days back) does not.
    @ParameterizedTest
    @CsvSource({"2024-05-05, NOT_MET", "2024-05-06, MET", "2024-05-07, MET", "2024-06-30, MET", "2024-07-01, NOT_MET"})
    void dependsOnTransfusionsWithinEightWeeks(String given, Outcome expected) {
        TransfusionHistory history = TransfusionHistory.of(
                List.of(new Transfusion(LocalDate.parse(given), BloodProduct.RBC, 2)), LocalDate.parse("2024-01-01"));
        assertThat(TransfusionDependence.withDefaults()
                        .assess(history, ASSESSED, BloodProduct.RBC)
                        .outcome())
                .isEqualTo(expected);
    }

    @Test
    void judgesRedCellsAndPlateletsSeparately() {
        TransfusionHistory history = TransfusionHistory.of(
                List.of(new Transfusion(LocalDate.parse("2024-06-01"), BloodProduct.PLT, 1)),
                LocalDate.parse("2024-01-01"));
        TransfusionStatus status = TransfusionDependence.withDefaults().assess(history, ASSESSED);
        assertThat(status.redCells().outcome()).isEqualTo(Outcome.NOT_MET);
        assertThat(status.platelets().outcome()).isEqualTo(Outcome.MET);
        assertThat(status.platelets().evidence()).singleElement().satisfies(e -> {
            assertThat(e.date()).isEqualTo(LocalDate.parse("2024-06-01"));
            assertThat(en(e.criterion())).isEqualTo(">= 1 transfusion(s) from 2024-05-06 to 2024-06-30");
        });
        assertThat(status.independence()).isEqualTo(Outcome.NOT_MET);
    }

    // Records complete from 05-06 cover the window exactly; from 05-07 they leave one day uncovered.
    @ParameterizedTest
    @CsvSource({"2024-05-06, NOT_MET", "2024-05-07, UNKNOWN"})
    void absenceOfRecordsIsNotIndependence(String completeFrom, Outcome expected) {
        TransfusionHistory history = TransfusionHistory.of(List.of(), LocalDate.parse(completeFrom));
        var finding = TransfusionDependence.withDefaults().assess(history, ASSESSED, BloodProduct.RBC);
        assertThat(finding.outcome()).isEqualTo(expected);
        if (expected == Outcome.UNKNOWN) {
            assertThat(en(finding.missing()))
                    .containsExactly(
                            "transfusion records start on 2024-05-07, 1 day(s) after the window start 2024-05-06");
        }
    }

    @Test
    void lookbackIsAParameter() {
        TransfusionHistory history = TransfusionHistory.of(
                List.of(new Transfusion(LocalDate.parse("2024-06-16"), BloodProduct.RBC, 1)),
                LocalDate.parse("2024-01-01"));
        // 14-day window: 06-17..06-30 excludes 06-16; 15-day window includes it.
        assertThat(new TransfusionDependence(14, 1)
                        .assess(history, ASSESSED, BloodProduct.RBC)
                        .outcome())
                .isEqualTo(Outcome.NOT_MET);
        assertThat(TransfusionDependence.withDefaults()
                        .withLookbackDays(15)
                        .assess(history, ASSESSED, BloodProduct.RBC)
                        .outcome())
                .isEqualTo(Outcome.MET);
    }

    @Test
    void refusesBadParameters() {
        assertThatThrownBy(() -> new TransfusionDependence(0, 1)).hasMessage("Look-back (0 days) must be >= 1 day");
        assertThatThrownBy(() -> new Transfusion(ASSESSED, BloodProduct.RBC, 0))
                .hasMessage("Transfusion units (0) must be >= 1");
        assertThatThrownBy(() -> BloodProduct.fromCode("FFP")).hasMessageContaining("'FFP'");
    }
}
