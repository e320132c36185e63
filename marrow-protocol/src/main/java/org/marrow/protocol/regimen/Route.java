package org.marrow.protocol.regimen;

/** How a drug is given. */
public enum Route {
    /** By mouth. */
    ORAL,
    /** Intravenous infusion. */
    IV,
    /** Subcutaneous injection. */
    SC;

    /**
     * The code used in protocol files.
     *
     * @return e.g. {@code "oral"}
     */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
