package org.marrow.stats.matching;

import java.util.List;

/**
 * The controls matched to one case.
 *
 * @param subject the case
 * @param eligibleControls how many controls satisfied this case's exact keys and calipers before any
 *     matching
 * @param controls the matched controls, by round (so by increasing distance among those available)
 * @param shortfall why there are fewer controls than the ratio, or {@link Shortfall#NONE}
 * @param reason the shortfall in words, naming the case's criteria; empty when there is none
 */
public record CaseMatch(
        Subject subject, int eligibleControls, List<MatchedControl> controls, Shortfall shortfall, String reason) {

    /** Copies the list. */
    public CaseMatch {
        controls = List.copyOf(controls);
    }
}
