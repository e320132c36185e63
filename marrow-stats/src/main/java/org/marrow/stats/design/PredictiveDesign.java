package org.marrow.stats.design;

import java.util.List;

/**
 * A predictive probability design (Lee and Liu 2008): its looks with their stopping boundaries and
 * its operating characteristics under the null and the alternative response rates.
 *
 * @param looks the looks, by increasing n; at the last look the treatment is promising if more
 *     than {@code futility} responded
 * @param underNull the characteristics at p0 ({@code probabilityRejectNull} is the type I error)
 * @param underAlternative the characteristics at p1 ({@code probabilityRejectNull} is the power)
 */
public record PredictiveDesign(
        List<MonitoringLook> looks, MonitoringCharacteristics underNull, MonitoringCharacteristics underAlternative) {

    /**
     * Copies the looks.
     *
     * @param looks the looks
     * @param underNull the characteristics at p0
     * @param underAlternative the characteristics at p1
     */
    public PredictiveDesign {
        looks = List.copyOf(looks);
    }
}
