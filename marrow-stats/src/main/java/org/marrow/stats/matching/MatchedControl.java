package org.marrow.stats.matching;

/**
 * A control matched to a case.
 *
 * @param control the control
 * @param distance the sum over the caliper keys of {@code |case - control| / caliper}; 0 when matching
 *     only on exact keys
 * @param round the 1-based round in which it was matched (the {@code round}-th control of its case)
 */
public record MatchedControl(Subject control, double distance, int round) {}
