package org.councilpapers.core.layout;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Joins the parts of a table cut by page breaks back into one table block. */
final class TableJoin {
    private TableJoin() {}

    static List<Block> join(List<Block> body) {
        List<Block> out = new ArrayList<>(body.size());
        for (Block b : body) {
            int last = out.size() - 1;
            Table t = b.table();
            if (t != null && t.continuation() != null && last >= 0 && out.get(last).table() != null) {
                Block joined = join(out.get(last), b);
                if (joined != null) {
                    out.set(last, joined);
                    continue;
                }
            }
            out.add(b);
        }
        return List.copyOf(out);
    }

    /** The two parts as one table block, or null where their columns differ. */
    static @Nullable Block join(Block first, Block next) {
        Table a = first.table();
        Table b = next.table();
        TableContinuation k = b.continuation();
        if (a == null || k == null || a.colCount() != b.colCount()) {
            return null;
        }
        int skip = Math.min(k.repeatedHeaderRows(), b.rowCount());
        boolean mergeRow = k.firstRowContinues() && skip < b.rowCount() && a.rowCount() > 0;
        int lastRow = a.rowCount() - 1;
        int shift = a.rowCount() - skip - (mergeRow ? 1 : 0);
        List<Cell> cells = new ArrayList<>(a.cells());
        for (Cell c : b.cells()) {
            if (c.row() < skip) {
                continue; // a repeated header row
            }
            if (mergeRow && c.row() == skip) {
                int at = covering(cells, lastRow, c.col());
                if (at >= 0) {
                    cells.set(at, merged(cells.get(at), c));
                    continue;
                }
            }
            cells.add(moved(c, c.row() + shift));
        }
        Table joined = new Table(cells, a.rowCount() + b.rowCount() - skip - (mergeRow ? 1 : 0), a.colCount(), a.box(),
                a.continuation());
        String text = first.text().isEmpty() ? next.text() : first.text() + "\n" + next.text();
        return new Block(BlockKind.TABLE, first.layer(), text, first.page(), first.box(), first.start(), next.end(),
                first.style(), 0, null, joined);
    }

    private static int covering(List<Cell> cells, int row, int col) {
        for (int i = 0; i < cells.size(); i++) {
            if (cells.get(i).covers(row, col)) {
                return i;
            }
        }
        return -1;
    }

    /** The top part of a cut cell with its rest appended; each part's blocks keep their own page and offsets. */
    private static Cell merged(Cell top, Cell rest) {
        if (rest.isBlank()) {
            return top;
        }
        if (top.isBlank()) {
            return new Cell(top.row(), top.col(), top.rowSpan() + rest.rowSpan() - 1, top.colSpan(), top.header(), rest.text(),
                    rest.blocks(), top.fill() != null ? top.fill() : rest.fill(), top.textColor() != null ? top.textColor() : rest.textColor(),
                    top.box(), rest.start(), rest.end());
        }
        List<Block> blocks = new ArrayList<>(top.blocks());
        blocks.addAll(rest.blocks());
        return new Cell(top.row(), top.col(), top.rowSpan() + rest.rowSpan() - 1, top.colSpan(), top.header(),
                top.text() + "\n" + rest.text(), blocks, top.fill() != null ? top.fill() : rest.fill(),
                top.textColor() != null ? top.textColor() : rest.textColor(), top.box(), top.start(), rest.end());
    }

    private static Cell moved(Cell c, int row) {
        return new Cell(row, c.col(), c.rowSpan(), c.colSpan(), c.header(), c.text(), c.blocks(), c.fill(), c.textColor(),
                c.box(), c.start(), c.end());
    }
}
