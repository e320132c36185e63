package org.marrow.analysis.stage;

import java.util.OptionalInt;
import org.marrow.clinical.message.Message;

/**
 * One stage of Simon's two-stage design as it stands: of the first {@code size} treated subjects,
 * how many have been evaluated at the primary timepoint and how many responded, and the decision
 * with its rule (document 002: "stage 1: 15 patients, continue if at least 9 responses").
 *
 * @param stage 1 or 2
 * @param size the subjects the stage counts: n1, or n for stage 2
 * @param bound the stage's bound: r1, or r for stage 2 (empty when the protocol does not state r)
 * @param evaluated subjects of the stage evaluated at the timepoint (assessed, or not assessable and
 *     so non-responders in ITT); the others have not reached it or are not yet treated
 * @param responses evaluated subjects who responded
 * @param decision the decision
 * @param replaced dropouts passed over on the way to the stage's subjects, when the protocol replaces
 *     dropouts ({@link PrimaryTimepoint}); 0 otherwise
 */
public record SimonStage(
        int stage, int size, OptionalInt bound, int evaluated, int responses, StageDecision decision, int replaced) {

    /**
     * Checks the stage.
     *
     * @throws IllegalArgumentException unless the stage is 1 or 2, counts are consistent
     *     ({@code 0 <= responses <= evaluated <= size}, {@code replaced >= 0}), the bound is stated for
     *     stage 1, and the decision belongs to the stage
     */
    public SimonStage {
        if (stage != 1 && stage != 2) {
            throw new IllegalArgumentException("Stage (" + stage + ") must be 1 or 2");
        }
        if (bound == null || decision == null) {
            throw new IllegalArgumentException("Bound and decision must not be null");
        }
        if (replaced < 0) {
            throw new IllegalArgumentException("Replaced dropouts (" + replaced + ") must be >= 0");
        }
        if (responses < 0 || responses > evaluated || evaluated > size) {
            throw new IllegalArgumentException("Counts must satisfy 0 <= responses (" + responses + ") <= evaluated ("
                    + evaluated + ") <= size (" + size + ")");
        }
        if (stage == 1 && bound.isEmpty()) {
            throw new IllegalArgumentException("Stage 1 needs its bound r1");
        }
        boolean first = decision == StageDecision.CONTINUE
                || decision == StageDecision.STOP
                || decision == StageDecision.PENDING;
        if (first != (stage == 1)) {
            throw new IllegalArgumentException("Decision " + decision + " does not belong to stage " + stage);
        }
    }

    /**
     * A stage without replaced dropouts.
     *
     * @param stage 1 or 2
     * @param size n1 or n
     * @param bound r1 or r
     * @param evaluated subjects evaluated
     * @param responses responses among them
     * @param decision the decision
     * @throws IllegalArgumentException as the canonical constructor
     */
    public SimonStage(int stage, int size, OptionalInt bound, int evaluated, int responses, StageDecision decision) {
        this(stage, size, bound, evaluated, responses, decision, 0);
    }

    /**
     * Decides a stage from its counts, without replaced dropouts.
     *
     * @param stage 1 or 2
     * @param size n1 or n
     * @param bound r1 or r (empty for an unstated r)
     * @param evaluated subjects evaluated
     * @param responses responses among them
     * @return the stage with its decision
     * @throws IllegalArgumentException as {@link SimonStage#SimonStage}
     */
    public static SimonStage decide(int stage, int size, OptionalInt bound, int evaluated, int responses) {
        return decide(stage, size, bound, evaluated, responses, 0);
    }

    /**
     * Decides a stage from its counts: the one rule of the live gate and of the protocol's simulation.
     * Stage 1 continues once more than r1 respond and stops once at most r1 can respond even if every
     * subject still to be evaluated responds; stage 2 likewise against r.
     *
     * @param stage 1 or 2
     * @param size n1 or n
     * @param bound r1 or r (empty for an unstated r)
     * @param evaluated subjects evaluated
     * @param responses responses among them
     * @param replaced dropouts passed over (replaced)
     * @return the stage with its decision
     * @throws IllegalArgumentException as {@link SimonStage#SimonStage}
     */
    public static SimonStage decide(
            int stage, int size, OptionalInt bound, int evaluated, int responses, int replaced) {
        int atMost = responses + (size - evaluated);
        StageDecision decision;
        if (stage == 1) {
            int r1 = bound.orElseThrow(() -> new IllegalArgumentException("Stage 1 needs its bound r1"));
            decision =
                    responses > r1 ? StageDecision.CONTINUE : atMost <= r1 ? StageDecision.STOP : StageDecision.PENDING;
        } else if (bound.isPresent() && responses > bound.getAsInt()) {
            decision = StageDecision.PROMISING;
        } else if (bound.isPresent() && atMost <= bound.getAsInt()) {
            decision = StageDecision.NOT_PROMISING;
        } else {
            decision = evaluated < size ? StageDecision.ENROLLING : StageDecision.COMPLETE;
        }
        return new SimonStage(stage, size, bound, evaluated, responses, decision, replaced);
    }

    /**
     * The subjects of the stage not yet evaluated (not yet at the timepoint, or not yet treated).
     *
     * @return {@code size - evaluated}
     */
    public int remaining() {
        return size - evaluated;
    }

    /**
     * The decision with the rule that gave it, e.g. "9 of 15 responses &gt; r1 = 8: continue".
     *
     * @return the message ({@code analysis.simon.*})
     */
    public Message rule() {
        int atMost = responses + remaining();
        return switch (decision) {
            case CONTINUE -> Message.of("analysis.simon.continue", responses, size, bound.getAsInt());
            case STOP ->
                remaining() == 0
                        ? Message.of("analysis.simon.stop", responses, size, bound.getAsInt())
                        : Message.of(
                                "analysis.simon.stopEarly", responses, size, remaining(), atMost, bound.getAsInt());
            case PENDING -> Message.of("analysis.simon.pending", responses, size, evaluated, bound.getAsInt());
            case PROMISING -> Message.of("analysis.simon.promising", responses, size, bound.getAsInt());
            case NOT_PROMISING ->
                remaining() == 0
                        ? Message.of("analysis.simon.notPromising", responses, size, bound.getAsInt())
                        : Message.of(
                                "analysis.simon.notPromisingEarly",
                                responses,
                                size,
                                remaining(),
                                atMost,
                                bound.getAsInt());
            case ENROLLING ->
                bound.isPresent()
                        ? Message.of("analysis.simon.enrolling", responses, size, evaluated, bound.getAsInt())
                        : Message.of("analysis.simon.enrollingNoBound", responses, size, evaluated);
            case COMPLETE -> Message.of("analysis.simon.complete", responses, size);
        };
    }
}
