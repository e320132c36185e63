package org.marrow.protocol.eligibility;

import java.math.BigDecimal;
import java.util.Objects;
import org.marrow.clinical.labs.Threshold.Relation;
import org.marrow.clinical.message.Message;
import org.marrow.clinical.renal.WeightBasis;

/**
 * Cockcroft-Gault creatinine clearance against a limit in mL/min (document 002: "Creatinine
 * clearance &lt; 30 ml/min").
 *
 * @param relation how the clearance must relate to the limit
 * @param mlPerMin the limit, greater than 0
 * @param weight which body weight the Cockcroft-Gault formula uses
 */
public record CreatinineClearanceCriterion(Relation relation, BigDecimal mlPerMin, WeightBasis weight)
        implements Criterion {

    /**
     * Checks the criterion.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if the limit is not positive
     */
    public CreatinineClearanceCriterion {
        Objects.requireNonNull(relation, "relation");
        Objects.requireNonNull(mlPerMin, "mlPerMin");
        Objects.requireNonNull(weight, "weight");
        if (mlPerMin.signum() <= 0) {
            throw new IllegalArgumentException(
                    "Creatinine clearance limit (" + mlPerMin.toPlainString() + " mL/min) must be > 0");
        }
    }

    @Override
    public <T> T accept(Visitor<T> visitor) {
        return visitor.clearance(this);
    }

    @Override
    public Message describe() {
        return Message.of("protocol.criterion.clearance", limit());
    }

    /**
     * The limit with its relation, e.g. "&lt; 30 mL/min".
     *
     * @return the limit
     */
    public Message limit() {
        return Message.of("protocol.criterion.clearanceLimit", relation.symbol(), mlPerMin);
    }
}
