package org.marrow.protocol.model;

/** The unit of a protocol period. */
public enum TimeUnit {
    /** Days. */
    DAYS,
    /** Weeks of 7 days. */
    WEEKS,
    /** Calendar months. */
    MONTHS,
    /** Calendar years. */
    YEARS;

    /**
     * The key used in protocol files.
     *
     * @return e.g. {@code "weeks"}
     */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
