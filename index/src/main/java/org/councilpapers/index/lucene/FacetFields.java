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
 * The facets of an entry as lucene-facet fields, which {@link FacetCounter} counts with
 * {@code SortedSetDocValuesFacetCounts}. All eight facets are flat dimensions of one sorted-set
 * doc-values field, one value each, people and organisations by their key (a filter takes every
 * form of one key as one value, so the facet counts keys). The form a key is shown as is the one
 * counted most among the matches, so a second field ({@link #FORMS_FIELD}) holds each name as a
 * key/form path; it is counted only when a shown key has more than one form, so the common search
 * reads one value a name, not two.
 */
final class FacetFields {
    /** The field of the names' key/form paths. */
    static final String FORMS_FIELD = "$facets.forms";
    /** The facets whose values are grouped by key. */
    static final List<Facet> GROUPED = List.of(Facet.PERSON, Facet.ORGANISATION);

    private FacetFields() {}

    /**
     * A new configuration of the eight facets and the two forms dimensions; it is not changed after
     * this, so the writer and every reader state may share it.
     */
    static FacetsConfig config() {
        FacetsConfig config = new FacetsConfig();
        for (Facet f : Facet.values()) {
            // Filters search the index's own keyed fields, so lucene-facet's drill-down terms would only take space.
            config.setDrillDownTermsIndexing(f.label(), FacetsConfig.DrillDownTermsIndexing.NONE);
        }
        for (Facet f : GROUPED) {
            config.setMultiValued(f.label(), true);
            String forms = formsDimension(f);
            config.setIndexFieldName(forms, FORMS_FIELD);
            config.setDrillDownTermsIndexing(forms, FacetsConfig.DrillDownTermsIndexing.NONE);
            config.setMultiValued(forms, true);
            config.setHierarchical(forms, true);
        }
        return config;
    }

    /** The dimension of {@link #FORMS_FIELD} that holds a grouped facet's key/form paths. */
    static String formsDimension(Facet f) {
        return f.label() + " forms";
    }

    /** Adds one value of a facet that has one value an entry; blank values are left out. */
    static void add(Document d, Facet facet, @Nullable String value) {
        if (value != null && !value.isEmpty()) {
            d.add(new SortedSetDocValuesFacetField(facet.label(), value));
        }
    }

    /** Adds a person or organisation: its key to the facet, and the key then the name as printed to its forms. */
    static void addGrouped(Document d, Facet facet, String name, Function<String, String> key) {
        if (name.isEmpty()) {
            return;
        }
        String k = key.apply(name);
        // A path part may not be empty; a name of punctuation alone has an empty key and is its own group.
        String group = k.isEmpty() ? " " : k;
        d.add(new SortedSetDocValuesFacetField(facet.label(), group));
        d.add(new SortedSetDocValuesFacetField(formsDimension(facet), group, name));
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
