package org.marrow.analysis.endpoint;

import java.util.Objects;
import org.marrow.protocol.design.Subgroup;

/**
 * A response rate compared between the arms within one level of a subgroup (document 001 Table S1:
 * "a higher CR rate was observed at 3 months (23.8% vs. 6.7%) and 6 months (42.9% vs. 16.7%) in
 * patients with SAA who received HPAG", l.62-67).
 *
 * @param subgroup the subgroup, e.g. severity
 * @param level the subgroup's level, e.g. {@code SAA}
 * @param comparison the rates of the arms and their test
 */
public record SubgroupRate(Subgroup subgroup, String level, RateComparison comparison) {

    /**
     * Checks the rate.
     *
     * @throws NullPointerException if a component is null
     */
    public SubgroupRate {
        Objects.requireNonNull(subgroup, "subgroup");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(comparison, "comparison");
    }
}
