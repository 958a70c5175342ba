package org.councilpapers.core.layout;

import org.jspecify.annotations.Nullable;

/**
 * How a block's text looks, where the format says: font size in points (0 when unknown), weight,
 * slant and text colour. Headings in PDFs are recognised from these; coloured text can carry RAG status.
 *
 * @param fontSize the font size in points; 0 when unknown
 * @param bold whether the text is bold
 * @param italic whether the text is italic
 * @param color the text colour; null when unknown
 */
public record Style(float fontSize, boolean bold, boolean italic, @Nullable Rgb color) {
    /** Bold, nothing else known. */
    public static final Style BOLD = new Style(0, true, false, null);
    /** Italic, nothing else known. */
    public static final Style ITALIC = new Style(0, false, true, null);
}
