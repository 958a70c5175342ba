package org.councilpapers.extractors.read.pdf.table;

import java.util.Comparator;
import java.util.Objects;
import org.councilpapers.core.layout.Rgb;

/**
 * One drawn character in page space (points, top-left origin): its box from {@code top} to {@code bottom},
 * its baseline, effective font size, weight, slant, fill colour and font name. A space glyph is kept (it
 * marks a word break) but carries no ink.
 */
public record Glyph(String text, float x0, float top, float x1, float bottom, float baseline, float size,
        boolean bold, boolean italic, Rgb color, String font) {

    public Glyph {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(color, "color");
        Objects.requireNonNull(font, "font");
    }

    /** A black, upright glyph whose box is derived from its baseline and size; handy for tests. */
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

    public boolean isSpace() {
        // Asked of every glyph several times over; nearly all are one character.
        return text.length() == 1 ? Character.isWhitespace(text.charAt(0)) : text.isBlank();
    }

    public float centreX() {
        return (x0 + x1) / 2;
    }

    public float centreY() {
        return (top + bottom) / 2;
    }

    public Glyph withColor(Rgb c) {
        return new Glyph(text, x0, top, x1, bottom, baseline, size, bold, italic, c, font);
    }
}
