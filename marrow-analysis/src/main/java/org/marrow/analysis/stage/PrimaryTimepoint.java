package org.marrow.analysis.stage;

import java.util.Objects;
import java.util.Optional;
import org.marrow.analysis.endpoint.RateMeasure;
import org.marrow.analysis.endpoint.StudyEndpoints;
import org.marrow.protocol.Protocol;
import org.marrow.protocol.design.Endpoint;
import org.marrow.protocol.schedule.Visit;

/**
 * What a design's gates count (Simon's stages, Bayesian monitoring looks): the primary endpoint's rate
 * at its timepoint, and how subjects who drop out count.
 *
 * <p>The timepoint is the primary endpoint's visit when it is a response timepoint, else the first
 * response timepoint; the rate is the primary endpoint's (ORR unless it names CR or superior response).
 * A subject is evaluated once the visit window has closed or follow-up ended before it closed (the
 * window rule, {@link org.marrow.analysis.endpoint.WindowRule}); one not assessable is a non-responder
 * (ITT). A <b>dropout</b> is a subject who withdrew or was lost to follow-up before being assessed at
 * the timepoint. When the protocol states a dropout rate ({@code design.dropout}: the enrolment is
 * inflated for dropouts, as document 002 inflates 43 to 54 for 20%), dropouts are replaced: they are
 * not counted, and the next treated subject takes their place; otherwise a dropout is a non-responder.
 * Death and HSCT before the assessment always count as non-response.
 *
 * @param visit the primary timepoint's visit
 * @param label its short label, e.g. {@code W24}
 * @param measure the rate counted
 * @param dropoutsReplaced whether dropouts are replaced (the protocol states a dropout rate)
 */
public record PrimaryTimepoint(Visit visit, String label, RateMeasure measure, boolean dropoutsReplaced) {

    /**
     * Checks the value.
     *
     * @throws NullPointerException if a component is null
     */
    public PrimaryTimepoint {
        Objects.requireNonNull(visit, "visit");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(measure, "measure");
    }

    /**
     * The primary timepoint of a protocol.
     *
     * @param protocol the protocol
     * @return the timepoint; empty if the protocol has no response timepoint that is one of its visits
     * @throws IllegalArgumentException if protocol is null
     */
    public static Optional<PrimaryTimepoint> of(Protocol protocol) {
        if (protocol == null) {
            throw new IllegalArgumentException("Protocol must not be null");
        }
        Optional<Endpoint> primary = protocol.endpoints().stream()
                .filter(e -> e.role() == Endpoint.Role.PRIMARY)
                .findFirst();
        Optional<String> name = primary.flatMap(Endpoint::visit)
                .filter(v -> protocol.response().timepoints().contains(v))
                .or(() -> protocol.response().timepoints().stream().findFirst());
        RateMeasure measure = primary.map(e -> RateMeasure.of(e.measure())).orElse(RateMeasure.ORR);
        boolean replaced = protocol.design().dropout().isPresent();
        return name.flatMap(protocol::visit)
                .map(v -> new PrimaryTimepoint(v, StudyEndpoints.label(v), measure, replaced));
    }
}
