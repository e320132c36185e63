package org.marrow.protocol.design;

import java.util.Objects;
import org.marrow.clinical.labs.Threshold;
import org.marrow.clinical.labs.Threshold.Relation;
import org.marrow.clinical.quantity.LabValue;

/**
 * A lab threshold whose first crossing after day 1 is a time-to-event endpoint ({@code
 * design.analysis.lab_thresholds}): document 001's "median time to achieving platelet counts of 100 x
 * 10^9/L was 88 days ... and 207 days (P = 0.030)" (l.76-78).
 *
 * @param relation how a value must relate to the limit
 * @param limit the limit, with its test and unit as written
 */
public record LabThreshold(Relation relation, LabValue limit) {

    /**
     * Checks the threshold.
     *
     * @throws NullPointerException if a component is null
     */
    public LabThreshold {
        Objects.requireNonNull(relation, "relation");
        Objects.requireNonNull(limit, "limit");
    }

    /**
     * The clinical threshold, in the test's canonical unit.
     *
     * @return the threshold
     */
    public Threshold threshold() {
        return Threshold.of(relation, limit);
    }

    /**
     * The endpoint's code in results and file names, e.g. {@code time-to-plat-100}.
     *
     * @return the code
     */
    public String code() {
        return "time-to-"
                + limit.test().code().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + "-"
                + limit.amount().stripTrailingZeros().toPlainString();
    }
}
