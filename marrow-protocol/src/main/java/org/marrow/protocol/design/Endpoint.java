package org.marrow.protocol.design;

import java.util.Objects;
import java.util.Optional;

/**
 * A primary, secondary or safety endpoint.
 *
 * @param id the endpoint's id, unique in the protocol
 * @param role primary, secondary or safety
 * @param measure what is measured
 * @param visit the visit it is assessed at, for rates
 * @param text the protocol's own words
 */
public record Endpoint(String id, Role role, EndpointMeasure measure, Optional<String> visit, String text) {

    /** The endpoint's role in the analysis. */
    public enum Role {
        /** The primary endpoint. */
        PRIMARY,
        /** A secondary efficacy endpoint. */
        SECONDARY,
        /** A safety endpoint. */
        SAFETY
    }

    /**
     * Checks the endpoint.
     *
     * @throws NullPointerException if a component is null
     */
    public Endpoint {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(visit, "visit");
        Objects.requireNonNull(text, "text");
    }
}
