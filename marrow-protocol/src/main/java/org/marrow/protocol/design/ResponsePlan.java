package org.marrow.protocol.design;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.marrow.clinical.response.CriteriaSet;
import org.marrow.clinical.response.ResponseCriteria;
import org.marrow.clinical.severity.SeverityCriteria;
import org.marrow.clinical.transfusion.TransfusionDependence;

/**
 * How response is judged: the criteria set (marrow-clinical) and its parameters, and the visits at
 * which it is assessed.
 *
 * @param criteria the response criteria set
 * @param reticulocytesBelow the SAA reticulocyte threshold in 10^9/L, if the protocol overrides the
 *     default (20, document 000)
 * @param transfusionLookbackDays the transfusion-dependence look-back window in days
 * @param baselineMaxAgeDays the largest age of a baseline count before the first dose, in days
 * @param timepoints the names of the visits at which response is assessed
 */
public record ResponsePlan(
        CriteriaSet criteria,
        Optional<BigDecimal> reticulocytesBelow,
        int transfusionLookbackDays,
        int baselineMaxAgeDays,
        List<String> timepoints) {

    /**
     * Checks and copies the plan.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if a number of days is not positive
     */
    public ResponsePlan {
        Objects.requireNonNull(criteria, "criteria");
        Objects.requireNonNull(reticulocytesBelow, "reticulocytesBelow");
        timepoints = List.copyOf(timepoints);
        if (transfusionLookbackDays < 1) {
            throw new IllegalArgumentException(
                    "Transfusion look-back (" + transfusionLookbackDays + " days) must be >= 1");
        }
        if (baselineMaxAgeDays < 0) {
            throw new IllegalArgumentException("Baseline age (" + baselineMaxAgeDays + " days) must be >= 0");
        }
    }

    /**
     * The severity criteria this plan judges with: document 000's modified Camitta criteria with the
     * plan's transfusion look-back and, where the protocol overrides it, its SAA reticulocyte
     * threshold. The one place a protocol's severity criteria are built; screening, response, the
     * analyses and the pages all take them from here.
     *
     * @return the criteria
     */
    public SeverityCriteria severityCriteria() {
        SeverityCriteria severity = SeverityCriteria.document000()
                .with(TransfusionDependence.withDefaults().withLookbackDays(transfusionLookbackDays));
        return reticulocytesBelow.map(severity::withReticulocytesBelow).orElse(severity);
    }

    /**
     * The response criteria this plan judges with: its criteria set, with {@link #severityCriteria()}
     * and the plan's baseline age limit. The one place a protocol's response criteria are built.
     *
     * @return the criteria
     */
    public ResponseCriteria responseCriteria() {
        return responseCriteria(criteria);
    }

    /**
     * Another criteria set judged with this plan's severity criteria and baseline age limit, as an
     * eligibility criterion on a prior response names one.
     *
     * @param set the criteria set
     * @return the criteria
     * @throws NullPointerException if set is null
     */
    public ResponseCriteria responseCriteria(CriteriaSet set) {
        return ResponseCriteria.of(set).with(severityCriteria()).withBaselineMaxAgeDays(baselineMaxAgeDays);
    }
}
