package org.marrow.clinical.response;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marrow.clinical.labs.LabHistory;
import org.marrow.clinical.labs.LabResult;
import org.marrow.clinical.labs.Threshold;
import org.marrow.clinical.quantity.LabTest;
import org.marrow.clinical.quantity.LabValue;
import org.marrow.clinical.quantity.Unit;
import org.marrow.clinical.severity.SeverityCriteria;
import org.marrow.clinical.transfusion.TransfusionHistory;

/**
 * The count thresholds a criteria set exposes (for the figures that draw them) are the ones its rules
 * compare with: document 000 "End points".
 */
class CountThresholdsTest {

    @Test
    void fiveTierHasTheCrVgprAndGprCountThresholds() {
        ResponseCriteria five = ResponseCriteria.of(CriteriaSet.FIVE_TIER);
        assertThat(five.countThresholds().keySet())
                .containsExactly(ResponseCategory.CR, ResponseCategory.VGPR, ResponseCategory.GPR);
        assertThat(five.countThresholds().get(ResponseCategory.VGPR))
                .containsExactly(
                        new Threshold(LabTest.HGB, Threshold.Relation.ABOVE, new BigDecimal("100")),
                        new Threshold(LabTest.NEUT, Threshold.Relation.ABOVE, new BigDecimal("1.0")),
                        new Threshold(LabTest.PLAT, Threshold.Relation.ABOVE, new BigDecimal("80")));
        assertThat(ResponseCriteria.of(CriteriaSet.STANDARD).countThresholds().keySet())
                .containsExactly(ResponseCategory.CR);
        assertThat(five.severity()).isEqualTo(SeverityCriteria.document000());
    }

    @Test
    void theGprPlateletThresholdIsTheOneTheRuleApplies() {
        ResponseCriteria five = ResponseCriteria.of(CriteriaSet.FIVE_TIER);
        BigDecimal limit = five.countThresholds().get(ResponseCategory.GPR).stream()
                .filter(t -> t.test() == LabTest.PLAT)
                .findFirst()
                .orElseThrow()
                .limit();
        LocalDate day1 = LocalDate.of(2024, 1, 1);
        LocalDate on = day1.plusDays(90);
        // At the limit (50, not above it) PR at most; just above it GPR.
        assertThat(category(five, day1, on, limit)).isNotEqualTo(ResponseCategory.GPR);
        assertThat(category(five, day1, on, limit.add(BigDecimal.ONE))).isEqualTo(ResponseCategory.GPR);
    }

    private static ResponseCategory category(ResponseCriteria c, LocalDate day1, LocalDate on, BigDecimal platelets) {
        LabHistory labs = LabHistory.of(List.of(
                result(LabTest.HGB, "60", Unit.G_PER_L, day1),
                result(LabTest.PLAT, "10", Unit.E9_PER_L, day1),
                result(LabTest.NEUT, "0.3", Unit.E9_PER_L, day1),
                result(LabTest.CELLULARITY, "10", Unit.PERCENT, day1),
                result(LabTest.HGB, "90", Unit.G_PER_L, on),
                result(LabTest.PLAT, platelets.toPlainString(), Unit.E9_PER_L, on),
                result(LabTest.NEUT, "1.5", Unit.E9_PER_L, on)));
        TransfusionHistory none = TransfusionHistory.of(List.of(), day1.minusDays(100));
        Baseline baseline = c.baseline(labs, none, day1);
        return c.category(labs, none, on, baseline).orElseThrow();
    }

    private static LabResult result(LabTest test, String value, Unit unit, LocalDate date) {
        return new LabResult(date, LabValue.of(test, new BigDecimal(value), unit));
    }
}
