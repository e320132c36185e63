package org.marrow.clinical.response;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Single-lineage response thresholds for refractory AA treated with a TPO receptor agonist
 * (document 003: dose escalation "in patients without at least a single-line hematologic response").
 *
 * <p>Source: Olnes MJ et al., "Eltrombopag and improved hematopoiesis in refractory aplastic
 * anemia", N Engl J Med 2012;367:11-19, response criteria kept in the extension by Desmond R et al.,
 * "Eltrombopag restores trilineage hematopoiesis in refractory severe aplastic anemia that can be
 * sustained on discontinuation of drug", Blood 2014;123(12):1818-25 (NCT00922883):
 * <ul>
 *   <li>platelet: an increase to at least 20 x10^9/L above baseline, or stable counts with platelet
 *       transfusion independence for at least 8 weeks;
 *   <li>erythroid: for baseline haemoglobin below 9 g/dL, an increase of more than 1.5 g/dL; or a
 *       reduction of at least 4 red cell units over 8 consecutive weeks compared with the 8 weeks
 *       before treatment;
 *   <li>neutrophil: for baseline ANC below 0.5 x10^9/L, an increase of 100%; or an increase of more
 *       than 0.5 x10^9/L.
 * </ul>
 * Marrow reads "stable counts with transfusion independence" as platelet-transfusion dependent at
 * baseline and independent over the look-back window now (stability itself is not tested), and
 * "an increase of 100%" as at least twice the baseline and above it (so a baseline of 0 needs a rise).
 *
 * @param plateletRise platelet rise over baseline, 10^9/L, met at or above (default 20)
 * @param hemoglobinBaselineBelow baseline haemoglobin under which the Hb rise counts, g/L (default 90)
 * @param hemoglobinRise haemoglobin rise, g/L, met strictly above (default 15)
 * @param redCellUnitReduction reduction in red cell units over the window, met at or above (default 4)
 * @param neutrophilBaselineBelow baseline ANC under which doubling counts, 10^9/L (default 0.5)
 * @param neutrophilRise ANC rise, 10^9/L, met strictly above (default 0.5)
 */
public record LineageThresholds(
        BigDecimal plateletRise,
        BigDecimal hemoglobinBaselineBelow,
        BigDecimal hemoglobinRise,
        int redCellUnitReduction,
        BigDecimal neutrophilBaselineBelow,
        BigDecimal neutrophilRise) {

    /**
     * Checks the thresholds.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if a threshold is not positive
     */
    public LineageThresholds {
        for (BigDecimal value : new BigDecimal[] {
            plateletRise, hemoglobinBaselineBelow, hemoglobinRise, neutrophilBaselineBelow, neutrophilRise
        }) {
            Objects.requireNonNull(value, "threshold");
            if (value.signum() <= 0) {
                throw new IllegalArgumentException("Lineage threshold (" + value + ") must be > 0");
            }
        }
        if (redCellUnitReduction < 1) {
            throw new IllegalArgumentException("Red cell unit reduction (" + redCellUnitReduction + ") must be >= 1");
        }
    }

    /**
     * The thresholds of Olnes et al. 2012 (see the type's documentation).
     *
     * @return the thresholds
     */
    public static LineageThresholds olnes2012() {
        return new LineageThresholds(
                new BigDecimal("20"),
                new BigDecimal("90"),
                new BigDecimal("15"),
                4,
                new BigDecimal("0.5"),
                new BigDecimal("0.5"));
    }
}
