package org.councilpapers.extractors.vocab;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.councilpapers.core.PartialDate;

/**
 * The date an action is due by, from what a plan prints in its timescale column: "By 27.10.12",
 * "27.7.12", "Oct 2019", "April 17", "June '17", "Sept 16 / ongoing", "May 16 - March 17" (the end
 * of a range), "01/09/2016- actions complete", or a deadline inside an update ("… by June '17").
 * "Immediate", "Ongoing" and update text with no date give none.
 */
public final class DueDates {
    private static final Pattern NO_DATE = Pattern.compile(
            "(?i)^(?:immediate(?:ly)?|ongoing|on-going|on going|continuous|continuing|tbc|tba|tbd|n/?a|asap|as required|with immediate effect)\\b.*");
    private static final Pattern LEAD_CUT = Pattern.compile("[.:;](?:\\s|$)");
    // Between the dates of a lead: words, dashes, slashes, ampersands; a dash or slash between digits is inside a date (01/09/2016).
    private static final Pattern SEPARATOR = Pattern.compile(
            "\\s+(?:to|until|and)\\s+|\\s*(?:(?<!\\d)[-–—/]|[-–—/](?!\\d)|[&,])\\s*");
    private static final Pattern RANGE = Pattern.compile("\\s+(?:to|until)\\s+|\\s*[-–—]\\s*");
    private static final Pattern BY = Pattern.compile("(?i)\\b(?:by|before|until|deadline:?)\\s+(?:the\\s+)?(?:end\\s+of\\s+)?([^.;:]{3,24})");
    private static final Pattern GLUED = Pattern.compile("(?i)\\b([a-z]{3,9})(\\d{4})\\b");
    private static final int LEAD_LENGTH = 40;
    private static final int TIMESCALE_LENGTH = 60;
    private static final int TIMESCALE_WORDS = 8;
    // "1-2 years", "4- 5 years", "6 months", "12 weeks", "up to 3 years".
    private static final Pattern DURATION = Pattern.compile("(?i)\\b\\d{1,2}(?:\\s*[-–]\\s*\\d{1,2})?\\s*(?:years?|yrs?|months?|weeks?)\\b");
    // "Q3", "Q3 2025/26", "end Q3", "quarter 2".
    private static final Pattern QUARTER = Pattern.compile("(?i)\\b(?:q[1-4]|quarter\\s+[1-4])\\b");
    // Words that stand for a time in a timescale column.
    private static final Pattern STANDS_FOR_A_TIME = Pattern.compile(
            "(?i)(?:ongoing|on-going|continuous|immediate(?:ly)?|tbc|tba|annual(?:ly)?|monthly|quarterly|short|medium|long)(?:\\s+term)?"
                    + "|once in post|as required|when required");

    private DueDates() {}

    /**
     * The due date a timescale cell gives, at the precision printed.
     *
     * @param due a timescale cell's text
     * @return the due date, empty where the cell gives none
     */
    public static Optional<PartialDate> parse(String due) {
        String s = GLUED.matcher(due.strip().replace('\u00a0', ' ').replaceAll("\\s+", " ")).replaceAll("$1 $2");
        if (s.isEmpty()) {
            return Optional.empty();
        }
        Optional<PartialDate> whole = UkDates.parse(s);
        if (whole.isPresent()) {
            return whole;
        }
        if (NO_DATE.matcher(s).matches() && UkDates.find(s.substring(0, Math.min(s.length(), LEAD_LENGTH))).isEmpty()) {
            return Optional.empty();
        }
        Optional<PartialDate> lead = lead(s);
        if (lead.isPresent()) {
            return lead;
        }
        Matcher m = BY.matcher(s);
        while (m.find()) {
            Optional<PartialDate> d = firstWords(m.group(1));
            if (d.isPresent()) {
                return d;
            }
        }
        return Optional.empty();
    }

    /**
     * Whether a line is a date in the forms a timescale column holds, or a word that stands for one ("Ongoing").
     *
     * @param line one line of a cell
     * @return true for a due line
     */
    public static boolean isDueLine(String line) {
        String s = GLUED.matcher(line.strip()).replaceAll("$1 $2");
        return !s.isEmpty() && s.length() <= 30 && (UkDates.parse(s).isPresent() || NO_DATE.matcher(s).matches() && s.length() <= 12);
    }

    /**
     * Whether a cell reads as a timescale, as plans print one under "Timescale", "By when" or "Target date": a due line
     * ("March 2026", "Ongoing"), or a short phrase of periods and dates ("1-2 years", "2024-2029", "2025 to 2026",
     * "Q3 2025/26", "commenced 2024", "2027 onwards", "Sept 2024 for SDP, end Q3 for other delivery plans", "Once in post").
     * A sentence that only mentions a date ("Audits delayed until May 2025 by sickness") is no timescale.
     *
     * @param cell a cell's text
     * @return true where the cell reads as a timescale
     */
    public static boolean isTimescale(String cell) {
        String s = cell.strip().replaceAll("\\s+", " ");
        if (s.isEmpty() || s.length() > TIMESCALE_LENGTH) {
            return false;
        }
        if (isDueLine(s) || DURATION.matcher(s).find() || QUARTER.matcher(s).find() || STANDS_FOR_A_TIME.matcher(s).matches()) {
            return true;
        }
        return s.split(" ").length <= TIMESCALE_WORDS && UkDates.find(s).isPresent();
    }

    // The dates at the start of a cell, before the update text: a range ("May 16 - March 17") gives its end, a list its first.
    private static Optional<PartialDate> lead(String s) {
        Matcher cut = LEAD_CUT.matcher(s);
        String lead = cut.find() ? s.substring(0, cut.start()) : s;
        if (lead.length() > LEAD_LENGTH) {
            lead = lead.substring(0, LEAD_LENGTH);
        }
        List<PartialDate> dates = new ArrayList<>();
        boolean range = false;
        int piece = 0;
        int from = 0;
        Matcher sep = SEPARATOR.matcher(lead);
        while (from <= lead.length()) {
            boolean more = sep.find(from);
            Optional<PartialDate> d = UkDates.parse(lead.substring(from, more ? sep.start() : lead.length()));
            if (d.isPresent()) {
                dates.add(d.get());
            } else if (!dates.isEmpty() || piece > 1) {
                break; // the update text has begun, or the cell does not start with a date
            }
            if (!more) {
                break;
            }
            if (dates.size() == 1) {
                range = RANGE.matcher(sep.group()).matches(); // what joins the first date to the next piece
            }
            from = sep.end();
            piece++;
        }
        if (dates.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(range && dates.size() > 1 ? dates.get(1) : dates.get(0));
    }

    private static Optional<PartialDate> firstWords(String text) {
        String[] words = text.strip().split(" ");
        for (int n = Math.min(3, words.length); n >= 1; n--) {
            Optional<PartialDate> d = UkDates.parse(String.join(" ", java.util.Arrays.copyOfRange(words, 0, n)));
            if (d.isPresent()) {
                return d;
            }
        }
        return Optional.empty();
    }
}
