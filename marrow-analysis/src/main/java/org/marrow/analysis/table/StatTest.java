package org.marrow.analysis.table;

/**
 * The tests an analysis plan names for group comparisons (document 000 compares SAA with
 * VSAA by Fisher's exact test, document 001 cases with controls by chi-squared, Mann-Whitney and
 * log-rank tests). A table names in a footnote each test its P values come from.
 */
public enum StatTest {
    /** Fisher's exact test (R {@code fisher.test}). */
    FISHER_EXACT("Fisher's exact test"),
    /** Pearson's chi-squared test without continuity correction (R {@code chisq.test(correct = FALSE)}). */
    PEARSON_CHI_SQUARED("Pearson's chi-squared test"),
    /** Pearson's chi-squared test with Yates' continuity correction (R {@code chisq.test()}). */
    PEARSON_CHI_SQUARED_YATES("Pearson's chi-squared test with Yates' continuity correction"),
    /**
     * Linear-by-linear association test ({@code (N - 1) r^2}; SPSS "Linear-by-Linear Association"):
     * document 001's printed P values.
     */
    LINEAR_BY_LINEAR("Linear-by-linear association test"),
    /** Wilcoxon rank-sum / Mann-Whitney U test (R {@code wilcox.test}). */
    MANN_WHITNEY("Mann-Whitney U test"),
    /** Log-rank test (R {@code survival::survdiff}). */
    LOG_RANK("Log-rank test"),
    /** Gray's test for cumulative incidence (R {@code cmprsk::cuminc}). */
    GRAY("Gray's test");

    private final String label;

    StatTest(String label) {
        this.label = label;
    }

    /**
     * The name printed in footnotes and in the CSV "Test" column.
     *
     * @return for example {@code "Fisher's exact test"}
     */
    public String label() {
        return label;
    }
}
