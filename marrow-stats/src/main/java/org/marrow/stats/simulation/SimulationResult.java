package org.marrow.stats.simulation;

/**
 * What the simulation of a design estimated.
 *
 * @param runs the number of simulated trials
 * @param seed the seed that makes the result reproducible
 * @param probabilityEarlyStop the probability of stopping at an interim look
 * @param probabilityRejectNull the probability of declaring the treatment promising
 * @param expectedEnrolled the expected number of patients enrolled, dropouts included
 * @param expectedEvaluable the expected number of evaluable patients
 * @param expectedDurationMonths the expected months from the first enrolment to the last decision
 */
public record SimulationResult(
        int runs,
        long seed,
        MonteCarloEstimate probabilityEarlyStop,
        MonteCarloEstimate probabilityRejectNull,
        MonteCarloEstimate expectedEnrolled,
        MonteCarloEstimate expectedEvaluable,
        MonteCarloEstimate expectedDurationMonths) {}
