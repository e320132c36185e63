package org.marrow.protocol.eligibility;

import java.util.List;
import org.marrow.clinical.message.Message;

/**
 * Met when any of the parts are met (three-valued: an UNKNOWN part can leave the result UNKNOWN).
 *
 * @param parts the parts, at least one
 */
public record AnyOf(List<Criterion> parts) implements Criterion {

    /**
     * Checks and copies the parts.
     *
     * @throws IllegalArgumentException if {@code parts} is empty
     */
    public AnyOf {
        parts = List.copyOf(parts);
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("'any of' needs at least one criterion");
        }
    }

    @Override
    public <T> T accept(Visitor<T> visitor) {
        return visitor.anyOf(this);
    }

    @Override
    public Message describe() {
        return Message.of(
                "protocol.criterion.anyOf",
                Message.joined(parts.stream().map(Criterion::describe).toList()));
    }
}
