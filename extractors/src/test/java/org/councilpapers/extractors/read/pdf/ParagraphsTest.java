package org.councilpapers.extractors.read.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.councilpapers.extractors.read.pdf.table.Glyph;
import org.junit.jupiter.api.Test;

class ParagraphsTest {
    private static List<TextItem> build(List<Glyph> gs) {
        return Paragraphs.build(ReadingOrder.order(TextLines.lines(gs)));
    }

    @Test
    void lineSpacingGapsSplitParagraphsAndWrappedLinesJoin() {
        List<Glyph> gs = new ArrayList<>();
        gs.addAll(Glyphs.text("The first paragraph runs on", 50, 100));
        gs.addAll(Glyphs.text("to a second line.", 50, 112));
        gs.addAll(Glyphs.text("A second paragraph after a gap", 50, 136));
        gs.addAll(Glyphs.text("that also wraps.", 50, 148));
        List<TextItem> items = build(gs);
        assertEquals(2, items.size());
        assertEquals("The first paragraph runs on to a second line.", items.get(0).text());
        assertEquals("A second paragraph after a gap that also wraps.", items.get(1).text());
        assertEquals(2, items.get(1).lineCount());
    }

    @Test
    void firstLineIndentStartsAParagraphEvenWithoutAGap() {
        List<Glyph> gs = new ArrayList<>();
        gs.addAll(Glyphs.text("One paragraph ends here.", 50, 100));
        gs.addAll(Glyphs.text("Another starts indented", 80, 112));
        gs.addAll(Glyphs.text("and carries on at the margin.", 50, 124));
        List<TextItem> items = build(gs);
        assertEquals(List.of("One paragraph ends here.", "Another starts indented and carries on at the margin."),
                items.stream().map(TextItem::text).toList());
    }

    @Test
    void changeOfSizeOrWeightStartsANewItem() {
        List<Glyph> gs = new ArrayList<>();
        gs.addAll(Glyphs.text("What needs to improve", 50, 100, 12, true));
        gs.addAll(Glyphs.text("Body text follows straight on.", 50, 114));
        List<TextItem> items = build(gs);
        assertEquals(2, items.size());
        assertTrue(items.get(0).bold());
        assertEquals(12f, items.get(0).size());
        assertFalse(items.get(1).bold());
    }

    @Test
    void aBoldNumberedTitleWrappingBackToTheMarginIsOneItem() {
        List<Glyph> gs = new ArrayList<>();
        // A body line gives the text's right edge: 60 characters, 5 points each, from x 50 to 350.
        gs.addAll(Glyphs.text("The minutes of the meeting held on 12 December were approved", 50, 100));
        // Full to the right edge (the next word would not fit), not the end of a sentence: it wraps.
        gs.addAll(Glyphs.text("90. 24/00109 - Transfer the 18-25 section of the service to", 50, 124, 10, true));
        gs.addAll(Glyphs.text("Adult Social Care", 50, 136, 10, true));
        // A short bold title is over where its line ends; the bold line after it at the margin is a new one.
        gs.addAll(Glyphs.text("91. Budget monitoring", 50, 160, 10, true));
        gs.addAll(Glyphs.text("Quarter three", 50, 172, 10, true));
        List<TextItem> items = build(gs);
        assertEquals(List.of("The minutes of the meeting held on 12 December were approved",
                "24/00109 - Transfer the 18-25 section of the service to Adult Social Care", "Budget monitoring",
                "Quarter three"), items.stream().map(TextItem::text).toList());
        assertEquals("90.", items.get(1).marker());
        assertEquals(2, items.get(1).lineCount());
        assertTrue(items.get(1).bold());
    }

    @Test
    void bulletsAndNumbersBecomeListItemsWithTheirMarkersAndDepths() {
        List<Glyph> gs = new ArrayList<>();
        gs.addAll(Glyphs.text("•", 50, 100));
        gs.addAll(Glyphs.text("Planned transitions need to", 70, 100));
        gs.addAll(Glyphs.text("happen earlier.", 70, 112));      // wrapped to the item's text
        gs.addAll(Glyphs.text("- nested dash item", 70, 124));    // further in: one level deeper
        gs.addAll(Glyphs.text("1. Numbered item", 50, 136));
        gs.addAll(Glyphs.text("a) lettered item", 50, 148));
        gs.addAll(Glyphs.text("2.1 Section numbered item", 50, 160));
        List<TextItem> items = build(gs);
        assertEquals(5, items.size());
        assertEquals("•", items.get(0).marker());
        assertEquals("Planned transitions need to happen earlier.", items.get(0).text());
        assertEquals(0, items.get(0).depth());
        assertEquals("-", items.get(1).marker());
        assertEquals("nested dash item", items.get(1).text());
        assertEquals(1, items.get(1).depth());
        assertEquals("1.", items.get(2).marker());
        assertEquals(0, items.get(2).depth());
        assertEquals("a)", items.get(3).marker());
        assertEquals("lettered item", items.get(3).text());
        assertEquals("2.1", items.get(4).marker());
    }

    @Test
    void symbolFontBulletInThePrivateUseAreaIsABullet() {
        List<Glyph> gs = new ArrayList<>();
        gs.add(new Glyph("\uF0B7", 50, 92.5f, 55, 102, 100, 10, false, false, new org.councilpapers.core.layout.Rgb(0, 0, 0), "Symbol"));
        gs.addAll(Glyphs.text("Item text", 70, 100));
        TextItem item = build(gs).get(0);
        assertEquals("•", item.marker());
        assertEquals("Item text", item.text());
    }

    @Test
    void numberGluedToItsHeadingIsStillAMarker() {
        TextItem item = build(Glyphs.text("12.Work Programme", 50, 100)).get(0);
        assertEquals("12.", item.marker());
        assertEquals("Work Programme", item.text());
        assertNull(Paragraphs.marker(TextLines.lines(Glyphs.text("3.5million people", 50, 100)).get(0)));
    }

    @Test
    void wordsThatStartWithADashOrNumberAreNotMarkers() {
        assertNull(Paragraphs.marker(TextLines.lines(Glyphs.text("-5% on last year", 50, 100)).get(0)));
        assertNull(Paragraphs.marker(TextLines.lines(Glyphs.text("2019 was a year", 50, 100)).get(0)));
        assertNull(Paragraphs.marker(TextLines.lines(Glyphs.text("orange", 50, 100)).get(0)));
    }

    @Test
    void hyphenatedLineEndJoinsTheWordBackTogether() {
        List<Glyph> gs = new ArrayList<>();
        gs.addAll(Glyphs.text("children's well-", 50, 100));
        gs.addAll(Glyphs.text("being improved", 50, 112));
        assertEquals("children's well-being improved", build(gs).get(0).text());
    }

    @Test
    void lineInTheFooterBandIsAnItemOfItsOwnThatRemembersItWouldHaveJoined() {
        List<Glyph> gs = new ArrayList<>();
        gs.addAll(Glyphs.text("Body text near the bottom", 50, 748));
        gs.addAll(Glyphs.text("Page 11", 50, 760));
        List<TextItem> items = Paragraphs.build(TextLines.lines(gs), 80, 750);
        assertEquals(2, items.size());
        assertEquals("Page 11", items.get(1).text());
        assertTrue(items.get(1).continuesPrevious());
    }

    @Test
    void symbolFontsAreToldByTheirNamesInAnyCase() {
        assertTrue(Paragraphs.symbolFont("Wingdings-Regular"));
        assertTrue(Paragraphs.symbolFont("SymbolMT"));
        assertTrue(Paragraphs.symbolFont("ZapfDingbats"));
        assertTrue(Paragraphs.symbolFont("WINGDINGS"));
        assertFalse(Paragraphs.symbolFont("Arial-BoldMT"));
        assertFalse(Paragraphs.symbolFont("Sym"));
    }
}
