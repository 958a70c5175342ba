package org.councilpapers.extractors.read.pdf.table;

import java.util.List;
import java.util.Objects;
import org.councilpapers.core.layout.Box;
import org.councilpapers.core.layout.Rgb;
import org.jspecify.annotations.Nullable;

/**
 * A cell a finder found: its grid position and spans, its box, its fill (null for none or white), its glyphs.
 *
 * @param row the first grid row it covers
 * @param col the first grid column it covers
 * @param rowSpan how many rows it covers
 * @param colSpan how many columns it covers
 * @param box where it lies on the page
 * @param fill its shading, or null for none or white
 * @param glyphs the glyphs inside it
 */
public record GridCell(int row, int col, int rowSpan, int colSpan, Box box, @Nullable Rgb fill, List<Glyph> glyphs) {
    /**
     * Refuses a missing box and copies the glyphs.
     *
     * @param row the first row
     * @param col the first column
     * @param rowSpan how many rows it covers
     * @param colSpan how many columns
     * @param box where it lies
     * @param fill its shading, or null
     * @param glyphs its glyphs
     */
    public GridCell {
        Objects.requireNonNull(box, "box");
        glyphs = List.copyOf(glyphs);
    }

    GridCell withFill(@Nullable Rgb f) {
        return new GridCell(row, col, rowSpan, colSpan, box, f, glyphs);
    }
}
