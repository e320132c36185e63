package org.marrow.protocol.eligibility;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A protocol's eligibility: inclusion and exclusion criteria, the history items they may refer to,
 * and how old a lab result may be on the screening date.
 *
 * @param inclusion the inclusion criteria, in protocol order
 * @param exclusion the exclusion criteria, in protocol order
 * @param historyItems the declared history items: id to description
 * @param labMaxAgeDays the default largest age of a lab result on the screening date, in days
 */
public record Eligibility(
        List<EligibilityCriterion> inclusion,
        List<EligibilityCriterion> exclusion,
        Map<String, String> historyItems,
        int labMaxAgeDays) {

    /**
     * Checks and copies the eligibility.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if {@code labMaxAgeDays < 0}
     */
    public Eligibility {
        inclusion = List.copyOf(inclusion);
        exclusion = List.copyOf(exclusion);
        historyItems = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(historyItems));
        if (labMaxAgeDays < 0) {
            throw new IllegalArgumentException("Lab result age (" + labMaxAgeDays + " days) must be >= 0");
        }
    }

    /**
     * Inclusion then exclusion criteria.
     *
     * @return all criteria
     */
    public List<EligibilityCriterion> all() {
        List<EligibilityCriterion> all = new ArrayList<>(inclusion);
        all.addAll(exclusion);
        return all;
    }

    /**
     * A criterion by id.
     *
     * @param id the criterion id
     * @return the criterion, if any
     */
    public Optional<EligibilityCriterion> criterion(String id) {
        Objects.requireNonNull(id, "id");
        return all().stream().filter(c -> c.id().equals(id)).findFirst();
    }
}
