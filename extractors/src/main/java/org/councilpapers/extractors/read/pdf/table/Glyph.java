package org.councilpapers.extractors.read.pdf.table;

import java.util.Comparator;
import java.util.Objects;
import org.councilpapers.core.layout.Rgb;

/**
 * One drawn character in page space (points, top-left origin): its box from {@code top} to {@code bottom},
 * its baseline, effective font size, weight, slant, fill colour and font name. A space glyph is kept (it
 * marks a word break) but carries no ink.
 *
 * @param text the character (or a ligature's characters)
 * @param x0 the box's left edge
 * @param top the box's top edge
 * @param x1 the box's right edge
 * @param bottom the box's bottom edge
 * @param baseline where the glyph sits
 * @param size the effective font size, in points
 * @param bold whether the font is bold
 * @param italic whether the font is slanted
 * @param color the glyph's fill colour
 * @param font the font's name
 */
public record Glyph(String text, float x0, float top, float x1, float bottom, float baseline, float size,
        boolean bold, boolean italic, Rgb color, String font) {

    /**
     * Refuses a missing text, colour or font.
     *
     * @param text the character
     * @param x0 the left edge
     * @param top the top edge
     * @param x1 the right edge
     * @param bottom the bottom edge
     * @param baseline where the glyph sits
     * @param size the effective font size
     * @param bold whether the font is bold
     * @param italic whether it is slanted
     * @param color its fill colour
     * @param font the font's name
     */
    public Glyph {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(color, "color");
        Objects.requireNonNull(font, "font");
    }

    /**
     * A black, upright glyph whose box is derived from its baseline and size; handy for tests.
     *
     * @param text the character
     * @param x0 the left edge
     * @param baseline where the glyph sits
     * @param width the glyph's advance
     * @param size the font size
     * @param bold whether the font is bold
     * @return the glyph
     */
    public static Glyph of(String text, float x0, float baseline, float width, float size, boolean bold) {
        return new Glyph(text, x0, baseline - 0.75f * size, x0 + width, baseline + 0.2f * size, baseline, size,
                bold, false, new Rgb(0, 0, 0), "Helvetica");
    }

    /** Top to bottom by baseline, then left to right: the order lines are built in. */
    public static final Comparator<Glyph> BY_BASELINE_THEN_X = (a, b) -> {
        int c = Float.compare(a.baseline, b.baseline);
        return c != 0 ? c : Float.compare(a.x0, b.x0);
    };
    /** Left to right. */
    public static final Comparator<Glyph> BY_X = (a, b) -> Float.compare(a.x0, b.x0);

    /**
     * Whether the glyph is white space: it breaks words but carries no ink, so finders measure gaps around it rather than by it.
     *
     * @return true for a space
     */
    public boolean isSpace() {
        // Asked of every glyph several times over; nearly all are one character.
        if (text.length() != 1) {
            return text.isBlank();
        }
        char c = text.charAt(0);
        // Printable ASCII, most glyphs, is never white space: answered without Character's tables.
        return (c <= ' ' || c >= 0x7f) && Character.isWhitespace(c);
    }

    /**
     * The box's horizontal centre, which decides the column or table a glyph belongs to.
     *
     * @return the centre's x
     */
    public float centreX() {
        return (x0 + x1) / 2;
    }

    /**
     * The box's vertical centre, which decides the row or table a glyph belongs to.
     *
     * @return the centre's y
     */
    public float centreY() {
        return (top + bottom) / 2;
    }

    /**
     * This glyph in another colour, as a text fill drawn over it sets.
     *
     * @param c the colour
     * @return a copy in that colour
     */
    public Glyph withColor(Rgb c) {
        return new Glyph(text, x0, top, x1, bottom, baseline, size, bold, italic, c, font);
    }
}
