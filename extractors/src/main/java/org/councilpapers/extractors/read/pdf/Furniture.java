package org.councilpapers.extractors.read.pdf;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.councilpapers.core.layout.Layer;
import org.jspecify.annotations.Nullable;

/**
 * Running headers and footers: short text in the top or bottom band of a page that repeats (digits
 * aside) at about the same height on other pages, or that is a page number on its own. Also reads the
 * printed page number from them.
 */
final class Furniture {
    /** The share of the page height at the top and at the bottom where running text lives. */
    static final float BAND = 0.1f;
    /** How far apart (points) repeats of one header may sit on different pages. */
    static final float SAME_PLACE = 12f;

    private static final Pattern WHOLE_NUMBER = Pattern.compile(
            "(?i)(?:page\\s*)?(\\d{1,4})(?:\\s*(?:of|/)\\s*\\d{1,4})?|[-–—]\\s*(\\d{1,4})\\s*[-–—]|(\\d{1,4})\\s*\\|\\s*page|page\\s*\\|\\s*(\\d{1,4})|(?-i:((?=[ivx])x{0,3}(?:ix|iv|v?i{0,3})))");
    private static final Pattern PAGE_WORD = Pattern.compile("(?i)\\bpage\\s+(\\d{1,4})\\b");
    private static final Pattern EDGE_NUMBER = Pattern.compile("^(\\d{1,4})\\s.*|.*\\s(\\d{1,4})$");
    // Compiled once: a key is made for every line near a page's edge, on every page.
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern BLANK_NOTICE = Pattern.compile("(?i)\\W*this page (is )?(has been )?intentionally (been )?left blank\\W*");

    private Furniture() {}

    /** What was decided for one page: the layer of each furniture item (by index) and the printed page number. */
    record PageFurniture(Map<Integer, Layer> layers, @Nullable String printedNumber) {}

    private record Candidate(int page, int item, Layer layer, String text, String key, float y) {}

    static List<PageFurniture> detect(List<PageDraft> pages) {
        List<Candidate> all = new ArrayList<>();
        Map<String, List<Candidate>> byKey = new LinkedHashMap<>();
        // Short text of the body, to tell a section heading that happens to top a few pages from a running header.
        Set<String> bodyKeys = new HashSet<>();
        for (int p = 0; p < pages.size(); p++) {
            PageDraft page = pages.get(p);
            for (int i = 0; i < page.items().size(); i++) {
                if (!(page.items().get(i) instanceof TextItem t) || t.lineCount() > 3 || isBlankNotice(t.text())) {
                    continue;
                }
                Layer layer = t.box().y1() <= BAND * page.height() ? Layer.HEADER
                        : t.box().y0() >= (1 - BAND) * page.height() ? Layer.FOOTER : null;
                if (layer == null) {
                    bodyKeys.add(key(t.text()));
                    continue;
                }
                String full = t.marker() == null ? t.text() : t.marker() + " " + t.text();
                Candidate c = new Candidate(p, i, layer, full, layer + ":" + key(full), (t.box().y0() + t.box().y1()) / 2);
                all.add(c);
                byKey.computeIfAbsent(c.key(), k -> new ArrayList<>()).add(c);
            }
        }
        List<Map<Integer, Layer>> layers = new ArrayList<>();
        List<String> numbers = new ArrayList<>();
        List<Float> numberRank = new ArrayList<>();
        for (int p = 0; p < pages.size(); p++) {
            layers.add(new LinkedHashMap<>());
            numbers.add(null);
            numberRank.add(Float.MAX_VALUE);
        }
        for (Candidate c : all) {
            String whole = wholePageNumber(c.text());
            List<Candidate> twins = bodyKeys.contains(key(c.text())) ? List.of() : repeats(c, byKey.get(c.key()));
            if (whole == null && twins.isEmpty()) {
                continue;
            }
            layers.get(c.page()).put(c.item(), c.layer());
            // Prefer a number that is the whole line, then "Page N" inside a line, then a number at a
            // line's edge that changes from page to page; footers before headers.
            String number = whole;
            int rank = 0;
            if (number == null) {
                Matcher m = PAGE_WORD.matcher(c.text());
                if (m.find()) {
                    number = m.group(1);
                    rank = 2;
                } else {
                    number = edgeNumber(c.text());
                    rank = 4;
                    if (number != null && !countsPages(c, number, twins)) {
                        number = null; // a year, an issue or an agenda item number: it does not move with the pages
                    }
                }
            }
            // Then the line nearest the page's edge: a number printed higher up may be a quoted one.
            float height = pages.get(c.page()).height();
            float edge = c.layer() == Layer.FOOTER ? (height - c.y()) / height : 1 + c.y() / height;
            float score = rank + edge / 2;
            if (number != null && score < numberRank.get(c.page())) {
                numbers.set(c.page(), number);
                numberRank.set(c.page(), score);
            }
        }
        List<PageFurniture> out = new ArrayList<>();
        for (int p = 0; p < pages.size(); p++) {
            out.add(new PageFurniture(layers.get(p), numbers.get(p)));
        }
        return out;
    }

    /** Candidates with the same key on other pages at about the same height. */
    private static List<Candidate> repeats(Candidate c, List<Candidate> group) {
        List<Candidate> out = new ArrayList<>();
        for (Candidate o : group) {
            if (o.page() != c.page() && Math.abs(o.y() - c.y()) <= SAME_PLACE) {
                out.add(o);
            }
        }
        return out;
    }

    /** Whether the text is a "this page is intentionally left blank" notice, which is body, never furniture or a heading. */
    static boolean isBlankNotice(String text) {
        return BLANK_NOTICE.matcher(text).matches();
    }

    static String key(String text) {
        return SPACES.matcher(DIGITS.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("#")).replaceAll(" ").strip();
    }

    /** The page number a line is on its own ("86", "Page 86", "Page 3 of 12", "- 7 -", "iv"), or null. */
    static @Nullable String wholePageNumber(String text) {
        Matcher m = WHOLE_NUMBER.matcher(text.strip());
        if (!m.matches()) {
            return null;
        }
        for (int g = 1; g <= m.groupCount(); g++) {
            if (m.group(g) != null) {
                return m.group(g);
            }
        }
        return null;
    }

    private static @Nullable String edgeNumber(String text) {
        Matcher m = EDGE_NUMBER.matcher(text.strip());
        if (!m.matches()) {
            return null;
        }
        return m.group(1) != null ? m.group(1) : m.group(2);
    }

    /**
     * Whether a number at a line's edge steps with the pages: on most other pages with the same line it
     * is as far on as the page is.
     */
    private static boolean countsPages(Candidate c, String number, List<Candidate> twins) {
        int n = Integer.parseInt(number);
        int steps = 0;
        int misses = 0;
        for (Candidate t : twins) {
            String other = edgeNumber(t.text());
            if (other != null && Integer.parseInt(other) - n == t.page() - c.page()) {
                steps++;
            } else {
                misses++;
            }
        }
        return steps > misses;
    }
}
