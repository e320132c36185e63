package org.marrow.protocol.model;

/** The role of an arm. */
public enum ArmType {
    /** Receives the investigational regimen. */
    EXPERIMENTAL,
    /** A concurrent, randomized control. */
    CONTROL,
    /** Historical controls matched to the experimental arm (document 001); receives no protocol regimen. */
    HISTORICAL_CONTROL;

    /**
     * The code used in protocol files.
     *
     * @return e.g. {@code "historical-control"}
     */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
