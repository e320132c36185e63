/**
 * Confidence intervals for a binomial proportion (response rates), identical to R's
 * {@code binom.test} and {@code prop.test}: start at {@link org.marrow.stats.interval.ProportionInterval}.
 */
package org.marrow.stats.interval;
