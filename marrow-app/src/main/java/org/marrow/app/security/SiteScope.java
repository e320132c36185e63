package org.marrow.app.security;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The site condition that every query of subject data carries: the caller sees a subject only if
 * they see all sites (admin, statistician) or are a member of the subject's site. A subject outside
 * the scope is indistinguishable from one that does not exist.
 */
public final class SiteScope {
    private SiteScope() {}

    /**
     * The SQL condition on a site id column, with named parameters {@code :scope_all} and
     * {@code :scope_user}; bind them with {@link #bind}.
     *
     * @param siteColumn e.g. {@code "s.site_id"}
     * @return the condition, parenthesised
     */
    public static String on(String siteColumn) {
        return "(:scope_all OR " + siteColumn + " IN (SELECT site_id FROM site_member WHERE user_id = :scope_user))";
    }

    /**
     * Binds the scope parameters for the caller.
     *
     * @param spec the statement
     * @param caller the caller
     * @return the statement
     */
    public static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, Caller caller) {
        return spec.param("scope_all", caller.seesAllSites()).param("scope_user", caller.userId());
    }
}
