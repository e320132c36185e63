package org.marrow.analysis.stage;

import java.util.OptionalInt;
import org.marrow.clinical.message.Message;

/**
 * One look of the protocol's Bayesian monitoring as it stands: of the look's first n subjects ({@link
 * PrimaryTimepoint}), how many have been evaluated at the primary timepoint, how many responded and (when
 * BOP2 monitors toxicity) how many had the toxicity, against the look's boundary.
 *
 * @param look the look's number, from 1
 * @param n the look's size
 * @param futility stop for futility if responses are at most this (-1: no number stops)
 * @param toxicityBound stop for toxicity if toxicities are at least this; empty when toxicity is not
 *     monitored
 * @param evaluated subjects of the look evaluated at the timepoint
 * @param responses evaluated subjects who responded
 * @param toxicities subjects of the look who had the toxicity (counted as soon as seen); empty when not
 *     monitored
 * @param replaced dropouts passed over (replaced) on the way to the look's subjects
 * @param last whether this is the design's last look
 * @param decision the decision
 */
public record MonitoringLookStatus(
        int look,
        int n,
        int futility,
        OptionalInt toxicityBound,
        int evaluated,
        int responses,
        OptionalInt toxicities,
        int replaced,
        boolean last,
        LookDecision decision) {

    /**
     * Checks the counts.
     *
     * @throws IllegalArgumentException if an optional is null, the counts are not {@code 0 <= responses
     *     <= evaluated <= n}, toxicities exceed n, or the toxicity bound and count are not both present or
     *     both empty
     */
    public MonitoringLookStatus {
        if (toxicityBound == null || toxicities == null || decision == null) {
            throw new IllegalArgumentException("Toxicity bound, toxicities and decision must not be null");
        }
        if (responses < 0 || responses > evaluated || evaluated > n || replaced < 0) {
            throw new IllegalArgumentException("Counts must satisfy 0 <= responses (" + responses + ") <= evaluated ("
                    + evaluated + ") <= n (" + n + ")");
        }
        if (toxicityBound.isPresent() != toxicities.isPresent()
                || toxicities.isPresent() && (toxicities.getAsInt() < 0 || toxicities.getAsInt() > n)) {
            throw new IllegalArgumentException("Toxicities must be counted, 0..n, exactly when toxicity is monitored");
        }
    }

    /**
     * The decision at a look from its counts: the one rule of the live monitoring and of the protocol's
     * simulation. Stop for toxicity once at least the toxicity bound had it (more can only come); stop for
     * futility once at most the futility bound can respond even if every subject still to be evaluated
     * responds; go once every subject is evaluated, or earlier once the responses exceed the futility
     * bound and the toxicity bound can no longer be reached; otherwise pending. At the last look, go
     * means promising.
     *
     * @param n the look's size
     * @param futility the futility bound
     * @param toxicityBound the toxicity bound, empty when not monitored
     * @param evaluated subjects evaluated
     * @param responses responses among them
     * @param toxicities subjects with the toxicity (0 when not monitored)
     * @return the decision
     */
    public static LookDecision decide(
            int n, int futility, OptionalInt toxicityBound, int evaluated, int responses, int toxicities) {
        int remaining = n - evaluated;
        boolean toxic = toxicityBound.isPresent() && toxicities >= toxicityBound.getAsInt();
        if (toxic) {
            return LookDecision.STOP_FOR_TOXICITY;
        }
        if (responses + remaining <= futility) {
            return LookDecision.STOP_FOR_FUTILITY;
        }
        boolean safe = toxicityBound.isEmpty() || toxicities + remaining < toxicityBound.getAsInt();
        if (remaining == 0 || responses > futility && safe) {
            return LookDecision.GO;
        }
        return LookDecision.PENDING;
    }

    /**
     * The decision with the counts and the boundary that gave it.
     *
     * @return the message ({@code analysis.monitoring.*})
     */
    public Message rule() {
        int remaining = n - evaluated;
        int atMost = responses + remaining;
        boolean tox = toxicityBound.isPresent();
        return switch (decision) {
            case STOP_FOR_TOXICITY ->
                Message.of("analysis.monitoring.toxicity", toxicities.getAsInt(), n, toxicityBound.getAsInt());
            case STOP_FOR_FUTILITY ->
                last && remaining == 0
                        ? Message.of("analysis.monitoring.notPromising", responses, n, futility)
                        : Message.of("analysis.monitoring.futility", responses, evaluated, atMost, futility);
            case GO -> {
                String code = last ? "analysis.monitoring.promising" : "analysis.monitoring.go";
                yield tox
                        ? Message.of(
                                code + "Toxicity",
                                responses,
                                evaluated,
                                futility,
                                toxicities.getAsInt(),
                                toxicityBound.getAsInt())
                        : Message.of(code, responses, evaluated, futility);
            }
            case PENDING ->
                tox
                        ? Message.of(
                                "analysis.monitoring.pendingToxicity",
                                responses,
                                evaluated,
                                remaining,
                                futility,
                                toxicities.getAsInt(),
                                toxicityBound.getAsInt())
                        : Message.of("analysis.monitoring.pending", responses, evaluated, remaining, futility);
        };
    }
}
