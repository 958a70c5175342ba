package org.councilpapers.extractors.read.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.councilpapers.core.Warning;
import org.councilpapers.core.WarningCode;
import org.councilpapers.core.Warnings;
import org.councilpapers.core.layout.Block;
import org.councilpapers.core.layout.BlockKind;
import org.councilpapers.core.layout.Cell;
import org.councilpapers.core.layout.Rgb;
import org.councilpapers.core.layout.Table;
import org.junit.jupiter.api.Test;

class PipeTableParserTest {

    @Test
    void cellsSplitOnUnescapedPipes() {
        assertEquals(List.of("a", "b | c", ""), PipeTableParser.cells("| a | b \\| c | |"));
        assertEquals(List.of("a", "b"), PipeTableParser.cells("| a | b"));
        assertEquals(List.of("a", "b"), PipeTableParser.cells("  |a|b|  "));
    }

    @Test
    void separatorRowsRecognised() {
        assertTrue(PipeTableParser.isSeparator(PipeTableParser.cells("|---|---------------|")));
        assertTrue(PipeTableParser.isSeparator(PipeTableParser.cells("| :--- | ---: | :-: |")));
        assertFalse(PipeTableParser.isSeparator(PipeTableParser.cells("| | |")));
        assertFalse(PipeTableParser.isSeparator(PipeTableParser.cells("| - 7 - | x |")));
    }

    @Test
    void firstRowBeforeSeparatorIsHeader() {
        Table t = only(parse("| Team | Feedback total |", "|--|----------------|", "| MASH | 1 |", "| Oaktree | 1 |"));
        assertEquals(3, t.rowCount());
        assertEquals(2, t.colCount());
        assertTrue(t.cellAt(0, 1).header());
        assertEquals("Feedback total", t.cellAt(0, 1).text());
        assertFalse(t.cellAt(1, 0).header());
        assertEquals(List.of("Oaktree", "1"), t.rowTexts(2));
    }

    @Test
    void withoutSeparatorNoHeader() {
        Table t = only(parse("| RED | Not started |", "| GREEN | On track |"));
        assertFalse(t.cellAt(0, 0).header());
        assertEquals(2, t.rowCount());
    }

    @Test
    void blankHeaderAndFillerColumnsDropped() {
        Table t = only(parse("| | | | | | |", "|------------------------|--|--|--|--|--|",
                "| Assessment Team | | | | Supervision meetings undertaken | |", "|------------------------|--|--|--|--|--|"));
        assertEquals(1, t.rowCount());
        assertEquals(2, t.colCount());
        assertEquals(List.of("Assessment Team", "Supervision meetings undertaken"), t.rowTexts(0));
    }

    @Test
    void fillerColumnBetweenRealOnesDropped() {
        Table t = only(parse("| 4 | | Declaration of Interests | |", "| 6 | | Report from LSCP | 17 - 22 |"));
        assertEquals(3, t.colCount());
        assertEquals(List.of("6", "Report from LSCP", "17 - 22"), t.rowTexts(1));
    }

    @Test
    void shortRowPadded() {
        Table t = only(parse("| a | b | c |", "| d |"));
        assertEquals(3, t.colCount());
        assertEquals(List.of("d", "", ""), t.rowTexts(1));
    }

    @Test
    void separatorFurtherDownStartsANewTable() {
        List<Block> bs = parse("| Topic | Lead |", "|---|---|", "| Youth Cabinet | Roberta Fontaine |",
                "| Item | Officer |", "|---|---|", "| Work Programme | Democratic Services |");
        assertEquals(2, bs.size());
        Table second = bs.get(1).table();
        assertEquals(List.of("Item", "Officer"), second.rowTexts(0));
        assertTrue(second.cellAt(0, 0).header());
        assertEquals(2, bs.get(0).table().rowCount());
    }

    @Test
    void cellHtmlWithNestedColouredTable() {
        Table t = only(parse("| Actions | Completed by |", "|---|---|",
                "| <p>A1. Management oversight</p> <p>RAG rating</p> <table border=\"1\"> <tr> <td>Oct 2019</td> "
                        + "<td>Jan 2020</td> </tr> <tr> <td style=\"background-color: #92d050;\"></td> "
                        + "<td style=\"background-color: #00aaff;\"></td> </tr> </table> | <p>July 2019</p> <p>Ongoing</p> |"));
        Cell action = t.cellAt(1, 0);
        assertEquals(3, action.blocks().size());
        assertEquals("A1. Management oversight", action.blocks().get(0).text());
        Table rag = action.blocks().get(2).table();
        assertNotNull(rag);
        assertEquals(2, rag.rowCount());
        assertEquals(new Rgb(0x92, 0xd0, 0x50), rag.cellAt(1, 0).fill());
        assertEquals(new Rgb(0x00, 0xaa, 0xff), rag.cellAt(1, 1).fill());
        assertEquals(List.of("July 2019", "Ongoing"), t.cellAt(1, 1).blocks().stream().map(Block::text).toList());
    }

    @Test
    void cellWithBreaksAndListItems() {
        Table t = only(parse("| Savings | <p>The team will:</p> <ul><li>Address inconsistencies</li><li>Review payments</li></ul> |"));
        List<Block> bs = t.cellAt(0, 1).blocks();
        assertEquals(3, bs.size());
        assertEquals(BlockKind.LIST_ITEM, bs.get(1).kind());
        assertEquals("Review payments", bs.get(2).text());
    }

    @Test
    void rowWithoutCellsKeptAsTextWithWarning() {
        Warnings w = new Warnings();
        List<Block> bs = PipeTableParser.parse(List.of("| a | b |", "| c | d |", "| just a note", "| e | f |"), w, 4);
        assertEquals(3, bs.size());
        assertEquals(BlockKind.TABLE, bs.get(0).kind());
        assertEquals(BlockKind.PARAGRAPH, bs.get(1).kind());
        assertEquals("| just a note", bs.get(1).text());
        assertEquals(BlockKind.TABLE, bs.get(2).kind());
        List<Warning> ws = w.toList();
        assertEquals(1, ws.size());
        assertEquals(WarningCode.BROKEN_TABLE, ws.get(0).code());
        assertEquals(4, ws.get(0).page());
    }

    @Test
    void rowRunningOverLinesIsOneRow() {
        Table t = only(parse("| Outcome | first line\nsecond line |"));
        assertEquals(1, t.rowCount());
        assertEquals("first line\nsecond line", t.cellAt(0, 1).text());
    }

    private static List<Block> parse(String... rows) {
        Warnings w = new Warnings();
        List<Block> bs = PipeTableParser.parse(List.of(rows), w, 1);
        assertTrue(w.isEmpty(), w.toList().toString());
        return bs;
    }

    private static Table only(List<Block> bs) {
        assertEquals(1, bs.size(), bs.toString());
        return bs.get(0).table();
    }
}
