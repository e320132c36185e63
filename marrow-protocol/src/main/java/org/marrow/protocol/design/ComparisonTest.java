package org.marrow.protocol.design;

/**
 * A statistical test a protocol names for a comparison between groups in {@code design.analysis}:
 * for times to event ({@code time_to_event.test}) and for Table 1 rows ({@code baseline[].test}).
 */
public enum ComparisonTest {
    /** Fisher's exact test (R {@code fisher.test}). */
    FISHER("fisher", true),
    /** Pearson's chi-squared test without continuity correction (R {@code chisq.test(correct = FALSE)}). */
    CHISQ("chisq", true),
    /** Pearson's chi-squared test with Yates' continuity correction (R {@code chisq.test}). */
    CHISQ_YATES("chisq-yates", true),
    /**
     * The linear-by-linear association test, {@code (N - 1) r^2} on one degree of freedom with integer
     * row and column scores (SPSS "Linear-by-Linear Association"; for a 2 x 2 table {@code (N - 1) / N}
     * times Pearson's statistic): document 001's printed P values.
     */
    LINEAR_BY_LINEAR("linear-by-linear", true),
    /** The Wilcoxon rank-sum / Mann-Whitney U test (R {@code wilcox.test}). */
    MANN_WHITNEY("mann-whitney", false),
    /** The log-rank test (R {@code survival::survdiff}). */
    LOG_RANK("log-rank", false);

    private final String code;
    private final boolean ofTable;

    ComparisonTest(String code, boolean ofTable) {
        this.code = code;
        this.ofTable = ofTable;
    }

    /**
     * The code used in protocol files.
     *
     * @return e.g. {@code mann-whitney}
     */
    public String code() {
        return code;
    }

    /**
     * Whether the test compares counts in a contingency table (categorical characteristics, rates).
     *
     * @return true for Fisher's, the chi-squared and the linear-by-linear tests
     */
    public boolean ofTable() {
        return ofTable;
    }
}
