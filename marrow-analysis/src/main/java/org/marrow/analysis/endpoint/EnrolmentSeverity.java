package org.marrow.analysis.endpoint;

import org.marrow.clinical.finding.Outcome;
import org.marrow.clinical.severity.Severity;
import org.marrow.clinical.severity.SeverityAssessment;

/**
 * A subject's severity at enrolment with NSAA split by transfusion dependence, as document 003 reports
 * it: "6/11 (54.5%) met criteria for severe AA (SAA), 1/11 (9.1%) for transfusion-dependent non-severe
 * AA (TD-NSAA), and 4/11 (36.4%) for non-transfusion-dependent NSAA (NTD-NSAA)" (l.11). Severity is
 * document 000's modified Camitta criteria on day 1; transfusion dependence at least one red cell or
 * platelet transfusion in the 8 weeks before (marrow-clinical {@code TransfusionDependence}).
 */
public enum EnrolmentSeverity {
    /** Very severe aplastic anaemia. */
    VSAA("VSAA"),
    /** Severe aplastic anaemia. */
    SAA("SAA"),
    /** Non-severe, transfusion dependent. */
    TD_NSAA("TD-NSAA"),
    /** Non-severe, not transfusion dependent. */
    NTD_NSAA("NTD-NSAA"),
    /** Non-severe, transfusion dependence unknown (the transfusion record does not cover 8 weeks). */
    NSAA("NSAA"),
    /** The baseline counts do not decide the severity. */
    UNKNOWN("Unknown");

    private final String label;

    EnrolmentSeverity(String label) {
        this.label = label;
    }

    /**
     * The label in tables and {@code results.json}.
     *
     * @return e.g. {@code "TD-NSAA"}
     */
    public String label() {
        return label;
    }

    /**
     * The severity of an assessment that split NSAA by transfusion dependence.
     *
     * @param a the assessment on day 1
     * @return the severity
     * @throws IllegalArgumentException if a is null
     */
    public static EnrolmentSeverity of(SeverityAssessment a) {
        if (a == null) {
            throw new IllegalArgumentException("Assessment must not be null");
        }
        if (a.severity().isEmpty()) {
            return UNKNOWN;
        }
        Severity s = a.severity().get();
        if (s == Severity.VERY_SEVERE) {
            return VSAA;
        }
        if (s == Severity.SEVERE) {
            return SAA;
        }
        Outcome td = a.transfusionDependence().map(f -> f.outcome()).orElse(Outcome.UNKNOWN);
        return switch (td) {
            case MET -> TD_NSAA;
            case NOT_MET -> NTD_NSAA;
            case UNKNOWN -> NSAA;
        };
    }
}
