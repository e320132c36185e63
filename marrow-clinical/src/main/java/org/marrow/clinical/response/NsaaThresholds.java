package org.marrow.clinical.response;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The NSAA partial-response thresholds of the {@link CriteriaSet#STANDARD} set (the NIH
 * moderate-AA criteria): transfusion independence, or doubling or normalisation of at least
 * one lineage, or a rise above baseline of haemoglobin &gt; 30 g/L, ANC &gt; 0.5 x10^9/L or
 * platelets &gt; 20 x10^9/L.
 *
 * <p>"Normalisation" needs a normal limit, which no trial document gives. Marrow's defaults are
 * common adult lower reference limits (haemoglobin 120 g/L, ANC 1.5, platelets 150 x10^9/L), met at
 * or above; a protocol should set its laboratory's values.
 *
 * @param hemoglobinRise haemoglobin rise, g/L, met strictly above (default 30)
 * @param neutrophilRise ANC rise, 10^9/L, met strictly above (default 0.5)
 * @param plateletRise platelet rise, 10^9/L, met strictly above (default 20)
 * @param normalHemoglobin haemoglobin normal limit, g/L (default 120)
 * @param normalNeutrophils ANC normal limit, 10^9/L (default 1.5)
 * @param normalPlatelets platelet normal limit, 10^9/L (default 150)
 */
public record NsaaThresholds(
        BigDecimal hemoglobinRise,
        BigDecimal neutrophilRise,
        BigDecimal plateletRise,
        BigDecimal normalHemoglobin,
        BigDecimal normalNeutrophils,
        BigDecimal normalPlatelets) {

    /**
     * Checks the thresholds.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if a threshold is not positive
     */
    public NsaaThresholds {
        for (BigDecimal value : new BigDecimal[] {
            hemoglobinRise, neutrophilRise, plateletRise, normalHemoglobin, normalNeutrophils, normalPlatelets
        }) {
            Objects.requireNonNull(value, "threshold");
            if (value.signum() <= 0) {
                throw new IllegalArgumentException("NSAA threshold (" + value + ") must be > 0");
            }
        }
    }

    /**
     * The defaults described above.
     *
     * @return the thresholds
     */
    public static NsaaThresholds withDefaults() {
        return new NsaaThresholds(
                new BigDecimal("30"),
                new BigDecimal("0.5"),
                new BigDecimal("20"),
                new BigDecimal("120"),
                new BigDecimal("1.5"),
                new BigDecimal("150"));
    }
}
