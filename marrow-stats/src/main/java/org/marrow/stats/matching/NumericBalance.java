package org.marrow.stats.matching;

/**
 * Balance of a numeric (caliper) key between the cases and their matched controls.
 *
 * <p>The standardized mean difference is {@code (mean_cases - mean_controls) / sqrt((sd_cases^2 +
 * sd_controls^2) / 2)} (Austin, Statistics in Medicine 2009;28:3083-3107, for continuous covariates);
 * it is 0 when both standard deviations and the means are equal, and NaN when it is undefined (a group
 * with fewer than 2 subjects, or zero spread with different means). Each matched control counts once.
 *
 * @param key the key
 * @param cases summary over all cases
 * @param matchedControls summary over the matched controls
 * @param allControls summary over the whole control pool, before matching
 * @param smd standardized mean difference, cases vs matched controls
 * @param smdBeforeMatching standardized mean difference, cases vs the whole control pool
 */
public record NumericBalance(
        String key,
        NumericSummary cases,
        NumericSummary matchedControls,
        NumericSummary allControls,
        double smd,
        double smdBeforeMatching) {}
