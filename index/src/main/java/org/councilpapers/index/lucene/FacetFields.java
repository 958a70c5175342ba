package org.councilpapers.index.lucene;

import java.io.IOException;
import java.util.List;
import java.util.function.Function;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.councilpapers.index.Facet;
import org.jspecify.annotations.Nullable;

/**
 * The facets of an entry as lucene-facet fields, all in one sorted-set doc-values field, which
 * {@link FacetCounter} counts with {@code SortedSetDocValuesFacetCounts}. People and organisations
 * are a two-level path, the name's key and then the name as printed: a filter takes every form of
 * one key as one value, so the facet counts the key and shows its most counted form.
 */
final class FacetFields {
    /** The facets whose values are grouped by key. */
    private static final List<Facet> GROUPED = List.of(Facet.PERSON, Facet.ORGANISATION);

    private FacetFields() {}

    /**
     * A new configuration of the eight facets; it is not changed after this, so the writer and
     * every reader state may share it.
     */
    static FacetsConfig config() {
        FacetsConfig config = new FacetsConfig();
        for (Facet f : Facet.values()) {
            // Filters search the index's own keyed fields, so lucene-facet's drill-down terms would only take space.
            config.setDrillDownTermsIndexing(f.label(), FacetsConfig.DrillDownTermsIndexing.NONE);
        }
        for (Facet f : GROUPED) {
            config.setMultiValued(f.label(), true);
            config.setHierarchical(f.label(), true);
        }
        return config;
    }

    /** Adds one value of a facet that has one value an entry; blank values are left out. */
    static void add(Document d, Facet facet, @Nullable String value) {
        if (value != null && !value.isEmpty()) {
            d.add(new SortedSetDocValuesFacetField(facet.label(), value));
        }
    }

    /** Adds a person or organisation: its key, then the name as printed. */
    static void addGrouped(Document d, Facet facet, String name, Function<String, String> key) {
        if (name.isEmpty()) {
            return;
        }
        String k = key.apply(name);
        // A path part may not be empty; a name of punctuation alone has an empty key and is its own group.
        d.add(new SortedSetDocValuesFacetField(facet.label(), k.isEmpty() ? " " : k, name));
    }

    /** The entry with its facet fields turned into the doc values lucene-facet counts. */
    static Document build(FacetsConfig config, Document d) {
        try {
            return config.build(d);
        } catch (IOException e) {
            // Only a taxonomy writer's build does I/O; the sorted-set fields are built in memory.
            throw new IllegalStateException(e);
        }
    }
}
