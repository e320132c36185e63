package org.marrow.stats.competing;

/**
 * Gray's k-sample test that the cumulative incidence functions of one cause are equal across
 * groups, as in {@code cmprsk::cuminc(...)$Tests} (R package cmprsk 2.2.11; Gray, Ann. Statist. 16,
 * 1988, 1141-1154).
 *
 * <p>The statistic is {@code s' V^-1 s} for the scores {@code s} of the first {@code k - 1} groups
 * and their estimated covariance {@code V}; it is referred to a chi-squared distribution with
 * {@code k - 1} degrees of freedom, and the p-value is computed as R does, {@code 1 - pchisq(stat, df)}.
 * When {@code V} is singular (for example when the groups' follow-up never overlaps at the times of
 * the cause's events), cmprsk reports {@code stat = -1, pv = 1}; here both are {@code NaN} and
 * {@link #singular()} is true.
 *
 * @param cause the cause code whose cumulative incidence functions are compared
 * @param statistic the chi-squared statistic, or {@code NaN} when the variance is singular
 * @param pValue {@code 1 - P(chi2(df) <= statistic)}, or {@code NaN} when the variance is singular
 * @param degreesOfFreedom number of groups minus one
 * @param rho the power of the weight {@code (1 - F(t-))^rho}; 0 is cmprsk's default
 */
public record GrayTest(int cause, double statistic, double pValue, int degreesOfFreedom, double rho) {

    /**
     * Whether the score covariance matrix was singular, so that no statistic could be computed
     * (cmprsk reports {@code stat = -1} in that case).
     *
     * @return true when {@link #statistic()} is {@code NaN}
     */
    public boolean singular() {
        return Double.isNaN(statistic);
    }
}
