package org.councilpapers.index;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.councilpapers.core.record.RecordType;
import org.jspecify.annotations.Nullable;

/**
 * What an index holds.
 *
 * @param documents papers indexed
 * @param records   records indexed, over all papers
 * @param passages  passages of body text indexed beside the records ({@link Passage}), over all papers
 * @param warnings  warnings the papers' extractions carried, over all papers
 * @param byType    records per type, in {@link RecordType} order, types with none left out
 * @param firstYear the earliest record year, or null when no record has one
 * @param lastYear  the latest record year, or null
 * @param facets    all records counted by facet, as in {@link SearchResult#facets()}
 * @param bytes     the index's size on disk (0 for an index in memory)
 */
public record IndexStats(long documents, long records, long passages, long warnings, Map<RecordType, Long> byType, @Nullable Integer firstYear,
        @Nullable Integer lastYear, Map<Facet, List<FacetCount>> facets, long bytes) {
    /**
     * Copies the maps, keeping their order.
     *
     * @param documents papers indexed
     * @param records records indexed, over all papers
     * @param passages passages of body text indexed beside the records, over all papers
     * @param warnings warnings the papers' extractions carried, over all papers
     * @param byType records per type
     * @param firstYear the earliest record year, or null
     * @param lastYear the latest record year, or null
     * @param facets all records counted by facet
     * @param bytes the index's size on disk
     * @throws NullPointerException if a map, or a list in {@code facets}, is null
     */
    public IndexStats {
        byType = Collections.unmodifiableMap(new LinkedHashMap<>(byType));
        Map<Facet, List<FacetCount>> copy = new LinkedHashMap<>();
        facets.forEach((f, counts) -> copy.put(f, List.copyOf(counts)));
        facets = Collections.unmodifiableMap(copy);
    }
}
