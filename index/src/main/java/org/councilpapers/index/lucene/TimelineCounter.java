package org.councilpapers.index.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.councilpapers.core.record.Grade;
import org.councilpapers.core.record.RecordType;
import org.councilpapers.index.Timeline;
import org.jspecify.annotations.Nullable;

/**
 * Counts matches by year and type from each record's {@link FacetKey}, and judgements by year,
 * area and grade with the area's sorted doc value (by ordinal within a segment, by name once the
 * segment is done).
 */
final class TimelineCounter implements CollectorManager<TimelineCounter.Counting, TimelineCounter.Counts> {
    /** What was counted; {@link #timeline} turns it into the public value. */
    static final class Counts {
        /** year → type → count. */
        final Map<Integer, Map<RecordType, Long>> byYear = new TreeMap<>();
        final Map<RecordType, Long> undated = new EnumMap<>(RecordType.class);
        /** year (Integer.MIN_VALUE: undated) → area → grade → count. */
        final Map<Integer, Map<String, Map<Grade, Long>>> grades = new TreeMap<>();
        /** year (0: undated) → passages. */
        final Map<Integer, Long> passages = new TreeMap<>();

        void addPassages(int year, long n) {
            passages.merge(year, n, Long::sum);
        }

        void add(@Nullable Integer year, RecordType type, long n) {
            Map<RecordType, Long> m = year == null ? undated : byYear.computeIfAbsent(year, y -> new EnumMap<>(RecordType.class));
            m.merge(type, n, Long::sum);
        }

        void addGrade(@Nullable Integer year, String area, Grade grade, long n) {
            grades.computeIfAbsent(year == null ? Integer.MIN_VALUE : year, y -> new TreeMap<>())
                    .computeIfAbsent(area, a -> new EnumMap<>(Grade.class)).merge(grade, n, Long::sum);
        }

        void addAll(Counts other) {
            other.byYear.forEach((y, m) -> m.forEach((t, n) -> add(y, t, n)));
            other.undated.forEach((t, n) -> add(null, t, n));
            other.passages.forEach(this::addPassages);
            other.grades.forEach((y, areas) -> areas.forEach((area, g) -> g.forEach((grade, n) ->
                    addGrade(y == Integer.MIN_VALUE ? null : y, area, grade, n))));
        }

        /** The public value, in year order, types and grades in enum order, undated judgements last. */
        Timeline timeline(org.councilpapers.index.Query query) {
            List<Timeline.Year> years = new ArrayList<>();
            TreeMap<Integer, Boolean> all = new TreeMap<>();
            byYear.keySet().forEach(y -> all.put(y, true));
            passages.keySet().stream().filter(y -> y != 0).forEach(y -> all.put(y, true));
            all.keySet().forEach(y -> years.add(new Timeline.Year(y, counts(byYear.getOrDefault(y, Map.of()), passages.getOrDefault(y, 0L)))));
            List<Timeline.AreaGrades> dated = new ArrayList<>();
            List<Timeline.AreaGrades> undatedGrades = new ArrayList<>();
            grades.forEach((y, areas) -> areas.forEach((area, g) -> (y == Integer.MIN_VALUE ? undatedGrades : dated)
                    .add(new Timeline.AreaGrades(y == Integer.MIN_VALUE ? null : y, area, g))));
            dated.addAll(undatedGrades);
            return new Timeline(query, years, counts(undated, passages.getOrDefault(0, 0L)), dated);
        }

        private static Timeline.Counts counts(Map<RecordType, Long> m, long passages) {
            return new Timeline.Counts(m.values().stream().mapToLong(Long::longValue).sum(), m, passages);
        }
    }

    @Override
    public Counting newCollector() {
        return new Counting();
    }

    @Override
    public Counts reduce(Collection<Counting> collectors) throws IOException {
        Counts total = new Counts();
        for (Counting c : collectors) {
            c.finishSegment();
            total.addAll(c.done);
        }
        return total;
    }

    /** Counts one slice of segments. */
    static final class Counting implements Collector {
        private final Counts done = new Counts();
        private final FacetKey.Counts keys = new FacetKey.Counts();
        private @Nullable SortedDocValues area;
        /** (key of a judgement, area ordinal) → count, for the current segment. */
        private final Map<Long, long[]> judgements = new HashMap<>();

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            finishSegment();
            NumericDocValues key = DocValues.getNumeric(context.reader(), Fields.FACET_KEY);
            NumericDocValues passageYear = DocValues.getNumeric(context.reader(), Fields.PASSAGE_YEAR);
            SortedDocValues a = DocValues.getSorted(context.reader(), Fields.AREA);
            area = a;
            return new LeafCollector() {
                @Override
                public void setScorer(Scorable scorer) {}

                @Override
                public void collect(int doc) throws IOException {
                    if (!key.advanceExact(doc)) {
                        if (passageYear.advanceExact(doc)) {
                            done.addPassages((int) passageYear.longValue(), 1);
                        }
                        return;
                    }
                    int k = (int) key.longValue();
                    keys.add(k);
                    if (FacetKey.grade(k) != null && a.advanceExact(doc)) {
                        judgements.computeIfAbsent((long) k << 32 | a.ordValue(), x -> new long[1])[0]++;
                    }
                }
            };
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }

        /** Moves the counts so far into {@link #done}, turning the segment's area ordinals into names. */
        void finishSegment() throws IOException {
            keys.forEach((k, n) -> done.add(FacetKey.year(k), FacetKey.type(k), n));
            keys.clear();
            if (area != null) {
                for (Map.Entry<Long, long[]> e : judgements.entrySet()) {
                    int k = (int) (e.getKey() >>> 32);
                    int ord = (int) (long) e.getKey();
                    Grade grade = FacetKey.grade(k);
                    if (grade != null) {
                        done.addGrade(FacetKey.year(k), area.lookupOrd(ord).utf8ToString(), grade, e.getValue()[0]);
                    }
                }
            }
            judgements.clear();
            area = null;
        }
    }
}
