package org.councilpapers.extractors.read.pdf;

import org.jspecify.annotations.Nullable;

/**
 * The text one PDF glyph stands for, as the words of the paper need it: typographic ligatures taken apart
 * ("ﬁ" is "fi", so "ﬁnance" is found as "finance"), and a glyph whose mapping is only control characters or
 * the replacement character read as no text at all. Such mappings are what a font without a Unicode map gives
 * (PDFBox then coerces the glyph's code to a character: code 12 becomes a form feed), not the paper's text.
 */
final class GlyphText {
    private GlyphText() {}

    /** The glyph's text, or null where it maps to nothing readable. */
    static @Nullable String readable(@Nullable String unicode) {
        if (unicode == null || unicode.isEmpty()) {
            return null;
        }
        if (unicode.length() == 1) {
            // Nearly every glyph: one character, most of them plain; looked at without building anything.
            char c = unicode.charAt(0);
            if (c >= 0x20 && c < 0x7f) {
                return unicode;
            }
            if (unreadable(c)) {
                return null;
            }
            String parts = ligature(c);
            return parts != null ? parts : unicode;
        }
        StringBuilder sb = new StringBuilder(unicode.length() + 2);
        for (int i = 0; i < unicode.length(); i++) {
            char c = unicode.charAt(i);
            if (unreadable(c)) {
                continue;
            }
            String parts = ligature(c);
            sb.append(parts != null ? parts : String.valueOf(c));
        }
        return sb.isEmpty() ? null : sb.toString();
    }

    /** C0 and C1 controls (tab aside) and U+FFFD: a glyph code coerced to a character, or a mapping given up on. */
    static boolean unreadable(char c) {
        return c < 0x20 && c != '\t' || c >= 0x7f && c <= 0x9f || c == '\uFFFD';
    }

    /** The letters of a Latin typographic ligature (U+FB00–U+FB06), or null for any other character. */
    static @Nullable String ligature(char c) {
        return switch (c) {
            case '\uFB00' -> "ff";
            case '\uFB01' -> "fi";
            case '\uFB02' -> "fl";
            case '\uFB03' -> "ffi";
            case '\uFB04' -> "ffl";
            case '\uFB05', '\uFB06' -> "st";
            default -> null;
        };
    }
}
