package org.marrow.protocol.eligibility;

import java.util.List;
import org.marrow.clinical.message.Message;

/**
 * Met when all of the parts are met (three-valued: an UNKNOWN part can leave the result UNKNOWN).
 *
 * @param parts the parts, at least one
 */
public record AllOf(List<Criterion> parts) implements Criterion {

    /**
     * Checks and copies the parts.
     *
     * @throws IllegalArgumentException if {@code parts} is empty
     */
    public AllOf {
        parts = List.copyOf(parts);
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("'all of' needs at least one criterion");
        }
    }

    @Override
    public <T> T accept(Visitor<T> visitor) {
        return visitor.allOf(this);
    }

    @Override
    public Message describe() {
        return Message.of(
                "protocol.criterion.allOf",
                Message.joined(parts.stream().map(Criterion::describe).toList()));
    }
}
