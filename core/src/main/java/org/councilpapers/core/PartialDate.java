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

    public static PartialDate of(LocalDate date) {
        return new PartialDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    public static PartialDate of(int year, int month, int day) {
        return of(LocalDate.of(year, month, day));
    }

    public static PartialDate ofMonth(int year, int month) {
        YearMonth.of(year, month); // validates
        return new PartialDate(year, month, null);
    }

    public static PartialDate ofYear(int year) {
        if (year < 1000 || year > 9999) {
            throw new IllegalArgumentException("year out of range: " + year);
        }
        return new PartialDate(year, null, null);
    }

    /** Parses {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}; anything else is rejected. */
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

    public int year() {
        return year;
    }

    public @Nullable Integer month() {
        return month;
    }

    public @Nullable Integer day() {
        return day;
    }

    public boolean isFullDate() {
        return day != null;
    }

    /** The full date, or null where the paper gave only a month or a year. */
    public @Nullable LocalDate toLocalDate() {
        return day == null || month == null ? null : LocalDate.of(year, month, day);
    }

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

    @Override
    public int compareTo(PartialDate o) {
        return ORDER.compare(this, o);
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof PartialDate p && p.year == year && Objects.equals(p.month, month) && Objects.equals(p.day, day);
    }

    @Override
    public int hashCode() {
        return Objects.hash(year, month, day);
    }
}
