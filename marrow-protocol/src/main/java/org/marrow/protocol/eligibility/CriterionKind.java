package org.marrow.protocol.eligibility;

/** Whether a criterion must be met to enter (inclusion) or excludes when met (exclusion). */
public enum CriterionKind {
    /** Must be MET for eligibility. */
    INCLUSION,
    /** Must be NOT_MET for eligibility. */
    EXCLUSION;

    /**
     * The code used in output.
     *
     * @return {@code "inclusion"} or {@code "exclusion"}
     */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
