package org.marrow.interop.table;

/**
 * The type of a column of an exported table, and how each standard names it: ODM 1.3.2 {@code DataType}
 * (ODM 1.3.2 specification, "ItemDef"), CDISC Dataset-JSON 1.1 {@code dataType} (Dataset-JSON 1.1
 * specification, "Column"), and the SAS/Stata notions of character or numeric.
 */
public enum ColumnType {
    /** Free or coded text. */
    TEXT("text", "string", false),
    /** A whole number. */
    INTEGER("integer", "integer", true),
    /** A decimal number, written with the digits as entered. */
    DECIMAL("float", "decimal", true),
    /** A calendar date, written {@code YYYY-MM-DD} (ISO 8601). */
    DATE("date", "date", false);

    private final String odm;
    private final String datasetJson;
    private final boolean numeric;

    ColumnType(String odm, String datasetJson, boolean numeric) {
        this.odm = odm;
        this.datasetJson = datasetJson;
        this.numeric = numeric;
    }

    /**
     * The ODM 1.3.2 data type.
     *
     * @return e.g. {@code "float"}
     */
    public String odm() {
        return odm;
    }

    /**
     * The Dataset-JSON 1.1 data type.
     *
     * @return e.g. {@code "decimal"}
     */
    public String datasetJson() {
        return datasetJson;
    }

    /**
     * Whether the value is a number (SAS, SPSS and Stata read it as numeric).
     *
     * @return true for {@link #INTEGER} and {@link #DECIMAL}
     */
    public boolean isNumeric() {
        return numeric;
    }
}
