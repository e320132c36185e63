/**
 * Rank tests, identical to R's {@code wilcox.test}: {@link org.marrow.stats.rank.RankSumTest}.
 */
package org.marrow.stats.rank;
