package org.councilpapers.extractors.read.pdf.table;

import java.util.List;
import java.util.Objects;
import org.councilpapers.core.layout.Box;
import org.councilpapers.core.layout.Rgb;
import org.jspecify.annotations.Nullable;

/** A cell a finder found: its grid position and spans, its box, its fill (null for none or white), its glyphs. */
public record GridCell(int row, int col, int rowSpan, int colSpan, Box box, @Nullable Rgb fill, List<Glyph> glyphs) {
    public GridCell {
        Objects.requireNonNull(box, "box");
        glyphs = List.copyOf(glyphs);
    }

    GridCell withFill(@Nullable Rgb f) {
        return new GridCell(row, col, rowSpan, colSpan, box, f, glyphs);
    }
}
