package org.marrow.protocol.view;

import java.util.List;
import java.util.Locale;
import org.marrow.protocol.screening.CriterionResult;

/**
 * One eligibility criterion's finding for a subject.
 *
 * @param id the criterion id (I1, E3, ...)
 * @param kind {@code inclusion} or {@code exclusion}
 * @param text the criterion as the protocol words it
 * @param finding MET, NOT_MET or UNKNOWN
 * @param reason why, with the values compared
 * @param evidence the values used
 * @param missing what was missing or too old
 */
public record CriterionView(
        String id,
        String kind,
        String text,
        String finding,
        String reason,
        List<EvidenceView> evidence,
        List<String> missing) {
    /**
     * The view of a criterion's result.
     *
     * @param c the result
     * @return its view
     */
    public static CriterionView of(CriterionResult c) {
        return new CriterionView(
                c.id(),
                c.kind().name().toLowerCase(Locale.ROOT),
                c.text(),
                c.finding().outcome().name(),
                c.finding().reason(),
                c.finding().evidence().stream().map(EvidenceView::of).toList(),
                c.finding().missing());
    }
}
