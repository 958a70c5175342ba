package org.councilpapers.extractors.read.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.councilpapers.core.Warnings;
import org.councilpapers.core.layout.Block;
import org.councilpapers.core.layout.BlockKind;
import org.councilpapers.core.layout.Box;
import org.councilpapers.core.layout.Cell;
import org.councilpapers.core.layout.LayoutDocument;
import org.councilpapers.core.layout.Rgb;
import org.councilpapers.core.layout.Table;
import org.councilpapers.core.record.RagStatus;
import org.councilpapers.extractors.read.MediaTypes;
import org.councilpapers.extractors.read.Source;
import org.councilpapers.extractors.vocab.RagColours;
import org.junit.jupiter.api.Test;

/** Tables read from PDFs drawn in code: fills, text colours, merged cells, stream tables, turned pages, page breaks. */
class TableBlocksTest {
    private static final Rgb[][] SHADES = {
        {new Rgb(255, 0, 0), new Rgb(192, 0, 0), new Rgb(255, 199, 206)},
        {new Rgb(255, 192, 0), new Rgb(255, 235, 156), new Rgb(247, 150, 70)},
        {new Rgb(0, 176, 80), new Rgb(146, 208, 80), new Rgb(198, 239, 206)},
        {new Rgb(0, 112, 192), new Rgb(189, 215, 238), new Rgb(91, 155, 213)}};
    private static final RagStatus[] STATUS = {RagStatus.RED, RagStatus.AMBER, RagStatus.GREEN, RagStatus.BLUE};

    private static LayoutDocument read(byte[] pdf) throws IOException {
        return new PdfLayoutReader().read(new Source(pdf, "made.pdf", MediaTypes.PDF), new Warnings());
    }

    private static List<Table> tables(LayoutDocument d) {
        return d.body().stream().filter(b -> b.is(BlockKind.TABLE)).map(Block::table).toList();
    }

    /** Every block of every cell lies inside the cell's box: no text bleeds into a neighbour. */
    static void assertNoBleed(Table t) {
        for (Cell c : t.cells()) {
            Box cell = c.box();
            for (Block b : c.blocks()) {
                Box in = b.box();
                assertTrue(in.x0() >= cell.x0() - 0.5f && in.x1() <= cell.x1() + 0.5f && in.y0() >= cell.y0() - 2
                        && in.y1() <= cell.y1() + 2, () -> "'" + b.text() + "' " + in + " outside " + cell);
            }
        }
    }

    /** A scorecard: one row per status, a column per shade, each cell filled with its shade and labelled. */
    private static TablePdf.Grid shadeCard(boolean ruled) {
        TablePdf.Grid g = new TablePdf.Grid(50, 100, 120, 90, 90, 90).boldRow(20, "Measure", "Shade 1", "Shade 2", "Shade 3");
        for (int r = 0; r < SHADES.length; r++) {
            g.row(20, "Measure " + (r + 1), "Q" + r + " a", "Q" + r + " b", "Q" + r + " c");
            for (int c = 0; c < 3; c++) {
                g.fill(r + 1, c + 1, SHADES[r][c]);
            }
        }
        return ruled ? g : g.unruled();
    }

    @Test
    void fillsInSeveralShadesAreReadExactlyWithBorders() throws IOException {
        Table t = tables(read(TablePdf.pdf(TablePdf.portrait(shadeCard(true)::draw)))).get(0);
        assertEquals(5, t.rowCount());
        assertEquals(4, t.colCount());
        for (int r = 0; r < SHADES.length; r++) {
            assertNull(t.cellAt(r + 1, 0).fill());
            for (int c = 0; c < 3; c++) {
                assertEquals(SHADES[r][c], t.cellAt(r + 1, c + 1).fill());
                assertEquals(Optional.of(STATUS[r]), RagColours.classify(t.cellAt(r + 1, c + 1).fill()), "r" + r + " c" + c);
            }
        }
        assertTrue(t.cellAt(0, 0).header());
        assertNoBleed(t);
    }

    @Test
    void fillsInSeveralShadesAreReadWithoutBorders() throws IOException {
        // No rules: the shaded boxes themselves, or the text's alignment, give the cells.
        Table t = tables(read(TablePdf.pdf(TablePdf.portrait(shadeCard(false)::draw)))).get(0);
        assertEquals(4, t.colCount());
        int first = t.rowCount() - SHADES.length;
        for (int r = 0; r < SHADES.length; r++) {
            for (int c = 0; c < 3; c++) {
                assertEquals(SHADES[r][c], t.cellAt(first + r, c + 1).fill(), "r" + r + " c" + c);
                assertEquals("Q" + r + " " + (char) ('a' + c), t.cellAt(first + r, c + 1).text());
            }
        }
        assertNoBleed(t);
    }

    @Test
    void mergedCellTakesItsFillAndSpans() throws IOException {
        TablePdf.Grid g = new TablePdf.Grid(50, 100, 150, 80, 80)
                .row(20, "Measure", "RAG rating", "").row(20, "", "Latest", "Previous")
                .row(20, "Visits", "Green", "Amber").row(20, "Plans", "Red", "Red")
                .merge(0, 1, 1, 2).merge(0, 0, 2, 1).fill(0, 1, new Rgb(217, 217, 217))
                .merge(3, 1, 1, 2).fill(3, 1, new Rgb(255, 0, 0)).fill(2, 1, new Rgb(0, 176, 80)).fill(2, 2, new Rgb(255, 192, 0));
        g.rows.set(3, new String[] {"Plans", "Red", null});
        Table t = tables(read(TablePdf.pdf(TablePdf.portrait(g::draw)))).get(0);
        assertEquals(4, t.rowCount());
        Cell rag = t.cellAt(0, 1);
        assertEquals("RAG rating", rag.text());
        assertEquals(2, rag.colSpan());
        assertEquals(2, t.cellAt(0, 0).rowSpan());
        assertEquals(List.of("", "Latest", "Previous"), t.rowTexts(1));
        Cell red = t.cellAt(3, 2);
        assertEquals(1, red.col());
        assertEquals(2, red.colSpan());
        assertEquals(new Rgb(255, 0, 0), red.fill());
        assertEquals(new Rgb(0, 176, 80), t.cellAt(2, 1).fill());
        assertNoBleed(t);
    }

    @Test
    void seeThroughFillIsTheColourSeenOnWhite() throws IOException {
        TablePdf.Grid g = new TablePdf.Grid(50, 100, 150, 100).row(20, "Measure", "Status").row(20, "Visits", "Late")
                .fill(1, 1, new Rgb(255, 0, 0), 0.5f);
        Rgb fill = tables(read(TablePdf.pdf(TablePdf.portrait(g::draw)))).get(0).cellAt(1, 1).fill();
        assertEquals(255, fill.r());
        assertEquals(128, fill.g(), 1);
        assertEquals(128, fill.b(), 1);
        assertEquals(Optional.of(RagStatus.RED), RagColours.classify(fill));
    }

    @Test
    void statusGivenAsTextColourIsNotAFill() throws IOException {
        TablePdf.Grid g = new TablePdf.Grid(50, 100, 150, 100).row(20, "Measure", "Status").row(20, "Visits", "On track")
                .row(20, "Plans", "Off track").textColour(1, 1, new Rgb(0, 176, 80)).textColour(2, 1, new Rgb(255, 0, 0));
        Table t = tables(read(TablePdf.pdf(TablePdf.portrait(g::draw)))).get(0);
        assertNull(t.cellAt(1, 1).fill());
        assertEquals(new Rgb(0, 176, 80), t.cellAt(1, 1).textColor());
        assertEquals(new Rgb(255, 0, 0), t.cellAt(2, 1).textColor());
        assertNull(t.cellAt(2, 0).textColor());
    }

    @Test
    void whiteAndBandedGreyBackgroundsCarryNoStatus() throws IOException {
        TablePdf.Grid g = new TablePdf.Grid(50, 100, 150, 100).boldRow(20, "Measure", "Comment")
                .row(20, "Visits", "Fine").row(20, "Plans", "Late").row(20, "Audits", "Done");
        g.fill(1, 0, new Rgb(255, 255, 255)).fill(1, 1, new Rgb(255, 255, 255))
                .fill(2, 0, new Rgb(242, 242, 242)).fill(2, 1, new Rgb(242, 242, 242));
        Table t = tables(read(TablePdf.pdf(TablePdf.portrait(g::draw)))).get(0);
        assertNull(t.cellAt(1, 1).fill(), "white is no fill");
        assertEquals(new Rgb(242, 242, 242), t.cellAt(2, 1).fill());
        assertEquals(Optional.empty(), RagColours.classify(t.cellAt(2, 1).fill()), "a grey band is no status");
        assertEquals("Late", t.cellAt(2, 1).text());
    }

    /** A small ruled table and an unruled one below it, for turned pages. */
    private static void twoTables(PdfFixtures.Canvas c) throws IOException {
        new TablePdf.Grid(60, 80, 200, 120, 120).boldRow(20, "Action", "Owner", "Status")
                .row(20, "Recruit foster carers", "Head of Service", "On track").row(20, "Audit plans", "Director", "Late")
                .draw(c);
        TablePdf.Grid stream = new TablePdf.Grid(60, 220, 200, 120, 120).unruled()
                .row(14, "Measure", "Target", "Actual");
        for (int r = 1; r <= 4; r++) {
            stream.row(14, "Measure number " + r, r + "0%", r + "5%");
        }
        stream.draw(c);
    }

    private static void assertTwoTablesUpright(LayoutDocument d, float width) {
        assertEquals(width, d.page(1).width(), 0.5f);
        List<Table> ts = tables(d);
        assertEquals(2, ts.size());
        assertEquals(List.of("Recruit foster carers", "Head of Service", "On track"), ts.get(0).rowTexts(1));
        assertEquals(60, ts.get(0).box().x0(), 1);
        assertEquals(80, ts.get(0).box().y0(), 1);
        assertEquals(List.of("Measure", "Target", "Actual"), ts.get(1).rowTexts(0));
        assertEquals(List.of("Measure number 4", "40%", "45%"), ts.get(1).rowTexts(4));
        ts.forEach(TableBlocksTest::assertNoBleed);
    }

    @Test
    void landscapeMediaBoxReadsUpright() throws IOException {
        assertTwoTablesUpright(read(TablePdf.pdf(TablePdf.landscape(TableBlocksTest::twoTables))), 842);
    }

    @Test
    void pageRotatedANinetyReadsUpright() throws IOException {
        assertTwoTablesUpright(read(TablePdf.pdf(TablePdf.rotated(90, TableBlocksTest::twoTables))), 842);
    }

    @Test
    void pageRotatedTwoSeventyReadsUpright() throws IOException {
        assertTwoTablesUpright(read(TablePdf.pdf(TablePdf.rotated(270, TableBlocksTest::twoTables))), 842);
    }

    @Test
    void unruledTableWithTwoLevelHeaderAmidProse() throws IOException {
        byte[] pdf = TablePdf.pdf(TablePdf.portrait(c -> {
            c.text("The table shows the latest ratings against the previous quarter for each measure.", 50, 80);
            c.text("Measure", 50, 110, 10, true);
            c.text("RAG rating", 285, 110, 10, true);
            c.text("Latest", 250, 122, 10, true);
            c.text("Previous", 330, 122, 10, true);
            String[][] rows = {{"Timely assessments", "Green", "Amber"}, {"Visits in time", "Red", "Red"},
                {"Stable placements", "Amber", "Green"}, {"Care leavers in work", "Green", "Green"}};
            for (int r = 0; r < rows.length; r++) {
                c.text(rows[r][0], 50, 136 + 12 * r);
                c.text(rows[r][1], 250, 136 + 12 * r);
                c.text(rows[r][2], 330, 136 + 12 * r);
            }
            c.text("Ratings are agreed by the performance board each quarter and reported to members.", 50, 210);
        }));
        LayoutDocument d = read(pdf);
        List<Block> body = d.body();
        assertEquals(List.of(BlockKind.PARAGRAPH, BlockKind.TABLE, BlockKind.PARAGRAPH), body.stream().map(Block::kind).toList());
        Table t = body.get(1).table();
        assertEquals(6, t.rowCount());
        assertEquals(3, t.colCount());
        Cell rag = t.cellAt(0, 1);
        assertEquals("RAG rating", rag.text());
        assertEquals(2, rag.colSpan());
        assertTrue(rag.header());
        assertTrue(t.cellAt(1, 2).header());
        assertFalse(t.cellAt(2, 0).header());
        assertEquals(List.of("Visits in time", "Red", "Red"), t.rowTexts(3));
        assertNoBleed(t);
    }

    @Test
    void ordinaryProseTwoColumnsAndListsGiveNoTable() throws IOException {
        byte[] pdf = TablePdf.pdf(TablePdf.portrait(c -> {
            String[] left = {"The inspection found that the", "authority has improved help for", "families since the last visit",
                "and that leaders know their", "services well and act on what"};
            String[] right = {"Children in care are seen by", "social workers who know them", "well and plans are reviewed",
                "on time by independent officers", "who challenge drift and make"};
            for (int i = 0; i < left.length; i++) {
                c.text(left[i], 50, 100 + 13 * i);
                c.text(right[i], 320, 100 + 13 * i);
            }
            String[] items = {"Note the report.", "Agree the plan.", "Ask for an update in six months.", "Thank the staff."};
            for (int i = 0; i < items.length; i++) {
                c.text((i + 1) + ".", 50, 220 + 13 * i);
                c.text(items[i], 80, 220 + 13 * i);
            }
        }));
        assertEquals(List.of(), tables(read(pdf)));
    }

    private static TablePdf.Grid planPart(float y, boolean header, String[]... rows) {
        TablePdf.Grid g = new TablePdf.Grid(50, y, 50, 250, 120);
        if (header) {
            g.boldRow(20, "Ref", "Action", "Owner");
        }
        for (String[] r : rows) {
            g.row(r[1].contains("\n") ? 32 : 20, r);
        }
        return g;
    }

    @Test
    void tableRunningOnWithARepeatedHeaderIsJoined() throws IOException {
        byte[] pdf = TablePdf.pdf(
                TablePdf.portrait(c -> {
                    c.text("Improvement plan", 50, 60, 14, true);
                    planPart(700, true, new String[] {"1", "Recruit carers", "Head of Service"},
                            new String[] {"2", "Audit plans", "Director"}).draw(c);
                    c.text("Page 1", 280, 820);
                }),
                TablePdf.portrait(c -> {
                    planPart(60, true, new String[] {"3", "Train managers", "Principal"},
                            new String[] {"4", "Visit on time", "Team leads"}).draw(c);
                    c.text("More text after the plan.", 50, 200);
                    c.text("Page 2", 280, 820);
                }));
        LayoutDocument d = read(pdf);
        List<Table> parts = tables(d);
        assertEquals(2, parts.size());
        assertTrue(parts.get(1).continuesPrevious());
        assertEquals(1, parts.get(1).continuation().repeatedHeaderRows());
        Table t = d.joinedBody().stream().filter(b -> b.is(BlockKind.TABLE)).findFirst().orElseThrow().table();
        assertEquals(5, t.rowCount());
        assertEquals(List.of("Ref", "Action", "Owner"), t.rowTexts(0));
        assertEquals(List.of("3", "Train managers", "Principal"), t.rowTexts(3));
        assertEquals(2, t.cellAt(4, 1).blocks().get(0).page());
    }

    @Test
    void rowCutByThePageBreakIsJoinedWithoutARepeatedHeader() throws IOException {
        byte[] pdf = TablePdf.pdf(
                TablePdf.portrait(c -> {
                    planPart(720, true, new String[] {"1", "Recruit foster carers from", "Head of Service"}).draw(c);
                }),
                TablePdf.portrait(c -> {
                    planPart(60, false, new String[] {"", "the local area", ""},
                            new String[] {"2", "Audit plans", "Director"}).draw(c);
                }));
        LayoutDocument d = read(pdf);
        Table part = tables(d).get(1);
        assertEquals(0, part.continuation().repeatedHeaderRows());
        assertTrue(part.continuation().firstRowContinues());
        Table t = d.joinedBody().get(0).table();
        assertEquals(3, t.rowCount());
        assertEquals("Recruit foster carers from\nthe local area", t.cellAt(1, 1).text());
        assertEquals(List.of("2", "Audit plans", "Director"), t.rowTexts(2));
    }

    @Test
    void tablesWithOtherColumnsOnTheNextPageAreNotJoined() throws IOException {
        byte[] pdf = TablePdf.pdf(
                TablePdf.portrait(c -> planPart(700, true, new String[] {"1", "Recruit carers", "Head of Service"}).draw(c)),
                TablePdf.portrait(c -> new TablePdf.Grid(50, 60, 200, 200, 50).row(20, "Budget", "Spend", "Year")
                        .row(20, "1,000", "900", "2025").draw(c)));
        LayoutDocument d = read(pdf);
        assertFalse(tables(d).get(1).continuesPrevious());
        assertEquals(2, d.joinedBody().size());
    }

    @Test
    void boxesEachWithATitleRowOfItsOwnAreNotJoined() throws IOException {
        // A risk register: one box per risk, page after page, each opening with its own bold title row.
        byte[] pdf = TablePdf.pdf(
                TablePdf.portrait(c -> new TablePdf.Grid(50, 700, 150, 300).boldRow(20, "CRR0003", "Securing resources")
                        .row(20, "Complete", "Transport plan approved").draw(c)),
                TablePdf.portrait(c -> new TablePdf.Grid(50, 60, 150, 300).boldRow(20, "CRR0009", "Financial environment")
                        .row(20, "Partially complete", "Savings plans drafted").draw(c)));
        LayoutDocument d = read(pdf);
        assertFalse(tables(d).get(1).continuesPrevious());
        assertEquals(2, d.joinedBody().size());
    }
}
