package org.councilpapers.extractors.read.pdf.table;

import java.util.List;
import org.councilpapers.core.Warnings;

/** Finds the tables on one PDF page. Sees geometry only, never a PDFBox type. */
public interface TableFinder {
    /** Ruled tables, then tables found from text alignment in the rest of the page. */
    static TableFinder standard() {
        return new CombinedTableFinder();
    }

    /**
     * The tables on the page, top to bottom; each glyph whose centre lies in a table belongs to one cell.
     *
     * @param pageNumber the physical page, for warnings
     */
    List<GridTable> find(PageGeometry page, int pageNumber, Warnings warnings);
}
