package org.marrow.clinical.quantity;

import java.util.Optional;

/**
 * How believable an accepted lab value is (ARCHITECTURE.md, principle 3).
 *
 * @param kind plausible, implausible, or a likely unit mix-up
 * @param message what is wrong and, for a mix-up, the unit the value was probably in; empty when
 *     plausible
 * @param intendedUnit for {@link Kind#LIKELY_UNIT_MIXUP}, the unit in which the value is plausible
 */
public record Plausibility(Kind kind, String message, Optional<Unit> intendedUnit) {

    /** The verdict. */
    public enum Kind {
        /** Within the test's plausibility limits. */
        PLAUSIBLE,
        /** Outside the plausibility limits but possible: accept, flag for review. */
        IMPLAUSIBLE,
        /** Implausible as entered but plausible in another accepted unit (Hb 9.5 "g/L"). */
        LIKELY_UNIT_MIXUP
    }

    /**
     * Whether the value is plausible.
     *
     * @return {@code kind() == PLAUSIBLE}
     */
    public boolean isPlausible() {
        return kind == Kind.PLAUSIBLE;
    }
}
