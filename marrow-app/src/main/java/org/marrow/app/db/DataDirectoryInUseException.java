package org.marrow.app.db;

import java.nio.file.Path;

/** A second Marrow process on a data directory that one already runs on: refused, nothing touched. */
public final class DataDirectoryInUseException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param dataDir the directory
     * @param holder the process id written by the Marrow that holds it, or null if not known
     */
    public DataDirectoryInUseException(Path dataDir, String holder) {
        super("The data directory " + dataDir + " is in use by another Marrow"
                + (holder == null ? "" : " (process " + holder + ")")
                + "; stop it first, or give another --data-dir");
    }
}
