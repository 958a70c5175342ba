package org.councilpapers.extractors.read.pdf;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.councilpapers.core.layout.Box;
import org.councilpapers.core.layout.Rgb;
import org.councilpapers.extractors.internal.Texts;
import org.jspecify.annotations.Nullable;

/**
 * Lines in reading order to paragraphs and list items. A line starts a new paragraph after a gap wider
 * than the usual line spacing, at a change of font size or weight, at a first-line indent, or with a
 * list marker; a list item's wrapped lines stay with it while they keep to its text's indent.
 */
final class Paragraphs {
    /** Bullet characters as they come out of common fonts; symbol-font bullets arrive in the private use area. */
    private static final String BULLETS = "•·▪■□◦●○◆◇►▶➢➤✓✔❖⁃‣∙-–—*o§Ø";
    private static final Pattern NUMBERED = Pattern.compile(
            "(?:\\(?\\d{1,3}[.)]|\\d{1,2}(?:\\.\\d{1,2})+\\.?|\\(?[a-z][.)]|\\([a-zA-Z]\\)|[A-Z]\\)|\\(?[ivx]{1,5}[.)])");

    private static final Pattern GLUED_NUMBER = Pattern.compile("(\\d{1,2}(?:\\.\\d{1,2})*\\.)(\\p{Lu}\\p{Ll}.*)");
    // Compiled once: they run on every line of every page.
    private static final Pattern DECIMAL_MARKER = Pattern.compile("\\(?\\d{1,3}(?:\\.\\d{1,3})*[.)]?");

    // "Agenda item 5", "Item 7a", "Appendix B", "Part II", "Annex 3:": a label the heading's title follows.
    private static final Pattern LABEL = Pattern.compile(
            "\\p{L}[\\p{L}.]*(?:\\s+\\p{L}[\\p{L}.]*){0,2}\\s+(?:No\\.?\\s*)?(?:\\d{1,3}[A-Za-z]?|[A-Z]|[IVX]{1,5})[.:)]?");
    private static final Pattern JOINING_WORD = Pattern.compile("(?i)and|of|for|the|to|in|on|a|an|with|by|at|or|from|into");
    private static final char SOFT_HYPHEN = '\u00AD';
    private static final String SOFT_HYPHEN_TEXT = "\u00AD";

    private Paragraphs() {}

    /** The usual baseline-to-baseline distance of consecutive lines in one size, or 0 where there are too few lines. */
    static float leading(List<Line> ordered) {
        Map<Float, Integer> counts = new LinkedHashMap<>();
        for (int i = 1; i < ordered.size(); i++) {
            Line a = ordered.get(i - 1);
            Line b = ordered.get(i);
            float d = b.baseline() - a.baseline();
            float size = a.size();
            if (Math.abs(size - b.size()) < 0.6f && d > 0.9f * size && d < 2.2f * size) {
                counts.merge(Math.round(d / size * 20) / 20f, 1, Integer::sum);
            }
        }
        // Ties go to the first spacing met: the map keeps insertion order.
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(0f);
    }

    /** Paragraphs and list items from lines in reading order (a table cell's lines). */
    static List<TextItem> build(List<Line> ordered) {
        return build(ordered, -Float.MAX_VALUE, Float.MAX_VALUE, false);
    }

    /**
     * Paragraphs and list items from a page's lines in reading order; no paragraph runs across
     * {@code headerEnd} or {@code footerStart}, so body text never swallows a running header or footer.
     * Lines in a heading's style (bold, or larger than most of the page's text) run on only where the line
     * before wrapped or plainly carries on: two headings one above the other stay two.
     */
    static List<TextItem> build(List<Line> ordered, float headerEnd, float footerStart) {
        return build(ordered, headerEnd, footerStart, true);
    }

    /** The size most of the lines' characters have. */
    static float mainSize(List<Line> lines) {
        Map<Float, Integer> sizes = new LinkedHashMap<>();
        for (Line l : lines) {
            for (Word w : l.words()) {
                sizes.merge(w.size(), w.text().length(), Integer::sum);
            }
        }
        return sizes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(0f);
    }

    private static List<TextItem> build(List<Line> ordered, float headerEnd, float footerStart, boolean page) {
        float leading = leading(ordered);
        float spacing = leading > 0 ? leading : 1.25f;
        float body = page ? mainSize(ordered) : 0;
        List<TextItem> out = new ArrayList<>();
        Deque<Float> listIndents = new ArrayDeque<>();
        Deque<Integer> listLevels = new ArrayDeque<>(); // the decimal levels of the marker at each indent
        Draft draft = null;
        for (Line line : ordered) {
            Marker m = marker(line);
            // Each line in the header or footer band is an item of its own, so furniture can be told apart
            // from the body text beside it; it remembers whether it would have continued the item before.
            boolean banded = draft != null
                    && (band(draft.last(), headerEnd, footerStart) != 0 || band(line, headerEnd, footerStart) != 0);
            boolean continues = draft != null && m == null && continues(draft, line, spacing, ordered, body);
            if (continues && !banded) {
                draft.add(line);
                continue;
            }
            if (draft != null) {
                out.add(draft.item());
            }
            int depth = 0;
            if (m != null) {
                while (!listIndents.isEmpty() && listIndents.peek() > line.x0() + 3) {
                    listIndents.pop();
                    listLevels.pop();
                }
                if (!listIndents.isEmpty() && line.x0() > listIndents.peek() + 3
                        && decimalLevels(m.printed()) > 0 && decimalLevels(m.printed()) < listLevels.peek()) {
                    // "8." indented past "1.1" is no sub-item of it: a shallower number starts a list of its own.
                    listIndents.clear();
                    listLevels.clear();
                }
                if (listIndents.isEmpty() || line.x0() > listIndents.peek() + 3) {
                    listIndents.push(line.x0());
                    listLevels.push(decimalLevels(m.printed()));
                }
                depth = listIndents.size() - 1;
            } else if (!listIndents.isEmpty() && line.x0() <= listIndents.getLast() + 3) {
                listIndents.clear(); // back at the margin: the list is over
                listLevels.clear();
            }
            draft = new Draft(line, m, depth, continues);
        }
        if (draft != null) {
            out.add(draft.item());
        }
        return out;
    }

    /** How many numbers a decimal marker has ("8." 1, "2.3.1" 3); 0 for a bullet or letter. */
    static int decimalLevels(String marker) {
        return DECIMAL_MARKER.matcher(marker).matches() ? marker.split("\\.").length : 0;
    }

    private static int band(Line l, float headerEnd, float footerStart) {
        return l.bottom() <= headerEnd ? -1 : l.top() >= footerStart ? 1 : 0;
    }

    /** @param body the page's main text size, 0 where headings are not told apart (a table cell's lines) */
    private static boolean continues(Draft d, Line line, float spacing, List<Line> page, float body) {
        Line prev = d.last();
        float size = Math.max(prev.size(), line.size());
        float step = line.baseline() - prev.baseline();
        if (step <= 0 || step > spacing * size * 1.25f + 0.5f) {
            return false;
        }
        if (Math.abs(prev.size() - line.size()) >= 0.6f || prev.bold() != line.bold()) {
            return false;
        }
        if (line.x1() < d.x0 - size || line.x0() > d.x1) {
            return false; // no horizontal overlap with the paragraph so far
        }
        String first = line.words().get(0).text();
        if (first.length() > 3 && first.charAt(2) == '/' && Texts.startsYearMinuteHeading(line.text())) {
            return false; // "25/140 DECLARATIONS OF INTEREST" set tight under the minute before starts a minute of its own
        }
        if (d.marker != null) {
            if (line.x0() >= Math.min(d.textX0 - 0.8f * size, d.markerX0 + 0.5f * size)) {
                return true; // a hanging indent: wrapped lines keep right of the marker, mostly to the item's text
            }
            // Without a hanging indent the text wraps back to the marker's own margin. A line there carries
            // the item on where the line before it was full (the first word would not have fitted on it) and
            // did not end a sentence; else it is the paragraph after the list. Bold or not: a wrapped minute
            // title ("90. 24/00109 - Transfer the 18-25 section of ...") is one item.
            return Math.abs(line.x0() - d.markerX0) <= 0.8f * size && wraps(prev, line, page)
                    && (!endsSentence(prev) || startsLower(line));
        }
        if (body > 0 && headingStyle(prev, body)) {
            // A heading runs on to the next line only where it wrapped there ("Agenda item 5" carries on into the
            // title below it too, as does a line ending on "of" or a colon); a short heading line ends its heading.
            boolean centred = Math.abs(prev.x0() + prev.x1() - line.x0() - line.x1()) <= 2 * size;
            boolean carries = wraps(prev, line, page) || centred && wrapsCentred(prev, line, page) || carriesOn(prev, line);
            if (carries && centred && Math.abs(line.x0() - prev.x0()) > 1.2f * size) {
                return true; // a centred title's lines start at different places
            }
        }
        // A first-line indent starts a new paragraph; a hanging line back at the margin does not.
        return line.x0() - prev.x0() <= 1.2f * size;
    }

    /** Bold, or clearly larger than the page's main text: a line as headings are set. */
    static boolean headingStyle(Line l, float body) {
        return l.bold() || l.size() >= body + Math.max(1f, 0.12f * body);
    }

    /**
     * Whether a centred line was ended by wrapping: it and the next line's first word would not fit in the width
     * of the text it is centred in (from the leftmost to the rightmost edge of the lines beside it).
     */
    static boolean wrapsCentred(Line prev, Line next, List<Line> page) {
        float left = prev.x0();
        float right = prev.x1();
        for (Line l : page) {
            if (l.x0() < prev.x1() && l.x1() > prev.x0()) {
                left = Math.min(left, l.x0());
                right = Math.max(right, l.x1());
            }
        }
        Word first = next.words().get(0);
        float size = Math.max(prev.size(), next.size());
        return prev.x1() - prev.x0() + 0.25f * size + first.x1() - first.x0() > right - left - size;
    }

    /**
     * Whether a heading line plainly carries on into the next although it did not fill its width: the next starts
     * in lower case; it ends on a colon, a dash, an ampersand or a word that cannot end a title; or it is a label
     * the title follows.
     */
    static boolean carriesOn(Line prev, Line next) {
        if (startsLower(next)) {
            return true;
        }
        String last = prev.words().get(prev.words().size() - 1).text();
        char end = last.charAt(last.length() - 1);
        if (":-\u2013\u2014&/,".indexOf(end) >= 0 || JOINING_WORD.matcher(last).matches()) {
            return true;
        }
        if (prev.words().size() > 5) {
            return false;
        }
        StringBuilder text = new StringBuilder();
        for (Word w : prev.words()) {
            text.append(text.isEmpty() ? "" : " ").append(w.text());
        }
        return LABEL.matcher(text).matches();
    }

    /**
     * Whether {@code prev} was ended by wrapping: the first word of {@code next} would not have fitted after
     * it, short of the right edge of the text it runs in (the furthest any line reaches that starts left
     * of where {@code prev} ends, so a column to the right does not count).
     */
    static boolean wraps(Line prev, Line next, List<Line> page) {
        float right = prev.x1();
        for (Line l : page) {
            if (l.x0() < prev.x1()) {
                right = Math.max(right, l.x1());
            }
        }
        Word first = next.words().get(0);
        float size = Math.max(prev.size(), next.size());
        return fills(prev.x1(), first.x1() - first.x0(), right, size);
    }

    /** Whether a word of {@code wordWidth} would not fit after a line ending at {@code lineX1}. */
    static boolean fills(float lineX1, float wordWidth, float right, float size) {
        return lineX1 + 0.25f * size + wordWidth > right - 0.5f * size;
    }

    /** Whether a line ends as a sentence or a clause ends, so a line after it need not carry it on. */
    static boolean endsSentence(Line l) {
        return endsSentence(l.words().get(l.words().size() - 1).text());
    }

    static boolean endsSentence(String text) {
        String t = text.strip();
        while (!t.isEmpty() && "\"'”’)*".indexOf(t.charAt(t.length() - 1)) >= 0) {
            t = t.substring(0, t.length() - 1); // closing quotes and brackets, and a footnote star
        }
        return !t.isEmpty() && ".:;!?".indexOf(t.charAt(t.length() - 1)) >= 0;
    }

    static boolean startsLower(Line l) {
        return Character.isLowerCase(l.words().get(0).text().codePointAt(0));
    }

    record Marker(String printed, int words, String rest) {}

    /**
     * Whether a font's name says it draws symbols (Symbol, Wingdings, Dingbats). Asked of every line, so matched in
     * place, without lower-casing the name or running a pattern over it.
     */
    static boolean symbolFont(String font) {
        return containsIgnoreCase(font, "symbol") || containsIgnoreCase(font, "wingding") || containsIgnoreCase(font, "dingbat");
    }

    private static boolean containsIgnoreCase(String s, String word) {
        for (int i = 0; i + word.length() <= s.length(); i++) {
            if (s.regionMatches(true, i, word, 0, word.length())) {
                return true;
            }
        }
        return false;
    }

    /** The list marker a line starts with, or null. */
    static @Nullable Marker marker(Line line) {
        Word first = line.words().get(0);
        String t = first.text();
        int c = t.codePointAt(0);
        boolean symbolFont = symbolFont(first.font());
        boolean bulletChar = BULLETS.indexOf(c) >= 0 && (c != 'o' && c != '§' && c != 'Ø' || symbolFont || t.length() == 1);
        if (bulletChar || (c >= 0xE000 && c <= 0xF8FF) || symbolFont && t.length() == 1) {
            String printed = c >= 0xE000 && c <= 0xF8FF || symbolFont ? "•" : new String(Character.toChars(c));
            String rest = t.substring(Character.charCount(c));
            if (rest.isEmpty() && line.words().size() == 1) {
                return null; // a lone dash or bullet is not an item
            }
            if (!rest.isEmpty() && (c == '-' || c == 'o' || Character.isLetterOrDigit(rest.codePointAt(0)) && c != '•' && c != '▪')) {
                return null; // "-5%", "orange", "§12": a word, not a marker
            }
            // A bullet drawn before a number ("• 1.1 That ..."): the number is what the paper cites.
            if (!rest.isEmpty() && line.words().size() > 1 && NUMBERED.matcher(rest).matches()) {
                return new Marker(rest, 1, "");
            }
            if (rest.isEmpty() && line.words().size() > 2 && NUMBERED.matcher(line.words().get(1).text()).matches()) {
                return new Marker(line.words().get(1).text(), 2, "");
            }
            return new Marker(printed, rest.isEmpty() ? 1 : 0, rest);
        }
        if (line.words().size() > 1 && NUMBERED.matcher(t).matches()) {
            return new Marker(t, 1, "");
        }
        Matcher glued = GLUED_NUMBER.matcher(t);
        if (glued.matches()) {
            return new Marker(glued.group(1), 0, glued.group(2)); // "12.Work Programme": the tab was lost
        }
        return null;
    }

    /** A paragraph or list item being drafted. */
    private static final class Draft {
        final List<Line> lines = new ArrayList<>();
        final @Nullable String marker;
        final int depth;
        final float textX0;
        final float markerX0;
        float x0;
        float x1;
        final String firstRest;
        final int skipWords;
        final boolean continuesPrevious;

        Draft(Line first, @Nullable Marker m, int depth, boolean continuesPrevious) {
            this.continuesPrevious = continuesPrevious;
            this.marker = m == null ? null : m.printed();
            this.depth = depth;
            this.skipWords = m == null ? 0 : m.words();
            this.firstRest = m == null ? "" : m.rest();
            this.textX0 = m != null && m.words() > 0 && first.words().size() > m.words() ? first.words().get(m.words()).x0() : first.x0();
            this.markerX0 = first.x0();
            this.x0 = first.x0();
            this.x1 = first.x1();
            lines.add(first);
        }

        /** The width of the first word of the item's text, after its marker. */
        float firstWordWidth() {
            List<Word> ws = lines.get(0).words();
            int k = Math.min(skipWords, ws.size() - 1);
            return ws.get(k).x1() - ws.get(k).x0();
        }

        Line last() {
            return lines.get(lines.size() - 1);
        }

        void add(Line l) {
            lines.add(l);
            x0 = Math.min(x0, l.x0());
            x1 = Math.max(x1, l.x1());
        }

        TextItem item() {
            StringBuilder sb = new StringBuilder(firstRest);
            for (int i = 0; i < lines.size(); i++) {
                List<Word> ws = lines.get(i).words();
                for (int k = i == 0 ? skipWords : 0; k < ws.size(); k++) {
                    if (k == 0 && i == 0 && !firstRest.isEmpty() && skipWords == 0) {
                        continue; // the first word was the marker glued to its text
                    }
                    appendWord(sb, ws.get(k).text(), k == 0 && i > 0);
                }
            }
            Box box = lines.get(0).box();
            int boldChars = 0;
            int italicChars = 0;
            int chars = 0;
            Map<Rgb, Integer> colors = new LinkedHashMap<>();
            Map<Float, Integer> sizes = new LinkedHashMap<>();
            // Words of one colour and size come in runs: a run's characters go into the maps once, not a merge a word.
            Rgb runColor = null;
            int colorRun = 0;
            boolean sized = false;
            float runSize = 0;
            int sizeRun = 0;
            for (Line l : lines) {
                box = box.union(l.box());
                for (Word w : l.words()) {
                    int n = w.text().length();
                    chars += n;
                    boldChars += w.bold() ? n : 0;
                    italicChars += w.italic() ? n : 0;
                    if (runColor != null && runColor != w.color() && !runColor.equals(w.color())) {
                        colors.merge(runColor, colorRun, Integer::sum);
                        colorRun = 0;
                    }
                    runColor = w.color();
                    colorRun += n;
                    if (sized && Float.floatToIntBits(runSize) != Float.floatToIntBits(w.size())) {
                        sizes.merge(runSize, sizeRun, Integer::sum);
                        sizeRun = 0;
                    }
                    sized = true;
                    runSize = w.size();
                    sizeRun += n;
                }
            }
            colors.merge(runColor, colorRun, Integer::sum);
            sizes.merge(runSize, sizeRun, Integer::sum);
            float size = sizes.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
            String text = sb.indexOf(SOFT_HYPHEN_TEXT) < 0 ? sb.toString() : sb.toString().replace(SOFT_HYPHEN_TEXT, "");
            return new TextItem(text.strip(), marker, depth, box, lines.size(), size, boldChars * 2 > chars,
                    italicChars * 2 > chars, colors.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey(),
                    continuesPrevious, textX0, last().x1(), firstWordWidth());
        }

        /**
         * Joins words with spaces; a line that ends in a soft hyphen (U+00AD, the hyphen a word processor shows only
         * where it breaks a word) joins the next line's first word without it; a line that ends in a hyphen after a letter and a next line that starts in
         * lower case join without a space ("well-" + "being"), keeping the hyphen, which may be a real one.
         */
        private static void appendWord(StringBuilder sb, String w, boolean lineStart) {
            int n = sb.length();
            if (lineStart && n > 1 && sb.charAt(n - 1) == SOFT_HYPHEN) {
                // A soft hyphen shows only where the word processor broke the word: the word is whole again.
                sb.setLength(n - 1);
                sb.append(w);
                return; // soft hyphens inside a line show nothing, and go when the item's text is made
            }
            boolean hyphenated = lineStart && n > 1 && sb.charAt(n - 1) == '-' && Character.isLetter(sb.charAt(n - 2))
                    && Character.isLowerCase(w.codePointAt(0));
            if (n > 0 && !hyphenated) {
                sb.append(' ');
            }
            sb.append(w);
        }
    }
}
