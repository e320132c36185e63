package org.marrow.stats.matching;

/** Why a case received fewer controls than the matching ratio, or {@link #NONE}. */
public enum Shortfall {
    /** The case received the full ratio of controls. */
    NONE,
    /** No control satisfies the exact keys and calipers of this case. */
    NO_ELIGIBLE_CONTROL,
    /** Fewer controls than the ratio satisfy the exact keys and calipers of this case. */
    TOO_FEW_ELIGIBLE_CONTROLS,
    /** Enough controls were eligible, but some were matched to other cases first. */
    ELIGIBLE_CONTROLS_TAKEN
}
