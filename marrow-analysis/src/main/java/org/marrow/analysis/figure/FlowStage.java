package org.marrow.analysis.figure;

import java.util.List;

/**
 * A stage of a participant flow diagram (CONSORT style, document 000 Figure 1A): a box with the
 * number of patients, and optionally a side box, after it, with the patients who left before
 * the next stage and why.
 *
 * @param label the stage, for example {@code "Screened"} or {@code "Assessable at month 6"}
 * @param n the number of patients at this stage, >= 0
 * @param exitLabel the side box's heading, for example {@code "Not treated"}; null when there is
 *     no side box
 * @param exits the reasons in the side box (empty when there is none)
 */
public record FlowStage(String label, int n, String exitLabel, List<FlowExit> exits) {
    /**
     * Checks the stage.
     *
     * @throws IllegalArgumentException if the label is blank, n is negative, there are exits
     *     without a heading (or a heading without exits), or more patients exit than are at the
     *     stage
     */
    public FlowStage {
        Checks.text(label, "Flow stage label");
        if (n < 0) {
            throw new IllegalArgumentException("Number at stage '" + label + "' (" + n + ") must be >= 0");
        }
        Checks.count(exits, 0, 12, "Exit reasons of stage '" + label + "'");
        exits = List.copyOf(exits);
        if ((exitLabel == null) != exits.isEmpty()) {
            throw new IllegalArgumentException(
                    "Stage '" + label + "' needs both an exit heading and exit reasons, or neither");
        }
        if (exitLabel != null) {
            Checks.text(exitLabel, "Exit heading of stage '" + label + "'");
        }
        int leaving = exits.stream().mapToInt(FlowExit::n).sum();
        if (leaving > n) {
            throw new IllegalArgumentException(
                    "Stage '" + label + "': " + leaving + " patients exit but only " + n + " are at the stage");
        }
    }

    /**
     * A stage without a side box.
     *
     * @param label the stage
     * @param n the number of patients
     * @return the stage
     * @throws IllegalArgumentException if the label is blank or n is negative
     */
    public static FlowStage of(String label, int n) {
        return new FlowStage(label, n, null, List.of());
    }

    /**
     * The number of patients who leave after this stage.
     *
     * @return the sum of the exits' counts
     */
    public int leaving() {
        return exits.stream().mapToInt(FlowExit::n).sum();
    }
}
