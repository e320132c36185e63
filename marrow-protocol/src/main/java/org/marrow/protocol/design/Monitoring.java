package org.marrow.protocol.design;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a protocol declares for monitoring the trial as it runs, beside a Simon design: Bayesian
 * monitoring of the primary response rate ({@code design.monitoring}) and toxicity stopping rules for
 * named adverse events ({@code design.toxicity_stopping}).
 *
 * @param efficacy the Bayesian monitoring of the response rate, if declared
 * @param toxicity the toxicity stopping rules, in protocol order
 */
public record Monitoring(Optional<EfficacyMonitoring> efficacy, List<ToxicityStopping> toxicity) {

    /** Nothing declared. */
    public static final Monitoring NONE = new Monitoring(Optional.empty(), List.of());

    /**
     * Checks and copies the declarations.
     *
     * @throws NullPointerException if a component is null
     */
    public Monitoring {
        Objects.requireNonNull(efficacy, "efficacy");
        toxicity = List.copyOf(toxicity);
    }
}
