package org.marrow.protocol.design;

import java.util.List;
import java.util.Objects;

/**
 * A toxicity stopping rule for named adverse events, as a protocol declares it under {@code
 * design.toxicity_stopping}: at each look of n evaluable patients, the trial stops for toxicity when
 * more patients had an event of the selection in the window than the boundary accepts.
 *
 * <p>The denominator (marrow-analysis): treated patients followed long enough, i.e. followed through
 * the window's last day, or who had a counted event (an event seen is counted at once); a patient whose
 * follow-up ended earlier without the event, or who never received the drug the window starts from, is
 * not evaluable. Looks take patients in the order they became evaluable.
 *
 * @param id the rule's id, unique in the protocol
 * @param text the protocol's own words
 * @param source where the document says it
 * @param events the adverse events counted
 * @param window the days they count in
 * @param looks the cumulative numbers of evaluable patients at the looks
 * @param limit how the boundary is drawn
 */
public record ToxicityStopping(
        String id,
        String text,
        String source,
        AdverseEventSelection events,
        EventWindow window,
        List<Integer> looks,
        ToxicityLimit limit) {

    /**
     * Checks and copies the rule.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if the looks do not increase from 1 to at most 1000, or a
     *     sequential limit has fewer than two looks
     */
    public ToxicityStopping {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(events, "events");
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(limit, "limit");
        looks = Rates.looks(looks);
        if (looks.size() < limit.minimumLooks()) {
            throw new IllegalArgumentException("A sequential boundary needs at least two looks to stop early");
        }
    }
}
