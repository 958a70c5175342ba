package org.councilpapers.extractors.read.tika;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.councilpapers.core.WarningCode;
import org.councilpapers.core.Warnings;
import org.councilpapers.core.layout.Block;
import org.councilpapers.core.layout.BlockKind;
import org.councilpapers.core.layout.Cell;
import org.councilpapers.core.layout.Layer;
import org.councilpapers.core.layout.Rgb;
import org.councilpapers.core.layout.Style;
import org.councilpapers.core.layout.Table;
import org.councilpapers.extractors.read.text.ListMarkers;
import org.councilpapers.extractors.read.tika.DocxHints.CellHint;
import org.councilpapers.extractors.read.tika.DocxHints.NumberedParagraph;
import org.councilpapers.extractors.read.tika.DocxHints.TableHint;
import org.jspecify.annotations.Nullable;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Builds blocks from XHTML SAX events, as Tika's parsers emit them (and as {@link HtmlEvents}
 * replays a jsoup tree): {@code h1}-{@code h6} become headings; {@code p} paragraphs (or headings,
 * where their class names a heading style); {@code li} list items with their marker and nesting
 * depth; {@code table/tr/td/th} tables with spans, header flags, fills and nested tables;
 * {@code div class="page"} or {@code "sheet"} starts a page, {@code div class="header"/"footer"}
 * marks furniture. Text wholly inside {@code b}/{@code strong} is {@link Style#BOLD}.
 *
 * <p>For a .docx the {@link DocxHints} add what the XHTML lacks: merged cells, shading, text colour,
 * list levels. One handler serves one document.
 */
final class XhtmlLayoutHandler extends DefaultHandler {
    private static final Set<String> PAGE_CLASSES = Set.of("page", "sheet");
    private static final Set<String> SKIPPED = Set.of("head", "title", "script", "style", "noscript", "template",
            "select", "option", "textarea", "button", "svg", "math");
    private static final Set<String> PARAGRAPHS = Set.of("p", "dt", "dd", "pre", "address", "caption", "figcaption",
            "summary", "legend");
    private static final Set<String> CONTAINERS = Set.of("html", "body", "div", "section", "article", "aside", "main",
            "blockquote", "ul", "ol", "menu", "dl", "table", "thead", "tbody", "tfoot", "tr", "form", "fieldset", "figure",
            "center", "hr", "header", "footer", "nav", "details", "colgroup", "col");
    /** Paragraph classes naming a heading style: Word's ("heading 2", "MsoHeading2", "MsoTitle"), ODF's ("Heading_20_2"). */
    private static final Pattern TYPED_NUMBER = Pattern.compile("(\\d{1,2}(?:\\.\\d{1,2})+)\\.?\\s+(\\S.*)", Pattern.DOTALL);
    private static final Pattern HEADING_CLASS = Pattern.compile("(?i)(?:mso)?(?:heading(?:_20_|[ _-])?([1-9])\\b.*|title)");
    private static final Pattern BULLET = Pattern.compile("^[\u2022\u00b7\u25aa\u25a0\u25cf\u25e6\u2023\u2043\u2219"
            + "\uf0b7\uf0a7\uf0a8\uf0d8\uf076\uf0fc\uf0e0]\\s+(.+)");
    private static final Pattern WHITESPACE = Pattern.compile("[\\s\u00a0\u2007\u202f]+");
    private static final Pattern INVISIBLE = Pattern.compile("[\u200b\u00ad\ufeff]");
    private static final Rgb BLACK = new Rgb(0, 0, 0);
    /** How far ahead to look for a Word numbered paragraph that matches Tika's next paragraph. */
    private static final int HINT_WINDOW = 8;
    private static final int MAX_MARKER = 24;

    private enum Kind { HEADING, PARAGRAPH, LIST_ITEM, CELL, CONTAINER, INLINE, SKIPPED }

    private final @Nullable DocxHints hints;
    private final Warnings warnings;
    private final List<List<Block>> pages = new ArrayList<>();
    private List<Block> page = new ArrayList<>();
    private final Deque<Frame> frames = new ArrayDeque<>();
    private final Deque<ListState> lists = new ArrayDeque<>();
    private final Deque<TableDraft> tables = new ArrayDeque<>();
    private final StringBuilder buf = new StringBuilder();
    private int visible;
    private int boldVisible;
    private int italicVisible;
    private int skipDepth;
    private int boldDepth;
    private int italicDepth;
    private int tableCount;
    private int hintCursor;
    /** Where in the text being gathered the last inline element closed. */
    private int inlineEnd = -1;

    /** @param hints the .docx extras, or null for formats that have none */
    XhtmlLayoutHandler(@Nullable DocxHints hints, Warnings warnings) {
        this.hints = hints;
        this.warnings = warnings;
    }

    /** The blocks of each page, in reading order; at least one page. */
    List<List<Block>> pages() {
        flush();
        List<List<Block>> out = new ArrayList<>(pages);
        if (!page.isEmpty() || out.isEmpty()) {
            out.add(page);
        }
        return out.stream().map(List::copyOf).toList();
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) {
        String name = (localName.isEmpty() ? qName : localName).toLowerCase(Locale.ROOT);
        if (skipDepth > 0 || SKIPPED.contains(name)) {
            skipDepth++;
            frames.push(new Frame(name, Kind.SKIPPED));
            return;
        }
        Map<String, String> style = Css.declarations(atts.getValue("style"));
        String cls = Objects.requireNonNullElse(atts.getValue("class"), "").strip();
        Frame f = new Frame(name, kindOf(name));
        f.cls = cls;
        f.bold = name.equals("b") || name.equals("strong") || Css.bold(style);
        f.italic = name.equals("i") || name.equals("em") || Css.italic(style);
        f.colour = Css.colour(style.get("color")).orElse(null);
        if (f.colour == null && name.equals("font")) {
            f.colour = Css.colour(atts.getValue("color")).orElse(null);
        }
        if (f.kind != Kind.INLINE) {
            flush();
        } else if (inlineEnd == buf.length() && inlineEnd > 0 && !Character.isWhitespace(buf.charAt(inlineEnd - 1))
                && ItemTables.isNumber(buf.toString().strip())) {
            // "<span>31</span><span>Apologies</span>": an item's number set in an element of its own, its title in the next,
            // shown apart by the page's styles; run together they would read "31Apologies".
            buf.append(' ');
        }
        switch (name) {
            case "h1", "h2", "h3", "h4", "h5", "h6" -> f.level = name.charAt(1) - '0';
            case "div" -> {
                String c = cls.toLowerCase(Locale.ROOT);
                if (PAGE_CLASSES.contains(c) && tables.isEmpty()) {
                    newPage();
                } else if (c.equals("header")) {
                    f.layer = Layer.HEADER;
                } else if (c.equals("footer")) {
                    f.layer = Layer.FOOTER;
                }
            }
            case "header", "nav" -> f.layer = outsideSections() ? Layer.HEADER : null;
            case "footer" -> f.layer = outsideSections() ? Layer.FOOTER : null;
            case "ul", "menu" -> lists.push(new ListState(false, 1, "1"));
            case "ol" -> lists.push(new ListState(true, parseInt(atts.getValue("start"), 1),
                    Objects.requireNonNullElse(atts.getValue("type"), "1")));
            case "li" -> startListItem(f, atts);
            case "br" -> buf.append(' ');
            case "table" -> tables.push(new TableDraft(tableCount++));
            case "thead" -> {
                if (!tables.isEmpty()) {
                    tables.peek().inHead = true;
                }
            }
            case "tr" -> {
                if (!tables.isEmpty()) {
                    tables.peek().startRow(fill(atts, style));
                }
            }
            case "td", "th" -> {
                if (!tables.isEmpty()) {
                    tables.peek().startCell(name.equals("th"), parseInt(atts.getValue("rowspan"), 1),
                            parseInt(atts.getValue("colspan"), 1), fill(atts, style));
                }
            }
            default -> { }
        }
        if (f.bold) {
            boldDepth++;
        }
        if (f.italic) {
            italicDepth++;
        }
        frames.push(f);
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        Frame f = frames.peek();
        if (f == null) {
            return;
        }
        if (f.kind == Kind.SKIPPED) {
            frames.pop();
            skipDepth--;
            return;
        }
        if (f.kind != Kind.INLINE) {
            flush();
        } else {
            inlineEnd = buf.length();
        }
        frames.pop();
        if (f.bold) {
            boldDepth--;
        }
        if (f.italic) {
            italicDepth--;
        }
        switch (f.name) {
            case "ul", "ol", "menu" -> lists.poll();
            case "thead" -> {
                if (!tables.isEmpty()) {
                    tables.peek().inHead = false;
                }
            }
            case "td", "th" -> {
                if (!tables.isEmpty()) {
                    tables.peek().endCell();
                }
            }
            case "table" -> {
                if (!tables.isEmpty()) {
                    endTable(tables.pop());
                }
            }
            default -> { }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (skipDepth > 0) {
            return;
        }
        buf.append(ch, start, length);
        int vis = 0;
        for (int i = start; i < start + length; i++) {
            char c = ch[i];
            if (!Character.isWhitespace(c) && c != '\u00a0' && c != '\u200b' && c != '\u00ad') {
                vis++;
            }
        }
        if (vis == 0) {
            return;
        }
        visible += vis;
        if (boldDepth > 0) {
            boldVisible += vis;
        }
        if (italicDepth > 0) {
            italicVisible += vis;
        }
        CellDraft cell = openCell();
        if (cell != null) {
            cell.colours.merge(Objects.requireNonNullElse(currentColour(), BLACK), vis, Integer::sum);
        }
    }

    private static Kind kindOf(String name) {
        return switch (name) {
            case "h1", "h2", "h3", "h4", "h5", "h6" -> Kind.HEADING;
            case "li" -> Kind.LIST_ITEM;
            case "td", "th" -> Kind.CELL;
            default -> PARAGRAPHS.contains(name) ? Kind.PARAGRAPH : CONTAINERS.contains(name) ? Kind.CONTAINER : Kind.INLINE;
        };
    }

    private boolean outsideSections() {
        return frames.stream().noneMatch(fr -> fr.name.equals("article") || fr.name.equals("section")
                || fr.name.equals("main") || fr.kind == Kind.CELL);
    }

    private void startListItem(Frame f, Attributes atts) {
        ListState list = lists.peek();
        f.depth = Math.max(0, lists.size() - 1);
        if (list == null || !list.ordered) {
            f.marker = "\u2022";
            return;
        }
        Integer value = parseIntOrNull(atts.getValue("value"));
        if (value != null) {
            list.next = value;
        }
        f.marker = ordinal(list.next++, list.type) + ".";
    }

    private void newPage() {
        if (!page.isEmpty()) {
            pages.add(page);
            page = new ArrayList<>();
        }
    }

    /** Turns the text gathered since the last block boundary into a block of the element that holds it. */
    private void flush() {
        String text = normalise(buf);
        int vis = visible;
        int bold = boldVisible;
        int italic = italicVisible;
        buf.setLength(0);
        inlineEnd = -1;
        visible = 0;
        boldVisible = 0;
        italicVisible = 0;
        if (text.isEmpty()) {
            return;
        }
        Frame owner = owner();
        Block block;
        if (owner != null && owner.kind == Kind.HEADING) {
            block = Block.heading(owner.level, numberedHeading(text));
        } else {
            Frame item = owner == null ? null : unemittedItem(owner);
            if (item != null) {
                item.emitted = true;
                block = listItem(item.marker, item.depth, text);
            } else {
                block = paragraph(owner, text);
            }
            if (block.kind() != BlockKind.HEADING && vis > 0 && (bold == vis || italic == vis)) {
                block = block.withStyle(bold == vis && italic == vis ? new Style(0, true, true, null)
                        : bold == vis ? Style.BOLD : Style.ITALIC);
            }
        }
        add(block);
    }

    /** The list item this text is the first text of, if the owner is that item or a paragraph directly in it. */
    private @Nullable Frame unemittedItem(Frame owner) {
        if (owner.kind == Kind.LIST_ITEM) {
            return owner.emitted ? null : owner;
        }
        if (owner.kind != Kind.PARAGRAPH) {
            return null;
        }
        boolean past = false;
        for (Frame f : frames) {
            if (f == owner) {
                past = true;
            } else if (past && f.kind != Kind.INLINE) {
                return f.kind == Kind.LIST_ITEM && !f.emitted ? f : null;
            }
        }
        return null;
    }

    private Block paragraph(@Nullable Frame owner, String text) {
        if (owner != null && owner.kind == Kind.PARAGRAPH && !owner.cls.isEmpty()) {
            for (String cls : owner.cls.split("\\s+")) {
                Matcher h = HEADING_CLASS.matcher(cls);
                if (h.matches()) {
                    return Block.heading(h.group(1) == null ? 1 : Integer.parseInt(h.group(1)), text);
                }
            }
        }
        if (hints != null) {
            Numbered n = matchNumbered(text);
            if (n != null) {
                String marker = n.paragraph().marker();
                if (marker == null) {
                    String prefix = text.substring(0, n.prefixLength()).strip();
                    marker = prefix.codePoints().anyMatch(Character::isLetterOrDigit) ? prefix : "\u2022";
                }
                String own = text.substring(n.prefixLength()).strip();
                return marker.isEmpty() ? Block.paragraph(own) : listItem(marker, n.paragraph().level(), own);
            }
        } else {
            Matcher b = BULLET.matcher(text);
            if (b.matches()) {
                return listItem("\u2022", 0, b.group(1));
            }
            // Without Word's numbering parts (a .doc, RTF or HTML), the converter prints a list's number as text: "1) This".
            ListMarkers.Match ordered = ListMarkers.ordered(text.strip(), 0);
            if (ordered != null) {
                return listItem(ordered.marker(), 0, ordered.text());
            }
        }
        return Block.paragraph(text);
    }

    /**
     * A list item; where a bullet stands before a typed paragraph number ("• 1.1 That ..."), the number is
     * the marker, as it is what the paper cites.
     */
    static Block listItem(String marker, int depth, String text) {
        Matcher m = TYPED_NUMBER.matcher(text);
        if (marker.equals("\u2022") && m.matches()) {
            return Block.listItem(m.group(1), depth, m.group(2));
        }
        return Block.listItem(marker, depth, text);
    }

    /** A heading numbered by Word keeps its number in its text, the number Word prints rather than Tika's. */
    private String numberedHeading(String text) {
        Numbered n = matchNumbered(text);
        String marker = n == null ? null : n.paragraph().marker();
        if (n == null || marker == null || marker.equals("\u2022")) {
            return text;
        }
        String own = text.substring(n.prefixLength()).strip();
        return marker.isEmpty() ? own : marker + " " + own;
    }

    private record Numbered(NumberedParagraph paragraph, int prefixLength) {}

    /**
     * Tika writes Word's list number or bullet before a numbered paragraph's text. Where one of the
     * next numbered paragraphs of the .docx holds this text after such a prefix, this is that
     * paragraph; the ones skipped over are not looked at again.
     */
    private @Nullable Numbered matchNumbered(String text) {
        if (hints == null) {
            return null;
        }
        List<NumberedParagraph> numbered = hints.numbered();
        for (int j = hintCursor; j < Math.min(numbered.size(), hintCursor + HINT_WINDOW); j++) {
            NumberedParagraph np = numbered.get(j);
            int k = prefixLength(text, np.text());
            if (k > 0) {
                hintCursor = j + 1;
                return new Numbered(np, k);
            }
        }
        return null;
    }

    /** Where {@code own} starts in {@code text} after a short list marker, or -1 where it does not. */
    static int prefixLength(String text, String own) {
        String key = key(own);
        if (key.isEmpty()) {
            return -1;
        }
        char first = own.charAt(0);
        for (int k = 1; k < Math.min(text.length(), MAX_MARKER + 1); k++) {
            if (text.charAt(k) == first && Character.isWhitespace(text.charAt(k - 1))
                    && key(text.substring(k)).startsWith(key) && text.substring(0, k).strip().split(" ").length <= 3) {
                return k;
            }
        }
        return -1;
    }

    private static String key(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().filter(Character::isLetterOrDigit).map(Character::toLowerCase).forEach(b::appendCodePoint);
        return b.toString();
    }

    private void add(Block block) {
        CellDraft cell = openCell();
        if (cell != null) {
            cell.blocks.add(block);
        } else {
            page.add(block.withLayer(currentLayer()));
        }
    }

    /** The innermost non-inline element open. */
    private @Nullable Frame owner() {
        for (Frame f : frames) {
            if (f.kind != Kind.INLINE) {
                return f;
            }
        }
        return null;
    }

    private Layer currentLayer() {
        for (Frame f : frames) {
            if (f.layer != null) {
                return f.layer;
            }
        }
        return Layer.BODY;
    }

    private @Nullable Rgb currentColour() {
        for (Frame f : frames) {
            if (f.colour != null) {
                return f.colour;
            }
        }
        return null;
    }

    /** The cell that text and blocks go into: the innermost open one (stray text between cells goes outward). */
    private @Nullable CellDraft openCell() {
        for (TableDraft t : tables) {
            if (t.cell != null) {
                return t.cell;
            }
        }
        return null;
    }

    /** A cell's or row's own background; white is kept here, so that a white cell overrides a shaded row. */
    private static @Nullable Rgb fill(Attributes atts, Map<String, String> style) {
        Rgb fill = Css.background(style);
        return fill != null ? fill : Css.colour(atts.getValue("bgcolor")).orElse(null);
    }

    private void endTable(TableDraft t) {
        int index = t.index;
        List<Integer> shape = t.rows.stream().map(r -> r.cells.size()).toList();
        if (shape.stream().mapToInt(Integer::intValue).sum() == 0) {
            return;
        }
        List<Block> items = ItemTables.unroll(t.rows.stream().map(r -> r.cells.stream().map(c -> c.blocks).toList()).toList(),
                t.rows.stream().map(r -> !r.cells.isEmpty() && r.cells.stream().allMatch(c -> c.header)).toList());
        if (items != null) {
            items.forEach(this::add);
            return;
        }
        TableHint hint = hints != null && index < hints.tables().size() ? hints.tables().get(index) : null;
        Table table;
        try {
            if (hint != null && hint.fits(shape)) {
                table = fromHint(t, hint);
            } else {
                if (hints != null) {
                    warnings.add(WarningCode.BROKEN_TABLE, "table " + (index + 1)
                            + ": merged cells and shading could not be matched to the Word XML; read without them", null);
                }
                table = byHtmlRules(t);
            }
        } catch (IllegalArgumentException e) {
            warnings.add(WarningCode.BROKEN_TABLE, "table " + (index + 1) + " could not be laid out as a grid ("
                    + e.getMessage() + "); its cells are read as paragraphs", null);
            t.rows.forEach(r -> r.cells.forEach(c -> c.blocks.forEach(this::add)));
            return;
        }
        add(Block.table(table));
    }

    /** Places cells by the HTML table model: each cell takes the next free grid position in its row. */
    private static Table byHtmlRules(TableDraft t) {
        int rows = t.rows.size();
        List<BitSet> taken = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            taken.add(new BitSet());
        }
        List<Cell> cells = new ArrayList<>();
        int cols = 0;
        for (int r = 0; r < rows; r++) {
            int c = 0;
            for (CellDraft d : t.rows.get(r).cells) {
                c = taken.get(r).nextClearBit(c);
                int rowSpan = d.rowSpan == 0 ? rows - r : Math.min(d.rowSpan, rows - r);
                for (int rr = r; rr < r + rowSpan; rr++) {
                    taken.get(rr).set(c, c + d.colSpan);
                }
                cells.add(d.toCell(r, c, rowSpan, d.colSpan, d.header, d.fill, d.textColour()));
                c += d.colSpan;
                cols = Math.max(cols, c);
            }
        }
        return new Table(cells, rows, cols, null);
    }

    /** Places cells where the Word XML puts them, with its spans, shading and text colours. */
    private static Table fromHint(TableDraft t, TableHint hint) {
        Map<Integer, CellDraft> owners = new LinkedHashMap<>();
        List<Placed> placed = new ArrayList<>();
        for (int r = 0; r < t.rows.size(); r++) {
            List<CellDraft> drafts = t.rows.get(r).cells;
            List<CellHint> hints = hint.rows().get(r);
            for (int i = 0; i < drafts.size(); i++) {
                CellHint h = hints.get(i);
                CellDraft d = drafts.get(i);
                CellDraft owner = owners.get(h.col());
                if (h.continuation() && owner != null) {
                    owner.blocks.addAll(d.blocks); // Word shows a merged cell's text in one place
                } else {
                    owners.put(h.col(), d);
                    placed.add(new Placed(r, h, d));
                }
            }
        }
        List<Cell> cells = new ArrayList<>(placed.size());
        for (Placed p : placed) {
            int r = p.row();
            CellHint h = p.hint();
            CellDraft d = p.draft();
            Rgb colour = h.textColor() != null ? h.textColor() : d.textColour();
            cells.add(d.toCell(r, h.col(), Math.min(h.rowSpan(), t.rows.size() - r), h.colSpan(), h.header() || d.header,
                    h.fill() != null ? h.fill() : d.fill, colour));
        }
        return new Table(cells, t.rows.size(), hint.colCount(), null);
    }

    private record Placed(int row, CellHint hint, CellDraft draft) {}

    /** Collapses white space (non-breaking included), drops invisible characters, strips. */
    static String normalise(CharSequence s) {
        String t = INVISIBLE.matcher(s).replaceAll("");
        return WHITESPACE.matcher(t).replaceAll(" ").strip();
    }

    private static int parseInt(@Nullable String v, int fallback) {
        Integer i = parseIntOrNull(v);
        return i == null || i < 0 ? fallback : Math.min(i, 1000);
    }

    private static @Nullable Integer parseIntOrNull(@Nullable String v) {
        if (v == null) {
            return null;
        }
        try {
            return Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** An ordered list's item number in the list's {@code type}: 1, a, A, i or I. */
    static String ordinal(int n, String type) {
        return switch (type) {
            case "a" -> letters(n).toLowerCase(Locale.ROOT);
            case "A" -> letters(n);
            case "i" -> roman(n).toLowerCase(Locale.ROOT);
            case "I" -> roman(n);
            default -> Integer.toString(n);
        };
    }

    private static String letters(int n) {
        if (n < 1) {
            return Integer.toString(n);
        }
        StringBuilder b = new StringBuilder();
        for (int v = n; v > 0; v = (v - 1) / 26) {
            b.insert(0, (char) ('A' + (v - 1) % 26));
        }
        return b.toString();
    }

    private static String roman(int n) {
        if (n < 1 || n > 3999) {
            return Integer.toString(n);
        }
        int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        String[] digits = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
        StringBuilder b = new StringBuilder();
        int v = n;
        for (int i = 0; i < values.length; i++) {
            while (v >= values[i]) {
                b.append(digits[i]);
                v -= values[i];
            }
        }
        return b.toString();
    }

    /** An open element. */
    private static final class Frame {
        final String name;
        final Kind kind;
        String cls = "";
        int level;
        String marker = "\u2022";
        int depth;
        boolean emitted;
        boolean bold;
        boolean italic;
        @Nullable Rgb colour;
        @Nullable Layer layer;

        Frame(String name, Kind kind) {
            this.name = name;
            this.kind = kind;
        }
    }

    private static final class ListState {
        final boolean ordered;
        int next;
        final String type;

        ListState(boolean ordered, int start, String type) {
            this.ordered = ordered;
            this.next = start;
            this.type = type;
        }
    }

    private static final class TableDraft {
        final int index;
        final List<RowDraft> rows = new ArrayList<>();
        boolean inHead;
        @Nullable CellDraft cell;

        TableDraft(int index) {
            this.index = index;
        }

        void startRow(@Nullable Rgb fill) {
            endCell();
            rows.add(new RowDraft(fill));
        }

        void startCell(boolean th, int rowSpan, int colSpan, @Nullable Rgb fill) {
            endCell();
            if (rows.isEmpty()) {
                startRow(null);
            }
            RowDraft row = rows.get(rows.size() - 1);
            cell = new CellDraft(th || inHead, rowSpan, Math.max(1, colSpan), fill != null ? fill : row.fill);
        }

        void endCell() {
            if (cell != null) {
                rows.get(rows.size() - 1).cells.add(cell);
                cell = null;
            }
        }
    }

    private static final class RowDraft {
        final @Nullable Rgb fill;
        final List<CellDraft> cells = new ArrayList<>();

        RowDraft(@Nullable Rgb fill) {
            this.fill = fill;
        }
    }

    private static final class CellDraft {
        final boolean header;
        final int rowSpan;
        final int colSpan;
        final @Nullable Rgb fill;
        final List<Block> blocks = new ArrayList<>();
        final Map<Rgb, Integer> colours = new LinkedHashMap<>();

        CellDraft(boolean header, int rowSpan, int colSpan, @Nullable Rgb fill) {
            this.header = header;
            this.rowSpan = rowSpan;
            this.colSpan = colSpan;
            this.fill = fill;
        }

        /** The one colour all the cell's text has, where it is not black. */
        @Nullable Rgb textColour() {
            if (colours.size() != 1) {
                return null;
            }
            Rgb only = colours.keySet().iterator().next();
            return only.equals(BLACK) ? null : only;
        }

        Cell toCell(int row, int col, int rowSpanHere, int colSpanHere, boolean headerHere, @Nullable Rgb fillHere,
                    @Nullable Rgb textColour) {
            return Cell.of(row, col, Math.max(1, rowSpanHere), Math.max(1, colSpanHere), headerHere, blocks,
                    Rgb.WHITE.equals(fillHere) ? null : fillHere).withTextColor(textColour);
        }
    }
}
