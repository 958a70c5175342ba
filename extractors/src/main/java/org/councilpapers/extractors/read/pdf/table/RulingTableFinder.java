package org.councilpapers.extractors.read.pdf.table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.councilpapers.core.WarningCode;
import org.councilpapers.core.Warnings;
import org.councilpapers.core.layout.Box;
import org.councilpapers.core.layout.Rgb;
import org.jspecify.annotations.Nullable;

/**
 * Lattice tables: finds grids of ruling lines, makes a cell of each enclosed area (a cell spans grid
 * positions where a ruling is missing between them), puts each glyph in the cell holding its centre, and
 * shades each cell with the topmost filled rectangle covering at least half of it.
 */
public final class RulingTableFinder implements TableFinder {
    /** Lines this close are one line (a border drawn twice, or as a thin rectangle's two edges). */
    static final float TOL = 2f;
    /** Grid lines closer than this are one grid line: no real cell is this narrow. */
    static final float MIN_CELL = 4f;
    /** A fill covering this share of a cell shades it. */
    static final float FILL_COVER = 0.5f;
    /** More fills than this on a page is a drawing (a map, a chart), not shading to pair up for cell edges. */
    static final int MAX_FILLS_PAIRED = 1500;
    /** A grid with more positions than this is a drawing's hatching, not a table. */
    static final int MAX_POSITIONS = 20_000;
    /** A frame with one column covering this share of the page is decoration (a page border), not a table. */
    static final float PAGE_FRAME_SHARE = 0.7f;

    @Override
    public List<GridTable> find(PageGeometry page, int pageNumber, Warnings warnings) {
        List<Ruling> rulings = new ArrayList<>(page.rulings());
        rulings.addAll(colourBoundaries(page.fills()));
        Warnings first = new Warnings();
        List<GridTable> tables = find(rulings, page, pageNumber, first);
        if (!first.isEmpty()) {
            // Cells did not close up. Some tables are drawn as shaded boxes laid over each other, with rules
            // only here and there: try every coloured fill's edges as rules, and keep that if it reads cleanly.
            for (FilledRect f : page.fills()) {
                if (!isNearWhite(f.color())) {
                    Box b = f.box();
                    rulings.add(Ruling.horizontal(b.y0(), b.x0(), b.x1()));
                    rulings.add(Ruling.horizontal(b.y1(), b.x0(), b.x1()));
                    rulings.add(Ruling.vertical(b.x0(), b.y0(), b.y1()));
                    rulings.add(Ruling.vertical(b.x1(), b.y0(), b.y1()));
                }
            }
            Warnings second = new Warnings();
            List<GridTable> retry = find(rulings, page, pageNumber, second);
            if (second.isEmpty() && !retry.isEmpty()) {
                return retry;
            }
        }
        first.toList().forEach(warnings::add);
        return tables;
    }

    private static List<GridTable> find(List<Ruling> rulings, PageGeometry page, int pageNumber, Warnings warnings) {
        List<GridTable> tables = new ArrayList<>();
        for (List<Ruling> connected : Rulings.connected(Rulings.merge(rulings, TOL), TOL)) {
            for (List<Ruling> group : unstack(connected)) {
                GridTable t = grid(group, page, pageNumber, warnings);
                if (t != null) {
                    tables.add(t);
                }
            }
        }
        tables.sort(Comparator.comparingDouble((GridTable t) -> t.box().y0()).thenComparingDouble(t -> t.box().x0()));
        return List.copyOf(tables);
    }

    /**
     * Splits the rulings of tables stacked with no gap (one table's bottom border is the next one's top)
     * at each horizontal line where the columns change: some vertical rulings just above it stand where
     * none do just below, and the other way round. A border both tables share is cut between them.
     */
    static List<List<Ruling>> unstack(List<Ruling> group) {
        List<Ruling> vs = group.stream().filter(r -> !r.horizontal()).toList();
        List<Float> cuts = new ArrayList<>();
        for (Ruling h : group) {
            float y = h.position();
            if (!h.horizontal() || cuts.stream().anyMatch(c -> Math.abs(c - y) <= MIN_CELL)) {
                continue;
            }
            float[] above = Rulings.cluster(vs.stream().filter(v -> v.start() < y - MIN_CELL && v.end() >= y - MIN_CELL)
                    .map(Ruling::position).toList(), MIN_CELL);
            float[] below = Rulings.cluster(vs.stream().filter(v -> v.start() <= y + MIN_CELL && v.end() > y + MIN_CELL)
                    .map(Ruling::position).toList(), MIN_CELL);
            // Spanning cells drop some column lines on one side, so one side's lines are then a subset of
            // the other's; stacked tables differ both ways.
            if (above.length > 0 && below.length > 0 && !subset(above, below) && !subset(below, above)) {
                cuts.add(y);
            }
        }
        if (cuts.isEmpty()) {
            return List.of(group);
        }
        cuts.sort(null);
        List<List<Ruling>> out = new ArrayList<>();
        for (int i = 0; i <= cuts.size(); i++) {
            float lo = i == 0 ? -Float.MAX_VALUE : cuts.get(i - 1);
            float hi = i < cuts.size() ? cuts.get(i) : Float.MAX_VALUE;
            List<Ruling> band = new ArrayList<>();
            for (Ruling r : group) {
                if (r.horizontal()) {
                    if (r.position() >= lo - MIN_CELL && r.position() <= hi + MIN_CELL) {
                        band.add(r);
                    }
                } else {
                    float a = Math.max(r.start(), lo);
                    float b = Math.min(r.end(), hi);
                    if (b - a > MIN_CELL) {
                        band.add(Ruling.vertical(r.position(), a, b));
                    }
                }
            }
            out.add(band);
        }
        return out;
    }

    /** Whether every position in {@code a} is in {@code b}, within {@link #MIN_CELL}. */
    private static boolean subset(float[] a, float[] b) {
        for (float x : a) {
            boolean found = false;
            for (float y : b) {
                found |= Math.abs(x - y) <= MIN_CELL;
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }

    private static @Nullable GridTable grid(List<Ruling> group, PageGeometry page, int pageNumber, Warnings warnings) {
        List<Ruling> hs = group.stream().filter(Ruling::horizontal).toList();
        List<Ruling> vs = group.stream().filter(r -> !r.horizontal()).toList();
        if (hs.size() < 2 || vs.size() < 2) {
            return null;
        }
        // Grid lines: every ruling's position, plus the ends of rulings that run past the outermost
        // crossing ruling, so a table drawn without outer side borders still gets its outer columns.
        List<Float> xPos = new ArrayList<>();
        vs.forEach(v -> xPos.add(v.position()));
        hs.forEach(h -> {
            xPos.add(h.start());
            xPos.add(h.end());
        });
        List<Float> yPos = new ArrayList<>();
        hs.forEach(h -> yPos.add(h.position()));
        vs.forEach(v -> {
            yPos.add(v.start());
            yPos.add(v.end());
        });
        float[] xs = Rulings.cluster(xPos, MIN_CELL);
        float[] ys = Rulings.cluster(yPos, MIN_CELL);
        int cols = xs.length - 1;
        int rows = ys.length - 1;
        if (cols < 1 || rows < 1 || rows * cols < 2 || (long) rows * cols > MAX_POSITIONS) {
            return null;
        }
        Box box = new Box(xs[0], ys[0], xs[cols], ys[rows]);
        if (cols == 1 && box.width() * box.height() > PAGE_FRAME_SHARE * page.width() * page.height()) {
            return null;
        }

        // Join grid positions not separated by a ruling.
        int[] parent = new int[rows * cols];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                if (c + 1 < cols && !covered(vs, xs[c + 1], ys[r], ys[r + 1])) {
                    Rulings.union(parent, r * cols + c, r * cols + c + 1);
                }
                if (r + 1 < rows && !covered(hs, ys[r + 1], xs[c], xs[c + 1])) {
                    Rulings.union(parent, r * cols + c, (r + 1) * cols + c);
                }
            }
        }
        if (squareUp(parent, rows, cols)) {
            warnings.add(WarningCode.BROKEN_TABLE, "a ruled table at (" + Math.round(box.x0()) + ", " + Math.round(box.y0())
                    + ") has cells that are not rectangles; they were merged", pageNumber);
        }

        // One cell per group, at its top-left position.
        int[] first = new int[rows * cols];
        Arrays.fill(first, -1);
        List<int[]> spans = new ArrayList<>(); // r0, c0, r1, c1
        for (int i = 0; i < parent.length; i++) {
            int root = Rulings.find(parent, i);
            int r = i / cols;
            int c = i % cols;
            if (first[root] < 0) {
                first[root] = spans.size();
                spans.add(new int[] {r, c, r, c});
            } else {
                int[] s = spans.get(first[root]);
                s[2] = Math.max(s[2], r);
                s[3] = Math.max(s[3], c);
            }
        }
        if (spans.size() < 2) {
            return null;
        }
        boolean anyText = false;
        List<List<Glyph>> glyphs = new ArrayList<>();
        spans.forEach(s -> glyphs.add(new ArrayList<>()));
        for (Glyph g : page.glyphs()) {
            float cx = g.centreX();
            float cy = g.centreY();
            if (!box.contains(cx, cy)) {
                continue;
            }
            int c = interval(xs, cx);
            int r = interval(ys, cy);
            glyphs.get(first[Rulings.find(parent, r * cols + c)]).add(g);
            anyText |= !g.isSpace();
        }
        if (!anyText) {
            return null; // shapes without words (a chart, a form's empty grid): nothing to read as a table
        }
        // Rows and columns at the edges that hold no text at all are the overhang of a ruling, not table.
        boolean[] inkRow = new boolean[rows];
        boolean[] inkCol = new boolean[cols];
        for (int k = 0; k < spans.size(); k++) {
            if (glyphs.get(k).stream().anyMatch(g -> !g.isSpace())) {
                int[] s = spans.get(k);
                for (int r = s[0]; r <= s[2]; r++) {
                    inkRow[r] = true;
                }
                for (int c = s[1]; c <= s[3]; c++) {
                    inkCol[c] = true;
                }
            }
        }
        int r0 = 0;
        int r1 = rows - 1;
        int c0 = 0;
        int c1 = cols - 1;
        while (!inkRow[r0]) {
            r0++;
        }
        while (!inkRow[r1]) {
            r1--;
        }
        while (!inkCol[c0]) {
            c0++;
        }
        while (!inkCol[c1]) {
            c1--;
        }
        List<GridCell> cells = new ArrayList<>();
        for (int k = 0; k < spans.size(); k++) {
            int[] s = spans.get(k);
            int top = Math.max(s[0], r0);
            int left = Math.max(s[1], c0);
            int bottom = Math.min(s[2], r1);
            int right = Math.min(s[3], c1);
            if (top > bottom || left > right) {
                continue;
            }
            Box cellBox = new Box(xs[left], ys[top], xs[right + 1], ys[bottom + 1]);
            cells.add(new GridCell(top - r0, left - c0, bottom - top + 1, right - left + 1, cellBox,
                    fill(cellBox, page.fills()), glyphs.get(k)));
        }
        if (cells.size() < 2) {
            return null;
        }
        return new GridTable(new Box(xs[c0], ys[r0], xs[c1 + 1], ys[r1 + 1]), r1 - r0 + 1, c1 - c0 + 1, cells);
    }

    /**
     * Where two fills of different colours meet, the meeting edge separates cells as a drawn line would:
     * tables drawn as shaded bands, or a differently shaded row with no rule under it. A fill on its own
     * (a highlight behind a word) adds nothing.
     */
    static List<Ruling> colourBoundaries(List<FilledRect> fills) {
        List<Ruling> out = new ArrayList<>();
        if (fills.size() > MAX_FILLS_PAIRED) {
            return out;
        }
        for (int i = 0; i < fills.size(); i++) {
            Box a = fills.get(i).box();
            for (int j = i + 1; j < fills.size(); j++) {
                if (fills.get(i).color().equals(fills.get(j).color())) {
                    continue;
                }
                Box b = fills.get(j).box();
                float x0 = Math.max(a.x0(), b.x0());
                float x1 = Math.min(a.x1(), b.x1());
                float y0 = Math.max(a.y0(), b.y0());
                float y1 = Math.min(a.y1(), b.y1());
                if (x1 - x0 > MIN_CELL) {
                    if (Math.abs(a.y1() - b.y0()) <= MIN_CELL) {
                        out.add(Ruling.horizontal((a.y1() + b.y0()) / 2, x0, x1));
                    } else if (Math.abs(b.y1() - a.y0()) <= MIN_CELL) {
                        out.add(Ruling.horizontal((b.y1() + a.y0()) / 2, x0, x1));
                    }
                }
                if (y1 - y0 > MIN_CELL) {
                    if (Math.abs(a.x1() - b.x0()) <= MIN_CELL) {
                        out.add(Ruling.vertical((a.x1() + b.x0()) / 2, y0, y1));
                    } else if (Math.abs(b.x1() - a.x0()) <= MIN_CELL) {
                        out.add(Ruling.vertical((b.x1() + a.x0()) / 2, y0, y1));
                    }
                }
            }
        }
        return out;
    }

    /** Whether rulings at {@code pos} cover at least half of the edge from {@code from} to {@code to}. */
    static boolean covered(List<Ruling> rulings, float pos, float from, float to) {
        float len = 0;
        for (Ruling r : rulings) {
            if (Math.abs(r.position() - pos) <= MIN_CELL) {
                len += Math.max(0, Math.min(to, r.end()) - Math.max(from, r.start()));
            }
        }
        return len >= 0.5f * (to - from);
    }

    /**
     * Grows every group of positions to its bounding rectangle, absorbing the groups it overlaps, until
     * all are rectangles. Returns whether anything had to be absorbed: the rulings were irregular.
     */
    private static boolean squareUp(int[] parent, int rows, int cols) {
        boolean changed = false;
        boolean again = true;
        while (again) {
            again = false;
            int[][] bounds = new int[rows * cols][];
            for (int i = 0; i < parent.length; i++) {
                int root = Rulings.find(parent, i);
                int r = i / cols;
                int c = i % cols;
                int[] b = bounds[root];
                if (b == null) {
                    bounds[root] = new int[] {r, c, r, c};
                } else {
                    b[0] = Math.min(b[0], r);
                    b[1] = Math.min(b[1], c);
                    b[2] = Math.max(b[2], r);
                    b[3] = Math.max(b[3], c);
                }
            }
            for (int root = 0; root < bounds.length; root++) {
                int[] b = bounds[root];
                if (b == null) {
                    continue;
                }
                for (int r = b[0]; r <= b[2]; r++) {
                    for (int c = b[1]; c <= b[3]; c++) {
                        if (Rulings.find(parent, r * cols + c) != Rulings.find(parent, root)) {
                            Rulings.union(parent, root, r * cols + c);
                            again = true;
                            changed = true;
                        }
                    }
                }
            }
        }
        return changed;
    }

    /** The index of the interval of sorted {@code edges} holding {@code v}, clamped to the grid. */
    private static int interval(float[] edges, float v) {
        int i = Arrays.binarySearch(edges, v);
        int idx = i >= 0 ? i : -i - 2;
        return Math.max(0, Math.min(edges.length - 2, idx));
    }

    /** The shading of a cell: the topmost fill covering half of it, unless that is white or nearly so. */
    static @Nullable Rgb fill(Box cell, List<FilledRect> fills) {
        float area = cell.width() * cell.height();
        if (area <= 0) {
            return null;
        }
        Rgb top = null;
        for (FilledRect f : fills) {
            Box b = f.box();
            float w = Math.min(cell.x1(), b.x1()) - Math.max(cell.x0(), b.x0());
            float h = Math.min(cell.y1(), b.y1()) - Math.max(cell.y0(), b.y0());
            if (w > 0 && h > 0 && w * h >= FILL_COVER * area) {
                top = f.color();
            }
        }
        return top == null || isNearWhite(top) ? null : top;
    }

    static boolean isNearWhite(Rgb c) {
        return c.r() >= 248 && c.g() >= 248 && c.b() >= 248;
    }
}
