package org.councilpapers.index;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One page of hits for a {@link Query}.
 *
 * @param query      the query the hits answer
 * @param total      how many records match; exact when {@code totalExact}, else a lower bound
 *                   (counting stops early for speed unless the query asks for facets)
 * @param totalExact whether {@code total} is exact
 * @param hits       the page asked for, in the query's order
 * @param facets     counts of all matches by facet, in {@link Facet} order; empty unless
 *                   {@link Query#withFacets(boolean)} asked for them. Within a facet, most common first
 *                   (years in year order)
 */
public record SearchResult(Query query, long total, boolean totalExact, List<Hit> hits, Map<Facet, List<FacetCount>> facets) {
    /**
     * Copies the hits and the facets, keeping their order.
     *
     * @param query the query the hits answer
     * @param total how many records match
     * @param totalExact whether {@code total} is exact
     * @param hits the page asked for
     * @param facets counts of all matches by facet
     * @throws NullPointerException if {@code query}, {@code hits} or {@code facets} is null
     */
    public SearchResult {
        Objects.requireNonNull(query, "query");
        hits = List.copyOf(hits);
        Map<Facet, List<FacetCount>> copy = new LinkedHashMap<>();
        facets.forEach((f, counts) -> copy.put(f, List.copyOf(counts)));
        facets = Collections.unmodifiableMap(copy);
    }

    /**
     * The counts of one facet.
     *
     * @param facet the facet
     * @return its counts, most common first; empty when facets were not asked for or nothing matched
     */
    public List<FacetCount> facet(Facet facet) {
        return facets.getOrDefault(facet, List.of());
    }
}
