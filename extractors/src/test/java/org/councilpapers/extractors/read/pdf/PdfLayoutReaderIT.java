package org.councilpapers.extractors.read.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.councilpapers.core.Warnings;
import org.councilpapers.core.layout.Block;
import org.councilpapers.core.layout.BlockKind;
import org.councilpapers.core.layout.Cell;
import org.councilpapers.core.layout.LayoutDocument;
import org.councilpapers.core.layout.Page;
import org.councilpapers.core.layout.Rgb;
import org.councilpapers.core.layout.Table;
import org.councilpapers.extractors.read.Source;
import org.councilpapers.testdata.TestPapers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The reader on the two long real papers, run by {@code mvn verify}: the 65-page LibreOffice rendering of
 * the Thurrock agenda pack ("Page N" footers, stacked tables) and Kent's 71-page quarterly performance
 * report (KPI tables with RAG cell fills). Expected values were read off pages rendered with pdftoppm
 * and off pdftotext.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PdfLayoutReaderIT {
    static final String PACK = "pdf/thurrock-2021-10-12-cs-scrutiny-agenda-pack.pdf";
    static final String KENT_RAG = "real/kent/kent-cabinet-2025-03-04-performance-report-q3-rag.pdf";

    private LayoutDocument pack;
    private LayoutDocument kent;

    @BeforeAll
    void readBoth() throws IOException {
        pack = read(PACK);
        kent = read(KENT_RAG);
    }

    private static LayoutDocument read(String paper) throws IOException {
        Path path = TestPapers.path(paper);
        return new PdfLayoutReader().read(Source.of(Files.readAllBytes(path), path.getFileName().toString()), new Warnings());
    }

    private static List<Table> tables(LayoutDocument d) {
        return d.body().stream().filter(b -> b.is(BlockKind.TABLE)).map(Block::table).toList();
    }

    @Test
    void everyPageIsKept() {
        assertEquals(65, pack.pageCount());
        assertEquals(71, kent.pageCount());
        assertFalse(tables(pack).isEmpty());
        kent.body().forEach(b -> assertNotNull(b.box(), () -> "no box on " + b));
    }

    @Test
    void agendaPackFootersGiveEveryPrintedPageNumberAndStayOutOfTheBody() {
        LayoutDocument d = pack;
        for (Page p : d.pages()) {
            String n = String.valueOf(p.number());
            assertEquals(n, p.printedNumber(), "page " + n);
            assertTrue(p.footer().stream().anyMatch(b -> b.text().equals("Page " + n)), "footer of page " + n);
            assertTrue(p.body().stream().noneMatch(b -> b.text().endsWith("Page " + n)), "body of page " + n);
        }
    }
    @Test
    void agendaPackTablesStackedWithoutAGapAreReadApart() {
        List<Table> ts = pack.page(24).body().stream().filter(b -> b.is(BlockKind.TABLE)).map(Block::table).toList();
        assertEquals(3, ts.size());
        assertEquals(List.of("Service Area (20/19/20)", "Total Received"), ts.get(0).rowTexts(0));
        assertEquals(9, ts.get(0).rowCount());
        assertEquals(List.of("Service Area (2020/21)", "Total Received"), ts.get(1).rowTexts(0));
        assertEquals(List.of("Families Together", "12"), ts.get(1).rowTexts(1));
        assertEquals(List.of("12 October 2021", "ITEM: 8"), ts.get(2).rowTexts(0));
    }
    @Test
    void kentRagCellsCarryTheirColoursAsFills() {
        List<Cell> rag = tables(kent).stream().flatMap(t -> t.cells().stream()).filter(c -> c.text().matches("GREEN|AMBER|RED")).toList();
        assertTrue(rag.size() > 100, "RAG cells: " + rag.size());
        for (Cell c : rag) {
            Rgb f = c.fill();
            assertNotNull(f, c.text());
            switch (c.text()) {
                case "GREEN" -> assertTrue(f.g() > 150 && f.r() < 100 && f.b() < 100, "green " + f);
                case "AMBER" -> assertTrue(f.r() > 200 && f.g() > 120 && f.g() < 230 && f.b() < 80, "amber " + f);
                default -> assertTrue(f.r() > 150 && f.g() < 60 && f.b() < 60, "red " + f);
            }
        }
    }
    @Test
    void kentKpiTableOnPrintedPageFourHasTwoHeaderRowsAndSpans() {
        LayoutDocument d = kent;
        Page p = d.page(5);
        assertEquals("4", p.printedNumber());
        assertEquals(List.of("Appendix 1"), p.header().stream().map(Block::text).toList());
        Table t = p.body().stream().filter(b -> b.is(BlockKind.TABLE)).findFirst().orElseThrow().table();
        assertEquals(8, t.rowCount());
        assertEquals(4, t.colCount());
        Cell rag = t.cellAt(0, 1);
        assertEquals("RAG rating", rag.text());
        assertEquals(2, rag.colSpan());
        assertEquals(2, t.cellAt(0, 0).rowSpan());
        assertTrue(t.cellAt(1, 2).header());
        assertEquals("Previous", t.cellAt(1, 2).text());
        assertEquals("% of routine pothole repairs completed within 28 days", t.cellAt(2, 0).text());
        assertFalse(t.cellAt(2, 0).header());
    }
}
