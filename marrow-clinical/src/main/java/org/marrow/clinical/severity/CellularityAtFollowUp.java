package org.marrow.clinical.severity;

/**
 * How marrow cellularity enters the severity judgement on dates without a new biopsy, such as the
 * follow-up visits at which document 000 asks whether a patient is "no longer meeting the criteria
 * for SAA". The trial documents are silent; Marrow's default is {@link #LAST_KNOWN_BIOPSY}, and the
 * explanation always says which biopsy was used and how old it was.
 */
public enum CellularityAtFollowUp {
    /**
     * Use the most recent cellularity on or before the assessment date, however old (normally the
     * diagnostic biopsy). Because AA marrow is rarely re-biopsied, this makes "no longer SAA" at
     * follow-up a judgement on the blood counts against a marrow known to be hypocellular, which is
     * how the NIH-style criteria read it. Without any cellularity the severity is UNKNOWN.
     */
    LAST_KNOWN_BIOPSY,
    /**
     * Ignore cellularity and judge on the blood counts alone: SAA = at least two of the three counts
     * below their thresholds. For protocols that define follow-up severity by counts only.
     */
    COUNTS_ONLY
}
