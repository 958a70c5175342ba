package org.councilpapers.extractors.read.tika;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.ComparisonOperator;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PatternFormatting;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.councilpapers.core.layout.Rgb;
import org.councilpapers.extractors.read.Source;
import org.councilpapers.extractors.read.tika.SheetPass.SheetCell;
import org.councilpapers.extractors.read.tika.SheetPass.SheetGrid;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTCfRule;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.STCfType;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.STConditionalFormattingOperator;

class SheetPassTest {
    /** A plan's rows: reference, status as typed, and a note column outside the rules' range. */
    private static final String[][] ROWS = {{"Ref", "RAG", "Note"}, {"1.1", "R", "R"}, {"1.2", "Amber - slipping", ""},
        {"1.3", "G", ""}, {"1.4", "Green", ""}, {"1.5", "n/a", ""}};

    private static Sheet plan(Workbook wb) {
        Sheet sheet = wb.createSheet("Plan");
        for (int r = 0; r < ROWS.length; r++) {
            Row row = sheet.createRow(r);
            for (int c = 0; c < 3; c++) {
                row.createCell(c).setCellValue(ROWS[r][c]);
            }
        }
        return sheet;
    }

    private static ConditionalFormattingRule filled(ConditionalFormattingRule rule, Workbook wb, String hex, short index) {
        PatternFormatting p = rule.createPatternFormatting();
        if (wb instanceof XSSFWorkbook) {
            int v = Integer.parseInt(hex.substring(1), 16);
            p.setFillBackgroundColor(new XSSFColor(new byte[] {(byte) (v >> 16), (byte) (v >> 8), (byte) v}));
        } else {
            p.setFillBackgroundColor(index);
        }
        p.setFillPattern(PatternFormatting.SOLID_FOREGROUND);
        return rule;
    }

    private static byte[] write(Workbook wb) throws IOException {
        try (wb; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            wb.write(out);
            return out.toByteArray();
        }
    }

    private static SheetCell cell(SheetGrid g, int row, int col) {
        return g.rows().get(row).get(col);
    }

    @Test
    void aStatusColumnColouredOnlyByRulesGetsTheRulesFills() throws IOException {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet sheet = plan(wb);
        SheetConditionalFormatting scf = sheet.getSheetConditionalFormatting();
        ConditionalFormattingRule red = filled(scf.createConditionalFormattingRule(ComparisonOperator.EQUAL, "\"R\""), wb, "#ff0000", (short) 0);
        // a "text contains" rule as Excel writes it: type containsText with its text and the SEARCH formula
        ConditionalFormattingRule amber = filled(
                scf.createConditionalFormattingRule("NOT(ISERROR(SEARCH(\"Amber\",B2)))"), wb, "#ffc000", (short) 0);
        ConditionalFormattingRule green = filled(scf.createConditionalFormattingRule("LEFT($B2,1)=\"G\""), wb, "#00b050", (short) 0);
        scf.addConditionalFormatting(new CellRangeAddress[] {CellRangeAddress.valueOf("B2:B6")},
                new ConditionalFormattingRule[] {red, amber, green});
        CTCfRule contains = ((XSSFSheet) sheet).getCTWorksheet().getConditionalFormattingArray(0).getCfRuleArray(1);
        contains.setType(STCfType.CONTAINS_TEXT);
        contains.setOperator(STConditionalFormattingOperator.CONTAINS_TEXT);
        contains.setText("Amber");

        SheetGrid g = SheetPass.read(Source.of(write(wb), "test.xlsx")).get(0);
        assertEquals(Rgb.parse("#ff0000").orElseThrow(), cell(g, 1, 1).fill(), "cell value equals R");
        assertEquals(Rgb.parse("#ffc000").orElseThrow(), cell(g, 2, 1).fill(), "text contains Amber");
        assertEquals(Rgb.parse("#00b050").orElseThrow(), cell(g, 3, 1).fill(), "the formula rule: starts with G");
        assertEquals(Rgb.parse("#00b050").orElseThrow(), cell(g, 4, 1).fill(), "Green starts with G too");
        assertNull(cell(g, 5, 1).fill(), "n/a matches no rule");
        assertNull(cell(g, 1, 2).fill(), "an R outside the rules' range keeps no fill");
        assertNull(cell(g, 0, 1).fill(), "the header is outside the range");
    }

    /** HSSF keeps rules too (cell-value and formula rules; it has no "text contains" to write), with palette colours. */
    @Test
    void anXlsGetsItsRulesFillsFromThePalette() throws IOException {
        HSSFWorkbook wb = new HSSFWorkbook();
        Sheet sheet = plan(wb);
        SheetConditionalFormatting scf = sheet.getSheetConditionalFormatting();
        ConditionalFormattingRule red = filled(scf.createConditionalFormattingRule(ComparisonOperator.EQUAL, "\"R\""), wb, "",
                IndexedColors.RED.getIndex());
        ConditionalFormattingRule amber = filled(scf.createConditionalFormattingRule("ISNUMBER(SEARCH(\"Amber\",B2))"), wb, "",
                IndexedColors.GOLD.getIndex());
        scf.addConditionalFormatting(new CellRangeAddress[] {CellRangeAddress.valueOf("B2:B6")},
                new ConditionalFormattingRule[] {red, amber});

        SheetGrid g = SheetPass.read(Source.of(write(wb), "test.xlsx")).get(0);
        assertEquals(new Rgb(255, 0, 0), cell(g, 1, 1).fill());
        assertEquals(new Rgb(255, 204, 0), cell(g, 2, 1).fill(), "the palette's gold");
        assertNull(cell(g, 3, 1).fill());
        assertNull(cell(g, 1, 2).fill(), "outside the range");
        assertEquals("Amber - slipping", cell(g, 2, 1).text());
    }
}
