package org.marrow.app.security;

/**
 * What a user may do. A user has one or more roles; every role except {@link #ADMIN} and
 * {@link #STATISTICIAN} sees only the sites the user is a member of.
 */
public enum Role {
    /** Manages users, sites and studies; imports data sets; sees every site. Enters no clinical data. */
    ADMIN,
    /** Site physician: enters and edits source data, answers queries, at member sites. */
    INVESTIGATOR,
    /** Research coordinator: enters and edits source data, answers queries, at member sites. */
    COORDINATOR,
    /** Reviews source data and the audit trail, raises and closes queries, at member sites. */
    MONITOR,
    /** Reads every site's data and exports it; changes nothing. */
    STATISTICIAN;

    /**
     * The Spring Security authority of the role.
     *
     * @return e.g. {@code ROLE_MONITOR}
     */
    public String authority() {
        return "ROLE_" + name();
    }
}
