package org.marrow.analysis.figure;

/**
 * A reason patients left the flow between two stages of a participant flow diagram, with its
 * count (document 000 Figure 1A: "2 patients withdrew consent for personal reasons before
 * treatment").
 *
 * @param reason the reason
 * @param n the number of patients, >= 1
 */
public record FlowExit(String reason, int n) {
    /**
     * Checks the exit.
     *
     * @throws IllegalArgumentException if the reason is blank or n < 1
     */
    public FlowExit {
        Checks.text(reason, "Exit reason");
        if (n < 1) {
            throw new IllegalArgumentException("Number leaving for '" + reason + "' (" + n + ") must be >= 1");
        }
    }
}
