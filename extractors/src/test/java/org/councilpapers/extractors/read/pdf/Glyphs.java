package org.councilpapers.extractors.read.pdf;

import java.util.ArrayList;
import java.util.List;
import org.councilpapers.extractors.read.pdf.table.Glyph;

/** Glyphs for test pages: text set left to right, each character half the font size wide, spaces kept. */
final class Glyphs {
    private Glyphs() {}

    static List<Glyph> text(String text, float x, float baseline, float size, boolean bold) {
        List<Glyph> out = new ArrayList<>();
        float w = size / 2;
        for (int i = 0; i < text.length(); i++) {
            out.add(Glyph.of(text.substring(i, i + 1), x + w * i, baseline, w, size, bold));
        }
        return out;
    }

    static List<Glyph> text(String text, float x, float baseline) {
        return text(text, x, baseline, 10, false);
    }

    static List<Line> lines(List<Glyph> glyphs) {
        return TextLines.lines(glyphs);
    }
}
