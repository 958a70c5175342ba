package org.councilpapers.index.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.TreeMap;
import java.util.function.Function;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.LongValues;
import org.apache.lucene.util.packed.PackedInts;
import org.councilpapers.core.DocumentInfo;
import org.councilpapers.core.record.Grade;
import org.councilpapers.core.record.PaperRecord;
import org.councilpapers.core.record.RagStatus;
import org.councilpapers.core.record.RecordType;
import org.councilpapers.index.Facet;
import org.councilpapers.index.FacetCount;
import org.jspecify.annotations.Nullable;

/**
 * The hand-written facet counter that lucene-facet replaced in session 7 ({@code d4daf02}'s
 * {@code FacetCounter} and {@code FacetOrdinals}, joined), kept in the tests as the benchmark's
 * yardstick: issue 18 allows lucene-facet only if it is no more than 10% slower at p99 than this.
 * It counts type, year, grade and status from the packed {@link FacetKey}, and authority, council,
 * people and organisations from doc-values fields of its own ({@link #addFields}), by ordinal per
 * segment, then across segments through an {@link OrdinalMap} built once per reader.
 */
final class HandWrittenFacetCounter implements CollectorManager<HandWrittenFacetCounter.Counting, FacetCounter.Result> {
    /** Its own doc-values fields, so the index's fields of the same names are left alone. */
    static final String AUTHORITY = "handWritten.authority";
    static final String COUNCIL = "handWritten.council";
    static final String PERSON = "handWritten.person";
    static final String ORGANISATION = "handWritten.organisation";

    private static final Comparator<FacetCount> MOST_COMMON_FIRST =
            Comparator.comparingLong(FacetCount::count).reversed().thenComparing(FacetCount::value);

    private final int top;
    private final Ordinals ordinals;
    private final List<LeafReaderContext> leaves;

    private HandWrittenFacetCounter(int top, Ordinals ordinals, List<LeafReaderContext> leaves) {
        this.top = top;
        this.ordinals = ordinals;
        this.leaves = leaves;
    }

    /** A counter for one reader; its ordinals are built here, as the index built them once per reader. */
    static HandWrittenFacetCounter of(IndexReader reader, int top) throws IOException {
        return new HandWrittenFacetCounter(top, Ordinals.of(reader), reader.leaves());
    }

    /** Adds the fields this counter reads to a record's document, with the values the index gives the record. */
    static void addFields(Document d, PaperRecord r, DocumentInfo info) {
        RecordFacts f = RecordFacts.of(r, info);
        if (info.council() != null) {
            d.add(new SortedDocValuesField(COUNCIL, new BytesRef(info.council())));
        }
        if (f.authority() != null) {
            d.add(new SortedDocValuesField(AUTHORITY, new BytesRef(f.authority())));
        }
        for (String person : f.people()) {
            d.add(new SortedSetDocValuesField(PERSON, new BytesRef(person)));
        }
        for (String organisation : f.organisations()) {
            d.add(new SortedSetDocValuesField(ORGANISATION, new BytesRef(organisation)));
        }
    }

    @Override
    public Counting newCollector() {
        return new Counting(ordinals);
    }

    @Override
    public FacetCounter.Result reduce(Collection<Counting> collectors) throws IOException {
        FacetKey.Counts keys = new FacetKey.Counts();
        List<Field> fields = ordinals.fields;
        long[][] global = new long[fields.size()][];
        for (int f = 0; f < fields.size(); f++) {
            global[f] = new long[fields.get(f).size()];
        }
        long matches = 0;
        for (Counting c : collectors) {
            c.finishSegment();
            matches += c.matches;
            keys.addAll(c.keys);
            for (int f = 0; f < fields.size(); f++) {
                int[] counts = c.global[f];
                for (int ord = 0; ord < counts.length; ord++) {
                    global[f][ord] += counts[ord];
                }
            }
        }
        Map<Facet, Map<String, Long>> packed = new EnumMap<>(Facet.class);
        for (Facet f : List.of(Facet.TYPE, Facet.YEAR, Facet.GRADE, Facet.STATUS)) {
            packed.put(f, new TreeMap<>());
        }
        keys.forEach((key, n) -> {
            RecordType type = FacetKey.type(key);
            Integer year = FacetKey.year(key);
            Grade grade = FacetKey.grade(key);
            RagStatus status = FacetKey.status(key);
            packed.get(Facet.TYPE).merge(type.jsonName(), (long) n, Long::sum);
            if (year != null) {
                packed.get(Facet.YEAR).merge(year.toString(), (long) n, Long::sum);
            }
            if (grade != null) {
                packed.get(Facet.GRADE).merge(grade.name(), (long) n, Long::sum);
            }
            if (status != null) {
                packed.get(Facet.STATUS).merge(status.name(), (long) n, Long::sum);
            }
        });
        Map<Facet, List<FacetCount>> out = new EnumMap<>(Facet.class);
        packed.forEach((f, counts) -> {
            List<FacetCount> list = new ArrayList<>();
            counts.forEach((v, n) -> list.add(new FacetCount(v, n)));
            if (f != Facet.YEAR) {
                list.sort(MOST_COMMON_FIRST);
            }
            boolean whole = f == Facet.YEAR || f == Facet.TYPE;
            out.put(f, whole || list.size() <= top ? list : List.copyOf(list.subList(0, top)));
        });
        for (int f = 0; f < fields.size(); f++) {
            out.put(fields.get(f).facet, mostCommon(fields.get(f), global[f]));
        }
        return new FacetCounter.Result(matches, Collections.unmodifiableMap(new LinkedHashMap<>(out)));
    }

    /** The top values of one field; names that share a key are counted together under the form counted most. */
    private List<FacetCount> mostCommon(Field field, long[] counts) throws IOException {
        long[] byGroup = new long[field.groups];
        int[] shown = new int[field.groups];
        long[] shownCount = new long[field.groups];
        for (int ord = 0; ord < counts.length; ord++) {
            if (counts[ord] > 0) {
                int g = field.group(ord);
                byGroup[g] += counts[ord];
                if (counts[ord] > shownCount[g]) {
                    shownCount[g] = counts[ord];
                    shown[g] = ord;
                }
            }
        }
        PriorityQueue<int[]> kept = new PriorityQueue<>(top + 1, (a, b) -> byGroup[a[0]] != byGroup[b[0]]
                ? Long.compare(byGroup[a[0]], byGroup[b[0]]) : Integer.compare(shown[b[0]], shown[a[0]]));
        for (int g = 0; g < byGroup.length; g++) {
            if (byGroup[g] > 0) {
                kept.add(new int[] {g});
                if (kept.size() > top) {
                    kept.poll();
                }
            }
        }
        List<FacetCount> list = new ArrayList<>(kept.size());
        for (int[] g : kept) {
            list.add(new FacetCount(field.value(leaves, shown[g[0]]), byGroup[g[0]]));
        }
        list.sort(MOST_COMMON_FIRST);
        return List.copyOf(list);
    }

    /** Counts one slice of segments. */
    static final class Counting implements Collector {
        private final FacetKey.Counts keys = new FacetKey.Counts();
        private final List<Field> fields;
        private final int[][] global;
        private long matches;
        private int @Nullable [][] segment;
        private @Nullable LongValues @Nullable [] toGlobal;

        Counting(Ordinals ordinals) {
            fields = ordinals.fields;
            global = new int[fields.size()][];
            for (int f = 0; f < global.length; f++) {
                global[f] = new int[fields.get(f).size()];
            }
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            finishSegment();
            NumericDocValues key = DocValues.getNumeric(context.reader(), Fields.FACET_KEY);
            SortedDocValues a = DocValues.getSorted(context.reader(), AUTHORITY);
            SortedDocValues c = DocValues.getSorted(context.reader(), COUNCIL);
            SortedSetDocValues p = DocValues.getSortedSet(context.reader(), PERSON);
            SortedSetDocValues o = DocValues.getSortedSet(context.reader(), ORGANISATION);
            int[] ac = new int[a.getValueCount()];
            int[] cc = new int[c.getValueCount()];
            int[] pc = new int[Math.toIntExact(p.getValueCount())];
            int[] oc = new int[Math.toIntExact(o.getValueCount())];
            segment = new int[][] {ac, cc, pc, oc};
            LongValues[] maps = new LongValues[fields.size()];
            for (int f = 0; f < maps.length; f++) {
                maps[f] = fields.get(f).map.getGlobalOrds(context.ord);
            }
            toGlobal = maps;
            boolean people = pc.length > 0;
            boolean organisations = oc.length > 0;
            return new LeafCollector() {
                @Override
                public void setScorer(Scorable scorer) {}

                @Override
                public void collect(int doc) throws IOException {
                    matches++;
                    if (key.advanceExact(doc)) {
                        keys.add((int) key.longValue());
                    }
                    if (a.advanceExact(doc)) {
                        ac[a.ordValue()]++;
                    }
                    if (c.advanceExact(doc)) {
                        cc[c.ordValue()]++;
                    }
                    if (people) {
                        count(p, pc, doc);
                    }
                    if (organisations) {
                        count(o, oc, doc);
                    }
                }
            };
        }

        private static void count(SortedSetDocValues values, int[] counts, int doc) throws IOException {
            if (values.advanceExact(doc)) {
                for (int i = values.docValueCount(); i > 0; i--) {
                    counts[(int) values.nextOrd()]++;
                }
            }
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }

        void finishSegment() {
            int[][] s = segment;
            LongValues[] maps = toGlobal;
            if (s == null || maps == null) {
                return;
            }
            for (int f = 0; f < s.length; f++) {
                int[] counts = s[f];
                for (int ord = 0; ord < counts.length; ord++) {
                    if (counts[ord] > 0) {
                        global[f][(int) maps[f].get(ord)] += counts[ord];
                    }
                }
            }
            segment = null;
            toGlobal = null;
        }
    }

    /** One doc-values field numbered across segments. */
    private static final class Field {
        final Facet facet;
        final String name;
        final boolean multiValued;
        final OrdinalMap map;
        final int @Nullable [] group;
        final int groups;

        Field(Facet facet, String name, boolean multiValued, OrdinalMap map, int @Nullable [] group, int groups) {
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

        int group(int globalOrd) {
            return group == null ? globalOrd : group[globalOrd];
        }

        String value(List<LeafReaderContext> leaves, int globalOrd) throws IOException {
            int segment = map.getFirstSegmentNumber(globalOrd);
            long ord = map.getFirstSegmentOrd(globalOrd);
            LeafReaderContext leaf = leaves.get(segment);
            BytesRef v = multiValued ? DocValues.getSortedSet(leaf.reader(), name).lookupOrd(ord)
                    : DocValues.getSorted(leaf.reader(), name).lookupOrd(Math.toIntExact(ord));
            return v.utf8ToString();
        }
    }

    /** A reader's four name fields numbered across its segments. */
    private static final class Ordinals {
        final List<Field> fields;

        private Ordinals(List<Field> fields) {
            this.fields = fields;
        }

        static Ordinals of(IndexReader reader) throws IOException {
            IndexReader.CacheKey key = reader.getReaderCacheHelper().getKey();
            return new Ordinals(List.of(
                    field(reader, key, Facet.AUTHORITY, AUTHORITY, false, null),
                    field(reader, key, Facet.COUNCIL, COUNCIL, false, null),
                    field(reader, key, Facet.PERSON, PERSON, true, Names::personKey),
                    field(reader, key, Facet.ORGANISATION, ORGANISATION, true, Names::organisationKey)));
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
            OrdinalMap map = multi ? OrdinalMap.build(key, multiValues, PackedInts.DEFAULT) : OrdinalMap.build(key, singleValues, PackedInts.DEFAULT);
            int size = Math.toIntExact(map.getValueCount());
            if (grouping == null) {
                return new Field(facet, name, multi, map, null, size);
            }
            int[] group = new int[size];
            Map<String, Integer> groups = new HashMap<>();
            for (int ord = 0; ord < size; ord++) {
                int segment = map.getFirstSegmentNumber(ord);
                long segmentOrd = map.getFirstSegmentOrd(ord);
                BytesRef value = multi ? multiValues[segment].lookupOrd(segmentOrd) : singleValues[segment].lookupOrd(Math.toIntExact(segmentOrd));
                String k = grouping.apply(value.utf8ToString());
                group[ord] = groups.computeIfAbsent(k, x -> groups.size());
            }
            return new Field(facet, name, multi, map, group, groups.size());
        }
    }
}
