package org.marrow.clinical.labs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marrow.clinical.English.en;
import static org.marrow.clinical.labs.Labs.labs;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.marrow.clinical.finding.Outcome;
import org.marrow.clinical.labs.Threshold.Relation;
import org.marrow.clinical.quantity.LabTest;

class LabHistoryTest {

    private final LabHistory history = labs().on("2024-03-01", "PLAT 15 10^9/L", "HGB 7.2 g/dL")
            .on("2024-03-08", "PLAT 25000 /uL")
            .on("2024-03-10", "RETI 1.5 %", "RBC 3.0 10^12/L")
            .on("2024-03-12", "RETI 2 %")
            .history();

    @Test
    void holdsValuesInCanonicalUnits() {
        assertThat(history.latest(LabTest.HGB, LocalDate.parse("2024-03-05"))
                        .orElseThrow()
                        .value()
                        .amount())
                .isEqualByComparingTo("72");
        assertThat(history.latest(LabTest.PLAT, LocalDate.parse("2024-03-08"))
                        .orElseThrow()
                        .value()
                        .amount())
                .isEqualByComparingTo("25");
    }

    // Age limit 7 days: 2024-03-01 is 7 days before 2024-03-08 (accepted) and 8 days before 03-09.
    @ParameterizedTest
    @CsvSource({"2024-03-07, 7, true", "2024-03-08, 7, true", "2024-03-09, 7, false", "2024-02-29, 7, false"})
    void acceptsResultsUpToTheMaximumAge(String date, long maxAge, boolean found) {
        assertThat(history.latestWithin(LabTest.HGB, LocalDate.parse(date), maxAge)
                        .isPresent())
                .isEqualTo(found);
    }

    @Test
    void namesStaleAndMissingValues() {
        assertThat(en(history.whyMissing(LabTest.HGB, LocalDate.parse("2024-03-09"), 7)))
                .isEqualTo("HGB last measured 2024-03-01, 8 days before 2024-03-09 (at most 7 days)");
        assertThat(en(history.whyMissing(LabTest.NEUT, LocalDate.parse("2024-03-09"), 7)))
                .isEqualTo("no NEUT on or before 2024-03-09");
    }

    @Test
    void convertsReticulocytePercentWithTheSameDayRedCellCountOnly() {
        // 1.5 % x 3.0 10^12/L = 45 10^9/L; the 2 % of 03-12 has no RBC that day.
        assertThat(history.latest(LabTest.RETI, LocalDate.parse("2024-03-12"))
                        .orElseThrow()
                        .value()
                        .amount())
                .isEqualByComparingTo("45");
        assertThat(en(history.whyMissing(LabTest.RETI, LocalDate.parse("2024-03-12"), 0)))
                .isEqualTo("RETI 2 % on 2024-03-12 has no red cell count (RBC) of the same date");
    }

    // Document 000: platelets < 20 x10^9/L. At 20 not met; 19.99 met; 20.01 not met.
    @ParameterizedTest
    @CsvSource({
        "19.99, 10^9/L, MET",
        "20, 10^9/L, NOT_MET",
        "20.01, 10^9/L, NOT_MET",
        "20000, /uL, NOT_MET",
        "19990, /uL, MET",
        "20.01, 10^3/uL, NOT_MET"
    })
    void thresholdComparesInCanonicalUnits(String platelets, String unit, Outcome expected) {
        LabHistory h = labs().on("2024-01-01", "PLAT " + platelets + " " + unit).history();
        Threshold below20 = new Threshold(LabTest.PLAT, Relation.BELOW, new BigDecimal("20"));
        var finding = below20.evaluate(h, LocalDate.parse("2024-01-01"), 0);
        assertThat(finding.outcome()).isEqualTo(expected);
        assertThat(finding.evidence().get(0).unit()).isEqualTo("10^9/L");
    }

    @Test
    void thresholdIsUnknownWhenTheValueIsStale() {
        var finding = new Threshold(LabTest.HGB, Relation.ABOVE, new BigDecimal("100"))
                .evaluate(history, LocalDate.parse("2024-04-01"), 7);
        assertThat(finding.outcome()).isEqualTo(Outcome.UNKNOWN);
        assertThat(en(finding.missing()))
                .containsExactly("HGB last measured 2024-03-01, 31 days before 2024-04-01 (at most 7 days)");
    }
}
