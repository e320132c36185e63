package org.marrow.analysis.simulation;

import java.util.List;
import org.marrow.stats.simulation.MonteCarloEstimate;

/**
 * What the simulation of a protocol estimated, each with its Monte Carlo standard error.
 *
 * @param protocolId the protocol
 * @param protocolVersion its version
 * @param gate the design gate simulated: {@code simon}, {@code bop2} or {@code predictive}
 * @param looks the gate's looks: the numbers of patients counted at each
 * @param visit the primary timepoint's visit
 * @param windowStart its window's first study day
 * @param windowEnd its window's last study day
 * @param dropoutsReplaced whether dropouts are replaced (the protocol states a dropout rate) or count as
 *     non-responders
 * @param conduct the rates and the accrual simulated
 * @param runs the number of simulated trials
 * @param seed the seed
 * @param probabilityEarlyStop the probability of stopping before the last look
 * @param probabilityRejectNull the probability that the treatment is declared promising; null when the
 *     protocol states no final bound (a Simon design without r)
 * @param probabilityStopForToxicity the probability of stopping for toxicity; null unless BOP2 monitors
 *     toxicity
 * @param expectedEnrolled the expected number of patients enrolled, dropouts included
 * @param expectedCounted the expected number of patients the gate counted at its last look reached
 * @param expectedDurationMonths the expected months from the first enrolment to the decision that ended
 *     the trial
 */
public record SimulatedTrials(
        String protocolId,
        String protocolVersion,
        String gate,
        List<Integer> looks,
        String visit,
        int windowStart,
        int windowEnd,
        boolean dropoutsReplaced,
        SimulationConduct conduct,
        int runs,
        long seed,
        MonteCarloEstimate probabilityEarlyStop,
        MonteCarloEstimate probabilityRejectNull,
        MonteCarloEstimate probabilityStopForToxicity,
        MonteCarloEstimate expectedEnrolled,
        MonteCarloEstimate expectedCounted,
        MonteCarloEstimate expectedDurationMonths) {

    /** Copies the looks. */
    public SimulatedTrials {
        looks = List.copyOf(looks);
    }
}
