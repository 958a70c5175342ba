package org.councilpapers.extractors.read.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.councilpapers.extractors.read.pdf.table.Glyph;
import org.junit.jupiter.api.Test;

class TextLinesTest {
    @Test
    void glyphsOnOneBaselineMakeOneLineInXOrderWhateverTheDrawingOrder() {
        List<Glyph> gs = new ArrayList<>(Glyphs.text("world", 100, 200));
        gs.addAll(Glyphs.text("hello ", 70, 200));
        gs.addAll(Glyphs.text("first line", 70, 186));
        List<Line> lines = TextLines.lines(gs);
        assertEquals(2, lines.size());
        assertEquals("first line", lines.get(0).text());
        assertEquals("hello world", lines.get(1).text());
    }

    @Test
    void wideGapWithoutASpaceGlyphSplitsWordsAndTightGlyphsDoNot() {
        List<Glyph> gs = new ArrayList<>(Glyphs.text("Good", 100, 200));
        gs.addAll(Glyphs.text("Grade", 130, 200)); // "Good" ends at 120: a 10pt gap, no space drawn
        assertEquals(List.of("Good", "Grade"), TextLines.lines(gs).get(0).words().stream().map(Word::text).toList());
    }

    @Test
    void raisedFootnoteMarkStaysOnItsLine() {
        List<Glyph> gs = new ArrayList<>(Glyphs.text("children", 100, 200));
        gs.add(Glyph.of("1", 140, 196.5f, 3, 6, false));
        gs.addAll(Glyphs.text(" were seen", 143, 200));
        List<Line> lines = TextLines.lines(gs);
        assertEquals(1, lines.size());
        assertEquals("children1 were seen", lines.get(0).text());
    }

    @Test
    void styleOfALineIsWhatMostOfItsCharactersHave() {
        List<Glyph> gs = new ArrayList<>(Glyphs.text("Note:", 100, 200, 10, true));
        gs.addAll(Glyphs.text(" the rest of the line is regular", 125, 200, 10, false));
        Line l = TextLines.lines(gs).get(0);
        assertEquals(false, l.bold());
        assertEquals(10f, l.size());
    }
}
