package org.councilpapers.index;

import java.util.Objects;

/** How many matches share one value of a {@link Facet}. */
public record FacetCount(String value, long count) {
    public FacetCount {
        Objects.requireNonNull(value, "value");
    }
}
