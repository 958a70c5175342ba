package org.councilpapers.extractors.read.pdf;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.councilpapers.core.layout.Block;
import org.councilpapers.core.layout.Box;
import org.councilpapers.core.layout.Cell;
import org.councilpapers.core.layout.Table;
import org.councilpapers.core.layout.TableContinuation;
import org.jspecify.annotations.Nullable;

/**
 * Finds the tables a page break cut: a table that ends a page's body and one that starts the next page's
 * body with the same two or more columns are one table, unless the second opens with a header row of its own
 * that does not repeat the first's. The second part is marked as a continuation, with how many of its
 * top rows repeat the header and whether its first row is the rest of the row the break cut.
 */
final class TableContinuations {
    /** Column edges of two parts this close (points) line up; Word repeats them exactly, stream tables roughly. */
    static final float EDGE_TOL = 12f;
    private static final int MAX_HEADER_ROWS = 3;
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private TableContinuations() {}

    /**
     * For each page's body items in order, the continuing tables' blocks, marked; keyed by the item they
     * replace (by identity).
     */
    static Map<PageItem, Block> mark(List<List<PageItem>> bodies) {
        Map<PageItem, Block> out = new IdentityHashMap<>();
        Table chainStart = null;
        for (int p = 1; p < bodies.size(); p++) {
            List<PageItem> before = bodies.get(p - 1);
            List<PageItem> here = bodies.get(p);
            if (before.isEmpty() || here.isEmpty() || !(before.get(before.size() - 1) instanceof TableItem prev)
                    || !(here.get(0) instanceof TableItem next)) {
                chainStart = null;
                continue;
            }
            Table a = prev.block().table();
            Table b = next.block().table();
            if (a == null || b == null || !sameColumns(a, b)) {
                chainStart = null;
                continue;
            }
            Table start = chainStart != null && out.containsKey(prev) ? chainStart : a;
            int repeated = repeatedHeaderRows(start, b);
            if (repeated == 0 && headerRows(b) > 0 || a.colCount() < 2) {
                // A header of its own starts a new table (boxes stacked page after page, each with its title row);
                // a one-column box has no columns to line up, so nothing says it runs on.
                chainStart = null;
                continue;
            }
            boolean cut = repeated < b.rowCount() && a.rowCount() > headerRows(a) && (continuesRow(b, repeated) || lacksOneLineValues(a, b, repeated));
            out.put(next, next.block().table() == null ? next.block()
                    : withTable(next.block(), b.withContinuation(new TableContinuation(repeated, cut))));
            chainStart = start;
        }
        return out;
    }

    private static Block withTable(Block b, Table t) {
        Block fresh = Block.table(t).withBox(b.box()).withLayer(b.layer());
        return b.style() == null ? fresh : fresh.withStyle(b.style());
    }

    /** Whether two tables have the same columns: as many, and (where both have boxes) their left and inner edges in line. */
    static boolean sameColumns(Table a, Table b) {
        if (a.colCount() != b.colCount()) {
            return false;
        }
        float[] ea = edges(a);
        float[] eb = edges(b);
        if (ea == null || eb == null) {
            return true;
        }
        if (inLine(textStarts(a), textStarts(b))) {
            return true; // a stream table's edges lie midway across gutters that shift with each page's text; its text starts do not
        }
        // The right edge is left out: a stream table's is only where its longest text ended on each page.
        for (int i = 0; i + 1 < ea.length; i++) {
            if (!Float.isNaN(ea[i]) && !Float.isNaN(eb[i]) && Math.abs(ea[i] - eb[i]) > EDGE_TOL) {
                return false;
            }
        }
        return true;
    }

    /** Where the text of each column starts, from its one-column cells' blocks; NaN where no cell shows it. */
    private static float[] textStarts(Table t) {
        float[] x = new float[t.colCount()];
        java.util.Arrays.fill(x, Float.NaN);
        for (Cell c : t.cells()) {
            if (c.colSpan() != 1) {
                continue;
            }
            for (Block b : c.blocks()) {
                if (b.box() != null && (Float.isNaN(x[c.col()]) || b.box().x0() < x[c.col()])) {
                    x[c.col()] = b.box().x0();
                }
            }
        }
        return x;
    }

    /** Whether every column both show a start for starts within {@link #EDGE_TOL} in each, and every column shows one. */
    private static boolean inLine(float[] a, float[] b) {
        for (int i = 0; i < a.length; i++) {
            if (Float.isNaN(a[i]) || Float.isNaN(b[i]) || Math.abs(a[i] - b[i]) > EDGE_TOL) {
                return false;
            }
        }
        return true;
    }

    /** The left edge of each column and the right edge of the last, from one-column cells; NaN where none shows it. */
    private static float @Nullable [] edges(Table t) {
        if (t.box() == null) {
            return null;
        }
        float[] e = new float[t.colCount() + 1];
        java.util.Arrays.fill(e, Float.NaN);
        for (Cell c : t.cells()) {
            Box b = c.box();
            if (b == null) {
                continue;
            }
            if (Float.isNaN(e[c.col()])) {
                e[c.col()] = b.x0();
            }
            if (Float.isNaN(e[c.col() + c.colSpan()])) {
                e[c.col() + c.colSpan()] = b.x1();
            }
        }
        return e;
    }

    /** How many top rows of {@code next} repeat the top rows of {@code start}, word for word. */
    static int repeatedHeaderRows(Table start, Table next) {
        int n = 0;
        while (n < MAX_HEADER_ROWS && n < start.rowCount() && n < next.rowCount()) {
            List<String> s = squashed(start.rowTexts(n));
            if (s.stream().allMatch(String::isEmpty) || !s.equals(squashed(next.rowTexts(n)))) {
                break;
            }
            n++;
        }
        return n;
    }

    private static int headerRows(Table t) {
        int n = 0;
        while (n < t.rowCount() && !t.row(n).isEmpty() && t.row(n).stream().allMatch(Cell::header)) {
            n++;
        }
        return n;
    }

    private static List<String> squashed(List<String> texts) {
        return texts.stream().map(s -> SPACES.matcher(s).replaceAll(" ").strip().toLowerCase(Locale.ROOT)).toList();
    }

    /**
     * Whether the top row of {@code next} is blank in most of the columns every other row of both parts fills (a plan's
     * lead, timescale and outcome, printed on each row's first line): the page break cut the row above, and this is the
     * rest of its longer cells, though its first cell carries text on. A row blank in one such column only is a row of its
     * own with a cell left empty. A group row spanning the table is no such row, and it counts for none.
     */
    static boolean lacksOneLineValues(Table before, Table next, int row) {
        if (before.colCount() < 3 || spans(next, row)) {
            return false;
        }
        int alwaysFilled = 0;
        int blankHere = 0;
        for (int c = 1; c < next.colCount(); c++) {
            Cell cell = next.cellAt(row, c);
            if (cell != null && cell.row() != row) {
                continue; // merged down from above: says nothing either way
            }
            int full = 0;
            boolean always = true;
            for (int r = headerRows(before); r < before.rowCount() && always; r++) {
                if (!spans(before, r) && !rowBlank(before, r)) {
                    always = filled(before, r, c);
                    full++;
                }
            }
            for (int r = row + 1; r < next.rowCount() && always; r++) {
                if (!spans(next, r) && !rowBlank(next, r)) {
                    always = filled(next, r, c);
                    full++;
                }
            }
            if (always && full >= 2) {
                alwaysFilled++;
                if (cell == null || cell.isBlank()) {
                    blankHere++;
                }
            }
        }
        return blankHere >= 2 && blankHere * 2 > alwaysFilled;
    }

    private static boolean spans(Table t, int row) {
        Cell first = t.cellAt(row, 0);
        return first != null && first.colSpan() > 1; // a group row reaches across from the first column, however far
    }

    private static boolean rowBlank(Table t, int row) {
        return t.rowTexts(row).stream().allMatch(String::isBlank);
    }

    private static boolean filled(Table t, int row, int col) {
        Cell c = t.cellAt(row, col);
        return c != null && !c.isBlank();
    }

    /**
     * Whether a row is the rest of one cut by the page break: its first column is blank while another cell
     * has text, or every cell with text carries on mid-sentence (starts in lower case).
     */
    static boolean continuesRow(Table t, int row) {
        List<String> texts = t.rowTexts(row);
        List<String> filled = texts.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
        if (filled.isEmpty()) {
            return false;
        }
        Cell first = t.cellAt(row, 0);
        if (first == null || first.row() == row && first.isBlank()) {
            return true;
        }
        return filled.stream().allMatch(s -> Character.isLowerCase(s.codePointAt(0)));
    }
}
