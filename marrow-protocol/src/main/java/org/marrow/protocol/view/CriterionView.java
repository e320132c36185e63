package org.marrow.protocol.view;

import java.util.List;
import java.util.Locale;
import org.marrow.clinical.message.MessageRenderer;
import org.marrow.protocol.screening.CriterionResult;

/**
 * One eligibility criterion's finding for a subject: the texts in the reader's language, and the
 * same as message codes with arguments for a client that renders them itself.
 *
 * @param id the criterion id (I1, E3, ...)
 * @param kind {@code inclusion} or {@code exclusion}
 * @param text the criterion as the protocol words it
 * @param finding MET, NOT_MET or UNKNOWN
 * @param reason why, with the values compared
 * @param evidence the values used
 * @param missing what was missing or too old
 * @param reasonMessage {@code reason} as a message
 * @param missingMessages {@code missing} as messages
 */
public record CriterionView(
        String id,
        String kind,
        String text,
        String finding,
        String reason,
        List<EvidenceView> evidence,
        List<String> missing,
        MessageView reasonMessage,
        List<MessageView> missingMessages) {
    /**
     * The view of a criterion's result.
     *
     * @param c the result
     * @param renderer the reader's language
     * @return its view
     */
    public static CriterionView of(CriterionResult c, MessageRenderer renderer) {
        return new CriterionView(
                c.id(),
                c.kind().name().toLowerCase(Locale.ROOT),
                c.text(),
                c.finding().outcome().name(),
                renderer.render(c.finding().reason()),
                c.finding().evidence().stream()
                        .map(e -> EvidenceView.of(e, renderer))
                        .toList(),
                c.finding().missing().stream().map(renderer::render).toList(),
                MessageView.of(c.finding().reason()),
                MessageView.of(c.finding().missing()));
    }
}
