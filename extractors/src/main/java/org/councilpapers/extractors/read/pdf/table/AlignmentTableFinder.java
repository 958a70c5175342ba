package org.councilpapers.extractors.read.pdf.table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import org.councilpapers.core.Warnings;
import org.councilpapers.core.layout.Box;
import org.councilpapers.core.layout.Rgb;
import org.jspecify.annotations.Nullable;

/**
 * Stream tables: tables drawn without ruling lines, found from how their text lines up. Each line of text
 * is cut into chunks where a gap wider than a word space opens; a run of close lines whose chunks leave the
 * same vertical gutters free makes a table, its columns between the gutters and its rows from the baselines.
 * Up to two lines at the top may cross the gutters the lines below leave (a "RAG rating" heading over
 * "Latest | Previous"): they are header rows, and a chunk crossing a gutter spans the columns it covers.
 *
 * <p>A cell that holds only a fill (a RAG cell coloured in, no word) is ink too: a filled rectangle the size of a cell
 * with no text on it stands in its line as an empty chunk, so a column of coloured cells is a column.
 *
 * <p>Prose must stay prose, so a run is a table only with at least four lines of two or more chunks, each column
 * holding text on two lines or more; and not
 * when every column reads as running text (the two columns of a newsletter page), nor when its first column
 * holds only list markers and there is one other column (a numbered list with a hanging indent).
 */
public final class AlignmentTableFinder implements TableFinder {
    /** A gap this many times the font size splits a line into chunks: wider than any word space. */
    static final float CHUNK_GAP = 0.8f;
    /** A free gutter narrower than this many times the font size does not part columns. */
    static final float MIN_GUTTER = 0.6f;
    /** Lines whose baselines are further apart than this many times the font size are not one table. */
    static final float MAX_LEADING = 2.6f;
    /** A table needs this many lines with text in two or more columns (four, as Nurminen asks of a text edge). */
    static final int MIN_MULTI_LINES = 4;
    /**
     * Fewer lines make a table where each holds text in this many columns or more, the same gutters free on every one (a
     * header over two rows of four cells): prose does not line up in three places on every line.
     */
    static final int MIN_GRID_COLUMNS = 3;
    static final int MIN_GRID_LINES = 3;
    /**
     * A line of one run of text set this much larger or smaller than the table's lines (a heading, the body text after a
     * table set in smaller type) is no line of the table, though it crosses none of its gutters.
     */
    static final float OTHER_TYPE = 0.2f;
    /** Lines that may cross the gutters above the body as header rows. */
    static final int MAX_SPANNING_HEADER_LINES = 2;
    /** A column of chunks this long on average (in words), with text on most lines, is running text. */
    static final float PROSE_WORDS = 5f;
    static final float PROSE_LINE_SHARE = 0.8f;
    /** A gap between lines this many times the tightest one parts two rows. */
    static final float ROW_BREAK = 1.35f;
    /**
     * Lines evenly spaced this many times their font size apart are one row each: a cell's wrapped lines follow at the
     * text's own leading (1.2 or so, 1.7 at one-and-a-half spacing), so only cell padding (or space after a paragraph
     * within a cell) sets lines this far apart.
     */
    static final float ONE_LINE_ROWS = 2f;

    // A list marker: any one symbol (symbol fonts map bullets to private-use code points), Word's "o" sub-bullet, or a number or letter.
    private static final Pattern MARKER = Pattern.compile(
            "[^\\p{L}\\p{N}]|o|\\(?\\d{1,3}(\\.\\d{1,3})*[.)]?|\\(?[a-zA-Z][.)]|\\(?[ivxIVX]{1,5}[.)]");

    @Override
    public List<GridTable> find(PageGeometry page, int pageNumber, Warnings warnings) {
        return find(page, pageNumber, null, warnings);
    }

    /**
     * As {@link #find(PageGeometry, int, Warnings)}; and where the page before ended on a table, rows at the top of this
     * page that line up with its columns are its continuation even when they are too few to show columns of their own
     * (a row or two under a repeated header).
     */
    @Override
    public List<GridTable> find(PageGeometry page, int pageNumber, @Nullable GridTable open, Warnings warnings) {
        List<TextRow> lines = withFills(lines(page.glyphs()), page);
        float[] carried = open == null ? null : columnEdges(open);
        List<GridTable> out = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            boolean furniture = lines.get(i).bottom() <= TOP_BAND * page.height();
            if (lines.get(i).chunks().size() < 2) {
                if (!furniture) {
                    carried = null; // body text before any table: the page does not open on the table carried over
                }
                i++;
                continue;
            }
            int end = grow(lines, i);
            GridTable t = end > i ? table(lines.subList(i, end + 1), page, null) : null;
            if (t == null && carried != null && !furniture) {
                // a repeated header printed high on the page may stand in the running header's band
                int start = i;
                while (start > 0 && boldLine(lines.get(start - 1)) && carriedOn(lines, start - 1, carried) >= start) {
                    start--;
                }
                end = carriedOn(lines, start, carried);
                t = end >= i ? table(lines.subList(start, end + 1), page, carried) : null;
            }
            if (!furniture) {
                carried = null;
            }
            if (t != null) {
                out.add(t);
                i = end + 1;
            } else {
                i++;
            }
        }
        return List.copyOf(out);
    }

    private static boolean boldLine(TextRow line) {
        return line.chunks().stream().flatMap(c -> c.glyphs().stream()).filter(g -> !g.isSpace()).allMatch(Glyph::bold);
    }

    /** Lines wholly above this share of the page's height are its running header, which may stand above a continued table. */
    static final float TOP_BAND = 0.1f;

    /** The edges of a table's columns, left to right (one more than its columns), or null where a column has no edge of its own. */
    static float @Nullable [] columnEdges(GridTable t) {
        float[] e = new float[t.colCount() + 1];
        java.util.Arrays.fill(e, Float.NaN);
        for (GridCell c : t.cells()) {
            int at = c.col();
            e[at] = Float.isNaN(e[at]) ? c.box().x0() : Math.min(e[at], c.box().x0());
            int after = c.col() + c.colSpan();
            if (after == t.colCount()) {
                e[after] = Float.isNaN(e[after]) ? c.box().x1() : Math.max(e[after], c.box().x1());
            }
        }
        for (float x : e) {
            if (Float.isNaN(x)) {
                return null;
            }
        }
        return e;
    }

    /**
     * The last line of the run from {@code first} that keeps within the carried columns: close lines whose text starts
     * no further left than the table and crosses no edge between its columns, except a bold line (a header repeated over
     * the break may hold a heading spanning sub-columns).
     */
    static int carriedOn(List<TextRow> lines, int first, float[] edges) {
        int last = first - 1;
        for (int j = first; j < lines.size(); j++) {
            TextRow line = lines.get(j);
            if (j > first && line.baseline() - lines.get(j - 1).baseline() > MAX_LEADING * Math.max(line.size(), lines.get(j - 1).size())) {
                break;
            }
            float tol = line.size();
            boolean bold = boldLine(line);
            // A stream table's right edge is only where its longest text ended: the last column may run further here.
            boolean fits = line.x0() >= edges[0] - tol;
            for (Chunk c : line.chunks()) {
                for (int k = 1; k + 1 < edges.length && fits && !bold; k++) {
                    fits = !(c.x0() < edges[k] - 1 && c.x1() > edges[k] + 1);
                }
            }
            if (!fits) {
                break;
            }
            last = j;
        }
        return last;
    }

    /** A run of glyphs on one line with no wide gap inside. */
    record Chunk(float x0, float x1, List<Glyph> glyphs) {
        Chunk {
            glyphs = List.copyOf(glyphs);
        }

        String text() {
            StringBuilder b = new StringBuilder();
            for (Glyph g : glyphs) {
                b.append(g.text());
            }
            return b.toString().strip();
        }

        /** The words of the text, as many as {@code split("\\s+")} gives, counted without a regex: asked of every chunk of every run. */
        int words() {
            String t = text();
            if (t.isEmpty()) {
                return 0;
            }
            // The text is stripped, so it neither starts nor ends with white space: one word more than runs of \s inside.
            int n = 1;
            boolean space = false;
            for (int i = 0; i < t.length(); i++) {
                char c = t.charAt(i);
                boolean s = c == ' ' || c == '\t' || c == '\n' || c == '\u000b' || c == '\f' || c == '\r';
                if (s && !space) {
                    n++;
                }
                space = s;
            }
            return n;
        }
    }

    /** One line of text across the page: its baseline, font size, vertical extent and chunks left to right. */
    record TextRow(float baseline, float size, float top, float bottom, List<Chunk> chunks) {
        TextRow {
            chunks = List.copyOf(chunks);
        }

        float x0() {
            return chunks.get(0).x0();
        }

        float x1() {
            return chunks.get(chunks.size() - 1).x1();
        }
    }

    /** The page's text as lines top to bottom, each cut into chunks; spaces are kept inside chunks. */
    static List<TextRow> lines(List<Glyph> glyphs) {
        Glyph[] sorted = glyphs.toArray(new Glyph[0]);
        Arrays.sort(sorted, Glyph.BY_BASELINE_THEN_X);
        // Each line a range of the one sorted array, sorted again left to right in place: no list grown glyph by glyph.
        List<int[]> groups = new ArrayList<>();
        float base = Float.NaN;
        for (int k = 0; k < sorted.length; k++) {
            Glyph g = sorted[k];
            if (groups.isEmpty() || g.baseline() - base > 0.4f * Math.max(1f, g.size())) {
                groups.add(new int[] {k, k + 1});
                base = g.baseline();
            } else {
                groups.get(groups.size() - 1)[1] = k + 1;
            }
        }
        List<TextRow> out = new ArrayList<>();
        for (int[] range : groups) {
            Arrays.sort(sorted, range[0], range[1], Glyph.BY_X);
            List<Glyph> group = Arrays.asList(sorted).subList(range[0], range[1]);
            // Loops, not streams: this runs on every line of every page.
            List<Glyph> ink = new ArrayList<>(group.size());
            float size = 0;
            float top = 0;
            float bottom = 0;
            for (Glyph g : group) {
                if (!g.isSpace()) {
                    boolean first = ink.isEmpty();
                    ink.add(g);
                    size = first ? g.size() : Math.max(size, g.size());
                    top = first ? g.top() : Math.min(top, g.top());
                    bottom = first ? g.bottom() : Math.max(bottom, g.bottom());
                }
            }
            if (ink.isEmpty()) {
                continue;
            }
            List<Chunk> chunks = new ArrayList<>();
            List<Glyph> current = new ArrayList<>();
            float x0 = 0;
            float x1 = -Float.MAX_VALUE;
            for (Glyph g : group) {
                if (g.isSpace()) {
                    if (!current.isEmpty()) {
                        current.add(g);
                    }
                    continue;
                }
                if (!current.isEmpty() && g.x0() - x1 > CHUNK_GAP * size) {
                    chunks.add(chunk(current, x0, x1));
                    current = new ArrayList<>();
                }
                if (current.isEmpty()) {
                    x0 = g.x0();
                    x1 = g.x1();
                }
                current.add(g);
                x1 = Math.max(x1, g.x1());
            }
            chunks.add(chunk(current, x0, x1));
            float baseline = (float) ink.stream().mapToDouble(Glyph::baseline).average().orElse(0);
            out.add(new TextRow(baseline, size, top, bottom, chunks));
        }
        return out;
    }

    /** A fill wider than this share of the page is a band or a background, not a cell. */
    static final float MAX_FILL_SHARE = 0.4f;
    /** A fill taller than this many times its line's font size is a panel, not a cell of one row. */
    static final float MAX_FILL_LINES = 6f;

    /**
     * The lines with each textless cell fill added as an empty chunk to the first line it stands beside: its
     * middle third, so that it leaves the gutters to either side free as a cell's text would.
     */
    static List<TextRow> withFills(List<TextRow> lines, PageGeometry page) {
        if (page.fills().isEmpty() || lines.isEmpty()) {
            return lines;
        }
        List<List<Chunk>> added = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            added.add(new ArrayList<>(lines.get(i).chunks()));
        }
        boolean any = false;
        for (FilledRect f : page.fills()) {
            Box b = f.box();
            if (RulingTableFinder.isNearWhite(f.color()) || b.x1() - b.x0() > MAX_FILL_SHARE * page.width() || b.x1() - b.x0() < 4f) {
                continue;
            }
            for (int i = 0; i < lines.size(); i++) {
                TextRow l = lines.get(i);
                float mid = (l.top() + l.bottom()) / 2;
                if (mid < b.y0() || mid > b.y1()) {
                    continue;
                }
                if (b.y1() - b.y0() > MAX_FILL_LINES * l.size() || l.chunks().stream().anyMatch(c -> c.x1() > b.x0() && c.x0() < b.x1())) {
                    break; // a panel, or shading behind text: the text says where the column is
                }
                float third = (b.x1() - b.x0()) / 3;
                added.get(i).add(new Chunk(b.x0() + third, b.x1() - third, List.of()));
                any = true;
                break;
            }
        }
        if (!any) {
            return lines;
        }
        List<TextRow> out = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            TextRow l = lines.get(i);
            List<Chunk> chunks = added.get(i);
            chunks.sort(Comparator.comparingDouble(Chunk::x0));
            out.add(chunks.size() == l.chunks().size() ? l : new TextRow(l.baseline(), l.size(), l.top(), l.bottom(), chunks));
        }
        return out;
    }

    private static Chunk chunk(List<Glyph> glyphs, float x0, float x1) {
        // trailing spaces belong to no chunk
        int n = glyphs.size();
        while (n > 0 && glyphs.get(n - 1).isSpace()) {
            n--;
        }
        return new Chunk(x0, x1, glyphs.subList(0, n));
    }

    /**
     * The last line of the run that starts at {@code first}: lines follow while they are close and cross none
     * of the gutters the first line leaves (a gutter a line narrows below {@link #MIN_GUTTER} is crossed).
     */
    static int grow(List<TextRow> lines, int first) {
        TextRow start = lines.get(first);
        List<float[]> gutters = new ArrayList<>();
        for (int k = 0; k + 1 < start.chunks().size(); k++) {
            gutters.add(new float[] {start.chunks().get(k).x1(), start.chunks().get(k + 1).x0()});
        }
        int last = first;
        float cellSize = start.size();
        for (int j = first + 1; j < lines.size(); j++) {
            TextRow prev = lines.get(j - 1);
            TextRow line = lines.get(j);
            if (line.baseline() - prev.baseline() > MAX_LEADING * Math.max(prev.size(), line.size())) {
                break;
            }
            if (line.chunks().size() < 2 && Math.abs(line.size() - cellSize) > OTHER_TYPE * cellSize) {
                break;
            }
            if (line.chunks().size() >= 2) {
                cellSize = line.size();
            }
            List<float[]> narrowed = narrow(gutters, List.of(line), line.size());
            if (narrowed.size() < gutters.size()) {
                // A group row ("Priority 2: ...") runs across the table from its first column; the rows it heads line up
                // again below it, so it is the table's own row, not the table's end.
                if (j + 1 < lines.size() && gutters.size() >= 2 && spansFromLeft(line, start.x0())
                        && lines.get(j + 1).baseline() - line.baseline() <= MAX_LEADING * Math.max(line.size(), lines.get(j + 1).size())
                        && lines.get(j + 1).chunks().size() >= 2
                        && narrow(gutters, List.of(lines.get(j + 1)), lines.get(j + 1).size()).size() == gutters.size()) {
                    last = j;
                    continue;
                }
                break;
            }
            gutters = narrowed;
            last = j;
        }
        return last;
    }

    /** Whether the line is one run of text starting where the table's first column starts: a group row spanning it. */
    static boolean spansFromLeft(TextRow line, float left) {
        return line.chunks().size() == 1 && Math.abs(line.x0() - left) <= line.size();
    }

    /** Each gutter with the lines' ink taken out: the widest free part that is still wide enough. */
    private static List<float[]> narrow(List<float[]> gutters, List<TextRow> lines, float size) {
        List<float[]> out = new ArrayList<>();
        for (float[] g : gutters) {
            List<float[]> free = new ArrayList<>();
            free.add(g);
            for (TextRow l : lines) {
                for (Chunk c : l.chunks()) {
                    List<float[]> next = new ArrayList<>();
                    for (float[] f : free) {
                        if (c.x1() <= f[0] || c.x0() >= f[1]) {
                            next.add(f);
                        } else {
                            if (c.x0() > f[0]) {
                                next.add(new float[] {f[0], c.x0()});
                            }
                            if (c.x1() < f[1]) {
                                next.add(new float[] {c.x1(), f[1]});
                            }
                        }
                    }
                    free = next;
                }
            }
            float[] widest = free.stream().max(Comparator.comparingDouble(f -> f[1] - f[0])).orElse(null);
            if (widest != null && widest[1] - widest[0] >= MIN_GUTTER * size) {
                out.add(widest);
            }
        }
        return out;
    }

    /**
     * The lines less the group rows among them, in a table of three columns or more: a line of one run of text from the
     * first column's edge that crosses a gutter of the lines in columns ("Priority 2: ..." over the rows it heads). It spans the columns rather than
     * filling them, so the gutters are found without it; it is placed across them as a header line is.
     */
    static List<TextRow> withoutGroupRows(List<TextRow> lines, float size) {
        List<TextRow> columned = new ArrayList<>(lines.size());
        float left = Float.MAX_VALUE;
        for (TextRow l : lines) {
            if (l.chunks().size() >= 2) {
                columned.add(l);
            }
            left = Math.min(left, l.x0());
        }
        if (columned.size() == lines.size() || columned.isEmpty()) {
            return lines;
        }
        List<float[]> g = gutters(columned, size);
        if (g.size() < 2) {
            return lines;
        }
        List<TextRow> out = new ArrayList<>(lines.size());
        for (TextRow l : lines) {
            if (!spansFromLeft(l, left) || crossed(l.chunks().get(0), g) == 0) {
                out.add(l);
            }
        }
        return out;
    }

    private static int crossed(Chunk c, List<float[]> gutters) {
        int n = 0;
        for (float[] g : gutters) {
            if (c.x0() < g[0] && c.x1() > g[1]) {
                n++;
            }
        }
        return n;
    }

    /** Whether every line holds {@link #MIN_GRID_COLUMNS} chunks or more, on {@link #MIN_GRID_LINES} lines or more. */
    private static boolean fullGrid(List<TextRow> lines) {
        if (lines.size() < MIN_GRID_LINES) {
            return false;
        }
        for (TextRow l : lines) {
            if (l.chunks().size() < MIN_GRID_COLUMNS) {
                return false;
            }
        }
        return true;
    }

    /** The x-intervals no chunk of the lines covers, between their leftmost and rightmost ink. */
    static List<float[]> gutters(List<TextRow> lines, float size) {
        List<float[]> ink = new ArrayList<>();
        for (TextRow l : lines) {
            for (Chunk c : l.chunks()) {
                ink.add(new float[] {c.x0(), c.x1()});
            }
        }
        ink.sort(Comparator.comparingDouble(a -> a[0]));
        List<float[]> out = new ArrayList<>();
        float reach = ink.get(0)[1];
        for (float[] a : ink) {
            if (a[0] - reach >= MIN_GUTTER * size) {
                out.add(new float[] {reach, a[0]});
            }
            reach = Math.max(reach, a[1]);
        }
        return out;
    }

    /**
     * The run as a table, or null where it does not read as one.
     *
     * @param carried the column edges of the table the run carries on from the page before, or null to find its own
     */
    private static @Nullable GridTable table(List<TextRow> run, PageGeometry page, float @Nullable [] carried) {
        if (run.isEmpty()) {
            return null;
        }
        float size = (float) run.stream().mapToDouble(TextRow::size).max().orElse(10);
        // Columns come from the body; up to two lines at the top may span them.
        List<float[]> gutters = List.of();
        int spanning = 0;
        if (carried != null) {
            // the carried columns' edges, as gutters of no width that a chunk crosses only by straddling an edge
            List<float[]> at = new ArrayList<>();
            for (int k = 1; k + 1 < carried.length; k++) {
                at.add(new float[] {carried[k], carried[k]});
            }
            gutters = at;
        }
        for (int h = 0; carried == null && h <= MAX_SPANNING_HEADER_LINES && h < run.size(); h++) {
            List<TextRow> body = run.subList(h, run.size());
            if (body.stream().filter(l -> l.chunks().size() >= 2).count() < MIN_MULTI_LINES && !fullGrid(body)) {
                break;
            }
            List<float[]> g = gutters(withoutGroupRows(body, size), size);
            if (g.size() > gutters.size()) {
                gutters = g;
                spanning = h;
            }
        }
        if (gutters.isEmpty()) {
            return null;
        }
        int cols = gutters.size() + 1;
        float left = carried != null ? carried[0] : (float) run.stream().mapToDouble(TextRow::x0).min().orElse(0);
        float right = (float) run.stream().mapToDouble(TextRow::x1).max().orElse(0);
        if (carried != null) {
            right = Math.max(right, carried[cols]);
        }
        float[] edges = new float[cols + 1];
        edges[0] = left;
        edges[cols] = right;
        for (int k = 0; k < gutters.size(); k++) {
            edges[k + 1] = (gutters.get(k)[0] + gutters.get(k)[1]) / 2;
        }

        // Each chunk's columns: the body's chunks sit in one; a header chunk spans those it covers.
        List<List<int[]>> placed = new ArrayList<>(); // per line: {firstCol, lastCol} per chunk
        for (TextRow l : run) {
            List<int[]> spans = new ArrayList<>();
            for (Chunk c : l.chunks()) {
                // A chunk spans into a neighbouring column only by crossing the whole gutter between them.
                // A heading centred over two columns has its centre in the gutter between them.
                float centre = (c.x0() + c.x1()) / 2;
                int a = column(edges, centre);
                int b = a;
                for (int k = 0; k < gutters.size(); k++) {
                    if (centre > gutters.get(k)[0] && centre < gutters.get(k)[1]
                            && c.x0() < gutters.get(k)[0] + 0.25f * (gutters.get(k)[1] - gutters.get(k)[0])
                            && c.x1() > gutters.get(k)[1] - 0.25f * (gutters.get(k)[1] - gutters.get(k)[0])) {
                        a = k;
                        b = k + 1;
                    }
                }
                while (a > 0 && c.x0() < gutters.get(a - 1)[0] && c.x1() > gutters.get(a - 1)[1]) {
                    a--;
                }
                while (b < cols - 1 && c.x0() < gutters.get(b)[0] && c.x1() > gutters.get(b)[1]) {
                    b++;
                }
                if (!spans.isEmpty()) {
                    // A span stops short of the next chunk's own column; chunks in one column share its cell.
                    int[] prev = spans.get(spans.size() - 1);
                    int own = column(edges, (c.x0() + c.x1()) / 2);
                    if (prev[1] >= own && prev[0] < own) {
                        prev[1] = own - 1;
                    }
                    a = Math.max(a, prev[1] == prev[0] && prev[0] == own ? own : prev[1] + 1);
                    a = Math.min(a, own);
                    b = Math.max(a, b);
                }
                spans.add(new int[] {a, b});
            }
            placed.add(spans);
        }
        if (carried == null ? !readsAsTable(run, placed, cols, spanning) : !carriesColumns(placed)) {
            return null;
        }

        // Rows: each header line is a row; below, a wider gap between lines, or else text in the first column, starts one.
        int headerLines = spanning == 0 ? 0 : spanning + 1;
        List<Integer> rowOf = rows(run, placed, headerLines);
        int rows = rowOf.get(rowOf.size() - 1) + 1;
        if (rows - Math.min(headerLines, rows) < 1 || rows < (carried == null ? 2 : 1)) {
            return null;
        }
        float[] rowTop = new float[rows + 1];
        java.util.Arrays.fill(rowTop, Float.MAX_VALUE);
        float bottom = 0;
        for (int i = 0; i < run.size(); i++) {
            rowTop[rowOf.get(i)] = Math.min(rowTop[rowOf.get(i)], run.get(i).top());
            bottom = Math.max(bottom, run.get(i).bottom());
        }
        rowTop[rows] = bottom;

        // Cells: one per chunk span in each row, glyphs gathered across the row's lines.
        List<List<Glyph>> glyphs = new ArrayList<>(rows * cols);
        int[] span = new int[rows * cols]; // colSpan of the cell starting there; 0 where covered by another
        java.util.Arrays.fill(span, 1);
        for (int k = 0; k < rows * cols; k++) {
            glyphs.add(new ArrayList<>());
        }
        for (int i = 0; i < run.size(); i++) {
            int r = rowOf.get(i);
            for (int[] s : placed.get(i)) {
                if (s[1] > s[0] && span[r * cols + s[0]] > 0) {
                    span[r * cols + s[0]] = Math.max(span[r * cols + s[0]], s[1] - s[0] + 1);
                    for (int c = s[0] + 1; c <= s[1]; c++) {
                        span[r * cols + c] = 0;
                    }
                }
            }
        }
        for (int r = 0; r < rows; r++) {
            // spans marked by different lines of one row may overlap: keep each position in one cell
            for (int c = 0; c < cols; c++) {
                int k = r * cols + c;
                if (span[k] > 1) {
                    for (int d = 1; d < span[k]; d++) {
                        span[k + d] = 0;
                    }
                    c += span[k] - 1;
                }
            }
        }
        for (int i = 0; i < run.size(); i++) {
            int r = rowOf.get(i);
            List<Chunk> chunks = run.get(i).chunks();
            for (int k = 0; k < chunks.size(); k++) {
                int c = placed.get(i).get(k)[0];
                while (c > 0 && span[r * cols + c] == 0) {
                    c--;
                }
                glyphs.get(r * cols + c).addAll(chunks.get(k).glyphs());
            }
        }
        int header = Math.min(Math.max(headerLines, boldHeaderRows(glyphs, span, rows, cols)), rows - 1);
        spanOverBlankHeaderCells(glyphs, span, header, cols);
        int[] rowSpan = new int[rows * cols];
        java.util.Arrays.fill(rowSpan, 1);
        // A header cell with nothing under it in the header ("Measure" beside "RAG rating" over "Latest | Previous") spans down.
        for (int c = 0; c < cols; c++) {
            for (int r = 0; r + 1 < header; r++) {
                int k = r * cols + c;
                if (span[k] != 1 || rowSpan[k] == 0 || glyphs.get(k).isEmpty()) {
                    continue;
                }
                for (int below = r + 1; below < header && span[below * cols + c] == 1 && glyphs.get(below * cols + c).isEmpty(); below++) {
                    rowSpan[k]++;
                    rowSpan[below * cols + c] = 0;
                }
            }
        }
        List<GridCell> cells = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                int k = r * cols + c;
                if (span[k] == 0 || rowSpan[k] == 0) {
                    continue;
                }
                int rs = rowSpan[k];
                Box box = new Box(edges[c], rowTop[r], edges[c + span[k]], Math.max(rowTop[r], rowTop[r + rs]));
                cells.add(new GridCell(r, c, rs, span[k], box, fill(box, glyphs.get(k), page.fills()), glyphs.get(k)));
            }
        }
        Box box = new Box(left, rowTop[0], right, bottom);
        return new GridTable(box, rows, cols, cells, header);
    }

    /**
     * How many top rows are a header by their type: all their text bold, over a row that is not. Without rules a header
     * of two levels is known by this alone (its rows spaced as the body's are). A bold row after the first with text in
     * one cell only is a group row over the body ("Children looked after"), not a header level, and ends the count.
     */
    private static int boldHeaderRows(List<List<Glyph>> glyphs, int[] span, int rows, int cols) {
        int n = 0;
        while (n < rows) {
            int filled = 0;
            boolean bold = true;
            for (int c = 0; c < cols; c++) {
                List<Glyph> ink = glyphs.get(n * cols + c).stream().filter(g -> !g.isSpace()).toList();
                if (span[n * cols + c] > 0 && !ink.isEmpty()) {
                    filled++;
                    bold &= ink.stream().allMatch(Glyph::bold);
                }
            }
            if (!bold || filled == 0 || n > 0 && filled < 2) {
                break;
            }
            n++;
        }
        return n < rows ? n : 0;
    }

    /**
     * A header cell followed in its row by blank cells over header text below spans them: a heading set flush left over its
     * sub-columns ("Safeguarding" over "Overall effectiveness | Capacity to improve") leaves the rest of its span empty, as a
     * centred one leaves its gutter crossed.
     */
    private static void spanOverBlankHeaderCells(List<List<Glyph>> glyphs, int[] span, int header, int cols) {
        for (int r = 0; r + 1 < header; r++) {
            int[] wider = span.clone();
            boolean level = true;
            for (int c = 0; c < cols; c++) {
                int k = r * cols + c;
                if (wider[k] == 0 || glyphs.get(k).isEmpty()) {
                    continue;
                }
                int end = c + wider[k];
                while (end < cols && wider[r * cols + end] == 1 && glyphs.get(r * cols + end).isEmpty()
                        && headerTextBelow(glyphs, r, end, header, cols)) {
                    end++;
                }
                for (int d = c + wider[k]; d < end; d++) {
                    wider[r * cols + d] = 0;
                }
                wider[k] = end - c;
                // A heading over one column with text under it is a heading wrapped onto the next line ("Ongoing" over
                // "Impact"), so the row is no level of headings over sub-headings, and nothing in it spans.
                level &= wider[k] > 1 || glyphs.get((r + 1) * cols + c).isEmpty();
                c = end - 1;
            }
            if (level) {
                System.arraycopy(wider, 0, span, 0, span.length);
            }
        }
    }

    private static boolean headerTextBelow(List<List<Glyph>> glyphs, int row, int col, int header, int cols) {
        for (int r = row + 1; r < header; r++) {
            if (!glyphs.get(r * cols + col).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /**
     * A stream cell's box reaches to the middle of the gutters, wider than any shading drawn behind its text, so
     * the shading is judged on the text's own box; a blank cell takes a fill over its centre.
     */
    private static @Nullable Rgb fill(Box cell, List<Glyph> glyphs, List<FilledRect> fills) {
        List<Glyph> ink = glyphs.stream().filter(g -> !g.isSpace()).toList();
        if (ink.isEmpty()) {
            float cx = (cell.x0() + cell.x1()) / 2;
            float cy = (cell.y0() + cell.y1()) / 2;
            Rgb top = null;
            for (FilledRect f : fills) {
                if (f.box().contains(cx, cy)) {
                    top = f.color();
                }
            }
            return top == null || RulingTableFinder.isNearWhite(top) ? null : top;
        }
        Box box = new Box((float) ink.stream().mapToDouble(Glyph::x0).min().orElse(0),
                (float) ink.stream().mapToDouble(Glyph::top).min().orElse(0),
                (float) ink.stream().mapToDouble(Glyph::x1).max().orElse(0),
                (float) ink.stream().mapToDouble(Glyph::bottom).max().orElse(0));
        return RulingTableFinder.fill(box, fills);
    }

    private static int column(float[] edges, float x) {
        for (int c = 0; c + 2 < edges.length; c++) {
            if (x < edges[c + 1]) {
                return c;
            }
        }
        return edges.length - 2;
    }

    /** Whether lines read in carried columns hold text in two of them on one line at least: a row, not a line of prose. */
    private static boolean carriesColumns(List<List<int[]>> placed) {
        return placed.stream().anyMatch(spans -> spans.stream().mapToInt(s -> s[0]).distinct().count() >= 2);
    }

    /**
     * Whether the run is a table rather than prose laid out in columns or a list: enough lines with text in
     * two columns, not every column running text, and not list markers beside one column of text.
     */
    private static boolean readsAsTable(List<TextRow> run, List<List<int[]>> placed, int cols, int spanning) {
        int multi = 0;
        int fewestFilled = Integer.MAX_VALUE;
        int[] linesWith = new int[cols];
        int[] words = new int[cols];
        int[] chunksIn = new int[cols];
        boolean firstAllMarkers = true;
        for (int i = spanning; i < run.size(); i++) {
            boolean[] has = new boolean[cols];
            List<Chunk> chunks = run.get(i).chunks();
            for (int k = 0; k < chunks.size(); k++) {
                int c = placed.get(i).get(k)[0];
                has[c] = true;
                words[c] += chunks.get(k).words();
                chunksIn[c]++;
                if (c == 0 && !MARKER.matcher(chunks.get(k).text()).matches()) {
                    firstAllMarkers = false;
                }
            }
            int n = 0;
            for (int c = 0; c < cols; c++) {
                if (has[c]) {
                    linesWith[c]++;
                    n++;
                }
            }
            if (n >= 2) {
                multi++;
            }
            fewestFilled = Math.min(fewestFilled, n);
        }
        boolean grid = run.size() - spanning >= MIN_GRID_LINES && fewestFilled >= MIN_GRID_COLUMNS;
        if (multi < MIN_MULTI_LINES && !grid) {
            return false;
        }
        for (int c = 0; c < cols; c++) {
            if (linesWith[c] < 2) {
                return false; // a stray mark, not a column
            }
        }
        int body = run.size() - spanning;
        boolean allProse = true;
        for (int c = 0; c < cols; c++) {
            boolean prose = linesWith[c] >= PROSE_LINE_SHARE * body && chunksIn[c] > 0
                    && (float) words[c] / chunksIn[c] >= PROSE_WORDS;
            allProse &= prose;
        }
        if (allProse) {
            return false;
        }
        return !(firstAllMarkers && cols == 2);
    }

    /** A column's cells this many lines long on average, or shorter, make it a one-line column (a lead, a date). */
    static final float ONE_LINE_RUN = 1.5f;

    /**
     * The columns other than the key that hold one line a cell: text on a line with none in the column on the line above
     * starts a run, and a column whose runs (two or more) average {@link #ONE_LINE_RUN} lines or less is one. A table whose
     * rows are one line each has no such column: its columns hold text on every line, one run each.
     */
    private static boolean[] oneLineColumns(List<TextRow> run, List<List<int[]>> placed, int headerLines, int cols, int keyCol) {
        int[] lines = new int[cols];
        int[] runs = new int[cols];
        boolean[] before = new boolean[cols];
        for (int i = headerLines; i < run.size(); i++) {
            boolean[] has = new boolean[cols];
            if (!spansColumns(placed.get(i))) {
                for (int[] s : placed.get(i)) {
                    has[s[0]] = true;
                }
            }
            for (int c = 0; c < cols; c++) {
                if (has[c]) {
                    lines[c]++;
                    if (!before[c]) {
                        runs[c]++;
                    }
                }
            }
            before = has;
        }
        boolean[] out = new boolean[cols];
        for (int c = 0; c < cols; c++) {
            out[c] = c != keyCol && runs[c] >= 2 && lines[c] <= ONE_LINE_RUN * runs[c];
        }
        return out;
    }

    private static boolean startsOneLineValue(List<int[]> spans, boolean[] oneLine) {
        for (int[] s : spans) {
            for (int c = s[0]; c <= s[1]; c++) {
                if (oneLine[c]) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether a line is a group row: one text across two columns or more. */
    private static boolean spansColumns(List<int[]> spans) {
        return spans.size() == 1 && spans.get(0)[1] > spans.get(0)[0];
    }

    /** A bold line under a plain one: a label starting a row of its own, though it has no value beside it. */
    private static boolean boldAfterPlain(TextRow line, TextRow above) {
        return boldLine(line) && !boldLine(above);
    }

    /**
     * The row of each line. Where rows are parted by extra space, that decides; where lines are evenly spaced,
     * a row starts at each line with text in the key column: the leftmost column with text on half the lines
     * or more (a reference or label column), so wrapped text in the other columns stays in its row.
     */
    private static List<Integer> rows(List<TextRow> run, List<List<int[]>> placed, int headerLines) {
        int bodyLines = run.size() - headerLines;
        int cols = placed.stream().flatMap(List::stream).mapToInt(s -> s[1]).max().orElse(0) + 1;
        int[] linesWith = new int[cols];
        for (int i = headerLines; i < run.size(); i++) {
            placed.get(i).stream().mapToInt(s -> s[0]).distinct().forEach(c -> linesWith[c]++);
        }
        int key = 0;
        while (key + 1 < cols && linesWith[key] * 2 < bodyLines) {
            key++;
        }
        int keyCol = key;
        float tightest = Float.MAX_VALUE;
        float widest = 0;
        for (int i = Math.max(1, headerLines + 1); i < run.size(); i++) {
            float gap = run.get(i).baseline() - run.get(i - 1).baseline();
            tightest = Math.min(tightest, gap);
            widest = Math.max(widest, gap);
        }
        boolean spaced = widest > ROW_BREAK * tightest;
        float size = (float) run.subList(headerLines, run.size()).stream().mapToDouble(TextRow::size).max().orElse(10);
        // A row whose key cell is blank (under a number merged down over two rows) is a row of its own when no cell wraps
        // and it holds text in two cells or more.
        boolean oneLineRows = !spaced && tightest < Float.MAX_VALUE && tightest >= ONE_LINE_ROWS * size;
        boolean[] oneLine = oneLineColumns(run, placed, headerLines, cols, keyCol);
        boolean anyOneLine = false;
        for (boolean b : oneLine) {
            anyOneLine |= b;
        }
        List<Integer> out = new ArrayList<>();
        int row = -1;
        int boldAbove = 0; // how many lines from the top are bold: a header, whose end starts the body's first row
        for (int i = 0; i < run.size(); i++) {
            if (boldAbove == i && boldLine(run.get(i))) {
                boldAbove++;
            }
            boolean newRow;
            if (i == 0 || i <= headerLines) {
                newRow = true;
            } else if (spaced) {
                newRow = run.get(i).baseline() - run.get(i - 1).baseline() > ROW_BREAK * tightest;
            } else if (oneLineRows) {
                // a line with text in one cell only is that cell's next paragraph ("From: Roger Gough" over "Amanda Beer")
                newRow = placed.get(i).stream().anyMatch(s -> s[0] <= keyCol && s[1] >= keyCol)
                        || placed.get(i).stream().mapToInt(s -> s[0]).distinct().count() >= 2;
            } else {
                // Rows spaced as the lines inside a cell are: where a cell of the key column wraps, its later lines are no
                // new row. A row's cells all start on its first line, so where a column holds one line a cell (a lead, a
                // date), a key line starts a row only with a value in such a column beside it, or as a group row spanning
                // the columns, or as the line after one.
                newRow = placed.get(i).stream().anyMatch(s -> s[0] <= keyCol && s[1] >= keyCol)
                        && (!anyOneLine || startsOneLineValue(placed.get(i), oneLine) || spansColumns(placed.get(i))
                                || spansColumns(placed.get(i - 1)) || boldAfterPlain(run.get(i), run.get(i - 1))
                                || boldAbove == i && !boldLine(run.get(i)));
            }
            if (newRow) {
                row++;
            }
            out.add(row);
        }
        return out;
    }
}
