package org.marrow.stats.competing;

/**
 * The cumulative incidence of one cause in one group at one time, as
 * {@code cmprsk::timepoints(fit, time)} gives it, with a pointwise confidence interval.
 *
 * <p>The interval uses the log(-log) transformation (Choudhury, Stat. Med. 21, 2002, 1129-1144;
 * Pintilie, <i>Competing Risks: A Practical Perspective</i>, 2006):
 * {@code F^exp(+-z * sqrt(var) / (F * log F))}, with {@code z} the standard normal quantile for the
 * level. cmprsk itself gives no interval. The bounds are {@code NaN} when {@code F} is 0, 1 or not
 * available.
 *
 * @param time the time asked for
 * @param estimate the cumulative incidence at {@code time} (right-continuous), or {@code NaN} beyond
 *     the group's last follow-up time (cmprsk's {@code NA})
 * @param variance cmprsk's variance estimate at {@code time}, or {@code NaN} beyond the last
 *     follow-up time
 * @param lower lower confidence bound, or {@code NaN}
 * @param upper upper confidence bound, or {@code NaN}
 */
public record CumulativeIncidencePoint(double time, double estimate, double variance, double lower, double upper) {

    /**
     * The standard error, {@code sqrt(variance)}.
     *
     * @return the standard error, or {@code NaN} when the variance is not available
     */
    public double standardError() {
        return Math.sqrt(variance);
    }
}
