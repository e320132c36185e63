package org.marrow.analysis.figure;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.marrow.clinical.labs.Threshold;
import org.marrow.clinical.quantity.LabTest;
import org.marrow.clinical.response.ResponseCategory;
import org.marrow.clinical.response.ResponseCriteria;
import org.marrow.clinical.severity.Severity;
import org.marrow.clinical.severity.SeverityCriteria;

/**
 * A rule's threshold drawn across a count panel, taken from the criteria the rules apply (never
 * written a second time): the response categories' count thresholds ({@link
 * ResponseCriteria#countThresholds()}) and the SAA and VSAA count thresholds ({@link
 * SeverityCriteria}).
 *
 * @param test the count
 * @param value the threshold in the test's canonical unit
 * @param label what the line marks, e.g. {@code "CR > 100"}
 * @param kind which rule it belongs to (its colour)
 */
public record ThresholdLine(LabTest test, double value, String label, Kind kind) {

    /** The rule a line belongs to. */
    public enum Kind {
        /** Complete response (bluish green). */
        COMPLETE_RESPONSE(OkabeIto.BLUISH_GREEN),
        /** A lower response tier, VGPR or GPR (orange). */
        RESPONSE(OkabeIto.ORANGE),
        /** A severity threshold, SAA or VSAA (vermillion). */
        SEVERITY(OkabeIto.VERMILLION);

        private final OkabeIto colour;

        Kind(OkabeIto colour) {
            this.colour = colour;
        }

        /**
         * The line's colour.
         *
         * @return the colour
         */
        public OkabeIto colour() {
            return colour;
        }
    }

    /**
     * Checks the line.
     *
     * @throws IllegalArgumentException if a component is null or the value is not finite
     */
    public ThresholdLine {
        if (test == null || label == null || kind == null) {
            throw new IllegalArgumentException("Test, label and kind must not be null");
        }
        Checks.finite(value, "Threshold");
    }

    /**
     * The lines of a study's criteria for haemoglobin, platelets and neutrophils: each response
     * category's count thresholds, highest category first, a value already drawn by a higher
     * category left out (VGPR's haemoglobin and neutrophil limits are CR's); then the SAA platelet
     * and neutrophil thresholds and the VSAA neutrophil threshold.
     *
     * @param criteria the response criteria (with their severity criteria)
     * @return the lines, by test in that order
     * @throws IllegalArgumentException if criteria is null
     */
    public static List<ThresholdLine> of(ResponseCriteria criteria) {
        if (criteria == null) {
            throw new IllegalArgumentException("Criteria must not be null");
        }
        List<ThresholdLine> out = new ArrayList<>();
        for (Map.Entry<ResponseCategory, List<Threshold>> e :
                criteria.countThresholds().entrySet()) {
            Kind kind = e.getKey() == ResponseCategory.CR ? Kind.COMPLETE_RESPONSE : Kind.RESPONSE;
            for (Threshold t : e.getValue()) {
                boolean drawn = out.stream()
                        .anyMatch(l ->
                                l.test() == t.test() && l.value() == t.limit().doubleValue());
                if (!drawn) {
                    out.add(line(t.test(), e.getKey().name(), t.relation().symbol(), t.limit(), kind));
                }
            }
        }
        SeverityCriteria severity = criteria.severity();
        String below = Threshold.Relation.BELOW.symbol();
        String saa = Severity.SEVERE.abbreviation();
        out.add(line(LabTest.PLAT, saa, below, severity.plateletsBelow(), Kind.SEVERITY));
        out.add(line(LabTest.NEUT, saa, below, severity.neutrophilsBelow(), Kind.SEVERITY));
        out.add(line(
                LabTest.NEUT,
                Severity.VERY_SEVERE.abbreviation(),
                below,
                severity.verySevereNeutrophilsBelow(),
                Kind.SEVERITY));
        return List.copyOf(out);
    }

    private static ThresholdLine line(LabTest test, String rule, String symbol, BigDecimal limit, Kind kind) {
        return new ThresholdLine(test, limit.doubleValue(), rule + " " + symbol + " " + limit.toPlainString(), kind);
    }
}
