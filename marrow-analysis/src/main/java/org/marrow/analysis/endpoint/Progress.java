package org.marrow.analysis.endpoint;

/**
 * Receives progress of a long analysis (per subject), for a progress bar. Calls may come from
 * several threads but never at the same time; must be cheap.
 */
@FunctionalInterface
public interface Progress {
    /** Ignores progress. */
    Progress NONE = (stage, done, total) -> {};

    /**
     * Reports progress.
     *
     * @param stage what is being done, for example {@code "deriving endpoints"}
     * @param done units done so far
     * @param total units in all
     */
    void update(String stage, long done, long total);
}
