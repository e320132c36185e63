package org.marrow.clinical.finding;

/**
 * The three-valued answer of a clinical rule.
 *
 * <p>{@link #UNKNOWN} means the data needed to decide is missing or out of date; it is never
 * treated as a pass (ARCHITECTURE.md, principle 2).
 */
public enum Outcome {
    /** The criterion holds for the data. */
    MET,
    /** The criterion does not hold for the data. */
    NOT_MET,
    /** The data needed to decide is missing or stale. */
    UNKNOWN;

    /**
     * Kleene conjunction: NOT_MET if either is NOT_MET, MET if both are MET, otherwise UNKNOWN.
     *
     * @param other the other operand
     * @return the conjunction
     */
    public Outcome and(Outcome other) {
        if (this == NOT_MET || other == NOT_MET) {
            return NOT_MET;
        }
        return this == MET && other == MET ? MET : UNKNOWN;
    }

    /**
     * Kleene disjunction: MET if either is MET, NOT_MET if both are NOT_MET, otherwise UNKNOWN.
     *
     * @param other the other operand
     * @return the disjunction
     */
    public Outcome or(Outcome other) {
        if (this == MET || other == MET) {
            return MET;
        }
        return this == NOT_MET && other == NOT_MET ? NOT_MET : UNKNOWN;
    }

    /**
     * Negation; UNKNOWN stays UNKNOWN.
     *
     * @return the negation
     */
    public Outcome not() {
        return switch (this) {
            case MET -> NOT_MET;
            case NOT_MET -> MET;
            case UNKNOWN -> UNKNOWN;
        };
    }

    /**
     * Maps a known boolean to MET or NOT_MET.
     *
     * @param holds whether the criterion holds
     * @return MET if {@code holds}, else NOT_MET
     */
    public static Outcome of(boolean holds) {
        return holds ? MET : NOT_MET;
    }
}
