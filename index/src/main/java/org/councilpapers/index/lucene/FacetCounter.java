package org.councilpapers.index.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.councilpapers.index.Facet;
import org.councilpapers.index.FacetCount;
import org.jspecify.annotations.Nullable;

/**
 * Counts matches by facet with lucene-facet's {@link SortedSetDocValuesFacetCounts}, over the
 * fields {@link FacetFields} indexes. It replaced a hand-written counter (a packed key and ordinals
 * of its own) when the 1M-record benchmark found lucene-facet 16% faster at p99 with the same counts.
 * One counter a reader: the reader's facet state (its values numbered across segments) is built
 * once and shared by every search on that reader, on any thread.
 */
final class FacetCounter {
    /** How many documents matched, and their counts by facet. */
    record Result(long matches, Map<Facet, List<FacetCount>> facets) {}

    /** Most common first; equal counts by value, so output is stable. */
    private static final Comparator<FacetCount> MOST_COMMON_FIRST =
            Comparator.comparingLong(FacetCount::count).reversed().thenComparing(FacetCount::value);

    private final IndexReader.CacheKey reader;
    private final int top;
    /** Null where the reader holds no facet values at all (an empty index). */
    private final @Nullable SortedSetDocValuesReaderState state;

    private FacetCounter(IndexReader.CacheKey reader, int top, @Nullable SortedSetDocValuesReaderState state) {
        this.reader = reader;
        this.top = top;
        this.state = state;
    }

    /**
     * A counter for one reader.
     *
     * @param reader the searcher's reader
     * @param top the most values kept per facet (the most common); years and types are always kept whole
     */
    static FacetCounter of(IndexReader reader, int top) throws IOException {
        IndexReader.CacheKey key = reader.getReaderCacheHelper().getKey();
        return new FacetCounter(key, top, hasFacets(reader) ? new DefaultSortedSetDocValuesReaderState(reader, FacetFields.config()) : null);
    }

    /** Whether this counter was built for this reader. */
    boolean isFor(IndexReader r) {
        IndexReader.CacheHelper helper = r.getReaderCacheHelper();
        return helper != null && helper.getKey() == reader;
    }

    /**
     * Counts every match of a query.
     *
     * @param s a searcher on this counter's reader
     * @param query the query, best without scores (nothing is ranked)
     */
    Result count(IndexSearcher s, Query query) throws IOException {
        FacetsCollector collected = s.search(query, new FacetsCollectorManager());
        long matches = 0;
        for (FacetsCollector.MatchingDocs m : collected.getMatchingDocs()) {
            matches += m.totalHits;
        }
        Map<Facet, List<FacetCount>> out = new EnumMap<>(Facet.class);
        SortedSetDocValuesReaderState st = state;
        SortedSetDocValuesFacetCounts counts = st == null || matches == 0 ? null : new SortedSetDocValuesFacetCounts(st, collected);
        for (Facet f : Facet.values()) {
            out.put(f, counts == null ? List.of() : values(counts, f));
        }
        return new Result(matches, Collections.unmodifiableMap(new LinkedHashMap<>(out)));
    }

    private List<FacetCount> values(SortedSetDocValuesFacetCounts counts, Facet f) throws IOException {
        String dim = f.label();
        if (!indexed(dim)) {
            return List.of(); // no entry of the reader has a value of this facet
        }
        List<FacetCount> list = new ArrayList<>();
        switch (f) {
            case YEAR -> {
                // In year order, every year: a timeline of the matches.
                for (LabelAndValue lv : labels(counts.getAllChildren(dim))) {
                    list.add(new FacetCount(lv.label, lv.value.longValue()));
                }
                list.sort(Comparator.comparing(FacetCount::value));
                return List.copyOf(list);
            }
            case TYPE -> {
                for (LabelAndValue lv : labels(counts.getAllChildren(dim))) {
                    list.add(new FacetCount(lv.label, lv.value.longValue()));
                }
            }
            case PERSON, ORGANISATION -> {
                // The top keys, each shown as its most counted form (on equal counts the first in order).
                for (LabelAndValue key : labels(counts.getTopChildren(top, dim))) {
                    LabelAndValue[] forms = labels(counts.getTopChildren(1, dim, key.label));
                    list.add(new FacetCount(forms.length == 0 ? key.label : forms[0].label, key.value.longValue()));
                }
            }
            default -> {
                for (LabelAndValue lv : labels(counts.getTopChildren(top, dim))) {
                    list.add(new FacetCount(lv.label, lv.value.longValue()));
                }
            }
        }
        list.sort(MOST_COMMON_FIRST);
        return List.copyOf(list);
    }

    /** Whether some entry of the reader has a value of this facet; lucene-facet will not count a dimension it has not seen. */
    private boolean indexed(String dim) {
        SortedSetDocValuesReaderState st = state;
        if (st == null) {
            return false;
        }
        return st.getFacetsConfig().getDimConfig(dim).hierarchical ? st.getDimTree(dim) != null : st.getOrdRange(dim) != null;
    }

    private static LabelAndValue[] labels(@Nullable FacetResult r) {
        return r == null ? new LabelAndValue[0] : r.labelValues;
    }

    /** Whether any segment has the facet field: lucene-facet's reader state needs one. */
    private static boolean hasFacets(IndexReader reader) {
        for (LeafReaderContext leaf : reader.leaves()) {
            FieldInfo info = leaf.reader().getFieldInfos().fieldInfo(FacetsConfig.DEFAULT_INDEX_FIELD_NAME);
            if (info != null) {
                return true;
            }
        }
        return false;
    }
}
