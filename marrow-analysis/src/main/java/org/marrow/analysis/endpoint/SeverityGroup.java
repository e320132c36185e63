package org.marrow.analysis.endpoint;

import java.util.Optional;
import org.marrow.clinical.severity.Severity;

/**
 * A subject's severity on day 1 by the protocol's severity criteria (document 000's modified Camitta
 * criteria), as a group of the analyses and the first stage of the Sankey diagram.
 */
public enum SeverityGroup implements Group, SubjectState {
    /** Severe aplastic anemia. */
    SAA("SAA"),
    /** Very severe aplastic anemia. */
    VSAA("VSAA"),
    /** Non-severe aplastic anemia. */
    NSAA("NSAA"),
    /** The baseline counts do not decide the severity. */
    UNKNOWN("Unknown");

    private final String label;

    SeverityGroup(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public boolean compared() {
        return this != UNKNOWN;
    }

    /**
     * The group of a baseline severity.
     *
     * @param severity the severity, empty if unknown
     * @return the group
     * @throws IllegalArgumentException if severity is null
     */
    public static SeverityGroup of(Optional<Severity> severity) {
        if (severity == null) {
            throw new IllegalArgumentException("Severity must not be null");
        }
        if (severity.isEmpty()) {
            return UNKNOWN;
        }
        return switch (severity.get()) {
            case SEVERE -> SAA;
            case VERY_SEVERE -> VSAA;
            case NON_SEVERE -> NSAA;
        };
    }
}
