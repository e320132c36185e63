package org.marrow.protocol.design;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A toxicity stopping boundary by repeated significance testing (Ivanova, Qaqish and Schell 2005; R's
 * {@code clinfun::toxbdry}): Pocock-type when the shape is 0, O'Brien-Fleming-type at 0.5. Of the two
 * boundaries toxbdry returns, the rule uses the high one, crossed at {@code pLo} with probability at most
 * {@code cp0}.
 *
 * @param pLo the acceptable toxicity rate
 * @param pHi the unacceptable toxicity rate, above pLo
 * @param cp0 the largest probability of stopping when the rate is pLo, in (0, 1) (clinfun: 0.1)
 * @param cp1 the probability of stopping wanted when the rate is pHi, in (cp0, 1) (clinfun: 0.9)
 * @param shape the boundary shape delta, 0 to 0.5 (clinfun: 0)
 */
public record SequentialToxicityLimit(BigDecimal pLo, BigDecimal pHi, BigDecimal cp0, BigDecimal cp1, BigDecimal shape)
        implements ToxicityLimit {

    /** clinfun's crossing probability at pLo. */
    public static final BigDecimal DEFAULT_CP0 = new BigDecimal("0.1");

    /** clinfun's crossing probability at pHi. */
    public static final BigDecimal DEFAULT_CP1 = new BigDecimal("0.9");

    /**
     * Checks the limit.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException unless {@code 0 < pLo < pHi < 1}, {@code 0 < cp0 < cp1 < 1} and
     *     {@code 0 <= shape <= 0.5}
     */
    public SequentialToxicityLimit {
        Rates.ordered("p_lo", pLo, "p_hi", pHi);
        Rates.ordered("cp0", cp0, "cp1", cp1);
        Objects.requireNonNull(shape, "shape");
        if (shape.signum() < 0 || shape.compareTo(new BigDecimal("0.5")) > 0) {
            throw new IllegalArgumentException("shape (" + shape.toPlainString() + ") must be 0 to 0.5");
        }
    }

    @Override
    public int minimumLooks() {
        return 2;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.sequential(this);
    }
}
