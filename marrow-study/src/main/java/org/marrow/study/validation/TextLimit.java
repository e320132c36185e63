package org.marrow.study.validation;

/**
 * The longest text a field takes, stated in the message that refuses a longer one. Without a limit a
 * 10 MB withdrawal reason was stored, and audited, as it was.
 */
public enum TextLimit {
    /**
     * Identifiers and names (subject_id, site, arm): 64 characters, the web application's limit of a
     * subject code; they appear in file names, tables and figure labels.
     */
    NAME(64),
    /**
     * An adverse event term: 200 characters, the length of CDISC SDTM's AETERM (the SAS version 5
     * transport limit of a character variable); the longest CTCAE v5.0 term has 84.
     */
    TERM(200),
    /** A screening history value (free text items, a karyotype): 200 characters, as SDTM's --ORRES. */
    VALUE(200),
    /**
     * A note or a reason (a withdrawal reason, a reason for a change): 2000 characters, a paragraph;
     * an export to SDTM splits it into ten 200-character COVAL pieces at most.
     */
    NOTE(2000);

    private final int characters;

    TextLimit(int characters) {
        this.characters = characters;
    }

    /**
     * The most characters (Unicode code points) a text may have.
     *
     * @return e.g. 64
     */
    public int characters() {
        return characters;
    }

    /**
     * Whether a text is within the limit.
     *
     * @param text the text
     * @return true if it has at most {@link #characters()} code points
     */
    public boolean admits(String text) {
        return text.length() <= characters || text.codePointCount(0, text.length()) <= characters;
    }
}
