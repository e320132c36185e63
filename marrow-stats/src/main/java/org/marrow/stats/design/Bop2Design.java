package org.marrow.stats.design;

import java.util.List;

/**
 * A BOP2 design (Zhou, Lee and Yuan 2017): its tuning parameters, its boundaries at each look and
 * its operating characteristics.
 *
 * @param lambda the tuning parameter lambda of {@code C(n) = 1 - lambda (n / N)^gamma}
 * @param gamma the tuning parameter gamma
 * @param looks the boundaries, by increasing n
 * @param scenarios the operating characteristics: the null scenario(s) first, the alternative last
 * @param typeIError the largest probability of go under a null scenario
 * @param power the probability of go under the alternative
 */
public record Bop2Design(
        double lambda,
        double gamma,
        List<Bop2Look> looks,
        List<Bop2Scenario> scenarios,
        double typeIError,
        double power) {

    /**
     * Copies the lists.
     *
     * @param lambda lambda
     * @param gamma gamma
     * @param looks the boundaries
     * @param scenarios the operating characteristics
     * @param typeIError the type I error
     * @param power the power
     */
    public Bop2Design {
        looks = List.copyOf(looks);
        scenarios = List.copyOf(scenarios);
    }
}
