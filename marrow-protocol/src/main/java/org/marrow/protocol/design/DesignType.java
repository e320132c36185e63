package org.marrow.protocol.design;

/** The overall shape of the trial. */
public enum DesignType {
    /** One arm, no comparison (documents 000, 002, 003). */
    SINGLE_ARM,
    /** Randomized between arms (document 004). */
    RANDOMIZED,
    /** One treated arm against matched historical controls (document 001). */
    MATCHED_CONTROLS;

    /**
     * The code used in protocol files.
     *
     * @return e.g. {@code "single-arm"}
     */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
