package org.marrow.study;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The screening history items of {@code screening_history.csv}: what eligibility rules of the five
 * reference trials ask about a subject's past that the labs do not show (prior therapy and its
 * duration, infection, karyotype, other exclusions). Each item has a value kind that the reader
 * checks. Protocol-specific items not listed here are written with the prefix {@code x_} and kept as
 * free text.
 *
 * <p>Durations are in weeks, because the documents' thresholds are in weeks (document 000: prior
 * TPO-RA or IST "&gt; 4 weeks"; document 002: IST "&ge; 12 weeks", TPO-RA "within 1 week"); the
 * "3 months" of documents 003 and 004 is for the protocol to express in weeks (13).
 */
public enum HistoryItem {
    /** Weeks of prior immunosuppressive therapy (ATG and/or cyclosporine); date: its last day. */
    PRIOR_IST_WEEKS("prior_ist_weeks", Kind.WEEKS),
    /** Weeks of prior cyclosporine (document 004); date: its last day. */
    PRIOR_CSA_WEEKS("prior_csa_weeks", Kind.WEEKS),
    /** Weeks of prior TPO receptor agonist (eltrombopag, hetrombopag, ...); date: the last dose. */
    PRIOR_TPO_RA_WEEKS("prior_tpo_ra_weeks", Kind.WEEKS),
    /** Best response to prior IST (documents 003, 004): NR, PR, CR, or RELAPSE after a response. */
    PRIOR_IST_RESPONSE("prior_ist_response", Kind.CHOICE, "NR", "PR", "CR", "RELAPSE"),
    /** Intolerant of standard-dose cyclosporine (document 004). */
    CSA_INTOLERANT("csa_intolerant", Kind.YES_NO),
    /** Prior sirolimus (document 004 excludes it). */
    PRIOR_SIROLIMUS("prior_sirolimus", Kind.YES_NO),
    /** Prior haematopoietic stem cell transplantation. */
    PRIOR_HSCT("prior_hsct", Kind.YES_NO),
    /** Prior chemotherapy or radiotherapy for a malignant tumour (documents 000, 002). */
    PRIOR_CHEMO_RADIOTHERAPY("prior_chemo_radiotherapy", Kind.YES_NO),
    /** Active infection at screening (document 004 requires none). */
    ACTIVE_INFECTION("active_infection", Kind.YES_NO),
    /** Uncontrolled active infection (document 000, document 004). */
    UNCONTROLLED_INFECTION("uncontrolled_infection", Kind.YES_NO),
    /** Inherited bone marrow failure syndrome found (documents 000, 002). */
    INHERITED_BMF("inherited_bmf", Kind.YES_NO),
    /** Haemolytic PNH (document 002). */
    HEMOLYTIC_PNH("hemolytic_pnh", Kind.YES_NO),
    /** Clonal marrow disease: MDS or AML (document 004). */
    CLONAL_DISEASE("clonal_disease", Kind.YES_NO),
    /** Karyotype in ISCN notation, e.g. {@code 46,XY} or {@code 45,X,-Y} (document 002's exceptions). */
    KARYOTYPE("karyotype", Kind.TEXT),
    /** Bone marrow fibrosis grade, 0 to 3 (document 002 excludes grade 2 or more). */
    MARROW_FIBROSIS_GRADE("marrow_fibrosis_grade", Kind.INTEGER, "0", "3"),
    /** ECOG performance status, 0 to 4 (documents 000, 004). */
    ECOG("ecog", Kind.INTEGER, "0", "4"),
    /** Pregnant or breastfeeding. */
    PREGNANT_OR_BREASTFEEDING("pregnant_or_breastfeeding", Kind.YES_NO),
    /**
     * The first date from which {@code transfusions.csv} is complete for the subject (overrides the
     * default, see {@link SubjectRecords#transfusionsRecordedFrom()}).
     */
    TRANSFUSIONS_RECORDED_FROM("transfusions_recorded_from", Kind.DATE),
    /**
     * The date aplastic anaemia began (first symptoms or first abnormal blood count): document 000's
     * Table 1 "interval between onset and treatment" (l.255-257) is counted from it to the first dose.
     */
    AA_ONSET_ON("aa_onset_on", Kind.DATE);

    /** The prefix of protocol-specific items, kept as free text. */
    public static final String CUSTOM_PREFIX = "x_";

    private static final Pattern WEEKS = Pattern.compile("(0|[1-9][0-9]*)(\\.[0-9]+)?");
    private static final Pattern INTEGER = Pattern.compile("0|[1-9][0-9]*");

    /** What kind of value an item takes. */
    public enum Kind {
        /** {@code yes} or {@code no}. */
        YES_NO,
        /** A number of weeks &gt;= 0, e.g. {@code 12} or {@code 2.5}. */
        WEEKS,
        /** An integer in the item's range. */
        INTEGER,
        /** One of the item's choices. */
        CHOICE,
        /** A date, {@code YYYY-MM-DD}. */
        DATE,
        /** Any non-empty text. */
        TEXT
    }

    private final String code;
    private final Kind kind;
    private final List<String> choices;

    HistoryItem(String code, Kind kind, String... choices) {
        this.code = code;
        this.kind = kind;
        this.choices = List.of(choices);
    }

    /**
     * The code written in the {@code item} column.
     *
     * @return e.g. {@code "prior_tpo_ra_weeks"}
     */
    public String code() {
        return code;
    }

    /**
     * The kind of value.
     *
     * @return the kind
     */
    public Kind kind() {
        return kind;
    }

    /**
     * The choices of a choice item, or the lowest and highest value of an integer item.
     *
     * @return e.g. {@code [NR, PR, CR, RELAPSE]} or {@code [0, 4]}; empty for other kinds
     */
    public List<String> choices() {
        return choices;
    }

    /**
     * Finds an item by its code (case-sensitive).
     *
     * @param code e.g. {@code "karyotype"}
     * @return the item, or empty for custom or unknown codes
     */
    public static Optional<HistoryItem> byCode(String code) {
        for (HistoryItem item : values()) {
            if (item.code.equals(code)) {
                return Optional.of(item);
            }
        }
        return Optional.empty();
    }

    /**
     * What a value of this item must look like.
     *
     * @return e.g. {@code "yes or no"}
     */
    public String expectation() {
        return switch (kind) {
            case YES_NO -> "yes or no";
            case WEEKS -> "a number of weeks >= 0, such as 12 or 2.5";
            case INTEGER -> "an integer from " + choices.get(0) + " to " + choices.get(1);
            case CHOICE -> "one of " + String.join(", ", choices);
            case DATE -> "a date YYYY-MM-DD";
            case TEXT -> "a non-empty text";
        };
    }

    /**
     * Whether a value, as written, is valid for this item.
     *
     * @param value the value
     * @return true if valid
     */
    public boolean accepts(String value) {
        return switch (kind) {
            case YES_NO -> value.equals("yes") || value.equals("no");
            case WEEKS -> WEEKS.matcher(value).matches();
            case INTEGER ->
                INTEGER.matcher(value).matches()
                        && value.length() < 10
                        && Integer.parseInt(value) >= Integer.parseInt(choices.get(0))
                        && Integer.parseInt(value) <= Integer.parseInt(choices.get(1));
            case CHOICE -> choices.contains(value);
            case DATE -> isDate(value);
            case TEXT -> !value.isBlank();
        };
    }

    private static boolean isDate(String value) {
        try {
            LocalDate.parse(value);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /**
     * Every item's code, for a message naming what is expected.
     *
     * @return the codes, comma-separated, in declaration order
     */
    public static String codes() {
        StringBuilder text = new StringBuilder();
        for (HistoryItem item : values()) {
            text.append(text.length() == 0 ? "" : ", ").append(item.code);
        }
        return text.toString();
    }
}
