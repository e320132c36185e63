/**
 * Survival analysis of right-censored times, identical to R's survival package 3.5.3: Kaplan-Meier
 * curves with Greenwood standard errors and log, log-log or plain confidence limits ({@code
 * survfit}), the median and other quantiles with their limits ({@code print.survfit}, {@code
 * quantile.survfit}), survival at chosen times ({@code summary(fit, times)}) and the log-rank test
 * for k groups ({@code survdiff}, {@code rho = 0}).
 *
 * <p>Start at {@link org.marrow.stats.survival.KaplanMeier}. Reference values and the R script that
 * produced them are in the test resources of this package and {@code src/test/r/survival.R}.
 */
package org.marrow.stats.survival;
