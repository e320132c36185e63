package org.marrow.stats.matching;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A case or a candidate control with its matching attributes.
 *
 * @param id the identifier, unique within its group, not blank
 * @param categories categorical attributes (e.g. {@code sex -> M}); a null or blank value is missing
 * @param measures numeric attributes (e.g. {@code age -> 44.0}); a null or non-finite value is missing
 */
public record Subject(String id, Map<String, String> categories, Map<String, Double> measures) {

    /**
     * Checks the id and copies the attributes, keeping their order.
     *
     * @throws IllegalArgumentException if the id is blank
     * @throws NullPointerException if the id or a map is null
     */
    public Subject {
        Objects.requireNonNull(id, "id");
        if (id.isBlank()) {
            throw new IllegalArgumentException("Subject id must not be blank");
        }
        categories = Collections.unmodifiableMap(new LinkedHashMap<>(categories));
        measures = Collections.unmodifiableMap(new LinkedHashMap<>(measures));
    }
}
