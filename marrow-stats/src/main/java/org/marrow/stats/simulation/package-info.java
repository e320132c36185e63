/**
 * Seeded, parallel, reproducible Monte Carlo simulation of single-arm trials monitored on a binary
 * response (Simon two-stage, BOP2, predictive probability designs): start at {@link
 * org.marrow.stats.simulation.TrialSimulation}.
 */
package org.marrow.stats.simulation;
