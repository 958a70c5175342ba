package org.councilpapers.extractors.read.pdf.table;

import java.util.List;
import org.councilpapers.core.Warnings;
import org.jspecify.annotations.Nullable;

/** Finds the tables on one PDF page. Sees geometry only, never a PDFBox type. */
public interface TableFinder {
    /**
     * Ruled tables, then tables found from text alignment in the rest of the page.
     *
     * @return the standard finder
     */
    static TableFinder standard() {
        return new CombinedTableFinder();
    }

    /**
     * The tables on the page, top to bottom; each glyph whose centre lies in a table belongs to one cell.
     *
     * @param page the page's geometry
     * @param pageNumber the physical page, for warnings
     * @param warnings where a table that cannot be read is reported
     * @return the tables, top to bottom
     */
    List<GridTable> find(PageGeometry page, int pageNumber, Warnings warnings);

    /**
     * The tables on the page, where the page before ended on {@code open}: a finder that can carry a table's columns on
     * over the page break may read a few rows at the top of this page in them, rows too few to show columns of their own.
     *
     * @param page the page's geometry
     * @param pageNumber the physical page, for warnings
     * @param open the last table of the page before, or null
     * @param warnings where a table that cannot be read is reported
     * @return the tables, top to bottom
     */
    default List<GridTable> find(PageGeometry page, int pageNumber, @Nullable GridTable open, Warnings warnings) {
        return find(page, pageNumber, warnings);
    }
}
