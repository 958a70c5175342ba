package org.councilpapers.index.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.PriorityQueue;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.util.LongValues;
import org.councilpapers.core.record.Grade;
import org.councilpapers.core.record.RagStatus;
import org.councilpapers.core.record.RecordType;
import org.councilpapers.index.Facet;
import org.councilpapers.index.FacetCount;
import org.jspecify.annotations.Nullable;

/**
 * Counts matches by facet straight from doc values, without the facet module: type, year, grade
 * and status from one packed {@link FacetKey} per record, counted by key; authority, council,
 * people and organisations by ordinal, per segment, then across segments through the reader's
 * {@link FacetOrdinals}, so only the values shown are ever turned into names.
 */
final class FacetCounter implements CollectorManager<FacetCounter.Counting, FacetCounter.Result> {
    /** How many documents matched, and their counts by facet. */
    record Result(long matches, Map<Facet, List<FacetCount>> facets) {}

    private final int top;
    private final FacetOrdinals ordinals;
    private final List<LeafReaderContext> leaves;

    /**
     * @param top the most values kept per facet (the most common); years and types are always kept whole
     * @param ordinals the facet values of the searcher's reader
     * @param leaves the searcher's segments, to look the shown values up in
     */
    FacetCounter(int top, FacetOrdinals ordinals, List<LeafReaderContext> leaves) {
        this.top = top;
        this.ordinals = ordinals;
        this.leaves = leaves;
    }

    @Override
    public Counting newCollector() {
        return new Counting(ordinals);
    }

    @Override
    public Result reduce(Collection<Counting> collectors) throws IOException {
        FacetKey.Counts keys = new FacetKey.Counts();
        List<FacetOrdinals.Field> fields = ordinals.fields();
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
        return new Result(matches, Collections.unmodifiableMap(new LinkedHashMap<>(out)));
    }

    /** Most common first; equal counts by value, so output is stable. */
    private static final Comparator<FacetCount> MOST_COMMON_FIRST =
            Comparator.comparingLong(FacetCount::count).reversed().thenComparing(FacetCount::value);

    /**
     * The {@code top} most common values of one field. Names that share a key are counted together
     * under the form counted most (on equal counts the first in order), as a filter takes them as
     * one; equal counts are ordered by the value's place in the index's sorted order.
     */
    private List<FacetCount> mostCommon(FacetOrdinals.Field field, long[] counts) throws IOException {
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
        // The least common of those kept so far at the head, so each group costs one comparison.
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

    /** Counts one slice of segments; not thread-safe, as Lucene gives each slice its own. */
    static final class Counting implements Collector {
        private final FacetKey.Counts keys = new FacetKey.Counts();
        private final List<FacetOrdinals.Field> fields;
        /** Counts by global ordinal, one array per field, for the segments counted so far. */
        private final int[][] global;
        private long matches;
        /** The current segment's counts by segment ordinal, and its map to global ones; null before the first. */
        private int @Nullable [][] segment;
        private @Nullable LongValues @Nullable [] toGlobal;

        Counting(FacetOrdinals ordinals) {
            fields = ordinals.fields();
            global = new int[fields.size()][];
            for (int f = 0; f < global.length; f++) {
                global[f] = new int[fields.get(f).size()];
            }
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            finishSegment();
            NumericDocValues key = DocValues.getNumeric(context.reader(), Fields.FACET_KEY);
            SortedDocValues a = DocValues.getSorted(context.reader(), Fields.AUTHORITY);
            SortedDocValues c = DocValues.getSorted(context.reader(), Fields.COUNCIL);
            SortedSetDocValues p = DocValues.getSortedSet(context.reader(), Fields.PERSON);
            SortedSetDocValues o = DocValues.getSortedSet(context.reader(), Fields.ORGANISATION);
            int[] ac = new int[a.getValueCount()];
            int[] cc = new int[c.getValueCount()];
            int[] pc = new int[Math.toIntExact(p.getValueCount())];
            int[] oc = new int[Math.toIntExact(o.getValueCount())];
            // In the order of FacetOrdinals.fields().
            segment = new int[][] {ac, cc, pc, oc};
            LongValues[] maps = new LongValues[fields.size()];
            for (int f = 0; f < maps.length; f++) {
                maps[f] = fields.get(f).globalOrds(context.ord);
            }
            toGlobal = maps;
            // Most segments of an index built without NLP hold no organisations; skip the lookups.
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

        /** Adds the last segment's counts to the global ones. */
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
}
