package org.marrow.protocol.eligibility;

import java.util.Objects;
import org.marrow.clinical.message.Message;

/**
 * Met when the part is not met (UNKNOWN stays UNKNOWN), e.g. "ferritin &gt; 1000 ng/mL, not due to
 * infection" (document 002).
 *
 * @param part the negated criterion
 */
public record Not(Criterion part) implements Criterion {

    /**
     * Checks the criterion.
     *
     * @throws NullPointerException if {@code part} is null
     */
    public Not {
        Objects.requireNonNull(part, "part");
    }

    @Override
    public <T> T accept(Visitor<T> visitor) {
        return visitor.not(this);
    }

    @Override
    public Message describe() {
        return Message.of("protocol.criterion.not", part.describe());
    }
}
