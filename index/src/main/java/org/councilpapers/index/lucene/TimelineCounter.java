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
 * Counts matches by year and type, and judgements by year, area and grade, from doc values, as
 * {@link FacetCounter} does: ordinals while collecting, values once per segment.
 */
public final class TimelineCounter implements CollectorManager<TimelineCounter.Counting, TimelineCounter.Counts> {
    /** What was counted; {@link #timeline} turns it into the public value. */
    public static final class Counts {
        /** year (null: undated) → type → count. */
        final Map<Integer, Map<RecordType, Long>> byYear = new TreeMap<>();
        final Map<RecordType, Long> undated = new EnumMap<>(RecordType.class);
        /** year (Integer.MIN_VALUE: undated) → area → grade → count. */
        final Map<Integer, Map<String, Map<Grade, Long>>> grades = new TreeMap<>();

        void add(@Nullable Integer year, RecordType type, long n) {
            Map<RecordType, Long> m = year == null ? undated : byYear.computeIfAbsent(year, y -> new EnumMap<>(RecordType.class));
            m.merge(type, n, Long::sum);
        }

        void addGrade(@Nullable Integer year, String area, Grade grade, long n) {
            grades.computeIfAbsent(year == null ? Integer.MIN_VALUE : year, y -> new TreeMap<>())
                    .computeIfAbsent(area, a -> new EnumMap<>(Grade.class)).merge(grade, n, Long::sum);
        }

        /** The public value, in year order, types and grades in enum order. */
        public Timeline timeline(org.councilpapers.index.Query query) {
            List<Timeline.Year> years = new ArrayList<>();
            byYear.forEach((y, m) -> years.add(new Timeline.Year(y, counts(m))));
            List<Timeline.AreaGrades> areaGrades = new ArrayList<>();
            grades.forEach((y, areas) -> areas.forEach((area, g) ->
                    areaGrades.add(new Timeline.AreaGrades(y == Integer.MIN_VALUE ? null : y, area, g))));
            // Undated judgements last, as undated records are.
            areaGrades.sort((a, b) -> a.year() == null ? (b.year() == null ? 0 : 1) : b.year() == null ? -1 : 0);
            return new Timeline(query, years, counts(undated), areaGrades);
        }

        private static Timeline.Counts counts(Map<RecordType, Long> m) {
            return new Timeline.Counts(m.values().stream().mapToLong(Long::longValue).sum(), m);
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
            c.finishSegment(total);
        }
        return total;
    }

    /** Counts one slice of segments. */
    public static final class Counting implements Collector {
        private final Counts done = new Counts();
        private @Nullable Segment segment;

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            finishSegment(done);
            Segment s = new Segment(context);
            segment = s;
            return new LeafCollector() {
                @Override
                public void setScorer(Scorable scorer) {}

                @Override
                public void collect(int doc) throws IOException {
                    s.collect(doc);
                }
            };
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }

        void finishSegment(Counts into) throws IOException {
            if (segment != null) {
                segment.finish(into);
                segment = null;
            }
            if (into != done) {
                done.byYear.forEach((y, m) -> m.forEach((t, n) -> into.add(y, t, n)));
                done.undated.forEach((t, n) -> into.add(null, t, n));
                done.grades.forEach((y, areas) -> areas.forEach((area, g) -> g.forEach((grade, n) ->
                        into.addGrade(y == Integer.MIN_VALUE ? null : y, area, grade, n))));
                done.byYear.clear();
                done.undated.clear();
                done.grades.clear();
            }
        }
    }

    /** One segment's counts by ordinal. */
    private static final class Segment {
        private final SortedDocValues year;
        private final SortedDocValues type;
        private final SortedDocValues area;
        private final SortedDocValues grade;
        private final int types;
        /** [(yearOrd + 1) * types + typeOrd]; year slot 0 is undated. */
        private final long[] byYearType;
        /** ((yearOrd + 1) * areas + areaOrd) * grades + gradeOrd → count. */
        private final Map<Long, long[]> judgements = new HashMap<>();
        private final int judgementOrd;

        Segment(LeafReaderContext context) throws IOException {
            year = DocValues.getSorted(context.reader(), Fields.YEAR);
            type = DocValues.getSorted(context.reader(), Fields.TYPE);
            area = DocValues.getSorted(context.reader(), Fields.AREA);
            grade = DocValues.getSorted(context.reader(), Fields.GRADE);
            types = Math.max(1, type.getValueCount());
            byYearType = new long[(year.getValueCount() + 1) * types];
            judgementOrd = type.lookupTerm(new org.apache.lucene.util.BytesRef(RecordType.JUDGEMENT.jsonName()));
        }

        void collect(int doc) throws IOException {
            if (!type.advanceExact(doc)) {
                return;
            }
            int t = type.ordValue();
            int y = year.advanceExact(doc) ? year.ordValue() + 1 : 0;
            byYearType[y * types + t]++;
            if (t == judgementOrd && judgementOrd >= 0 && area.advanceExact(doc) && grade.advanceExact(doc)) {
                long key = ((long) y * Math.max(1, area.getValueCount()) + area.ordValue()) * Math.max(1, grade.getValueCount()) + grade.ordValue();
                judgements.computeIfAbsent(key, k -> new long[1])[0]++;
            }
        }

        void finish(Counts into) throws IOException {
            for (int i = 0; i < byYearType.length; i++) {
                if (byYearType[i] > 0) {
                    int y = i / types;
                    RecordType t = RecordType.fromName(type.lookupOrd(i % types).utf8ToString());
                    into.add(yearOf(y), t, byYearType[i]);
                }
            }
            int areas = Math.max(1, area.getValueCount());
            int grades = Math.max(1, grade.getValueCount());
            for (Map.Entry<Long, long[]> e : judgements.entrySet()) {
                long key = e.getKey();
                int g = (int) (key % grades);
                long rest = key / grades;
                int a = (int) (rest % areas);
                int y = (int) (rest / areas);
                into.addGrade(yearOf(y), area.lookupOrd(a).utf8ToString(), Grade.valueOf(grade.lookupOrd(g).utf8ToString()), e.getValue()[0]);
            }
        }

        private @Nullable Integer yearOf(int slot) throws IOException {
            return slot == 0 ? null : Integer.valueOf(year.lookupOrd(slot - 1).utf8ToString());
        }
    }
}
