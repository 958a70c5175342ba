package org.councilpapers.core.layout;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A table as a grid of {@code rowCount x colCount} positions covered by cells. Every position is
 * covered by at most one cell; positions no cell covers are blank. Cells are kept in reading order
 * (by row, then column).
 *
 * <p>A table a page break cuts is read as one table per page; each part after the first says how it
 * {@linkplain #continuation() continues} the one before, and {@link LayoutDocument#joinedBody()} gives the
 * parts joined into one table.
 *
 * @param continuation how this table continues the table before it across a page break, or null where it
 *        starts a table of its own
 */
public record Table(List<Cell> cells, int rowCount, int colCount, @Nullable Box box, @Nullable TableContinuation continuation) {

    public Table {
        cells = cells instanceof CellGrid g && g.fits(rowCount, colCount) ? g : new CellGrid(cells, rowCount, colCount);
        for (Cell c : cells) {
            if (c.row() + c.rowSpan() > rowCount || c.col() + c.colSpan() > colCount) {
                throw new IllegalArgumentException("cell r" + c.row() + " c" + c.col() + " lies outside a "
                        + rowCount + "x" + colCount + " table");
            }
        }
    }

    /** A table that starts afresh (continues no other). */
    public Table(List<Cell> cells, int rowCount, int colCount, @Nullable Box box) {
        this(cells, rowCount, colCount, box, null);
    }

    /** Whether this table is the rest of the table before it, cut by a page break. */
    public boolean continuesPrevious() {
        return continuation != null;
    }

    /** This table, marked as continuing the one before it (or not, for null). */
    public Table withContinuation(@Nullable TableContinuation c) {
        return new Table(cells, rowCount, colCount, box, c);
    }

    /** A table from rows of cell texts, one cell per string; rows may differ in length. */
    public static Table ofTexts(List<List<String>> rows) {
        List<Cell> cells = new ArrayList<>();
        int cols = 0;
        for (int r = 0; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            cols = Math.max(cols, row.size());
            for (int c = 0; c < row.size(); c++) {
                cells.add(Cell.of(r, c, row.get(c)));
            }
        }
        return new Table(cells, rows.size(), cols, null);
    }

    /** The cell covering a grid position, or null where no cell covers it. */
    public @Nullable Cell cellAt(int row, int col) {
        return ((CellGrid) cells).cellAt(row, col);
    }

    /** The cells that start in a row, left to right. */
    public List<Cell> row(int row) {
        return ((CellGrid) cells).startingIn(row);
    }

    /**
     * The text at each column of a row, {@code colCount} long: a cell spanning columns gives its
     * text at its first column and "" at the others, so a merged cell is counted once.
     */
    public List<String> rowTexts(int row) {
        List<String> out = new ArrayList<>(colCount);
        for (int c = 0; c < colCount; c++) {
            Cell cell = cellAt(row, c);
            out.add(cell == null || cell.col() != c || cell.row() != row ? "" : cell.text());
        }
        return out;
    }

    /** Whether a row has any non-blank cell starting in it. */
    public boolean isBlankRow(int row) {
        return row(row).stream().allMatch(Cell::isBlank);
    }
}
