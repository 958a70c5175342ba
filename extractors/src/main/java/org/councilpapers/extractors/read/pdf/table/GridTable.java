package org.councilpapers.extractors.read.pdf.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.councilpapers.core.layout.Box;

/**
 * A table a finder found on a page: a grid of {@code rowCount x colCount} positions covered by cells.
 *
 * @param headerRows how many top rows the finder knows to be a header from the layout alone (a heading
 *        spanning sub-headings), else 0; the reader may still find a header from bold or shaded text
 */
public record GridTable(Box box, int rowCount, int colCount, List<GridCell> cells, int headerRows) {
    public GridTable {
        Objects.requireNonNull(box, "box");
        cells = List.copyOf(cells);
    }

    public GridTable(Box box, int rowCount, int colCount, List<GridCell> cells) {
        this(box, rowCount, colCount, cells, 0);
    }

    /** Whether a glyph belongs to this table (its centre lies in the table's box). */
    public boolean holds(Glyph g) {
        return box.contains(g.centreX(), g.centreY());
    }

    /**
     * The glyphs no table holds. A loop, not a stream per glyph: it runs on every glyph of every page with a table, and
     * building a stream pipeline for each glyph was a hot spot of PDF reading.
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

    /** The cell covering a grid position, or null. */
    public GridCell cellAt(int row, int col) {
        for (GridCell c : cells) {
            if (row >= c.row() && row < c.row() + c.rowSpan() && col >= c.col() && col < c.col() + c.colSpan()) {
                return c;
            }
        }
        throw new IllegalArgumentException("no cell at r" + row + " c" + col);
    }
}
