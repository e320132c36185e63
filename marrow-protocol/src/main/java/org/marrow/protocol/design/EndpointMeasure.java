package org.marrow.protocol.design;

/** What an endpoint measures (the analyses the reference documents report). */
public enum EndpointMeasure {
    /** Proportion with any response (CR..PR) at a visit. */
    RESPONSE_RATE,
    /** Proportion with CR at a visit. */
    CR_RATE,
    /** Proportion with superior response (CR+VGPR+GPR, document 000) at a visit. */
    SUPERIOR_RESPONSE_RATE,
    /** Time to first response (Kaplan-Meier). */
    TIME_TO_RESPONSE,
    /** Time to CR. */
    TIME_TO_CR,
    /** Time to superior response. */
    TIME_TO_SUPERIOR_RESPONSE,
    /** Adverse events by CTCAE v5.0 grade. */
    ADVERSE_EVENTS,
    /** All-cause mortality. */
    MORTALITY,
    /** Clonal evolution (MDS/AML, cytogenetic or molecular). */
    CLONAL_EVOLUTION,
    /** Neutropenia duration per cycle (document 000). */
    NEUTROPENIA_DURATION,
    /** Relapse. */
    RELAPSE;

    /**
     * The code used in protocol files.
     *
     * @return e.g. {@code "response-rate"}
     */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
