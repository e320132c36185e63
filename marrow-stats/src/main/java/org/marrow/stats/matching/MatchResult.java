package org.marrow.stats.matching;

import java.util.List;

/**
 * The result of a matching.
 *
 * @param matching the matching that produced it
 * @param cases one entry per case, in the order the cases were given
 * @param numericBalance balance of each caliper key, in caliper order
 * @param categoricalBalance balance of each exact key, in key order
 */
public record MatchResult(
        NearestNeighbourMatching matching,
        List<CaseMatch> cases,
        List<NumericBalance> numericBalance,
        List<CategoricalBalance> categoricalBalance) {

    /** Copies the lists. */
    public MatchResult {
        cases = List.copyOf(cases);
        numericBalance = List.copyOf(numericBalance);
        categoricalBalance = List.copyOf(categoricalBalance);
    }

    /**
     * The total number of matched controls.
     *
     * @return the count, at most {@code ratio} times the number of cases
     */
    public int matchedControlCount() {
        return cases.stream().mapToInt(c -> c.controls().size()).sum();
    }

    /**
     * The cases that received fewer controls than the ratio.
     *
     * @return those cases, in case order
     */
    public List<CaseMatch> shortfalls() {
        return cases.stream().filter(c -> c.shortfall() != Shortfall.NONE).toList();
    }
}
