package org.councilpapers.extractors.read.pdf.table;

import java.util.List;

/**
 * What a page holds as plain geometry, in points with a top-left origin: its glyphs, its ruling lines
 * (from stroked lines and from thin filled rectangles), and its other filled rectangles in drawing order.
 *
 * @param width the page's width, in points
 * @param height its height, in points
 * @param glyphs its glyphs, spaces included
 * @param rulings its ruling lines
 * @param fills its other filled rectangles, in drawing order
 */
public record PageGeometry(float width, float height, List<Glyph> glyphs, List<Ruling> rulings, List<FilledRect> fills) {
    /**
     * Copies the lists.
     *
     * @param width the page's width
     * @param height its height
     * @param glyphs its glyphs
     * @param rulings its ruling lines
     * @param fills its filled rectangles
     */
    public PageGeometry {
        glyphs = List.copyOf(glyphs);
        rulings = List.copyOf(rulings);
        fills = List.copyOf(fills);
    }
}
