package org.marrow.analysis.endpoint;

/** Whether a subject's response at a protocol timepoint is known. */
public enum TimepointStatus {
    /** A response category was assessed in the visit window. */
    ASSESSED,
    /**
     * The window has closed but no category could be assessed in it (no counts, or the subject died,
     * had HSCT, withdrew or was lost before or during it). In ITT a non-responder.
     */
    NOT_ASSESSABLE,
    /**
     * At the data cut-off the window had not yet closed and the subject was still in follow-up:
     * not yet assessable, left out of the timepoint's denominator (document 003's interim report).
     */
    NOT_YET_DUE
}
