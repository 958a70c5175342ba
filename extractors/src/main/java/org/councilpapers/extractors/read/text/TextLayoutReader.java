package org.councilpapers.extractors.read.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.councilpapers.core.WarningCode;
import org.councilpapers.core.Warnings;
import org.councilpapers.core.layout.Block;
import org.councilpapers.core.layout.Layer;
import org.councilpapers.core.layout.LayoutDocument;
import org.councilpapers.core.layout.Style;
import org.councilpapers.core.layout.Table;
import org.councilpapers.extractors.internal.Texts;
import org.councilpapers.extractors.read.LayoutReader;
import org.councilpapers.extractors.read.MediaTypes;
import org.councilpapers.extractors.read.Source;
import org.councilpapers.extractors.read.UnreadablePaperException;
import org.jspecify.annotations.Nullable;

/**
 * Reads plain and markdown-style text, as PDF-to-text tools write papers out: {@code #} headings,
 * bullet and numbered lists, paragraphs, pipe tables (cells may hold HTML), HTML tables, tab-separated
 * tables, tables laid out with spaces ({@code pdftotext -layout}), the printed page numbers ("Page 86")
 * that mark where pages end, and the running header over pages a form feed parts. Never throws on odd
 * input: what cannot be read as a table is kept as text with a {@link WarningCode#BROKEN_TABLE} warning.
 */
public final class TextLayoutReader implements LayoutReader {

    // "Page 86", "Page 3 of 12", "- 7 -", "7 | Page", "Page | 7": a line that is nothing but a printed page number.
    private static final Pattern PAGE_LINE = Pattern.compile("(?i)\\s*(?:page\\s*(\\d{1,5}|[ivxlc]{1,8})"
            + "(?:\\s*(?:of|/)\\s*\\d{1,5})?|[-–—]\\s*(\\d{1,5})\\s*[-–—]|(\\d{1,5})\\s*\\|\\s*page|page\\s*\\|\\s*(\\d{1,5}))\\s*");
    // "Anyshire County Council | Page 3", "Page 3 of 12 | Anyshire County Council", "Anyshire County Council – Page 3": a running
    // footer's text beside the page's number.
    private static final Pattern PAGE_BESIDE_TEXT = Pattern.compile("(?i)\\s*(?:([^|–—]{2,60}?)\\s*(?:[|–—]|\\s-)\\s*page\\s*(\\d{1,5})"
            + "(?:\\s*(?:of|/)\\s*\\d{1,5})?|page\\s*(\\d{1,5})(?:\\s*(?:of|/)\\s*\\d{1,5})?\\s*(?:[|–—]|-\\s)\\s*([^|–—]{2,60}?))\\s*");
    private static final int FOOTER_LINE = 90;
    private static final Pattern HEADING = Pattern.compile("\\s{0,3}(#{1,6})[ \\t]+(.*?)(?:[ \\t]+#+)?[ \\t]*");
    // "---", "***", "___" as markdown draws a rule, and "===" as typed covers draw one: a line of them ends the paragraph.
    private static final Pattern RULE = Pattern.compile("\\s{0,3}([-*_=])(?:[ \\t]*\\1){2,}[ \\t]*");
    private static final Pattern HTML_BLOCK_START = Pattern.compile("(?i)<(table)(?=[\\s>/]|$)|^\\s*<(ul|ol|div|blockquote)(?=[\\s>/]|$)");
    private static final String FORM_FEED = "\f";
    /** A decision's label alone on its line, its words on the lines under it: "DECISION:", "RESOLVED:", "Resolved:", "b) DECISION:". */
    private static final Pattern DECISION_LABEL_LINE = Pattern.compile("\\s*(?:[a-z]\\)\\s*)?(?i:decision|resolved|agreed)\\s*[:–—-]?\\s*");
    /** A line that ends a sentence, or is a heading in capitals: what a decision's label line may follow as a paragraph of its own. */
    private static final Pattern SENTENCE_OR_CAPITALS_END = Pattern.compile("[.;:]$|^[^a-z]+$");
    private static final Pattern BARE_NUMBER = Pattern.compile("\\s*\\d{1,4}\\s*");

    @Override
    public Set<String> mediaTypes() {
        return Set.of(MediaTypes.TEXT, MediaTypes.MARKDOWN);
    }

    /**
     * @throws UnreadablePaperException where the bytes are binary data rather than text (random bytes, an
     *                                  image, an archive) whatever the file is named
     */
    @Override
    public LayoutDocument read(Source source, Warnings warnings) throws IOException {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(warnings, "warnings");
        String binary = TextCheck.binary(source);
        if (binary != null) {
            throw new UnreadablePaperException(source.name(), "binary data, not text (" + binary + ")");
        }
        return new Run(lines(decode(source)), warnings).read();
    }

    /**
     * The text of the source, decoded as it streams in: UTF-8 (or UTF-16 with its byte-order mark) where it is
     * that, else windows-1252, which is what older council systems write (a byte that is not UTF-8 sends the
     * decoding back to the start in windows-1252). Line ends become '\n'.
     */
    static String decode(Source source) throws IOException {
        byte[] head = source.range(0, 2);
        boolean be = head.length == 2 && (head[0] & 0xff) == 0xFE && (head[1] & 0xff) == 0xFF;
        boolean le = head.length == 2 && (head[0] & 0xff) == 0xFF && (head[1] & 0xff) == 0xFE;
        if (be || le) {
            return decode(source, 2, (be ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE).newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE));
        }
        try {
            return decode(source, 0, StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
        } catch (CharacterCodingException e) {
            return decode(source, 0, Charset.forName("windows-1252").newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE));
        }
    }

    /** The text from byte {@code skip} on, through {@code decoder}, without a leading BOM and with '\n' line ends. */
    private static String decode(Source source, int skip, CharsetDecoder decoder) throws IOException {
        StringBuilder out = new StringBuilder((int) Math.min(source.size(), 1 << 20));
        try (InputStream in = source.open(); Reader reader = new InputStreamReader(in, decoder)) {
            in.skipNBytes(skip);
            char[] buf = new char[8192];
            boolean afterCr = false;
            for (int n; (n = reader.read(buf)) > 0;) {
                for (int i = 0; i < n; i++) {
                    char c = buf[i];
                    if (c == '\n' && afterCr) {
                        afterCr = false;
                        continue; // the '\n' of a "\r\n" already written
                    }
                    afterCr = c == '\r';
                    out.append(afterCr ? '\n' : c);
                }
            }
        }
        if (out.length() > 0 && out.charAt(0) == '\uFEFF') {
            out.deleteCharAt(0);
        }
        return out.toString();
    }

    /** The lines of the text, a form feed (a page break from pdftotext) becoming a line of its own. */
    private static List<String> lines(String text) {
        List<String> out = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            int ff = line.indexOf('\f');
            if (ff < 0) {
                out.add(line);
                continue;
            }
            String[] parts = line.split("\f", -1);
            for (int i = 0; i < parts.length; i++) {
                if (i > 0) {
                    out.add(FORM_FEED);
                }
                if (!parts[i].isBlank()) {
                    out.add(parts[i]);
                }
            }
        }
        return out;
    }

    /** The printed page number if the line is only that ("Page 86" gives "86"), else null. */
    static @Nullable String printedPageNumber(String line) {
        // pdftotext -layout sets a footer's "Page 3" far to the right: its indentation is no part of the line's length.
        if (line.length() > 40 && line.strip().length() > 40) {
            return null;
        }
        Matcher m = PAGE_LINE.matcher(line);
        if (!m.matches()) {
            return null;
        }
        for (int g = 1; g <= m.groupCount(); g++) {
            if (m.group(g) != null) {
                return m.group(g).toLowerCase(Locale.ROOT);
            }
        }
        return null;
    }

    /** The page number and the text beside it, where the line is a footer of both ("Anyshire Council | Page 3"); else null. */
    static String @Nullable [] pageBesideText(String line) {
        if (line.length() > FOOTER_LINE || line.indexOf("age") < 0 && line.indexOf("AGE") < 0) {
            return null; // cheap first: most lines are long, or name no page
        }
        Matcher m = PAGE_BESIDE_TEXT.matcher(line);
        if (!m.matches()) {
            return null;
        }
        String text = (m.group(1) != null ? m.group(1) : m.group(4)).strip();
        if (text.endsWith(".") || !text.matches(".*\\p{L}{2}.*")) {
            return null;
        }
        return new String[] {m.group(2) != null ? m.group(2) : m.group(3), text};
    }

    /**
     * The lines that print the page's number beside other text and end a page: those whose text names a council, or whose
     * text is printed so on two pages or more (a contents line, "Introduction – page 3", is printed once).
     */
    private static Set<Integer> footerPageLines(List<String> lines) {
        java.util.Map<String, List<Integer>> byText = new java.util.HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String[] f = pageBesideText(lines.get(i));
            if (f != null) {
                byText.computeIfAbsent(f[1].toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(i);
            }
        }
        Set<Integer> out = new java.util.HashSet<>();
        byText.forEach((text, at) -> {
            if (at.size() >= 2 || text.contains("council")) {
                out.addAll(at);
            }
        });
        return out;
    }

    /**
     * The lines of a running header or footer: a line printed, word for word, at the edge of half the pages or more, and of
     * two at least (the first line after a page's break or the paper's start, or the last before a page's break). A pack's
     * reports may open with the same committee's line on a few pages; a running header is on nearly all. Only those at an
     * edge: the same words printed in the body (the committee's line on the cover) stay there. pdftotext's header over each page
     * after a form feed ("Inspection of Barset local authority children's services") is such a line too: it opens every page
     * but the first, where the same words are the title and stay in the body.
     */
    private static java.util.Map<Integer, Layer> runningLines(List<String> lines, Set<Integer> footerPageLines) {
        java.util.Map<Integer, Layer> edges = new java.util.HashMap<>();
        int pages = 1;
        boolean inBreak = false;
        int previous = -1; // the last non-blank line that is no page break
        boolean afterBreak = true; // the paper's start counts as a page's top
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            boolean pageBreak = line.equals(FORM_FEED) || printedPageNumber(line) != null || footerPageLines.contains(i);
            if (pageBreak) {
                pages += inBreak ? 0 : 1; // a footer's page line and the form feed after it end one page
                inBreak = true;
                if (previous >= 0 && !edges.containsKey(previous)) {
                    edges.put(previous, Layer.FOOTER);
                }
                previous = -1;
                afterBreak = true;
            } else if (!isBlank(line)) {
                inBreak = false;
                if (afterBreak && !line.stripLeading().startsWith("|")) {
                    edges.put(i, Layer.HEADER);
                }
                afterBreak = false;
                previous = line.stripLeading().startsWith("|") ? -1 : i;
            }
        }
        if (pages < 2) {
            return java.util.Map.of();
        }
        int least = Math.max(2, pages / 2);
        java.util.Map<String, Integer> counts = new java.util.HashMap<>();
        edges.keySet().forEach(i -> counts.merge(lines.get(i).strip(), 1, Integer::sum));
        java.util.Map<Integer, Layer> out = new java.util.HashMap<>();
        edges.forEach((i, layer) -> {
            if (counts.get(lines.get(i).strip()) >= least) {
                out.put(i, layer);
            }
        });
        // The paper's first line counts towards the header's pages but stays in the body: it may be the paper's title,
        // which an inspectorate repeats as its running header ("Inspection of X local authority children's services").
        for (int i = 0; i < lines.size(); i++) {
            if (!isBlank(lines.get(i))) {
                out.remove(i);
                break;
            }
        }
        return out;
    }

    private static boolean isBlank(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (!Character.isWhitespace(c) && c != '\u00a0' && c != '\u2007' && c != '\u202f' && c != '\u200b') {
                return false;
            }
        }
        return true;
    }

    /** Why a page is pending: a printed number ended the last one, or a form feed did. */
    private enum Break { NONE, PRINTED_NUMBER, FORM_FEED }

    /** One read: walks the lines once, holding the paragraph or list item being gathered. */
    private static final class Run {
        private final LayoutDocument.Builder doc = LayoutDocument.builder();
        private final List<String> lines;
        private final Warnings warnings;
        private final List<String> paragraph = new ArrayList<>();
        private final List<String> item = new ArrayList<>();
        private final Deque<Integer> listIndents = new ArrayDeque<>();
        private @Nullable String itemMarker;
        private int itemDepth;
        private Break pending = Break.NONE;
        private boolean anyBlock;
        // A rule line came last (blank lines aside), and the paragraph being gathered began under one: a form's ruled fields.
        private boolean afterRule;
        private boolean ruledParagraph;
        // After a form feed, until the page's first body block: where a running header and a page number stand.
        private boolean pageTop;

        // Lines that end a page as its printed number does (a footer naming the council beside the number), and lines repeated
        // at the edges of pages (a running header or footer): by index, found once before the walk.
        private final Set<Integer> footerPageLines;
        private final java.util.Map<Integer, Layer> runningLines;

        Run(List<String> lines, Warnings warnings) {
            this.lines = lines;
            this.warnings = warnings;
            this.footerPageLines = footerPageLines(lines);
            this.runningLines = runningLines(lines, footerPageLines);
        }

        // A number alone on a line at a page's edge, as pdftotext writes a footer's or header's page number: right after the
        // form feed (before the page's text), or as the last line before one.
        private boolean bareNumberAtPageEdge(String line, int i) {
            if (!BARE_NUMBER.matcher(line).matches()) {
                return false;
            }
            if (pageTop) {
                return true;
            }
            int j = i + 1;
            while (j < lines.size() && !lines.get(j).equals(FORM_FEED) && isBlank(lines.get(j))) {
                j++;
            }
            return j < lines.size() && lines.get(j).equals(FORM_FEED);
        }

        LayoutDocument read() {
            int i = 0;
            while (i < lines.size()) {
                i = step(i);
            }
            flush();
            if (!anyBlock) {
                doc.page(); // an empty text is still one (blank) page
            }
            return doc.build();
        }

        /** Handles the line at i and what belongs with it; returns the index of the next unread line. */
        private int step(int i) {
            String line = lines.get(i);
            if (line.equals(FORM_FEED)) {
                flush();
                formFeed();
                return i + 1;
            }
            if (isBlank(line)) {
                flush();
                return i + 1;
            }
            String printed = printedPageNumber(line);
            if (printed == null && footerPageLines.contains(i)) {
                printed = pageBesideText(line)[0];
            }
            if (printed == null && bareNumberAtPageEdge(line, i)) {
                printed = line.strip();
            }
            Layer running = runningLines.get(i);
            if (printed == null && running != null) {
                flush();
                add(Block.paragraph(line.strip()).withLayer(running));
                return i + 1;
            }
            if (printed != null) {
                boolean top = pageTop; // a first line still gathering does not end the page's top
                flush();
                if (top) {
                    // The number at the top of the page a form feed opened numbers that page; it does not end it.
                    add(Block.paragraph(line.strip()).withLayer(Layer.HEADER));
                    doc.printedNumber(printed);
                    return i + 1;
                }
                add(Block.paragraph(line.strip()).withLayer(Layer.FOOTER));
                doc.printedNumber(printed);
                pending = Break.PRINTED_NUMBER;
                return i + 1;
            }
            Matcher heading = HEADING.matcher(line);
            if (heading.matches()) {
                flush();
                listIndents.clear();
                InlineMarkup.Inline in = inline(heading.group(2));
                if (!in.text().isEmpty()) {
                    add(styled(Block.heading(heading.group(1).length(), in.text()), in.bold()));
                }
                return i + 1;
            }
            if (RULE.matcher(line).matches()) {
                flush();
                afterRule = true;
                return i + 1;
            }
            if (line.stripLeading().startsWith("|")) {
                flush();
                return pipeTable(i);
            }
            Matcher html = HTML_BLOCK_START.matcher(line);
            if (html.find()) {
                int end = htmlBlockEnd(i, html.group(1) != null ? html.group(1) : html.group(2));
                if (end >= 0) {
                    flush();
                    listIndents.clear();
                    StringBuilder sb = new StringBuilder();
                    for (int j = i; j <= end; j++) {
                        sb.append(lines.get(j)).append('\n');
                    }
                    HtmlFragmentParser.blocks(sb.toString()).forEach(this::add);
                    return end + 1;
                }
                if (html.group(1) != null) {
                    flush();
                    return brokenHtmlTable(i);
                }
                // a list or division never closed: read its lines as text
            }
            if (SpacedTableParser.mayStart(line)) {
                int end = SpacedTableParser.end(lines, i, this::endsSpacedTable);
                if (end > i) {
                    flush();
                    listIndents.clear();
                    Table t = SpacedTableParser.parse(lines.subList(i, end));
                    if (t != null) {
                        add(Block.table(t));
                    }
                    return end;
                }
            }
            ListMarkers.Match marker = ListMarkers.match(line);
            // "1.<tab>Text" is a list item whose marker is followed by a tab, not a two-column table.
            boolean tabAfterMarkerOnly = marker != null && marker.text().indexOf('\t') < 0;
            if (TabTableParser.hasFieldTab(line) && !tabAfterMarkerOnly) {
                flush();
                return tabTable(i);
            }
            if (marker != null) {
                flush();
                startItem(marker);
                return i + 1;
            }
            boolean yearMinuteHeading = Texts.startsYearMinuteHeading(line);
            if (yearMinuteHeading) {
                flush(); // "25/140 DECLARATIONS OF INTEREST" under the minute before: a new minute, not that one's next line
                listIndents.clear();
            } else if (itemMarker == null && !paragraph.isEmpty() && DECISION_LABEL_LINE.matcher(line).matches()
                    && SENTENCE_OR_CAPITALS_END.matcher(paragraph.get(paragraph.size() - 1)).find()) {
                // "DECISION:" / "Resolved:" on a line of its own after a sentence of the minute: the decision's label opens a
                // paragraph of its own, so the decision is not read as the end of the narrative above it
                flush();
            }
            if (itemMarker != null) {
                item.add(line.strip()); // a wrapped list item: the line continues it
            } else {
                if (ruledParagraph && !paragraph.isEmpty() && Texts.fieldLine(line) && Texts.fieldLine(paragraph.get(0))) {
                    // "Name: value" lines typed one under another under a rule are a form's fields, not one wrapped sentence: each
                    // is a paragraph of its own, as if blank lines stood between them. A line with no name of its own still wraps.
                    // Only under a rule: unruled runs of such lines are as often a sentence wrapped after a colon.
                    flush();
                } else if (paragraph.isEmpty()) {
                    ruledParagraph = afterRule;
                }
                afterRule = false;
                paragraph.add(line.strip());
                if (yearMinuteHeading && capitalsHeadingEndsHere(line, i)) {
                    flush();
                }
            }
            return i + 1;
        }

        /**
         * A town or community council's minute heading in capitals alone on its line ("15/202 POLICE MATTERS") ends there when the
         * next line is the minute's text ("PCSO Hughes reported …", in small letters after its first word) or its decision label
         * ("DECISION:"); read on, the heading would take the next line's first word as its own ("POLICE MATTERS PCSO"). A next
         * line all in capitals is the heading wrapped.
         */
        private boolean capitalsHeadingEndsHere(String line, int i) {
            if (i + 1 >= lines.size() || hasLowerCase(line)) {
                return false;
            }
            String next = lines.get(i + 1);
            return hasLowerCase(next) || DECISION_LABEL_LINE.matcher(next).matches();
        }

        private static boolean hasLowerCase(String s) {
            for (int k = 0; k < s.length(); k++) {
                if (Character.isLowerCase(s.charAt(k))) {
                    return true;
                }
            }
            return false;
        }

        private int pipeTable(int i) {
            int page = page();
            List<String> rows = new ArrayList<>();
            int j = i;
            while (j < lines.size() && lines.get(j).stripLeading().startsWith("|")) {
                StringBuilder row = new StringBuilder(lines.get(j).strip());
                j++;
                // A row whose cell ran over lines (long text, an HTML table) goes on until its closing pipe.
                while (!PipeTableParser.isTerminated(row.toString()) && j < lines.size() && continuesRow(lines.get(j))) {
                    row.append('\n').append(lines.get(j).strip());
                    j++;
                }
                rows.add(row.toString());
            }
            listIndents.clear();
            PipeTableParser.parse(rows, warnings, page).forEach(this::add);
            return j;
        }

        /**
         * A {@code <table>} that is never closed cannot be told apart from what follows it, so its
         * lines up to the next blank line are kept as one paragraph of their text.
         */
        private int brokenHtmlTable(int i) {
            warnings.add(WarningCode.BROKEN_TABLE, "<table> never closed; its lines are kept as text", page());
            StringBuilder sb = new StringBuilder();
            int j = i;
            while (j < lines.size() && !lines.get(j).equals(FORM_FEED) && !isBlank(lines.get(j))
                    && printedPageNumber(lines.get(j)) == null) {
                sb.append(lines.get(j)).append('\n');
                j++;
            }
            String text = HtmlFragmentParser.plainText(InlineMarkup.clean(sb.toString()).text());
            if (!text.isEmpty()) {
                add(Block.paragraph(text));
            }
            return j;
        }

        // A page break, a printed page number, or a table of another kind: a space-aligned table stops before it.
        private boolean endsSpacedTable(String line) {
            return line.equals(FORM_FEED) || printedPageNumber(line) != null || line.stripLeading().startsWith("|")
                    || TabTableParser.hasFieldTab(line) || HEADING.matcher(line).matches();
        }

        private boolean continuesRow(String line) {
            return !line.equals(FORM_FEED) && !isBlank(line) && !line.stripLeading().startsWith("|")
                    && printedPageNumber(line) == null;
        }

        private int tabTable(int i) {
            List<String> rows = new ArrayList<>();
            int j = i;
            while (j < lines.size()) {
                String l = lines.get(j);
                if (l.equals(FORM_FEED) || isBlank(l) || l.indexOf('\t') < 0 || l.stripLeading().startsWith("|")
                        || printedPageNumber(l) != null) {
                    break;
                }
                rows.add(l);
                j++;
            }
            listIndents.clear();
            Table t = TabTableParser.parse(rows);
            if (t != null) {
                add(Block.table(t));
            }
            return j;
        }

        /** The line that closes the HTML element opened on line i, or -1 if it is never closed. */
        private int htmlBlockEnd(int i, String tag) {
            Pattern open = Pattern.compile("(?i)<" + tag + "(?=[\\s>/]|$)");
            Pattern close = Pattern.compile("(?i)</" + tag + "\\s*>");
            int depth = 0;
            for (int j = i; j < lines.size(); j++) {
                String l = lines.get(j);
                if (l.equals(FORM_FEED)) {
                    return -1;
                }
                depth += count(open, l) - count(close, l);
                if (depth <= 0) {
                    return j;
                }
            }
            return -1;
        }

        private static int count(Pattern p, String s) {
            int n = 0;
            Matcher m = p.matcher(s);
            while (m.find()) {
                n++;
            }
            return n;
        }

        private void startItem(ListMarkers.Match m) {
            while (!listIndents.isEmpty() && listIndents.peek() > m.indent()) {
                listIndents.pop();
            }
            if (listIndents.isEmpty() || listIndents.peek() < m.indent()) {
                listIndents.push(m.indent());
            }
            itemMarker = m.marker();
            itemDepth = listIndents.size() - 1;
            item.add(m.text().strip());
        }

        private void flush() {
            if (itemMarker != null) {
                InlineMarkup.Inline in = inline(joinLines(item));
                if (!in.text().isEmpty()) {
                    add(styled(Block.listItem(itemMarker, itemDepth, in.text()), in.bold()));
                }
                item.clear();
                itemMarker = null;
            }
            if (!paragraph.isEmpty()) {
                listIndents.clear();
                InlineMarkup.Inline md = InlineMarkup.clean(joinLines(paragraph));
                paragraph.clear();
                if (HtmlFragmentParser.looksLikeHtml(md.text())) {
                    for (Block b : HtmlFragmentParser.blocks(md.text())) {
                        add(md.bold() ? b.withStyle(Style.BOLD) : b);
                    }
                } else if (!md.text().isEmpty()) {
                    add(styled(Block.paragraph(md.text()), md.bold()));
                }
            }
        }

        /**
         * A paragraph's lines joined with spaces, as the PDF reader joins them: a line that ends in a hyphen after a letter and a
         * next line that starts in small letters join without a space ("con-" + "firmed"), keeping the hyphen, which may be a
         * real one ("well-" + "being").
         */
        private static String joinLines(List<String> lines) {
            StringBuilder sb = new StringBuilder();
            for (String l : lines) {
                int n = sb.length();
                boolean hyphenated = n > 1 && sb.charAt(n - 1) == '-' && Character.isLetter(sb.charAt(n - 2)) && !l.isEmpty()
                        && Character.isLowerCase(l.charAt(0));
                if (n > 0 && !hyphenated) {
                    sb.append(' ');
                }
                sb.append(l);
            }
            return sb.toString();
        }

        /** Markdown markup taken out, then any inline HTML read, on one line. */
        private static InlineMarkup.Inline inline(String raw) {
            InlineMarkup.Inline md = InlineMarkup.clean(raw);
            if (!HtmlFragmentParser.looksLikeHtml(md.text())) {
                return md;
            }
            InlineMarkup.Inline html = HtmlFragmentParser.inline(md.text());
            return new InlineMarkup.Inline(html.text(), md.bold() || html.bold());
        }

        private static Block styled(Block b, boolean bold) {
            return bold ? b.withStyle(Style.BOLD) : b;
        }

        private void formFeed() {
            pageTop = true;
            if (pending == Break.FORM_FEED) {
                doc.page(); // two breaks in a row: a page with nothing on it
            } else if (anyBlock || pending == Break.PRINTED_NUMBER) {
                pending = Break.FORM_FEED;
            }
        }

        private void add(Block b) {
            if (pending != Break.NONE) {
                doc.page();
                pending = Break.NONE;
            }
            doc.add(b);
            anyBlock = true;
            pageTop &= b.layer().isFurniture();
        }

        /** The page the next block will land on. */
        private int page() {
            return pending != Break.NONE ? doc.pageNumber() + 1 : Math.max(1, doc.pageNumber());
        }
    }
}
