package org.marrow.protocol.model;

import java.util.Objects;

/**
 * A site that enrolls subjects.
 *
 * @param id the site's short id, as used in the data set's {@code subjects.csv}
 * @param name the institution's name
 * @param city the city, empty if not given
 */
public record Site(String id, String name, String city) {

    /**
     * Checks the site.
     *
     * @throws NullPointerException if a component is null
     */
    public Site {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(city, "city");
    }
}
