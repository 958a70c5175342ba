package org.councilpapers.extractors.read.tika;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.councilpapers.core.layout.Block;
import org.councilpapers.core.layout.BlockKind;
import org.councilpapers.core.layout.Cell;
import org.councilpapers.core.layout.Table;
import org.councilpapers.extractors.read.tika.SheetPass.Merge;
import org.councilpapers.extractors.read.tika.SheetPass.SheetCell;
import org.councilpapers.extractors.read.tika.SheetPass.SheetGrid;

/**
 * Puts the fills, font colours and merges {@link SheetPass} read on the table Tika made of each
 * sheet. Tika writes one page per sheet, headed by the sheet's name, with one table whose columns
 * start at column A; it leaves out blank rows and the blank cells at the end of a row, even where
 * they are filled (a status given by colour alone). So rows are matched by their text, in order,
 * and a filled cell Tika left out comes back as a blank cell with its fill.
 */
final class SheetTables {
    private SheetTables() {}

    /** The pages with each sheet's colours on its table; pages whose sheet cannot be found are unchanged. */
    static List<List<Block>> place(List<List<Block>> pages, List<SheetGrid> sheets) {
        List<List<Block>> out = new ArrayList<>();
        Set<Integer> used = new HashSet<>();
        int tablePages = (int) pages.stream().filter(p -> p.stream().anyMatch(b -> b.is(BlockKind.TABLE))).count();
        int ordinal = 0;
        for (List<Block> page : pages) {
            int tableAt = -1;
            for (int i = 0; i < page.size() && tableAt < 0; i++) {
                tableAt = page.get(i).is(BlockKind.TABLE) ? i : -1;
            }
            if (tableAt < 0) {
                out.add(page);
                continue;
            }
            SheetGrid sheet = sheetFor(page, sheets, used, tablePages == sheets.size() ? ordinal : -1);
            ordinal++;
            if (sheet == null) {
                out.add(page);
                continue;
            }
            List<Block> blocks = new ArrayList<>(page);
            Block b = blocks.get(tableAt);
            blocks.set(tableAt, new Block(b.kind(), b.layer(), b.text(), b.page(), b.box(), b.start(), b.end(), b.style(),
                    b.level(), b.marker(), apply(b.table(), sheet)));
            out.add(List.copyOf(blocks));
        }
        return List.copyOf(out);
    }

    /** The sheet named by the page's heading, else the sheet at the page's place among pages with tables. */
    private static SheetGrid sheetFor(List<Block> page, List<SheetGrid> sheets, Set<Integer> used, int ordinal) {
        for (Block b : page) {
            if (b.is(BlockKind.HEADING)) {
                for (int s = 0; s < sheets.size(); s++) {
                    if (!used.contains(s) && XhtmlLayoutHandler.normalise(sheets.get(s).name()).equals(b.text())) {
                        used.add(s);
                        return sheets.get(s);
                    }
                }
                break;
            }
        }
        if (ordinal >= 0 && ordinal < sheets.size() && used.add(ordinal)) {
            return sheets.get(ordinal);
        }
        return null;
    }

    static Table apply(Table t, SheetGrid sheet) {
        List<Integer> poiRows = new ArrayList<>(sheet.rows().keySet());
        int offset = columnOffset(t, sheet);
        int[] rowOf = alignRows(t, sheet, poiRows, offset);
        List<Cell> cells = new ArrayList<>(t.cells());
        int cols = t.colCount();
        // Tika gives sheets no spans, so until the merges below a cell covers only where it starts
        Map<Long, Integer> starts = new HashMap<>();
        for (int i = 0; i < cells.size(); i++) {
            starts.put(key(cells.get(i).row(), cells.get(i).col()), i);
        }
        for (int r = 0; r < rowOf.length; r++) {
            if (rowOf[r] < 0) {
                continue;
            }
            for (Map.Entry<Integer, SheetCell> e : sheet.rows().get(rowOf[r]).entrySet()) {
                SheetCell sc = e.getValue();
                int c = e.getKey() - offset;
                if (c < 0 || (sc.fill() == null && sc.textColor() == null)) {
                    continue;
                }
                Integer at = starts.get(key(r, c));
                if (at != null) {
                    Cell cell = cells.get(at);
                    if (cell.fill() == null) {
                        cell = cell.withFill(sc.fill());
                    }
                    if (cell.textColor() == null && !cell.isBlank()) {
                        cell = cell.withTextColor(sc.textColor());
                    }
                    cells.set(at, cell);
                } else if (sc.fill() != null) {
                    starts.put(key(r, c), cells.size());
                    cells.add(Cell.of(r, c, 1, 1, false, List.of(), sc.fill()));
                    cols = Math.max(cols, c + 1);
                }
            }
        }
        for (Merge m : sheet.merges()) {
            cols = Math.max(cols, merge(cells, m, rowOf, offset, t.rowCount()));
        }
        return trimmed(cells, t.rowCount(), cols, t);
    }

    /**
     * Without the rows and leading columns that hold neither text nor fill: Tika pads every row out
     * from column A and may write blank rows, which the printed sheet does not show.
     */
    private static Table trimmed(List<Cell> cells, int rowCount, int colCount, Table t) {
        int left = colCount;
        boolean[] keep = new boolean[rowCount];
        for (Cell c : cells) {
            if (!c.isBlank() || c.fill() != null) {
                left = Math.min(left, c.col());
                for (int r = c.row(); r < c.row() + c.rowSpan(); r++) {
                    keep[r] = true;
                }
            }
        }
        if (left == colCount) {
            return new Table(cells, rowCount, colCount, t.box(), t.continuation());
        }
        int[] newRow = new int[rowCount];
        int rows = 0;
        for (int r = 0; r < rowCount; r++) {
            newRow[r] = rows;
            rows += keep[r] ? 1 : 0;
        }
        List<Cell> out = new ArrayList<>();
        for (Cell c : cells) {
            if (!keep[c.row()] || c.col() + c.colSpan() <= left) {
                continue; // blank, in a dropped row or a leading column
            }
            int col = Math.max(0, c.col() - left);
            int span = c.col() + c.colSpan() - left - col;
            out.add(new Cell(newRow[c.row()], col, c.rowSpan(), span, c.header(), c.text(), c.blocks(), c.fill(), c.textColor(),
                    c.box(), c.start(), c.end()));
        }
        return new Table(out, rows, colCount - left, t.box(), t.continuation());
    }

    /**
     * How many columns Tika's table starts to the right of column A (0 as Tika writes it today), from
     * the leftmost text in each.
     */
    private static int columnOffset(Table t, SheetGrid sheet) {
        int tika = Integer.MAX_VALUE;
        for (Cell c : t.cells()) {
            if (!c.isBlank()) {
                tika = Math.min(tika, c.col());
            }
        }
        int poi = Integer.MAX_VALUE;
        for (Map<Integer, SheetCell> row : sheet.rows().values()) {
            for (Map.Entry<Integer, SheetCell> e : row.entrySet()) {
                if (!e.getValue().text().isEmpty()) {
                    poi = Math.min(poi, e.getKey());
                }
            }
        }
        return tika == Integer.MAX_VALUE || poi == Integer.MAX_VALUE ? 0 : Math.max(0, poi - tika);
    }

    /**
     * The sheet row of each of Tika's rows, or -1: a row with text goes to the next sheet row with text in
     * the same columns and at least half its texts the same (numbers and dates may be formatted apart);
     * a blank row to the next sheet row if that one has no text.
     */
    private static int[] alignRows(Table t, SheetGrid sheet, List<Integer> poiRows, int offset) {
        int[] rowOf = new int[t.rowCount()];
        int p = 0;
        for (int r = 0; r < t.rowCount(); r++) {
            rowOf[r] = -1;
            List<Cell> texts = t.row(r).stream().filter(c -> !c.isBlank()).toList();
            if (texts.isEmpty()) {
                if (p < poiRows.size() && textCount(sheet.rows().get(poiRows.get(p))) == 0) {
                    rowOf[r] = poiRows.get(p++);
                }
                continue;
            }
            for (int j = p; j < poiRows.size(); j++) {
                if (fits(texts, sheet.rows().get(poiRows.get(j)), offset)) {
                    rowOf[r] = poiRows.get(j);
                    p = j + 1;
                    break;
                }
            }
        }
        return rowOf;
    }

    private static boolean fits(List<Cell> texts, Map<Integer, SheetCell> row, int offset) {
        if (textCount(row) != texts.size()) {
            return false;
        }
        int same = 0;
        for (Cell c : texts) {
            SheetCell sc = row.get(c.col() + offset);
            if (sc == null || sc.text().isEmpty()) {
                return false;
            }
            same += XhtmlLayoutHandler.normalise(c.text()).equals(sc.text()) ? 1 : 0;
        }
        return same * 2 >= texts.size();
    }

    private static int textCount(Map<Integer, SheetCell> row) {
        return (int) row.values().stream().filter(c -> !c.text().isEmpty()).count();
    }

    /** Spans a merged region's first cell over it where Tika's rows hold the region and its other cells are blank. */
    private static int merge(List<Cell> cells, Merge m, int[] rowOf, int offset, int rowCount) {
        int r0 = -1;
        for (int r = 0; r < rowOf.length && r0 < 0; r++) {
            r0 = rowOf[r] == m.firstRow() ? r : -1;
        }
        int c0 = m.firstCol() - offset;
        if (r0 < 0 || c0 < 0) {
            return 0;
        }
        int rowSpan = 1;
        while (r0 + rowSpan < rowCount && rowOf[r0 + rowSpan] > m.firstRow() && rowOf[r0 + rowSpan] <= m.lastRow()) {
            rowSpan++;
        }
        int colSpan = m.lastCol() - m.firstCol() + 1;
        if (rowSpan == 1 && colSpan == 1) {
            return 0;
        }
        int anchor = indexAt(cells, r0, c0);
        if (anchor < 0 && covering(cells, r0, c0) >= 0) {
            return 0;
        }
        List<Integer> covered = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            Cell c = cells.get(i);
            boolean overlaps = c.row() < r0 + rowSpan && r0 < c.row() + c.rowSpan()
                    && c.col() < c0 + colSpan && c0 < c.col() + c.colSpan();
            if (i != anchor && overlaps) {
                if (!c.isBlank() || c.row() < r0 || c.col() < c0) {
                    return 0; // text under the merge, or a cell reaching in from outside: leave the table as Tika gave it
                }
                covered.add(i);
            }
        }
        Cell a = anchor >= 0 ? cells.get(anchor) : Cell.of(r0, c0, 1, 1, false, List.of(), null);
        Cell spanned = new Cell(r0, c0, rowSpan, colSpan, a.header(), a.text(), a.blocks(), a.fill(), a.textColor(),
                a.box(), a.start(), a.end());
        if (anchor >= 0) {
            cells.set(anchor, spanned);
        } else {
            cells.add(spanned);
        }
        for (int k = covered.size() - 1; k >= 0; k--) {
            cells.remove((int) covered.get(k));
        }
        return c0 + colSpan;
    }

    private static long key(int row, int col) {
        return ((long) row << 32) | col;
    }

    private static int indexAt(List<Cell> cells, int row, int col) {
        for (int i = 0; i < cells.size(); i++) {
            if (cells.get(i).row() == row && cells.get(i).col() == col) {
                return i;
            }
        }
        return -1;
    }

    private static int covering(List<Cell> cells, int row, int col) {
        for (int i = 0; i < cells.size(); i++) {
            if (cells.get(i).covers(row, col)) {
                return i;
            }
        }
        return -1;
    }
}
