package org.marrow.clinical.response;

/**
 * A hematologic response category. The five-tier set (document 000) uses all five; the standard
 * and lineage sets use CR, PR and NR.
 */
public enum ResponseCategory {
    /** Complete response. */
    CR,
    /** Very good partial response (document 000). */
    VGPR,
    /** Good partial response (document 000). */
    GPR,
    /** Partial response. */
    PR,
    /** No response. */
    NR;

    /**
     * Whether this counts towards the overall response rate (CR, VGPR, GPR or PR; document 000,
     * "End points").
     *
     * @return true unless NR
     */
    public boolean isResponse() {
        return this != NR;
    }

    /**
     * Superior response: CR, VGPR or GPR (document 000: "Superior remission includes CR, VGPR, and
     * GPR").
     *
     * @return true for CR, VGPR, GPR
     */
    public boolean isSuperior() {
        return this == CR || this == VGPR || this == GPR;
    }

    /**
     * Inferior response: PR (document 000: "inferior remission encompasses PR").
     *
     * @return true for PR
     */
    public boolean isInferior() {
        return this == PR;
    }
}
