package org.marrow.protocol.design;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * The toxicity that BOP2 monitors with efficacy (Zhou, Lee and Yuan 2017): a patient has the toxicity
 * when an adverse event of the selection starts in the window; without a window, from study day 1 to
 * the last day of the primary timepoint's visit window.
 *
 * @param t0 the unacceptable toxicity rate
 * @param t1 the acceptable toxicity rate, below t0
 * @param events the adverse events that count
 * @param window the days in which they count, if stated
 */
public record Bop2Toxicity(BigDecimal t0, BigDecimal t1, AdverseEventSelection events, Optional<EventWindow> window) {

    /**
     * Checks the declaration.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException unless {@code 0 < t1 < t0 < 1}
     */
    public Bop2Toxicity {
        Rates.ordered("t1", t1, "t0", t0);
        Objects.requireNonNull(events, "events");
        Objects.requireNonNull(window, "window");
    }
}
