package org.marrow.app.web.page;

/** Who may open the pages: the {@code @PreAuthorize} expressions the page controllers share. */
public final class PageAccess {
    /** Every role reads the study pages. */
    public static final String READERS = "hasAnyRole('ADMIN','INVESTIGATOR','COORDINATOR','MONITOR','STATISTICIAN')";

    /** Investigators and coordinators enter source data and answer queries. */
    public static final String WRITERS = "hasAnyRole('INVESTIGATOR','COORDINATOR')";

    /** Monitors raise and close queries. */
    public static final String MONITORS = "hasRole('MONITOR')";

    private PageAccess() {}
}
