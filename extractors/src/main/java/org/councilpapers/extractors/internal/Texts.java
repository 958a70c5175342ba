package org.councilpapers.extractors.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Text normalising shared by extractors. */
public final class Texts {
    /** The longest name a field line prints before its colon ("Electoral divisions affected:"). */
    private static final int MAX_FIELD_NAME = 40;
    /** The most words a field line's name has. */
    private static final int MAX_FIELD_WORDS = 6;
    // A sentence ends at . ! or ? followed by space and a capital, quote or digit; abbreviations common in papers are kept whole.
    // The leading (?=[.!?]) lets the matcher skip ordinary characters before it tries the costly look-behind.
    private static final Pattern SENTENCE_END = Pattern.compile("(?=[.!?])(?<!\\b(?:Mr|Mrs|Ms|Dr|Cllr|No|St|e\\.g|i\\.e|etc|approx))[.!?](?=\\s+[\"'‘“(A-Z0-9])");

    // "25/139 APOLOGIES FOR ABSENCE": a town or parish council's minute, the year first, its heading in capitals.
    private static final Pattern YEAR_MINUTE_HEADING = Pattern.compile("(\\d{2})/(\\d{1,4})\\.?\\s+\\p{Lu}[\\p{Lu}'’&-]+(?:\\s|[:.,]|$).*");

    private Texts() {}

    /**
     * A web page's link to a paper printed after the title it belongs to: "PDF 180 KB", "DOCX 45 KB". Shared by the HTML item
     * tables and the minutes' headings, which strip it from an item's title.
     */
    public static final Pattern FILE_LINK = Pattern.compile("(?i)\\s+(?:pdf|docx?|xlsx?|pptx?|rtf|odt|html?)\\s+\\d+(?:\\.\\d+)?\\s*[kmg]b$");

    /**
     * Whether a line starts with a minute numbered by the year first and headed in capitals, as town and parish councils print them
     * ("25/139 APOLOGIES FOR ABSENCE", "24/07. MINUTES"): such a line starts a minute, even where a reading ran it on from the line
     * above. "25/26 BUDGET", a financial year, and "24/01234/FUL", a planning application, are no minute's.
     *
     * @param line a line of text
     * @return true where the line opens with such a heading
     */
    public static boolean startsYearMinuteHeading(String line) {
        String s = line.strip();
        // Cheap first: two figures and a stroke.
        if (s.length() < 7 || s.charAt(2) != '/' || !Character.isDigit(s.charAt(0)) || !Character.isDigit(s.charAt(1))) {
            return false;
        }
        Matcher m = YEAR_MINUTE_HEADING.matcher(s);
        if (!m.matches()) {
            return false;
        }
        String after = m.group(2);
        return !(after.length() == 2 && Integer.parseInt(after) == (Integer.parseInt(m.group(1)) + 1) % 100);
    }

    /** Collapses runs of whitespace (newlines included) to one space and trims. */
    public static String squash(String s) {
        return collapse(s).trim();
    }

    /**
     * No-break spaces made plain and each run of whitespace ({@code \s}: space, tab, newline,
     * vertical tab, form feed, return) made one space, as {@code replaceAll("\\s+", " ")} would, but
     * without a regex: it runs on every block, several times over, and was a hot spot.
     */
    public static String collapse(String s) {
        int n = s.length();
        int i = 0;
        // Most texts need no change: return them as they are.
        for (boolean prevSpace = false; i < n; i++) {
            char c = s.charAt(i);
            boolean space = isRegexSpace(c);
            if (c == '\u00a0' || c != ' ' && space || space && prevSpace) {
                break;
            }
            prevSpace = space;
        }
        if (i == n) {
            return s;
        }
        // Into an array, not a StringBuilder: its append checks capacity and coder for every character, which was most of
        // this method's time on the texts that need a change. The part already read unchanged is copied at once.
        char[] out = new char[n];
        s.getChars(0, i, out, 0);
        int len = i;
        boolean inRun = i > 0 && s.charAt(i - 1) == ' ';
        for (int k = i; k < n; k++) {
            char c = s.charAt(k);
            if (c == '\u00a0' || isRegexSpace(c)) {
                if (!inRun) {
                    out[len++] = ' ';
                    inRun = true;
                }
            } else {
                out[len++] = c;
                inRun = false;
            }
        }
        return new String(out, 0, len);
    }

    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000b' || c == '\f' || c == '\r';
    }

    /** Lower-case, curly quotes and dashes made plain, whitespace squashed: for comparing and matching. */
    public static String fold(String s) {
        return squash(s.toLowerCase(Locale.ROOT).replace('’', '\'').replace('‘', '\'').replace('“', '"').replace('”', '"')
                .replace('–', '-').replace('—', '-'));
    }

    /** Splits a paragraph into sentences; a rough cut until NLP enrichment gives real boundaries. */
    public static List<Span> sentences(String text) {
        List<Span> out = new ArrayList<>();
        Matcher m = SENTENCE_END.matcher(text);
        int start = 0;
        while (m.find()) {
            add(out, text, start, m.end());
            start = m.end();
        }
        add(out, text, start, text.length());
        return out;
    }

    private static void add(List<Span> out, String text, int start, int end) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            out.add(new Span(start, end, text.substring(start, end)));
        }
    }

    /** A piece of a text with its offsets in that text. */
    public record Span(int start, int end, String text) {}

    /**
     * Whether a line opens with a short capitalised name and a colon ("Date of meeting: 4 March 2026", "Report author:"):
     * a field of a typed form. A colon in a time ("6:00") or an address ("https://") is followed by no space, and a
     * sentence's colon comes after more words than a field's name has.
     *
     * @param line a line or paragraph as printed
     * @return whether it is a labelled field
     */
    public static boolean fieldLine(String line) {
        String t = line.strip();
        if (t.isEmpty() || !Character.isUpperCase(t.charAt(0))) {
            return false;
        }
        int colon = t.indexOf(':');
        if (colon < 2 || colon > MAX_FIELD_NAME || colon + 1 < t.length() && !Character.isWhitespace(t.charAt(colon + 1))) {
            return false;
        }
        int words = 1;
        for (int k = 0; k < colon; k++) {
            char c = t.charAt(k);
            if (c == ' ') {
                words++;
            } else if (!Character.isLetter(c) && "()/&'’-".indexOf(c) < 0) {
                return false;
            }
        }
        return words <= MAX_FIELD_WORDS;
    }
}
