package org.councilpapers.extractors.read.tika;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.councilpapers.core.Warnings;
import org.councilpapers.core.layout.Block;
import org.councilpapers.core.layout.BlockKind;
import org.councilpapers.core.layout.LayoutDocument;
import org.councilpapers.extractors.read.Source;
import org.junit.jupiter.api.Test;

/**
 * The agenda-item tables of web pages ("No. | Item", a row per item with its "Minutes:") read the same way in Word, where
 * clerks also set minutes in a two-column table: the handler that reads both is shared. What a Word table of that shape
 * gives, and what a Word table of a like shape that is no list of items keeps.
 */
class ItemTablesWordTest {
    private static LayoutDocument read(XWPFDocument doc) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.write(out);
        return new TikaLayoutReader().read(Source.of(out.toByteArray(), "minutes.docx"), new Warnings());
    }

    // A cell of several paragraphs, as a clerk types a minute under its title.
    private static void paragraphs(XWPFTableCell cell, String... texts) {
        cell.getParagraphs().get(0).createRun().setText(texts[0]);
        for (int i = 1; i < texts.length; i++) {
            cell.addParagraph().createRun().setText(texts[i]);
        }
    }

    private static List<String> texts(LayoutDocument d) {
        return d.body().stream().filter(b -> !b.is(BlockKind.TABLE)).map(b -> b.text().strip()).filter(s -> !s.isEmpty()).toList();
    }

    @Test
    void aWordMinutesTableOfNumberAndItemReadsAsAHeadingPerItemOverItsMinute() throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            doc.createParagraph().createRun().setText("Tarrowford Town Council: minutes of the Finance Committee, 3 March 2026");
            XWPFTable t = doc.createTable(3, 2);
            paragraphs(t.getRow(0).getCell(0), "No.");
            paragraphs(t.getRow(0).getCell(1), "Item");
            paragraphs(t.getRow(1).getCell(0), "41.");
            paragraphs(t.getRow(1).getCell(1), "Apologies for absence", "Minutes:", "Apologies were received from Councillor Heald.");
            paragraphs(t.getRow(2).getCell(0), "42.");
            paragraphs(t.getRow(2).getCell(1), "Budget monitoring, quarter 3", "Minutes:", "RESOLVED: that the report be noted.");
            LayoutDocument d = read(doc);
            assertTrue(d.body().stream().noneMatch(b -> b.is(BlockKind.TABLE)), "the items are read as the page prints them, not as a grid");
            assertEquals(List.of("Tarrowford Town Council: minutes of the Finance Committee, 3 March 2026", "41. Apologies for absence", "Minutes:",
                    "Apologies were received from Councillor Heald.", "42. Budget monitoring, quarter 3", "Minutes:",
                    "RESOLVED: that the report be noted."), texts(d));
            Block heading = d.body().stream().filter(b -> b.text().startsWith("42.")).findFirst().orElseThrow();
            assertTrue(heading.style() != null && heading.style().bold(), "each item's title is a heading, as in the web page's table");
        }
    }

    @Test
    void aWordActionLogOfNumberItemAndOwnerStaysATable() throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            XWPFTable t = doc.createTable(3, 3);
            paragraphs(t.getRow(0).getCell(0), "Min. no.");
            paragraphs(t.getRow(0).getCell(1), "Item");
            paragraphs(t.getRow(0).getCell(2), "Action by");
            paragraphs(t.getRow(1).getCell(0), "41.");
            paragraphs(t.getRow(1).getCell(1), "Bus shelter, Mill Lane", "Minutes:", "The clerk to obtain three quotes.");
            paragraphs(t.getRow(1).getCell(2), "Clerk");
            paragraphs(t.getRow(2).getCell(0), "42.");
            paragraphs(t.getRow(2).getCell(1), "Allotments", "Minutes:", "Rents to rise by 3% from October.");
            paragraphs(t.getRow(2).getCell(2), "Councillor Heald");
            LayoutDocument d = read(doc);
            assertEquals(1, d.body().stream().filter(b -> b.is(BlockKind.TABLE)).count(),
                    "the last column is who acts, not the item: read as an item it would title the minute 'Clerk'");
            assertTrue(texts(d).stream().noneMatch(s -> s.startsWith("41.")), "no heading is made of the owner's cell");
        }
    }

    @Test
    void aWordTableOfNumberedPointsIsNoAgenda() throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            XWPFTable t = doc.createTable(2, 2);
            paragraphs(t.getRow(0).getCell(0), "1.");
            paragraphs(t.getRow(0).getCell(1), "The budget gap for 2026/27 is forecast at £4.2m.");
            paragraphs(t.getRow(1).getCell(0), "2.");
            paragraphs(t.getRow(1).getCell(1), "Savings proposals are set out in Appendix A.");
            LayoutDocument d = read(doc);
            assertEquals(1, d.body().stream().filter(b -> b.is(BlockKind.TABLE)).count(), "a report's points set in a table keep their table");
        }
    }
}
