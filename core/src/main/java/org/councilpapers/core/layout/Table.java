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
 * @param cells the cells; kept in reading order (sorted by row, then column)
 * @param rowCount the grid's rows
 * @param colCount the grid's columns
 * @param box the table's region on the page in points; null where the format has no geometry
 * @param continuation how this table continues the table before it across a page break, or null where it
 *        starts a table of its own
 */
public record Table(List<Cell> cells, int rowCount, int colCount, @Nullable Box box, @Nullable TableContinuation continuation) {

    /**
     * Sorts the cells into reading order and checks that each lies inside the grid.
     *
     * @param cells the cells, in any order
     * @param rowCount the grid's rows
     * @param colCount the grid's columns
     * @param box the table's region on the page in points; null where the format has no geometry
     * @param continuation how this table continues the table before it, or null
     * @throws IllegalArgumentException if a cell lies outside the grid
     * @throws NullPointerException if {@code cells} or one of them is null
     */
    public Table {
        cells = cells instanceof CellGrid g && g.fits(rowCount, colCount) ? g : new CellGrid(cells, rowCount, colCount);
        for (Cell c : cells) {
            if (c.row() + c.rowSpan() > rowCount || c.col() + c.colSpan() > colCount) {
                throw new IllegalArgumentException("cell r" + c.row() + " c" + c.col() + " lies outside a "
                        + rowCount + "x" + colCount + " table");
            }
        }
    }

    /**
     * A table that starts afresh (continues no other).
     *
     * @param cells the cells, in any order
     * @param rowCount the grid's rows
     * @param colCount the grid's columns
     * @param box the table's region on the page in points; null where the format has no geometry
     */
    public Table(List<Cell> cells, int rowCount, int colCount, @Nullable Box box) {
        this(cells, rowCount, colCount, box, null);
    }

    /**
     * Whether this table is the rest of the table before it, cut by a page break.
     *
     * @return true if it has a {@link #continuation()}
     */
    public boolean continuesPrevious() {
        return continuation != null;
    }

    /**
     * This table, marked as continuing the one before it (or not, for null).
     *
     * @param c how it continues; null for a table that starts afresh
     * @return a copy with that continuation
     */
    public Table withContinuation(@Nullable TableContinuation c) {
        return new Table(cells, rowCount, colCount, box, c);
    }

    /**
     * A table from rows of cell texts, one cell per string; rows may differ in length. Cells are plain, one by
     * one, not headers, with no fill and no box; tests and text readers build tables this way.
     *
     * @param rows the rows' cell texts; a blank string gives a blank cell
     * @return a table as wide as the longest row
     */
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

    /**
     * The cell covering a grid position; a spanning cell covers all the positions it spans.
     *
     * @param row the 0-based row
     * @param col the 0-based column
     * @return the cell, or null where no cell covers the position (or it lies outside the grid)
     */
    public @Nullable Cell cellAt(int row, int col) {
        return ((CellGrid) cells).cellAt(row, col);
    }

    /**
     * The cells that start in a row, left to right.
     *
     * @param row the 0-based row
     * @return those cells; empty where none starts in it (a row a cell above spans, or a row outside the grid)
     */
    public List<Cell> row(int row) {
        return ((CellGrid) cells).startingIn(row);
    }

    /**
     * The text at each column of a row, {@code colCount} long: a cell spanning columns gives its
     * text at its first column and "" at the others, so a merged cell is counted once.
     *
     * @param row the 0-based row
     * @return a new list of {@code colCount} strings; "" where no cell starts at a position
     */
    public List<String> rowTexts(int row) {
        List<String> out = new ArrayList<>(colCount);
        for (int c = 0; c < colCount; c++) {
            Cell cell = cellAt(row, c);
            out.add(cell == null || cell.col() != c || cell.row() != row ? "" : cell.text());
        }
        return out;
    }

    /**
     * Whether no non-blank cell starts in a row.
     *
     * @param row the 0-based row
     * @return true if every cell starting in the row is blank, or none does
     */
    public boolean isBlankRow(int row) {
        return row(row).stream().allMatch(Cell::isBlank);
    }
}
