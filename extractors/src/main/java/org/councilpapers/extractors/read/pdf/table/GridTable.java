package org.councilpapers.extractors.read.pdf.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.councilpapers.core.layout.Box;

/**
 * A table a finder found on a page: a grid of {@code rowCount x colCount} positions covered by cells.
 *
 * @param box where the table lies on the page
 * @param rowCount how many grid rows
 * @param colCount how many grid columns
 * @param cells the cells, covering every position
 * @param headerRows how many top rows the finder knows to be a header from the layout alone (a heading
 *        spanning sub-headings), else 0; the reader may still find a header from bold or shaded text
 */
public record GridTable(Box box, int rowCount, int colCount, List<GridCell> cells, int headerRows) {
    /**
     * Refuses a missing box and copies the cells.
     *
     * @param box where the table lies
     * @param rowCount how many grid rows
     * @param colCount how many grid columns
     * @param cells the cells
     * @param headerRows how many top rows the layout shows to be a header, else 0
     */
    public GridTable {
        Objects.requireNonNull(box, "box");
        cells = List.copyOf(cells);
    }

    /**
     * A table whose header the layout does not show; the reader finds one from bold or shaded text if there is one.
     *
     * @param box where the table lies
     * @param rowCount how many grid rows
     * @param colCount how many grid columns
     * @param cells the cells
     */
    public GridTable(Box box, int rowCount, int colCount, List<GridCell> cells) {
        this(box, rowCount, colCount, cells, 0);
    }

    /**
     * Whether a glyph belongs to this table (its centre lies in the table's box).
     *
     * @param g a glyph of the page
     * @return true where the table holds it
     */
    public boolean holds(Glyph g) {
        return box.contains(g.centreX(), g.centreY());
    }

    /**
     * The glyphs no table holds. A loop, not a stream per glyph: it runs on every glyph of every page with a table, and
     * building a stream pipeline for each glyph was a hot spot of PDF reading.
     *
     * @param glyphs a page's glyphs
     * @param tables the tables found on it
     * @return the glyphs outside every table, in their order
     */
    public static List<Glyph> outside(List<Glyph> glyphs, List<GridTable> tables) {
        List<Glyph> out = new ArrayList<>(glyphs.size());
        for (Glyph g : glyphs) {
            boolean held = false;
            for (int i = 0; i < tables.size() && !held; i++) {
                held = tables.get(i).holds(g);
            }
            if (!held) {
                out.add(g);
            }
        }
        return out;
    }

    /**
     * The cell covering a grid position.
     *
     * @param row the grid row
     * @param col the grid column
     * @return the cell
     * @throws IllegalArgumentException where no cell covers the position, which a well-built grid never has
     */
    public GridCell cellAt(int row, int col) {
        for (GridCell c : cells) {
            if (row >= c.row() && row < c.row() + c.rowSpan() && col >= c.col() && col < c.col() + c.colSpan()) {
                return c;
            }
        }
        throw new IllegalArgumentException("no cell at r" + row + " c" + col);
    }
}
