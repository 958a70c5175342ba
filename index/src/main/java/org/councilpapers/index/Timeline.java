package org.councilpapers.index;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.councilpapers.core.record.Grade;
import org.councilpapers.core.record.RecordType;
import org.jspecify.annotations.Nullable;

/**
 * How the records matching a query spread over the years: counts per year and record type, and for
 * judgements, the grades per year and area; passages of body text that match (unless the query's
 * scope leaves them out) are counted per year on their own, by their paper's date. Offset, limit
 * and order of the query do not apply.
 *
 * @param query   the query whose matches are counted
 * @param years   one entry per year with matches, oldest first
 * @param undated records matching without any year (neither they nor their paper are dated)
 * @param grades  judgements' grades by year and area, oldest first, areas in name order
 */
public record Timeline(Query query, List<Year> years, Counts undated, List<AreaGrades> grades) {
    /**
     * Copies the lists.
     *
     * @param query the query whose matches are counted
     * @param years one entry per year with matches, oldest first
     * @param undated records matching without any year
     * @param grades judgements' grades by year and area
     * @throws NullPointerException if an argument is null
     */
    public Timeline {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(undated, "undated");
        years = List.copyOf(years);
        grades = List.copyOf(grades);
    }

    /**
     * Records per type in one year.
     *
     * @param year the year
     * @param counts the matches dated in it
     */
    public record Year(int year, Counts counts) {
        /**
         * Checks the counts.
         *
         * @param year the year
         * @param counts the matches dated in it
         * @throws NullPointerException if {@code counts} is null
         */
        public Year {
            Objects.requireNonNull(counts, "counts");
        }
    }

    /**
     * Counts by record type, in {@link RecordType} order; types with no records are left out.
     *
     * @param total    all records counted (passages not among them)
     * @param byType   records per type
     * @param passages the {@link Passage}s of body text counted, on their own
     */
    public record Counts(long total, Map<RecordType, Long> byType, long passages) {
        /**
         * Copies the map, keeping its order.
         *
         * @param total all records counted
         * @param byType records per type
         * @param passages the passages counted
         * @throws NullPointerException if {@code byType} is null
         */
        public Counts {
            byType = Collections.unmodifiableMap(new LinkedHashMap<>(byType));
        }

        /**
         * Counts of records only, no passages.
         *
         * @param total all records counted
         * @param byType records per type
         */
        public Counts(long total, Map<RecordType, Long> byType) {
            this(total, byType, 0);
        }

        /**
         * The count of one record type.
         *
         * @param type the type
         * @return how many records of it were counted; 0 where none
         */
        public long of(RecordType type) {
            return byType.getOrDefault(type, 0L);
        }
    }

    /**
     * How many judgements of one area in one year got each grade, e.g. 2019, "Overall
     * effectiveness": GOOD 1. Areas are as printed; a year of null is an undated judgement.
     *
     * @param year the judgements' year; null for undated judgements
     * @param area the judgements' area, as printed
     * @param grades how many judgements got each grade; grades none got are left out
     */
    public record AreaGrades(@Nullable Integer year, String area, Map<Grade, Long> grades) {
        /**
         * Copies the map, keeping its order.
         *
         * @param year the judgements' year; null for undated judgements
         * @param area the judgements' area, as printed
         * @param grades how many judgements got each grade
         * @throws NullPointerException if {@code area} or {@code grades} is null
         */
        public AreaGrades {
            Objects.requireNonNull(area, "area");
            grades = Collections.unmodifiableMap(new LinkedHashMap<>(grades));
        }

        /**
         * The count of one grade.
         *
         * @param grade the grade
         * @return how many judgements got it; 0 where none
         */
        public long of(Grade grade) {
            return grades.getOrDefault(grade, 0L);
        }
    }
}
