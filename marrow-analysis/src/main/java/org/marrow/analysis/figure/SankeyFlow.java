package org.marrow.analysis.figure;

/**
 * A flow of a Sankey diagram: the number of patients who were in one state at a stage and in
 * another state at the next stage.
 *
 * @param fromStage index of the stage the flow leaves (0 for the first)
 * @param from the state at that stage
 * @param to the state at the next stage
 * @param count number of patients, at least 1
 */
public record SankeyFlow(int fromStage, String from, String to, int count) {
    /**
     * Checks the flow.
     *
     * @throws IllegalArgumentException if fromStage is negative, a state is blank, or count < 1
     */
    public SankeyFlow {
        if (fromStage < 0) {
            throw new IllegalArgumentException("Sankey flow stage (" + fromStage + ") must be >= 0");
        }
        Checks.text(from, "Sankey flow source state");
        Checks.text(to, "Sankey flow target state");
        if (count < 1) {
            throw new IllegalArgumentException(
                    "Sankey flow " + from + " -> " + to + " count (" + count + ") must be >= 1");
        }
    }
}
