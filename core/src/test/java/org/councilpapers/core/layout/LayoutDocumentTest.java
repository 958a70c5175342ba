package org.councilpapers.core.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class LayoutDocumentTest {

    private static LayoutDocument twoPages() {
        LayoutDocument.Builder b = LayoutDocument.builder();
        b.add(Block.heading(1, "Inspection of children's social care services"));
        b.add(Block.paragraph("Lead inspector: Brenda McLaughlin"));
        b.add(Block.paragraph("Page 5").withLayer(Layer.FOOTER));
        b.printedNumber("5");
        b.page();
        Table t = new Table(List.of(
                Cell.of(0, 0, 1, 2, true, List.of(Block.paragraph("RAG rating")), null),
                Cell.of(1, 0, "Oct 2019"), Cell.of(1, 1, "Jan 2020"),
                Cell.of(2, 0, "").withFill(Rgb.parse("#92d050").orElseThrow()), Cell.of(2, 1, "")), 3, 2, null);
        b.add(Block.table(t));
        b.add(Block.listItem("1.", 0, "Timeliness of initial health assessments."));
        return b.build();
    }

    @Test
    void everyBlockAndCellSpanPointsAtItsOwnText() {
        LayoutDocument doc = twoPages();
        for (Page p : doc.pages()) {
            for (Block block : p.blocks()) {
                assertEquals(block.text(), doc.text(block.start(), block.end()), block.toString());
                if (block.table() != null) {
                    for (Cell c : block.table().cells()) {
                        assertEquals(c.text(), doc.text(c.start(), c.end()));
                        assertTrue(c.start() >= block.start() && c.end() <= block.end());
                    }
                }
            }
        }
    }

    @Test
    void pagesKnowTheirPrintedNumbersAndFurniture() {
        LayoutDocument doc = twoPages();
        assertEquals(2, doc.pageCount());
        assertEquals("5", doc.printedPage(1));
        assertNull(doc.printedPage(2));
        assertEquals(1, doc.page(1).footer().size());
        assertEquals(2, doc.page(1).body().size());
        assertFalse(doc.body().stream().anyMatch(b -> b.text().equals("Page 5")), "footer is not body");
        assertEquals(2, doc.page(2).blocks().get(0).page());
    }

    @Test
    void tableCellsAreAddressableThroughSpans() {
        Table t = twoPages().page(2).blocks().get(0).table();
        assertEquals("RAG rating", t.cellAt(0, 1).text(), "merged header covers column 1");
        assertEquals(List.of("RAG rating", ""), t.rowTexts(0));
        assertEquals("#92d050", t.cellAt(2, 0).fill().hex());
        assertTrue(t.isBlankRow(2));
        assertTrue(t.cellAt(0, 0).header());
    }

    @Test
    void pageViewSharesTheTextSoOffsetsStayValid() {
        LayoutDocument doc = twoPages();
        LayoutDocument second = doc.pages(2, 2);
        assertSame(doc.text(), second.text());
        assertEquals(1, second.pageCount());
        Block item = second.body().get(1);
        assertEquals("Timeliness of initial health assessments.", second.text(item.start(), item.end()));
        assertThrows(IndexOutOfBoundsException.class, () -> doc.pages(2, 3));
    }

    @Test
    void cellsOutsideTheGridAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> new Table(List.of(Cell.of(0, 2, "x")), 1, 2, null));
    }

    @Test
    void blankAndLeftBlankPagesAreRecognised() {
        LayoutDocument.Builder b = LayoutDocument.builder();
        b.add(Block.paragraph("This page is intentionally left blank"));
        b.page();
        b.add(Block.paragraph("Agenda"));
        LayoutDocument doc = b.build();
        assertTrue(doc.page(1).isBlank());
        assertFalse(doc.page(2).isBlank());
    }
}
