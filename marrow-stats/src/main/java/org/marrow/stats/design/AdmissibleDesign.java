package org.marrow.stats.design;

/**
 * A design on the lower convex hull of (maximum sample size, expected sample size under p0),
 * as returned by {@code clinfun::twostage.admissible}: it minimises {@code q n + (1 - q) EN0} for
 * the weights {@code q} in {@code [qLow, qHigh]} (Jung, Lee, Kim and George 2004, Statistics in
 * Medicine 23:561-569). The weights are rounded to 3 decimals, as clinfun prints them.
 *
 * @param design the design
 * @param qLow the smallest weight on {@code n} at which the design is admissible (0 for the optimal design)
 * @param qHigh the largest such weight (1 for the minimax design)
 */
public record AdmissibleDesign(SimonDesign design, double qLow, double qHigh) {}
