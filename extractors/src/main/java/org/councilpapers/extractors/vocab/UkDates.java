package org.councilpapers.extractors.vocab;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.councilpapers.core.PartialDate;

/**
 * The date forms UK council papers print, normalised to a {@link PartialDate} at the precision
 * printed: "12 October 2021", "19th December 2019", "Tuesday, 4 February 2020", "27.10.12",
 * "14/9/2012", "Oct 2019", "April 17", "June '17", "2021". Two-digit years are 20xx: the papers
 * this library reads start in 2009.
 */
public final class UkDates {
    private static final Map<String, Month> MONTHS = Map.ofEntries(
            Map.entry("jan", Month.JANUARY), Map.entry("feb", Month.FEBRUARY), Map.entry("mar", Month.MARCH),
            Map.entry("apr", Month.APRIL), Map.entry("may", Month.MAY), Map.entry("jun", Month.JUNE),
            Map.entry("jul", Month.JULY), Map.entry("aug", Month.AUGUST), Map.entry("sep", Month.SEPTEMBER),
            Map.entry("sept", Month.SEPTEMBER), Map.entry("oct", Month.OCTOBER), Map.entry("nov", Month.NOVEMBER),
            Map.entry("dec", Month.DECEMBER));
    private static final String MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
            + "|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    private static final String YEAR = "('?\\d{2}|\\d{4})";
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "(?<![\\d.])(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + ",?\\s+" + YEAR + "(?![\\d])", Pattern.CASE_INSENSITIVE);
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern NUMERIC = Pattern.compile("(?<![\\d.])(\\d{1,2})[./](\\d{1,2})[./](\\d{2}|\\d{4})(?![\\d.]*\\d)");
    // Compiled once: every short cell and line is asked whether it is a date.
    private static final Pattern LEAD_WORD = Pattern.compile("(?i)^(by|w/c|from|due)\\s+");
    private static final Pattern END_PUNCTUATION = Pattern.compile("[.,;]+$");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern MONTH_YEAR = Pattern.compile("\\b" + MONTH + ",?\\s+" + YEAR + "(?!\\d)", Pattern.CASE_INSENSITIVE);
    private static final Pattern DAY_MONTH_NO_YEAR = Pattern.compile(
            "(?<![\\d.])(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + "(?![a-z])", Pattern.CASE_INSENSITIVE);
    private static final Pattern YEAR_ONLY = Pattern.compile("\\b(20\\d{2}|19\\d{2})\\b");

    private UkDates() {}

    /**
     * The first date found in the text, at the precision printed.
     *
     * @param text any text
     * @return the date ("12 October 2021", "October 2021", "2021"); empty where the text gives none
     */
    public static Optional<PartialDate> find(String text) {
        Matcher m = DAY_MONTH_YEAR.matcher(text);
        if (m.find()) {
            return day(year(m.group(3)), month(m.group(2)).getValue(), Integer.parseInt(m.group(1)));
        }
        m = MONTH_DAY_YEAR.matcher(text);
        if (m.find()) {
            return day(Integer.parseInt(m.group(3)), month(m.group(1)).getValue(), Integer.parseInt(m.group(2)));
        }
        m = NUMERIC.matcher(text);
        if (m.find()) {
            return day(year(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
        }
        m = MONTH_YEAR.matcher(text);
        if (m.find()) {
            return Optional.of(PartialDate.ofMonth(year(m.group(2)), month(m.group(1)).getValue()));
        }
        m = YEAR_ONLY.matcher(text);
        if (m.find()) {
            return Optional.of(PartialDate.ofYear(Integer.parseInt(m.group(1))));
        }
        return Optional.empty();
    }

    /**
     * A date only when the whole text is one (after trimming "By", "w/c" and punctuation).
     *
     * @param text a cell or a short line
     * @return the date; empty where the text is more than a date or gives none
     */
    public static Optional<PartialDate> parse(String text) {
        String s = END_PUNCTUATION.matcher(LEAD_WORD.matcher(text.trim()).replaceAll("")).replaceAll("");
        Optional<PartialDate> d = find(s);
        return d.isPresent() && SPACES.matcher(s).replaceAll(" ").length() <= 30 ? d : Optional.empty();
    }

    /**
     * A day and month printed without a year ("14 June", "Tuesday 3rd March"), as work programmes
     * head their rows within a municipal year; empty when the text gives a year too or no such date.
     *
     * @param text a cell or a short line
     * @return the day and month
     */
    public static Optional<MonthDay> findDayMonth(String text) {
        if (DAY_MONTH_YEAR.matcher(text).find()) {
            return Optional.empty();
        }
        Matcher m = DAY_MONTH_NO_YEAR.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        try {
            return Optional.of(MonthDay.of(month(m.group(2)), Integer.parseInt(m.group(1))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static final Pattern RANGE = Pattern.compile(
            "(?i)\\b(?:between|from)\\s+(.{1,30}?)\\s+(?:and|to|until)\\s+(.{3,30}?\\b(?:19|20)\\d{2})\\b");
    private static final Pattern DAY_ONLY = Pattern.compile("^\\s*(\\d{1,2})(?:st|nd|rd|th)?\\s*$");
    private static final Pattern DAY_MONTH = Pattern.compile("(?i)^\\s*(\\d{1,2})(?:st|nd|rd|th)?\\s+([a-z]+)\\.?\\s*$");

    /**
     * A date range stated in prose, "between 22nd February and 17th March 2016" or "from 4 to 22
     * November 2019": {start, end}, the start borrowing month and year from the end where it omits them.
     *
     * @param text any text
     * @return a new array of the start and the end; empty where the text states no such range
     */
    public static Optional<PartialDate[]> range(String text) {
        Matcher m = RANGE.matcher(text);
        while (m.find()) {
            Optional<PartialDate> end = find(m.group(2));
            if (end.isEmpty() || !end.get().isFullDate()) {
                continue;
            }
            Optional<PartialDate> start = startOf(m.group(1), end.get());
            if (start.isPresent() && start.get().compareTo(end.get()) <= 0) {
                return Optional.of(new PartialDate[] {start.get(), end.get()});
            }
        }
        return Optional.empty();
    }

    /**
     * The first half of a range, completed from the end date: "4th" or "22nd February" before "17th March 2016".
     *
     * @param first the start as printed
     * @param end the end date, a full date
     * @return the start; empty where {@code first} is no day or day and month
     */
    public static Optional<PartialDate> startOf(String first, PartialDate end) {
        Optional<PartialDate> full = find(first);
        if (full.isPresent() && full.get().isFullDate()) {
            return full;
        }
        Matcher dm = DAY_MONTH.matcher(first);
        if (dm.matches()) {
            return find(dm.group(1) + " " + dm.group(2) + " " + end.year());
        }
        Matcher d = DAY_ONLY.matcher(first);
        if (d.matches() && end.month() != null) {
            return day(end.year(), end.month(), Integer.parseInt(d.group(1)));
        }
        return Optional.empty();
    }

    /**
     * A full date found in the text, if any.
     *
     * @param text any text
     * @return the first full date; empty where the text gives none
     */
    public static Optional<LocalDate> findDay(String text) {
        return find(text).map(PartialDate::toLocalDate);
    }

    private static Optional<PartialDate> day(int year, int month, int day) {
        try {
            return Optional.of(PartialDate.of(year, month, day));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static Month month(String name) {
        String key = name.toLowerCase(Locale.ROOT).replace(".", "");
        Month m = MONTHS.get(key.length() > 3 && key.startsWith("sept") ? "sept" : key.substring(0, 3));
        if (m == null) {
            throw new IllegalArgumentException("not a month: " + name);
        }
        return m;
    }

    private static int year(String y) {
        String digits = y.replace("'", "");
        int v = Integer.parseInt(digits);
        return digits.length() == 2 ? 2000 + v : v;
    }
}
