package org.councilpapers.index.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PrimitiveIterator;
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
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.BytesRef;
import org.councilpapers.index.Facet;
import org.councilpapers.index.FacetCount;
import org.jspecify.annotations.Nullable;

/**
 * Counts matches by facet with lucene-facet's {@link SortedSetDocValuesFacetCounts}, over the
 * fields {@link FacetFields} indexes: one pass over the matches counts all eight facets, people and
 * organisations by key. A key is shown as its form counted most among the matches, which takes a
 * second count (of {@link FacetFields#FORMS_FIELD}) only when a key shown has more than one form
 * in the reader; a key printed one way is shown as that. It replaced a hand-written counter (a packed
 * key and ordinals of its own); {@code FacetModuleBenchmark} times the two side by side. One counter
 * a reader: the reader's facet states (values numbered across segments) are built once and shared
 * by every search on that reader, on any thread.
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
    /** Null where the reader holds no people or organisations. */
    private final @Nullable SortedSetDocValuesReaderState forms;

    private FacetCounter(IndexReader.CacheKey reader, int top, @Nullable SortedSetDocValuesReaderState state,
            @Nullable SortedSetDocValuesReaderState forms) {
        this.reader = reader;
        this.top = top;
        this.state = state;
        this.forms = forms;
    }

    /**
     * A counter for one reader.
     *
     * @param reader the searcher's reader
     * @param top the most values kept per facet (the most common); years and types are always kept whole
     */
    static FacetCounter of(IndexReader reader, int top) throws IOException {
        IndexReader.CacheKey key = reader.getReaderCacheHelper().getKey();
        FacetsConfig config = FacetFields.config();
        return new FacetCounter(key, top,
                hasField(reader, FacetsConfig.DEFAULT_INDEX_FIELD_NAME) ? new DefaultSortedSetDocValuesReaderState(reader, config) : null,
                hasField(reader, FacetFields.FORMS_FIELD) ? new DefaultSortedSetDocValuesReaderState(reader, FacetFields.FORMS_FIELD, config) : null);
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
        Forms shown = new Forms(collected);
        for (Facet f : Facet.values()) {
            out.put(f, counts == null ? List.of() : values(counts, f, shown));
        }
        return new Result(matches, Collections.unmodifiableMap(new LinkedHashMap<>(out)));
    }

    private List<FacetCount> values(SortedSetDocValuesFacetCounts counts, Facet f, Forms shown) throws IOException {
        String dim = f.label();
        if (!indexed(dim)) {
            return List.of(); // no entry of the reader has a value of this facet
        }
        List<FacetCount> list = new ArrayList<>();
        if (f == Facet.TYPE || f == Facet.YEAR) {
            for (LabelAndValue lv : labels(counts.getAllChildren(dim))) {
                list.add(new FacetCount(lv.label, lv.value.longValue()));
            }
            if (f == Facet.YEAR) {
                // In year order, every year: a timeline of the matches.
                list.sort(Comparator.comparing(FacetCount::value));
                return List.copyOf(list);
            }
        } else {
            boolean grouped = FacetFields.GROUPED.contains(f);
            for (LabelAndValue lv : labels(counts.getTopChildren(top, dim))) {
                list.add(new FacetCount(grouped ? shown.of(f, lv.label) : lv.label, lv.value.longValue()));
            }
        }
        list.sort(MOST_COMMON_FIRST);
        return List.copyOf(list);
    }

    /**
     * The forms keys are shown as, for one search: a key printed one way in the reader is shown as that,
     * read from the forms field's values; a key printed several ways as the form counted most among the
     * matches (on equal counts the first in order), for which the forms field is counted once, on the first
     * such key.
     */
    private final class Forms {
        private final FacetsCollector matches;
        private @Nullable SortedSetDocValuesFacetCounts counted;

        Forms(FacetsCollector matches) {
            this.matches = matches;
        }

        String of(Facet f, String key) throws IOException {
            SortedSetDocValuesReaderState st = forms;
            String dim = FacetFields.formsDimension(f);
            SortedSetDocValuesReaderState.DimTree tree = st == null ? null : st.getDimTree(dim);
            if (st == null || tree == null) {
                return key;
            }
            SortedSetDocValues values = st.getDocValues();
            long keyOrd = ordOf(values, new BytesRef(FacetsConfig.pathToString(dim, new String[] {key})));
            if (keyOrd < 0) {
                return key;
            }
            PrimitiveIterator.OfInt children = tree.iterator((int) keyOrd);
            if (!children.hasNext()) {
                return key;
            }
            int first = children.nextInt();
            if (!children.hasNext()) {
                String[] path = FacetsConfig.stringToPath(values.lookupOrd(first).utf8ToString());
                return path[path.length - 1];
            }
            SortedSetDocValuesFacetCounts c = counted;
            if (c == null) {
                c = new SortedSetDocValuesFacetCounts(st, matches);
                counted = c;
            }
            LabelAndValue[] top = labels(c.getTopChildren(1, dim, key));
            return top.length == 0 ? key : top[0].label;
        }
    }

    /**
     * The ordinal of a value across a reader's segments, or -1. A multi-segment view's own lookup
     * searches the global ordinals one value at a time, reading a compressed block of the terms for
     * each step; each segment's lookup goes straight to the block, and the ordinal map turns the first
     * segment's ordinal that has it into the global one.
     */
    private static long ordOf(SortedSetDocValues values, BytesRef value) throws IOException {
        if (values instanceof MultiDocValues.MultiSortedSetDocValues multi) {
            for (int i = 0; i < multi.values.length; i++) {
                long ord = multi.values[i].lookupTerm(value);
                if (ord >= 0) {
                    return multi.mapping.getGlobalOrds(i).get(ord);
                }
            }
            return -1;
        }
        return values.lookupTerm(value);
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

    /** Whether any segment has the field: lucene-facet's reader state needs one. */
    private static boolean hasField(IndexReader reader, String field) {
        for (LeafReaderContext leaf : reader.leaves()) {
            FieldInfo info = leaf.reader().getFieldInfos().fieldInfo(field);
            if (info != null) {
                return true;
            }
        }
        return false;
    }
}
