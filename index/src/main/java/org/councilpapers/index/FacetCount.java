package org.councilpapers.index;

import java.util.Objects;

/**
 * How many matches share one value of a {@link Facet}.
 *
 * @param value the facet value, as {@link Facet} describes it (a year as its digits)
 * @param count how many matches have it
 */
public record FacetCount(String value, long count) {
    /**
     * Checks the value.
     *
     * @param value the facet value
     * @param count how many matches have it
     * @throws NullPointerException if {@code value} is null
     */
    public FacetCount {
        Objects.requireNonNull(value, "value");
    }
}
