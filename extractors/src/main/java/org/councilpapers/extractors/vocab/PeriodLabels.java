package org.councilpapers.extractors.vocab;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The labels of review periods in RAG grids and scorecards: "Oct 2019", "April 2020", "Jan-20",
 * "Q1", "Q2 2020/21", "Quarter 3", "2019/20", "Autumn 2020", a day beside a status word ("RAG 14/11/2025"), and the relative "Latest",
 * "Current" and "Previous". Each gets an order so a grid's periods can be put in time order
 * (scorecards often print the latest first).
 */
public final class PeriodLabels {
    // Compiled once: every header cell of every plan table is asked whether it is a period.
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern QUARTER = Pattern.compile(
            "(?i)^(?:q|qtr|quarter)\\s*([1-4])(?:\\s*[,-]?\\s*(?:(20\\d{2})\\s*[/-]\\s*(?:20)?\\d{2}|(20\\d{2}|\\d{2})\\s*[/-]\\s*\\d{2}|(20\\d{2})))?$");
    private static final Pattern FINANCIAL_YEAR = Pattern.compile("^(20\\d{2})\\s*[/-]\\s*(?:20)?(\\d{2})$");
    private static final Pattern MONTH_DASH_YEAR = Pattern.compile("(?i)^([a-z]{3,9})\\.?[-/ ]'?(\\d{2}|\\d{4})$");
    private static final Pattern SEASON = Pattern.compile("(?i)^(spring|summer|autumn|winter)(?:\\s+term)?\\s+(20\\d{2})$");
    // "14/11/2025", "30.09.25", "14 November 2025", "1st Oct 2025": a review dated to the day, as trackers head a RAG column.
    private static final Pattern DAY_DATE = Pattern.compile(
            "(?i)^\\d{1,2}(?:st|nd|rd|th)?(?:[/.-]\\d{1,2}[/.-](?:20)?\\d{2}|\\s+[a-z]{3,9}\\.?\\s+20\\d{2})$");
    private static final Pattern LATEST = Pattern.compile("(?i)^(?:latest|current|this (?:quarter|month|period|review)|now)$");
    private static final Pattern PREVIOUS = Pattern.compile("(?i)^(?:previous|prior|last (?:quarter|month|period|review)|before)$");

    // "RAG Nov 2025", "RAG rating (Q2)", "Status – as at Jan 2026", "Status (previous)": a status header naming its period after it.
    private static final Pattern STATUS_THEN_PERIOD = Pattern.compile(
            "(?i)^(?:(?:progress\\s+)?b?rag(?:\\s+(?:rating|status))?|status|rating)\\s*[-–—:,]?\\s*\\(?\\s*(?:(?:as\\s+)?at\\s+)?(.+?)\\s*\\)?$");
    // "Nov 2025 RAG", "Previous RAG", "Current RAG status", "Q1 status": the period first.
    private static final Pattern PERIOD_THEN_STATUS = Pattern.compile(
            "(?i)^(.+?)\\s*[-–—:,]?\\s+(?:b?rag(?:\\s+(?:rating|status))?|status|rating)$");
    private static final int MAX_STATUS_HEADER = 40;

    private PeriodLabels() {}

    /**
     * The period a status column's header names beside its status word ("RAG Nov 2025" gives "Nov 2025", "Previous RAG"
     * gives "Previous", "Status (current)" gives "current"): a tracker that rates each action at several reviews heads
     * each review's column so.
     *
     * @param header a column's header text, as printed
     * @return the period's label, empty where the header names no period beside a status word
     */
    public static Optional<String> inStatusHeader(String header) {
        String s = SPACES.matcher(header.strip().replace('\u00a0', ' ')).replaceAll(" ");
        if (s.length() > MAX_STATUS_HEADER || s.isEmpty()) {
            return Optional.empty();
        }
        String lower = s.toLowerCase(Locale.ROOT);
        if (!lower.contains("rag") && !lower.contains("status") && !lower.contains("rating")) {
            return Optional.empty(); // the cheap test first: every header cell of every plan is asked
        }
        for (Pattern p : List.of(STATUS_THEN_PERIOD, PERIOD_THEN_STATUS)) {
            Matcher m = p.matcher(s);
            if (m.matches() && (isPeriod(m.group(1)) || DAY_DATE.matcher(m.group(1).strip()).matches() && order(m.group(1)).isPresent())) {
                return Optional.of(m.group(1).strip());
            }
        }
        return Optional.empty();
    }

    /**
     * Whether a cell's whole text is a period label.
     *
     * @param text a cell's text
     * @return true where the whole text is a period label
     */
    public static boolean isPeriod(String text) {
        // A bare day ("27.10.12") is a due date's cell, not a review's label: only beside a status word is it one.
        return order(text).isPresent() && !DAY_DATE.matcher(text.strip()).matches();
    }

    /**
     * A number that sorts period labels into time order: year * 100 + month for dated labels (a
     * financial quarter starts in April), the quarter number alone for an undated "Q2", and the
     * relative labels after everything else. Empty when the text is not a period label.
     *
     * @param text a cell's text
     * @return the sort key, empty where the text is no period label
     */
    public static OptionalInt order(String text) {
        String s = SPACES.matcher(text.strip().replace('\u00a0', ' ')).replaceAll(" ");
        if (s.isEmpty() || s.length() > 24) {
            return OptionalInt.empty();
        }
        if (LATEST.matcher(s).matches()) {
            return OptionalInt.of(Integer.MAX_VALUE);
        }
        if (PREVIOUS.matcher(s).matches()) {
            return OptionalInt.of(Integer.MAX_VALUE - 1);
        }
        Matcher m = QUARTER.matcher(s);
        if (m.matches()) {
            int q = Integer.parseInt(m.group(1));
            String fy = m.group(2) != null ? m.group(2) : m.group(3);
            if (fy == null && m.group(4) == null) {
                return OptionalInt.of(q);
            }
            if (fy == null) {
                return OptionalInt.of(Integer.parseInt(m.group(4)) * 100 + (q - 1) * 3 + 1); // a calendar quarter: "Q1 2020"
            }
            int start = fy.length() == 2 ? 2000 + Integer.parseInt(fy) : Integer.parseInt(fy);
            // Council quarters are financial: Q1 of 2020/21 is April to June 2020, Q4 is January to March 2021.
            return OptionalInt.of(q == 4 ? (start + 1) * 100 + 1 : start * 100 + 4 + (q - 1) * 3);
        }
        m = FINANCIAL_YEAR.matcher(s);
        if (m.matches()) {
            return OptionalInt.of(Integer.parseInt(m.group(1)) * 100 + 4);
        }
        m = SEASON.matcher(s);
        if (m.matches()) {
            int month = switch (m.group(1).toLowerCase(Locale.ROOT)) {
                case "spring" -> 3;
                case "summer" -> 6;
                case "autumn" -> 9;
                default -> 12;
            };
            return OptionalInt.of(Integer.parseInt(m.group(2)) * 100 + month);
        }
        if (DAY_DATE.matcher(s).matches()) {
            // Month-fine like the other dated labels, so a dated review sorts among "Sep 2025" and "Q2 2025/26" alike.
            return UkDates.parse(s).filter(d -> d.month() != null && d.day() != null)
                    .map(d -> OptionalInt.of(d.year() * 100 + d.month())).orElse(OptionalInt.empty());
        }
        m = MONTH_DASH_YEAR.matcher(s);
        if (m.matches()) {
            return UkDates.parse(m.group(1) + " " + m.group(2)).filter(d -> d.month() != null && d.day() == null)
                    .map(d -> OptionalInt.of(d.year() * 100 + d.month())).orElse(OptionalInt.empty());
        }
        return OptionalInt.empty();
    }

    /**
     * Items in time order of their labels where every label has one; else as given. Stable.
     *
     * @param <T> the items' type
     * @param items the items
     * @param label what gives each item's period label
     * @return the items in time order, or as given
     */
    public static <T> List<T> inTimeOrder(List<T> items, Function<T, String> label) {
        if (items.stream().anyMatch(t -> order(label.apply(t)).isEmpty())) {
            return List.copyOf(items);
        }
        List<T> sorted = new ArrayList<>(items);
        sorted.sort(Comparator.comparingInt(t -> order(label.apply(t)).getAsInt()));
        return List.copyOf(sorted);
    }
}
