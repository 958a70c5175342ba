package org.councilpapers.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A calendar date stated as fully as the paper states it: a year ({@code 2019}), a month
 * ({@code 2019-11}) or a day ({@code 2019-11-22}). Papers often give only "Oct 2019"; turning that
 * into a {@code LocalDate} would invent a day, so we keep the precision the paper had.
 *
 * <p>Immutable. Written to and read from JSON as its ISO text ({@link #toString()}, {@link #parse(String)}).
 * Ordered by year, then month, then day, a missing part first: {@code 2019} sorts before {@code 2019-01}, which
 * sorts before {@code 2019-01-01}.
 */
public final class PartialDate implements Comparable<PartialDate> {
    private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");
    private static final Comparator<PartialDate> ORDER = Comparator.comparingInt(PartialDate::year)
            .thenComparingInt(d -> d.month == null ? 0 : d.month)
            .thenComparingInt(d -> d.day == null ? 0 : d.day);

    private final int year;
    private final @Nullable Integer month;
    private final @Nullable Integer day;

    private PartialDate(int year, @Nullable Integer month, @Nullable Integer day) {
        this.year = year;
        this.month = month;
        this.day = day;
    }

    /**
     * A full date.
     *
     * @param date the date
     * @return the same day, to day precision
     */
    public static PartialDate of(LocalDate date) {
        return new PartialDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    /**
     * A full date.
     *
     * @param year the year
     * @param month the month, 1-12
     * @param day the day of the month, from 1
     * @return the date, to day precision
     * @throws java.time.DateTimeException if the date does not exist
     */
    public static PartialDate of(int year, int month, int day) {
        return of(LocalDate.of(year, month, day));
    }

    /**
     * A month of a year, with no day.
     *
     * @param year the year
     * @param month the month, 1-12
     * @return the month, to month precision
     * @throws java.time.DateTimeException if the month or year is out of range
     */
    public static PartialDate ofMonth(int year, int month) {
        YearMonth.of(year, month); // validates
        return new PartialDate(year, month, null);
    }

    /**
     * A year, with no month or day.
     *
     * @param year the year, four digits
     * @return the year, to year precision
     * @throws IllegalArgumentException if the year is not between 1000 and 9999
     */
    public static PartialDate ofYear(int year) {
        if (year < 1000 || year > 9999) {
            throw new IllegalArgumentException("year out of range: " + year);
        }
        return new PartialDate(year, null, null);
    }

    /**
     * Parses {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}, surrounding whitespace ignored; anything else is
     * rejected. The precision of the result is that of the text.
     *
     * @param iso the ISO text
     * @return the date
     * @throws IllegalArgumentException if the text is not of those forms or names a day or month that does not exist
     * @throws NullPointerException if {@code iso} is null
     */
    @JsonCreator
    public static PartialDate parse(String iso) {
        Matcher m = ISO.matcher(Objects.requireNonNull(iso, "iso").trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("not an ISO date, month or year: '" + iso + "'");
        }
        int y = Integer.parseInt(m.group(1));
        try {
            if (m.group(3) != null) {
                return of(y, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            }
            if (m.group(2) != null) {
                return ofMonth(y, Integer.parseInt(m.group(2)));
            }
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("not a real date: '" + iso + "'", e);
        }
        return ofYear(y);
    }

    /**
     * The year, always present.
     *
     * @return the four-digit year
     */
    public int year() {
        return year;
    }

    /**
     * The month.
     *
     * @return 1-12; null for a year-only date
     */
    public @Nullable Integer month() {
        return month;
    }

    /**
     * The day of the month.
     *
     * @return from 1; null for a year-only or month-only date
     */
    public @Nullable Integer day() {
        return day;
    }

    /**
     * Whether the date is given to the day.
     *
     * @return true if it has a day (and so a month)
     */
    public boolean isFullDate() {
        return day != null;
    }

    /**
     * The full date.
     *
     * @return the date, or null where the paper gave only a month or a year
     */
    public @Nullable LocalDate toLocalDate() {
        return day == null || month == null ? null : LocalDate.of(year, month, day);
    }

    /**
     * The date as ISO text at its own precision, as JSON holds it.
     *
     * @return {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}
     */
    @JsonValue
    @Override
    public String toString() {
        // Written by hand: String.format showed up in index profiles, as every stored record writes its dates.
        StringBuilder sb = new StringBuilder(10);
        pad(sb, year, 4);
        if (month != null) {
            pad(sb.append('-'), month, 2);
            if (day != null) {
                pad(sb.append('-'), day, 2);
            }
        }
        return sb.toString();
    }

    private static void pad(StringBuilder sb, int value, int width) {
        String digits = Integer.toString(value);
        for (int i = digits.length(); i < width; i++) {
            sb.append('0');
        }
        sb.append(digits);
    }

    /**
     * Compares by year, then month, then day, a missing part sorting before any present one.
     *
     * @param o the other date
     * @return negative, zero or positive as this date sorts before, with or after {@code o}
     */
    @Override
    public int compareTo(PartialDate o) {
        return ORDER.compare(this, o);
    }

    /**
     * Equal to a date with the same parts at the same precision: {@code 2019-11} is not {@code 2019-11-01}.
     *
     * @param o the other object
     * @return true if it is an equal {@code PartialDate}
     */
    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof PartialDate p && p.year == year && Objects.equals(p.month, month) && Objects.equals(p.day, day);
    }

    /**
     * A hash of the parts, consistent with {@link #equals(Object)}.
     *
     * @return the hash
     */
    @Override
    public int hashCode() {
        return Objects.hash(year, month, day);
    }
}
