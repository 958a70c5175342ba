package org.councilpapers.index.lucene;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.LongValues;
import org.apache.lucene.util.packed.PackedInts;
import org.councilpapers.index.Facet;
import org.jspecify.annotations.Nullable;

/**
 * One reader's facet values numbered across its segments, so a search counts into arrays and looks
 * up only the few names it shows. Counting into maps by name cost a common word's facet search four
 * times its counting: every person, authority and council a match named was turned into a string
 * and merged, per segment, per slice. Built once per reader (a few milliseconds at a million
 * records) and immutable, so searches on many threads share it.
 */
final class FacetOrdinals {
    /** One doc-values field numbered across segments. */
    static final class Field {
        final Facet facet;
        final String name;
        final boolean multiValued;
        final OrdinalMap map;
        /** Global ordinal → group of names a filter takes as one (people, organisations); null where each value is its own. */
        final int @Nullable [] group;
        final int groups;

        private Field(Facet facet, String name, boolean multiValued, OrdinalMap map, int @Nullable [] group, int groups) {
            this.facet = facet;
            this.name = name;
            this.multiValued = multiValued;
            this.map = map;
            this.group = group;
            this.groups = groups;
        }

        int size() {
            return Math.toIntExact(map.getValueCount());
        }

        LongValues globalOrds(int leaf) {
            return map.getGlobalOrds(leaf);
        }

        int group(int globalOrd) {
            return group == null ? globalOrd : group[globalOrd];
        }

        /** The value of a global ordinal, read from the first segment that has it. */
        String value(List<LeafReaderContext> leaves, int globalOrd) throws IOException {
            int segment = map.getFirstSegmentNumber(globalOrd);
            long ord = map.getFirstSegmentOrd(globalOrd);
            return lookup(leaves.get(segment), name, multiValued, ord).utf8ToString();
        }
    }

    private final IndexReader.CacheKey reader;
    private final List<Field> fields;

    private FacetOrdinals(IndexReader.CacheKey reader, List<Field> fields) {
        this.reader = reader;
        this.fields = fields;
    }

    static FacetOrdinals of(IndexReader reader) throws IOException {
        IndexReader.CacheKey key = reader.getReaderCacheHelper().getKey();
        return new FacetOrdinals(key, List.of(
                field(reader, key, Facet.AUTHORITY, Fields.AUTHORITY, false, null),
                field(reader, key, Facet.COUNCIL, Fields.COUNCIL, false, null),
                field(reader, key, Facet.PERSON, Fields.PERSON, true, Names::personKey),
                field(reader, key, Facet.ORGANISATION, Fields.ORGANISATION, true, Names::organisationKey)));
    }

    /** Whether these ordinals were built for this reader. */
    boolean isFor(IndexReader r) {
        IndexReader.CacheHelper helper = r.getReaderCacheHelper();
        return helper != null && helper.getKey() == reader;
    }

    List<Field> fields() {
        return fields;
    }

    private static Field field(IndexReader reader, IndexReader.CacheKey key, Facet facet, String name, boolean multi,
            @Nullable Function<String, String> grouping) throws IOException {
        List<LeafReaderContext> leaves = reader.leaves();
        SortedSetDocValues[] multiValues = new SortedSetDocValues[leaves.size()];
        SortedDocValues[] singleValues = new SortedDocValues[leaves.size()];
        for (int i = 0; i < leaves.size(); i++) {
            if (multi) {
                multiValues[i] = DocValues.getSortedSet(leaves.get(i).reader(), name);
            } else {
                singleValues[i] = DocValues.getSorted(leaves.get(i).reader(), name);
            }
        }
        OrdinalMap map = multi ? OrdinalMap.build(key, multiValues, PackedInts.DEFAULT)
                : OrdinalMap.build(key, singleValues, PackedInts.DEFAULT);
        int size = Math.toIntExact(map.getValueCount());
        if (grouping == null) {
            return new Field(facet, name, multi, map, null, size);
        }
        // Names that share a key ("Cllr J Watson", "Cllr J. Watson") count as one value, as a filter takes them.
        int[] group = new int[size];
        Map<String, Integer> groups = new HashMap<>();
        for (int ord = 0; ord < size; ord++) {
            int segment = map.getFirstSegmentNumber(ord);
            long segmentOrd = map.getFirstSegmentOrd(ord);
            BytesRef value = multi ? multiValues[segment].lookupOrd(segmentOrd)
                    : singleValues[segment].lookupOrd(Math.toIntExact(segmentOrd));
            String k = grouping.apply(value.utf8ToString());
            group[ord] = groups.computeIfAbsent(k, x -> groups.size());
        }
        return new Field(facet, name, multi, map, group, groups.size());
    }

    private static BytesRef lookup(LeafReaderContext leaf, String field, boolean multi, long ord) throws IOException {
        return multi ? DocValues.getSortedSet(leaf.reader(), field).lookupOrd(ord)
                : DocValues.getSorted(leaf.reader(), field).lookupOrd(Math.toIntExact(ord));
    }
}
