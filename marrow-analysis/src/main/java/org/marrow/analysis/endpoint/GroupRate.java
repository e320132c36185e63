package org.marrow.analysis.endpoint;

/**
 * A rate in one group of a comparison.
 *
 * @param group the group, for example SAA
 * @param x subjects with the outcome
 * @param n subjects in the group's denominator
 * @param estimate x / n
 * @param lower Clopper-Pearson lower bound
 * @param upper Clopper-Pearson upper bound
 */
public record GroupRate(Group group, int x, int n, double estimate, double lower, double upper) {
    static GroupRate of(Group group, Proportion p) {
        return new GroupRate(group, p.x(), p.n(), p.estimate(), p.lower(), p.upper());
    }
}
