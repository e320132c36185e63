/**
 * Tests of independence in contingency tables, identical to R's {@code fisher.test} and
 * {@code chisq.test}: {@link org.marrow.stats.table.FisherTest}, {@link org.marrow.stats.table.ChiSquareTest},
 * and {@link org.marrow.stats.table.ProportionComparison} for two response rates.
 */
package org.marrow.stats.table;
