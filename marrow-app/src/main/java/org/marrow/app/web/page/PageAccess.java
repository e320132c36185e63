package org.marrow.app.web.page;

/** Who may open the pages: the {@code @PreAuthorize} expressions the page controllers share. */
public final class PageAccess {
    /** Every role reads the study pages. */
    public static final String READERS = "hasAnyRole('ADMIN','INVESTIGATOR','COORDINATOR','MONITOR','STATISTICIAN')";

    /** Investigators and coordinators enter source data and answer queries. */
    public static final String WRITERS = "hasAnyRole('INVESTIGATOR','COORDINATOR')";

    /** Monitors raise and close queries. */
    public static final String MONITORS = "hasRole('MONITOR')";

    /**
     * Anyone, signed in or not: only the error page, which must answer whoever met the error (an unknown
     * address, an expired form) and shows nothing of the data.
     */
    public static final String ANYONE = "permitAll()";

    private PageAccess() {}
}
