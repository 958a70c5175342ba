package org.councilpapers.index.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.councilpapers.index.Facet;
import org.councilpapers.index.FacetCount;

/**
 * Counts matches by facet straight from each segment's sorted doc values: an {@code int[]} per
 * field indexed by ordinal while collecting, turned into values once per segment at the end. No
 * taxonomy and no facet module: each record has one value per facet, which is what doc values hold.
 */
public final class FacetCounter implements CollectorManager<FacetCounter.Counting, Map<Facet, List<FacetCount>>> {
    private static final Map<Facet, String> FIELDS = Map.of(Facet.TYPE, Fields.TYPE, Facet.YEAR, Fields.YEAR, Facet.GRADE, Fields.GRADE,
            Facet.STATUS, Fields.STATUS, Facet.AUTHORITY, Fields.AUTHORITY, Facet.COUNCIL, Fields.COUNCIL);

    private final int top;

    /** @param top the most values kept per facet (the most common); years and types are always kept whole */
    public FacetCounter(int top) {
        this.top = top;
    }

    @Override
    public Counting newCollector() {
        return new Counting();
    }

    @Override
    public Map<Facet, List<FacetCount>> reduce(Collection<Counting> collectors) throws IOException {
        Map<Facet, Map<String, Long>> totals = new LinkedHashMap<>();
        for (Facet f : Facet.values()) {
            totals.put(f, new TreeMap<>());
        }
        for (Counting c : collectors) {
            c.finishSegment();
            c.totals.forEach((f, counts) -> counts.forEach((v, n) -> totals.get(f).merge(v, n, Long::sum)));
        }
        Map<Facet, List<FacetCount>> out = new LinkedHashMap<>();
        totals.forEach((f, counts) -> {
            List<FacetCount> list = new ArrayList<>();
            counts.forEach((v, n) -> list.add(new FacetCount(v, n)));
            if (f != Facet.YEAR) {
                // Most common first; equal counts by value, so output is stable.
                list.sort(Comparator.comparingLong(FacetCount::count).reversed().thenComparing(FacetCount::value));
            }
            boolean whole = f == Facet.YEAR || f == Facet.TYPE;
            out.put(f, whole || list.size() <= top ? list : list.subList(0, top));
        });
        return out;
    }

    /** Counts one slice of segments; not thread-safe, as Lucene gives each thread its own. */
    public static final class Counting implements Collector {
        private final Map<Facet, Map<String, Long>> totals = new LinkedHashMap<>();
        private final Facet[] facets = Facet.values();
        private SortedDocValues[] values = new SortedDocValues[0];
        private int[][] counts = new int[0][];

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            finishSegment();
            values = new SortedDocValues[facets.length];
            counts = new int[facets.length][];
            for (int i = 0; i < facets.length; i++) {
                values[i] = DocValues.getSorted(context.reader(), FIELDS.get(facets[i]));
                counts[i] = new int[values[i].getValueCount()];
            }
            SortedDocValues[] v = values;
            int[][] c = counts;
            return new LeafCollector() {
                @Override
                public void setScorer(Scorable scorer) {}

                @Override
                public void collect(int doc) throws IOException {
                    for (int i = 0; i < v.length; i++) {
                        if (v[i].advanceExact(doc)) {
                            c[i][v[i].ordValue()]++;
                        }
                    }
                }
            };
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }

        /** Turns the last segment's ordinal counts into value counts. */
        void finishSegment() throws IOException {
            for (int i = 0; i < counts.length; i++) {
                Map<String, Long> t = totals.computeIfAbsent(facets[i], f -> new TreeMap<>());
                for (int ord = 0; ord < counts[i].length; ord++) {
                    if (counts[i][ord] > 0) {
                        t.merge(values[i].lookupOrd(ord).utf8ToString(), (long) counts[i][ord], Long::sum);
                    }
                }
            }
            counts = new int[0][];
            values = new SortedDocValues[0];
        }
    }
}
