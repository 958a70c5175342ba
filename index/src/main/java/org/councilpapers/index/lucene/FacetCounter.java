package org.councilpapers.index.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
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
import org.councilpapers.core.record.Grade;
import org.councilpapers.core.record.RagStatus;
import org.councilpapers.core.record.RecordType;
import org.councilpapers.index.Facet;
import org.councilpapers.index.FacetCount;
import org.jspecify.annotations.Nullable;

/**
 * Counts matches by facet straight from doc values, without the facet module: type, year, grade
 * and status from one packed {@link FacetKey} per record, counted by key; authority and council
 * from sorted doc values, people and organisations from sorted-set doc values, each counted by
 * ordinal per segment and turned into names once per segment.
 */
final class FacetCounter implements CollectorManager<FacetCounter.Counting, FacetCounter.Result> {
    /** How many documents matched, and their counts by facet. */
    record Result(long matches, Map<Facet, List<FacetCount>> facets) {}

    private final int top;

    /** @param top the most values kept per facet (the most common); years and types are always kept whole */
    FacetCounter(int top) {
        this.top = top;
    }

    @Override
    public Counting newCollector() {
        return new Counting();
    }

    @Override
    public Result reduce(Collection<Counting> collectors) throws IOException {
        Map<Facet, Map<String, Long>> totals = new EnumMap<>(Facet.class);
        for (Facet f : Facet.values()) {
            totals.put(f, new TreeMap<>());
        }
        FacetKey.Counts keys = new FacetKey.Counts();
        long matches = 0;
        for (Counting c : collectors) {
            c.finishSegment();
            matches += c.matches;
            keys.addAll(c.keys);
            c.names.forEach((f, counts) -> counts.forEach((v, n) -> totals.get(f).merge(v, n, Long::sum)));
        }
        totals.put(Facet.PERSON, byKey(totals.get(Facet.PERSON), Names::personKey));
        totals.put(Facet.ORGANISATION, byKey(totals.get(Facet.ORGANISATION), Names::organisationKey));
        keys.forEach((key, n) -> {
            RecordType type = FacetKey.type(key);
            Integer year = FacetKey.year(key);
            Grade grade = FacetKey.grade(key);
            RagStatus status = FacetKey.status(key);
            totals.get(Facet.TYPE).merge(type.jsonName(), (long) n, Long::sum);
            if (year != null) {
                totals.get(Facet.YEAR).merge(year.toString(), (long) n, Long::sum);
            }
            if (grade != null) {
                totals.get(Facet.GRADE).merge(grade.name(), (long) n, Long::sum);
            }
            if (status != null) {
                totals.get(Facet.STATUS).merge(status.name(), (long) n, Long::sum);
            }
        });
        Map<Facet, List<FacetCount>> out = new LinkedHashMap<>();
        totals.forEach((f, counts) -> {
            List<FacetCount> list = new ArrayList<>();
            counts.forEach((v, n) -> list.add(new FacetCount(v, n)));
            if (f != Facet.YEAR) {
                // Most common first; equal counts by value, so output is stable.
                list.sort(Comparator.comparingLong(FacetCount::count).reversed().thenComparing(FacetCount::value));
            }
            boolean whole = f == Facet.YEAR || f == Facet.TYPE;
            out.put(f, whole || list.size() <= top ? list : List.copyOf(list.subList(0, top)));
        });
        return new Result(matches, out);
    }

    /**
     * Counts of names that share a key merged under the form most counted: papers print "Cllr J
     * Watson" and "Cllr J. Watson", which a filter takes as one person, so a facet should too.
     */
    private static Map<String, Long> byKey(Map<String, Long> counts, Function<String, String> key) {
        Map<String, String> shown = new LinkedHashMap<>();
        Map<String, Long> best = new LinkedHashMap<>();
        Map<String, Long> sums = new LinkedHashMap<>();
        counts.forEach((name, n) -> {
            String k = key.apply(name);
            sums.merge(k, n, Long::sum);
            // Sorted input: on equal counts the first name in order stays, so the choice is stable.
            if (n > best.getOrDefault(k, 0L)) {
                best.put(k, n);
                shown.put(k, name);
            }
        });
        Map<String, Long> out = new TreeMap<>();
        sums.forEach((k, n) -> out.put(shown.get(k), n));
        return out;
    }

    /** Counts one slice of segments; not thread-safe, as Lucene gives each slice its own. */
    static final class Counting implements Collector {
        private final FacetKey.Counts keys = new FacetKey.Counts();
        private final Map<Facet, Map<String, Long>> names = new EnumMap<>(Facet.class);
        private long matches;
        private @Nullable SortedDocValues authority;
        private @Nullable SortedDocValues council;
        private int[] authorityCounts = new int[0];
        private int[] councilCounts = new int[0];
        private @Nullable SortedSetDocValues person;
        private @Nullable SortedSetDocValues organisation;
        private int[] personCounts = new int[0];
        private int[] organisationCounts = new int[0];

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            finishSegment();
            NumericDocValues key = DocValues.getNumeric(context.reader(), Fields.FACET_KEY);
            SortedDocValues a = DocValues.getSorted(context.reader(), Fields.AUTHORITY);
            SortedDocValues c = DocValues.getSorted(context.reader(), Fields.COUNCIL);
            int[] ac = new int[a.getValueCount()];
            int[] cc = new int[c.getValueCount()];
            SortedSetDocValues p = DocValues.getSortedSet(context.reader(), Fields.PERSON);
            SortedSetDocValues o = DocValues.getSortedSet(context.reader(), Fields.ORGANISATION);
            int[] pc = new int[Math.toIntExact(p.getValueCount())];
            int[] oc = new int[Math.toIntExact(o.getValueCount())];
            authority = a;
            council = c;
            person = p;
            organisation = o;
            authorityCounts = ac;
            councilCounts = cc;
            personCounts = pc;
            organisationCounts = oc;
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

        /** Turns the last segment's ordinal counts into name counts. */
        void finishSegment() throws IOException {
            if (authority != null) {
                names(Facet.AUTHORITY, authority, authorityCounts);
            }
            if (council != null) {
                names(Facet.COUNCIL, council, councilCounts);
            }
            if (person != null) {
                names(Facet.PERSON, person, personCounts);
            }
            if (organisation != null) {
                names(Facet.ORGANISATION, organisation, organisationCounts);
            }
            authority = null;
            council = null;
            person = null;
            organisation = null;
        }

        private void names(Facet facet, SortedDocValues values, int[] counts) throws IOException {
            Map<String, Long> m = names.computeIfAbsent(facet, f -> new TreeMap<>());
            for (int ord = 0; ord < counts.length; ord++) {
                if (counts[ord] > 0) {
                    m.merge(values.lookupOrd(ord).utf8ToString(), (long) counts[ord], Long::sum);
                }
            }
        }

        private void names(Facet facet, SortedSetDocValues values, int[] counts) throws IOException {
            Map<String, Long> m = names.computeIfAbsent(facet, f -> new TreeMap<>());
            for (int ord = 0; ord < counts.length; ord++) {
                if (counts[ord] > 0) {
                    m.merge(values.lookupOrd(ord).utf8ToString(), (long) counts[ord], Long::sum);
                }
            }
        }
    }
}
