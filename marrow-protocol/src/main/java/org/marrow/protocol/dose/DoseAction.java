package org.marrow.protocol.dose;

import java.util.Locale;

/** What a dose rule advises for the next dose (docs/protocol-format.md, "Dose rules"). */
public enum DoseAction {
    /** Begin the drug (or re-start it after a taper). */
    START,
    /** Keep the current dose. */
    CONTINUE,
    /** Raise the dose. */
    INCREASE,
    /** Lower the dose. */
    DECREASE,
    /** Do not give the drug now (not indicated, or withheld until a new measurement). */
    HOLD,
    /** Discontinue the drug. */
    STOP,
    /** Measure first: the data the rule needs is missing or stale; the advice says what is needed. */
    MEASURE;

    /**
     * The code used in output.
     *
     * @return e.g. {@code "increase"}
     */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
