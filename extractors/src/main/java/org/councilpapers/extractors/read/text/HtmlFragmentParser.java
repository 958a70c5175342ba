package org.councilpapers.extractors.read.text;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.councilpapers.core.layout.Block;
import org.councilpapers.core.layout.BlockKind;
import org.councilpapers.core.layout.Cell;
import org.councilpapers.core.layout.Rgb;
import org.councilpapers.core.layout.Style;
import org.councilpapers.core.layout.Table;
import org.councilpapers.extractors.read.tika.Css;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jspecify.annotations.Nullable;

/**
 * Reads the HTML that text extractions embed (a cell's {@code <p>}s and {@code <ul>}s, a whole
 * {@code <table>}, a stray {@code <a href>}) into blocks, with jsoup doing all the parsing: a paragraph
 * per {@code <p>} or line, a list item per {@code <li>}, a TABLE block per table with its row and column
 * spans, header cells, background fills and text colours. Stateless.
 */
final class HtmlFragmentParser {

    /** A fragment's blocks in reading order, and the colour of its text where that is not black. */
    record Content(List<Block> blocks, @Nullable Rgb textColor) {
        Content {
            blocks = List.copyOf(blocks);
        }
    }

    // Only real tag names, and attributes only as name=value: "children aged <5" or "<b and c>" in
    // prose must not be taken for markup.
    private static final Pattern TAG = Pattern.compile("(?i)</?(?:a|b|i|u|s|em|strong|span|font|br|p|div|ul|ol|li|"
            + "table|thead|tbody|tfoot|tr|td|th|caption|sup|sub|small|big|strike|del|ins|mark|code|pre|blockquote|"
            + "center|img|hr|h[1-6]|col|colgroup|dl|dt|dd)(?:\\s+[a-z_:][-a-z0-9_:.]*\\s*=[^<>]*)?\\s*/?>");
    // Bullets that HTML sometimes carries as text ("<ul> • a • b"); '-', '*', '+' and 'o' are too common in prose.
    private static final String TEXT_BULLETS = "•◦▪▫·‣⁃●○■□➢➤►▶✓✔\uF0B7\uF0A7\uF076\uF0D8\uF0FC";
    private static final Rgb BLACK = new Rgb(0, 0, 0);
    private static final int MAX_COLSPAN = 1000; // the HTML standard's own limit

    private HtmlFragmentParser() {}

    /** Whether a run of text holds HTML markup worth handing to jsoup. */
    static boolean looksLikeHtml(String s) {
        return s.indexOf('<') >= 0 && TAG.matcher(s).find();
    }

    static List<Block> blocks(String html) {
        return content(html).blocks();
    }

    static Content content(String html) {
        Element body = Jsoup.parseBodyFragment(html).body();
        Collector c = new Collector();
        c.walkChildren(body, false, -1, null);
        c.flush();
        return new Content(c.out, c.textColor);
    }

    /** All the text of a fragment on one line, table cells included, for markup too broken to lay out. */
    static String plainText(String html) {
        return InlineMarkup.collapseSpaces(Jsoup.parseBodyFragment(html).body().text()).strip();
    }

    /** The fragment's text on one line, and whether all of it was bold. */
    static InlineMarkup.Inline inline(String html) {
        List<String> texts = new ArrayList<>();
        boolean bold = true;
        for (Block b : blocks(html)) {
            if (!b.is(BlockKind.TABLE) && !b.text().isEmpty()) {
                texts.add(b.text());
                bold &= b.isBold();
            }
        }
        return new InlineMarkup.Inline(String.join(" ", texts), bold && !texts.isEmpty());
    }

    /** A table element as a Table, or null if it has no rows. Nested tables become blocks of their cells. */
    static @Nullable Table table(Element table) {
        List<Element> rows = new ArrayList<>();
        for (Element child : table.children()) {
            switch (child.normalName()) {
                case "tr" -> rows.add(child);
                case "thead", "tbody", "tfoot" -> {
                    for (Element tr : child.children()) {
                        if (tr.normalName().equals("tr")) {
                            rows.add(tr);
                        }
                    }
                }
                default -> { }
            }
        }
        if (rows.isEmpty()) {
            return null;
        }
        List<BitSet> taken = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            taken.add(new BitSet());
        }
        List<Cell> cells = new ArrayList<>();
        int cols = 0;
        for (int r = 0; r < rows.size(); r++) {
            Element tr = rows.get(r);
            Element section = tr.parent();
            boolean headRow = section != null && section.normalName().equals("thead");
            Optional<Rgb> rowFill = declaredFill(tr);
            int c = 0;
            for (Element td : tr.children()) {
                String name = td.normalName();
                if (!name.equals("td") && !name.equals("th")) {
                    continue;
                }
                c = taken.get(r).nextClearBit(c);
                int rowSpan = intAttr(td, "rowspan", 1);
                if (rowSpan == 0 || r + rowSpan > rows.size()) {
                    rowSpan = rows.size() - r; // rowspan="0" runs to the end, as HTML says; too long is clipped
                }
                int colSpan = Math.min(MAX_COLSPAN, Math.max(1, intAttr(td, "colspan", 1)));
                for (int rr = r; rr < r + rowSpan; rr++) {
                    taken.get(rr).set(c, c + colSpan);
                }
                Rgb ownColour = textColour(td);
                Collector content = new Collector();
                content.inCell = true;
                content.walkChildren(td, false, -1, ownColour);
                content.flush();
                // The cell's own fill wins over its row's, even when it is white (then there is none).
                Rgb fill = declaredFill(td).or(() -> rowFill).filter(f -> !f.equals(Rgb.WHITE)).orElse(null);
                Rgb colour = ownColour != null ? ownColour : content.textColor;
                cells.add(Cell.of(r, c, rowSpan, colSpan, name.equals("th") || headRow, content.out, fill)
                        .withTextColor(colour));
                c += colSpan;
                cols = Math.max(cols, c);
            }
        }
        for (BitSet b : taken) {
            cols = Math.max(cols, b.length());
        }
        return new Table(cells, rows.size(), cols, null);
    }

    /** An element's declared background: {@code background-color}, {@code background} or {@code bgcolor}. */
    static Optional<Rgb> declaredFill(Element el) {
        Rgb fill = Css.background(css(el));
        if (fill != null) {
            return Optional.of(fill);
        }
        return el.hasAttr("bgcolor") ? Rgb.parse(el.attr("bgcolor")) : Optional.empty();
    }

    /** An element's own text colour ({@code color} in its style, or a {@code <font color>}), unless black. */
    static @Nullable Rgb textColour(Element el) {
        String c = css(el).get("color");
        if (c == null && el.normalName().equals("font") && el.hasAttr("color")) {
            c = el.attr("color");
        }
        return c == null ? null : Css.colour(c).filter(rgb -> !rgb.equals(BLACK)).orElse(null);
    }

    private static Map<String, String> css(Element el) {
        return Css.declarations(el.hasAttr("style") ? el.attr("style") : null);
    }

    /** A whole-number attribute, or the fallback where it is missing or not a number. */
    private static int intAttr(Element el, String attr, int fallback) {
        String v = el.attr(attr).strip();
        if (v.isEmpty() || v.length() > 6 || !v.chars().allMatch(Character::isDigit)) {
            return fallback;
        }
        return Integer.parseInt(v);
    }

    private static boolean boldWeight(Element el) {
        return Css.bold(css(el));
    }

    /** Walks one fragment, gathering inline text into the block being built and flushing it at block edges. */
    private static final class Collector {
        final List<Block> out = new ArrayList<>();
        @Nullable Rgb textColor;
        private final StringBuilder text = new StringBuilder();
        private int boldChars;
        private int plainChars;
        private @Nullable String itemMarker;
        private int itemDepth;
        private int headingLevel;
        // Whether this collects a table cell's content, whose lines the cell's text keeps apart.
        boolean inCell;

        void walkChildren(Element el, boolean bold, int depth, @Nullable Rgb colour) {
            boolean list = el.normalName().equals("ul") || el.normalName().equals("ol");
            int number = el.normalName().equals("ol") ? Math.max(1, intAttr(el, "start", 1)) : 0;
            for (Node child : el.childNodes()) {
                if (child instanceof TextNode t) {
                    if (list) {
                        bulletedText(t.getWholeText(), bold, depth, colour);
                    } else {
                        append(t.getWholeText(), bold, colour);
                    }
                } else if (child instanceof Element e) {
                    if (list && e.normalName().equals("li")) {
                        item(e, number > 0 ? (number++) + "." : "•", depth, bold, colour);
                    } else {
                        walk(e, bold, depth, colour);
                    }
                }
            }
        }

        private void walk(Element e, boolean bold, int depth, @Nullable Rgb colour) {
            Rgb own = textColour(e);
            Rgb c = own != null ? own : colour;
            boolean b = bold || boldWeight(e);
            switch (e.normalName()) {
                case "script", "style", "head", "title", "noscript", "template", "img" -> { }
                case "br" -> {
                    if (itemMarker != null && inCell) {
                        // A cell's item broken by a line: the line goes on under it as a line of the cell, neither run on to
                        // the item nor an item of its own. The item's end restores the list's marker.
                        flush();
                        itemMarker = null;
                    } else if (itemMarker != null) {
                        append(" ", b, c);
                    } else {
                        flush();
                    }
                }
                case "table" -> {
                    flush();
                    for (Element caption : e.children()) {
                        if (caption.normalName().equals("caption")) {
                            walkChildren(caption, b, depth, c);
                            flush();
                        }
                    }
                    Table t = table(e);
                    if (t != null) {
                        out.add(Block.table(t));
                    }
                }
                case "ul", "ol" -> {
                    flush();
                    String marker = itemMarker;
                    int d = itemDepth;
                    walkChildren(e, b, depth + 1, c);
                    flush();
                    itemMarker = marker;
                    itemDepth = d;
                }
                case "li" -> item(e, "•", Math.max(depth, 0), b, c);
                case "h1", "h2", "h3", "h4", "h5", "h6" -> {
                    flush();
                    headingLevel = e.normalName().charAt(1) - '0';
                    walkChildren(e, b, depth, c);
                    flush();
                    headingLevel = 0;
                }
                case "b", "strong" -> walkChildren(e, true, depth, c);
                case "p", "div", "blockquote", "section", "article", "header", "footer", "center", "address", "pre",
                        "dl", "dt", "dd", "figure", "figcaption", "caption", "main", "aside", "nav", "form", "hr", "tr" -> {
                    flush();
                    walkChildren(e, b, depth, c);
                    flush();
                }
                default -> walkChildren(e, b, depth, c);
            }
        }

        private void item(Element li, String marker, int depth, boolean bold, @Nullable Rgb colour) {
            flush();
            String outerMarker = itemMarker;
            int outerDepth = itemDepth;
            itemMarker = marker;
            itemDepth = depth;
            walkChildren(li, bold || boldWeight(li), depth, textColour(li) != null ? textColour(li) : colour);
            flush();
            itemMarker = outerMarker;
            itemDepth = outerDepth;
        }

        /** Text directly inside a list, where some converters leave "• one • two" instead of {@code <li>}s. */
        private void bulletedText(String s, boolean bold, int depth, @Nullable Rgb colour) {
            int from = 0;
            for (int i = 0; i < s.length(); i++) {
                if (TEXT_BULLETS.indexOf(s.charAt(i)) >= 0) {
                    append(s.substring(from, i), bold, colour);
                    flush();
                    itemMarker = String.valueOf(s.charAt(i));
                    itemDepth = Math.max(depth, 0);
                    from = i + 1;
                }
            }
            append(s.substring(from), bold, colour);
        }

        private void append(String s, boolean bold, @Nullable Rgb colour) {
            int words = 0;
            for (int i = 0; i < s.length(); i++) {
                if (Character.isLetterOrDigit(s.charAt(i))) {
                    words++;
                }
            }
            if (bold) {
                boldChars += words;
            } else {
                plainChars += words;
            }
            if (words > 0 && colour != null && textColor == null) {
                textColor = colour;
            }
            text.append(s);
        }

        void flush() {
            String s = InlineMarkup.collapseSpaces(text.toString()).strip();
            boolean bold = boldChars > 0 && plainChars == 0;
            text.setLength(0);
            boldChars = 0;
            plainChars = 0;
            if (itemMarker != null && s.length() > 1 && TEXT_BULLETS.indexOf(s.charAt(0)) >= 0 && s.charAt(1) == ' ') {
                s = s.substring(2); // "<li>• text</li>": the glyph is the marker, already known
            }
            if (s.isEmpty()) {
                return;
            }
            Block b;
            if (headingLevel > 0) {
                b = Block.heading(headingLevel, s);
            } else if (itemMarker != null) {
                b = Block.listItem(itemMarker, itemDepth, s);
            } else {
                b = Block.paragraph(s);
            }
            out.add(bold ? b.withStyle(Style.BOLD) : b);
        }
    }
}
