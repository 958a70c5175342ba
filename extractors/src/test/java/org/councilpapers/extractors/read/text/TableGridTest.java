package org.councilpapers.extractors.read.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.councilpapers.core.layout.Block;
import org.councilpapers.core.layout.BlockKind;
import org.councilpapers.core.layout.Rgb;
import org.councilpapers.core.layout.Table;
import org.junit.jupiter.api.Test;

class TableGridTest {

    @Test
    void columnsBlankInEveryRowAreDropped() {
        Table t = TableGrid.build(rows(List.of(row("4", "", "Declaration of Interests", ""), row("5", "", "Youth Cabinet Update", "17 - 22"))),
                false, true);
        assertNotNull(t);
        assertEquals(3, t.colCount());
        assertEquals(List.of("5", "Youth Cabinet Update", "17 - 22"), t.rowTexts(1));
    }

    @Test
    void blankColumnsKeptWhenAsked() {
        Table t = TableGrid.build(rows(List.of(row("a", "", "b"))), false, false);
        assertEquals(3, t.colCount());
    }

    @Test
    void shortRowsPadded() {
        Table t = TableGrid.build(rows(List.of(row("a", "b", "c"), row("d"))), false, true);
        assertEquals(2, t.rowCount());
        assertEquals(3, t.colCount());
        assertEquals(List.of("d", "", ""), t.rowTexts(1));
        assertNotNull(t.cellAt(1, 2), "a padded position is a blank cell, not a hole");
    }

    @Test
    void headerRowFlagged() {
        Table t = TableGrid.build(rows(List.of(row("Team", "Feedback total"), row("MASH", "1"))), true, true);
        assertTrue(t.cellAt(0, 0).header());
        assertTrue(t.cellAt(0, 1).header());
        assertFalse(t.cellAt(1, 0).header());
    }

    @Test
    void blankHeaderRowDropped() {
        Table t = TableGrid.build(rows(List.of(row("", ""), row("Disabled Children", "1"))), true, true);
        assertEquals(1, t.rowCount());
        assertFalse(t.cellAt(0, 0).header());
        assertEquals("Disabled Children", t.cellAt(0, 0).text());
    }

    @Test
    void nothingToShowGivesNoTable() {
        assertNull(TableGrid.build(rows(List.of(row("", ""), row("", ""))), false, true));
        assertNull(TableGrid.build(List.of(), true, true));
    }

    @Test
    void aFilledColumnIsNotFiller() {
        TableGrid.CellContent green = new TableGrid.CellContent(List.of(), new Rgb(0x92, 0xd0, 0x50), null);
        Table t = TableGrid.build(List.of(List.of(TableGrid.cell("Oct 2019"), green)), false, true);
        assertEquals(2, t.colCount());
        assertEquals(new Rgb(0x92, 0xd0, 0x50), t.cellAt(0, 1).fill());
    }

    @Test
    void cellMarkdownRead() {
        TableGrid.CellContent c = TableGrid.cell("**Area of Concern 1**");
        assertEquals(1, c.blocks().size());
        assertEquals("Area of Concern 1", c.blocks().get(0).text());
        assertTrue(c.blocks().get(0).isBold());
        assertFalse(TableGrid.cell("Area *one*").blocks().get(0).isBold());
    }

    @Test
    void cellLinesAreParagraphs() {
        List<Block> bs = TableGrid.cell("first line\nsecond line").blocks();
        assertEquals(List.of("first line", "second line"), bs.stream().map(Block::text).toList());
        assertTrue(TableGrid.cell("").blocks().isEmpty());
        assertTrue(TableGrid.cell("").isBlank());
    }

    @Test
    void cellHtmlRead() {
        TableGrid.CellContent c = TableGrid.cell("<p>July 2019</p> <p>Ongoing</p>");
        assertEquals(List.of("July 2019", "Ongoing"), c.blocks().stream().map(Block::text).toList());
        TableGrid.CellContent nested = TableGrid.cell("RAG <table><tr><td>Oct 2019</td></tr></table>");
        assertEquals(BlockKind.TABLE, nested.blocks().get(1).kind());
        assertFalse(nested.isBlank(), "a cell holding only a table has content even though its text is not laid out yet");
        TableGrid.CellContent red = TableGrid.cell("<span style=\"color: red\">Overdue</span>");
        assertEquals(new Rgb(255, 0, 0), red.textColor());
    }

    private static List<String> row(String... cells) {
        return Arrays.asList(cells);
    }

    private static List<List<TableGrid.CellContent>> rows(List<List<String>> rows) {
        return rows.stream().map(r -> r.stream().map(TableGrid::cell).toList()).toList();
    }
}
