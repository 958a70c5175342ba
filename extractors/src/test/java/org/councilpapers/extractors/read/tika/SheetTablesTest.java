package org.councilpapers.extractors.read.tika;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.councilpapers.CouncilPapers;
import org.councilpapers.core.Extraction;
import org.councilpapers.core.Warnings;
import org.councilpapers.core.layout.Cell;
import org.councilpapers.core.layout.LayoutDocument;
import org.councilpapers.core.layout.Rgb;
import org.councilpapers.core.layout.Table;
import org.councilpapers.core.record.Action;
import org.councilpapers.core.record.RagStatus;
import org.councilpapers.extractors.read.Source;
import org.councilpapers.testdata.TestPapers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SheetTablesTest {
    private static final TikaLayoutReader READER = new TikaLayoutReader();

    // --- the committed fixtures (see testdata/papers/formats/README.md)

    @Test
    void xlsxFixtureStatusFillsReachTheTable() throws IOException {
        Table t = onlyTable(read(Files.readAllBytes(TestPapers.path("formats/performance-scorecard.xlsx")), "s.xlsx"));
        assertEquals("#92d050 Green", fillOf(t, 1, 1));
        assertEquals("#ffc000 Amber", fillOf(t, 2, 1));
        assertEquals("none Visits on time", fillOf(t, 1, 0));
    }

    @Test
    void xlsFixtureFillsComeFromThePalette() throws IOException {
        Table t = onlyTable(read(Files.readAllBytes(TestPapers.path("formats/performance-scorecard.xls")), "s.xls"));
        // the .xls standard palette: LIGHT_GREEN is #ccffcc, GOLD #ffcc00
        assertEquals("#ccffcc Green", fillOf(t, 1, 1));
        assertEquals("#ffcc00 Amber", fillOf(t, 2, 1));
        assertEquals("none Measure", fillOf(t, 0, 0));
    }

    // --- workbooks made here

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void planFillsLandOnTheirRowsDespiteBlankRowsAndAColourOnlyStatusColumn(boolean xlsx) {
        Table t = onlyTable(read(plan(xlsx), xlsx ? "plan.xlsx" : "plan.xls"));
        int header = rowOf(t, "Action");
        assertEquals(List.of("Action", "Owner", "Due", "RAG"), t.rowTexts(header), "the blank column A is dropped");
        assertEquals(0, rowOf(t, "Improvement plan"), "and so are the blank rows above the title");
        int recruit = rowOf(t, "Recruit foster carers");
        int fees = rowOf(t, "Review fees");
        int strategy = rowOf(t, "Publish strategy");
        int audit = rowOf(t, "Audit case files");
        // the RAG cells hold no text: the status is the fill alone, and Tika leaves trailing blank cells out
        assertEquals(xlsx ? "#ff0000" : "#c00000", t.cellAt(recruit, 3).fill().hex(), "red (a custom .xls palette entry)");
        assertEquals(xlsx ? "#ffc000" : "#ffcc00", t.cellAt(fees, 3).fill().hex(), "amber (GOLD in .xls)");
        assertEquals(xlsx ? "#00843c" : "#00ff00", t.cellAt(strategy, 3).fill().hex(),
                xlsx ? "#00b050 darkened by tint -0.25: 176*0.75=132, 80*0.75=60" : "BRIGHT_GREEN from the palette");
        assertNull(t.cellAt(audit, 0).fill(), "a white fill is no fill");
        assertNull(t.cellAt(fees, 2).fill(), "no fill");
        assertEquals(new Rgb(0, 0x70, 0xc0), t.cellAt(audit, 3).textColor(), "status given as blue text");
        assertNull(t.cellAt(recruit, 0).textColor(), "black text is no colour");
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void mergedTitleSpansItsColumns(boolean xlsx) {
        Table t = onlyTable(read(plan(xlsx), xlsx ? "plan.xlsx" : "plan.xls"));
        Cell title = t.cellAt(rowOf(t, "Improvement plan"), 0);
        assertEquals("Improvement plan", title.text());
        assertEquals(4, title.colSpan());
        assertEquals(title, t.cellAt(title.row(), 3), "the merged region is one cell");
    }

    @Test
    void xlsxIndexedColourResolved() {
        Table t = onlyTable(read(plan(true), "plan.xlsx"));
        assertEquals("#00ff00", t.cellAt(rowOf(t, "Publish strategy"), 1).fill().hex(), "BRIGHT_GREEN, indexed 11");
    }

    @Test
    void actionPlanSheetGivesActionsWithStatusFromFill() throws IOException {
        Extraction x = CouncilPapers.builder().build().extract(new java.io.ByteArrayInputStream(plan(true)), "action-plan.xlsx");
        List<Action> actions = x.records(Action.class);
        assertEquals(List.of("Recruit foster carers", "Review fees", "Publish strategy", "Audit case files"),
                actions.stream().map(Action::text).toList());
        assertEquals(RagStatus.RED, actions.get(0).status());
        assertEquals(RagStatus.AMBER, actions.get(1).status());
        assertEquals(RagStatus.GREEN, actions.get(2).status());
        assertEquals("Head of Service", actions.get(0).owner());
    }

    /**
     * An action plan sheet: two blank rows, a title merged over B:E, the header "Action | Owner | Due | RAG"
     * in B:E, a blank row, then actions whose RAG cell is blank and filled (red, amber, green with tint),
     * and one whose status is blue text and whose action cell is filled white.
     */
    static byte[] plan(boolean xlsx) {
        try (Workbook wb = xlsx ? new XSSFWorkbook() : new HSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet s = wb.createSheet("Action plan");
            put(s.createRow(2), 1, "Improvement plan");
            s.addMergedRegion(new CellRangeAddress(2, 2, 1, 4));
            put(s.createRow(3), 1, "Action", "Owner", "Due", "RAG");
            CellStyle red = solid(wb, "FF0000", (short) -1);
            CellStyle amber = solid(wb, "FFC000", IndexedColors.GOLD.getIndex());
            CellStyle green = solid(wb, "00B050", IndexedColors.BRIGHT_GREEN.getIndex());
            if (green instanceof XSSFCellStyle x) {
                XSSFColor tinted = new XSSFColor(new byte[] {0, (byte) 0xb0, 0x50});
                tinted.setTint(-0.25);
                x.setFillForegroundColor(tinted);
            }
            CellStyle white = solid(wb, "FFFFFF", IndexedColors.WHITE.getIndex());
            CellStyle indexed = wb.createCellStyle();
            indexed.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            indexed.setFillForegroundColor(IndexedColors.BRIGHT_GREEN.getIndex());
            Row a = s.createRow(5);
            put(a, 1, "Recruit foster carers", "Head of Service", "Oct 2019");
            a.createCell(4).setCellStyle(red);
            Row b = s.createRow(6);
            put(b, 1, "Review fees", "Finance lead", "June '17");
            b.createCell(4).setCellStyle(amber);
            Row c = s.createRow(8);
            put(c, 1, "Publish strategy", "Director", "April 17");
            c.createCell(4).setCellStyle(green);
            c.getCell(2).setCellStyle(indexed);
            Row d = s.createRow(9);
            put(d, 1, "Audit case files", "Principal social worker", "Mar 2020", "Completed");
            d.getCell(1).setCellStyle(white);
            CellStyle blueText = wb.createCellStyle();
            Font font = wb.createFont();
            if (font instanceof XSSFFont xf) {
                xf.setColor(new XSSFColor(new byte[] {0, 0x70, (byte) 0xc0}));
            } else {
                ((HSSFWorkbook) wb).getCustomPalette().setColorAtIndex(IndexedColors.ROYAL_BLUE.getIndex(), (byte) 0, (byte) 0x70, (byte) 0xc0);
                font.setColor(IndexedColors.ROYAL_BLUE.getIndex());
            }
            blueText.setFont(font);
            d.getCell(4).setCellStyle(blueText);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A solid fill: the RGB in .xlsx; in .xls the palette index (or, for -1, a palette entry redefined as #c00000). */
    private static CellStyle solid(Workbook wb, String hex, short index) {
        CellStyle s = wb.createCellStyle();
        s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        if (s instanceof XSSFCellStyle x) {
            int v = Integer.parseInt(hex, 16);
            x.setFillForegroundColor(new XSSFColor(new byte[] {(byte) (v >> 16), (byte) (v >> 8), (byte) v}));
        } else if (index < 0) {
            ((HSSFWorkbook) wb).getCustomPalette().setColorAtIndex(IndexedColors.LAVENDER.getIndex(), (byte) 0xc0, (byte) 0, (byte) 0);
            s.setFillForegroundColor(IndexedColors.LAVENDER.getIndex());
        } else {
            s.setFillForegroundColor(index);
        }
        return s;
    }

    private static void put(Row row, int from, String... texts) {
        for (int i = 0; i < texts.length; i++) {
            row.createCell(from + i).setCellValue(texts[i]);
        }
    }

    private static LayoutDocument read(byte[] bytes, String name) {
        try {
            return READER.read(Source.of(bytes, name), new Warnings());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Table onlyTable(LayoutDocument doc) {
        List<Table> tables = TikaLayoutReaderTest.tables(doc);
        assertEquals(1, tables.size());
        return tables.get(0);
    }

    private static int rowOf(Table t, String text) {
        for (Cell c : t.cells()) {
            if (c.text().equals(text)) {
                return c.row();
            }
        }
        throw new AssertionError("no cell " + text + " in " + t);
    }

    private static String fillOf(Table t, int row, int col) {
        Cell c = t.cellAt(row, col);
        return (c.fill() == null ? "none" : c.fill().hex()) + " " + c.text();
    }
}
