package org.marrow.analysis.stage;

import org.marrow.clinical.message.Message;

/**
 * One look of a toxicity stopping rule as it stands: of the look's n patients (the first n to become
 * evaluable, {@link ToxicityStatus}), how many are evaluable so far and how many had the toxicity, against
 * the largest number the boundary accepts.
 *
 * @param look the look's number, from 1
 * @param n the look's size
 * @param maxAcceptable stop if more than this had the toxicity (n: the look cannot stop)
 * @param evaluable patients of the look evaluable so far, at most n
 * @param toxicities patients among them with the toxicity
 * @param decision go (acceptable so far), stop for toxicity, or pending
 */
public record ToxicityLookStatus(
        int look, int n, int maxAcceptable, int evaluable, int toxicities, LookDecision decision) {

    /**
     * Checks the counts.
     *
     * @throws IllegalArgumentException unless {@code 0 <= toxicities <= evaluable <= n}, the bound is in
     *     0..n and the decision is one a toxicity rule takes (go, stop for toxicity, pending)
     */
    public ToxicityLookStatus {
        if (decision == null || decision == LookDecision.STOP_FOR_FUTILITY) {
            throw new IllegalArgumentException("A toxicity look goes on, stops for toxicity, or is pending");
        }
        if (toxicities < 0 || toxicities > evaluable || evaluable > n || maxAcceptable < 0 || maxAcceptable > n) {
            throw new IllegalArgumentException("Counts must satisfy 0 <= toxicities (" + toxicities + ") <= evaluable ("
                    + evaluable + ") <= n (" + n + ") and 0 <= max acceptable (" + maxAcceptable + ") <= n");
        }
    }

    /**
     * The decision at a look from its counts (clinfun's boundaries: stop if more than the bound): stop
     * once more than the bound had the toxicity, even before the look's patients are all evaluable (more
     * can only come); go once all n are evaluable within the bound; pending otherwise.
     *
     * @param n the look's size
     * @param maxAcceptable the bound
     * @param evaluable patients evaluable so far, at most n
     * @param toxicities patients among them with the toxicity
     * @return the decision
     */
    public static LookDecision decide(int n, int maxAcceptable, int evaluable, int toxicities) {
        if (toxicities > maxAcceptable) {
            return LookDecision.STOP_FOR_TOXICITY;
        }
        return evaluable >= n ? LookDecision.GO : LookDecision.PENDING;
    }

    /**
     * The decision with the counts and the bound that gave it.
     *
     * @return the message ({@code analysis.toxicity.*})
     */
    public Message rule() {
        return switch (decision) {
            case GO -> Message.of("analysis.toxicity.go", toxicities, n, maxAcceptable);
            case STOP_FOR_TOXICITY ->
                evaluable == n
                        ? Message.of("analysis.toxicity.stop", toxicities, n, maxAcceptable)
                        : Message.of("analysis.toxicity.stopEarly", toxicities, evaluable, maxAcceptable, n);
            default -> Message.of("analysis.toxicity.pending", toxicities, evaluable, maxAcceptable, n);
        };
    }
}
