package org.marrow.stats.simulation;

/**
 * A quantity estimated by simulation with its Monte Carlo standard error: the sample standard
 * deviation (divisor runs - 1) of the per-run values over the square root of the number of runs;
 * for a probability p that is {@code sqrt(p (1 - p) / (runs - 1))}.
 *
 * @param estimate the mean over the runs
 * @param standardError the Monte Carlo standard error of the mean
 */
public record MonteCarloEstimate(double estimate, double standardError) {}
