package org.marrow.protocol.regimen;

/** What a dose amount covers. */
public enum DoseBasis {
    /** The amount per day, split over the day's administrations (CsA 3-5 mg/kg/day, document 000). */
    DAY,
    /** The amount per administration (CsA 25-150 mg every 12 hours, document 004). */
    ADMINISTRATION;

    /**
     * The code used in protocol files.
     *
     * @return {@code "day"} or {@code "administration"}
     */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
