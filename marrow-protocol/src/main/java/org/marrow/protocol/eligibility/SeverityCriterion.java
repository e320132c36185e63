package org.marrow.protocol.eligibility;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.marrow.clinical.message.Message;
import org.marrow.clinical.severity.Severity;

/**
 * The candidate's AA severity (modified Camitta, document 000) is one of the listed ones.
 *
 * @param allowed the accepted severities, at least one
 */
public record SeverityCriterion(Set<Severity> allowed) implements Criterion {

    /**
     * Checks and copies the criterion.
     *
     * @throws IllegalArgumentException if {@code allowed} is empty
     */
    public SeverityCriterion {
        if (allowed.isEmpty()) {
            throw new IllegalArgumentException("A severity criterion needs at least one severity");
        }
        allowed = Set.copyOf(EnumSet.copyOf(allowed));
    }

    @Override
    public <T> T accept(Visitor<T> visitor) {
        return visitor.severity(this);
    }

    @Override
    public Message describe() {
        return Message.of("protocol.criterion.severity", List.copyOf(EnumSet.copyOf(allowed)));
    }
}
