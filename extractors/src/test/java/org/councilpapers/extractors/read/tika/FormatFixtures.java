package org.councilpapers.extractors.read.tika;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the committed files under {@code testdata/papers/formats/}, one small performance report per
 * format: a heading, a list and a RAG table whose status cells are shaded where the format can say so.
 * Run once with {@code main(testdata/papers/formats)}; the tests read the committed files, so a change of
 * POI or of this code does not quietly change what they check.
 */
final class FormatFixtures {
    /** The RAG table every fixture holds: a header row and two shaded status rows. */
    static final String[][] TABLE = {{"Measure", "Status"}, {"Visits on time", "Green"}, {"Plans reviewed", "Amber"}};
    static final String GREEN = "92D050";
    static final String AMBER = "FFC000";

    private FormatFixtures() {}

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        Files.createDirectories(dir);
        Files.write(dir.resolve("performance-report.docx"), OfficeFixtures.actionPlanDocx());
        Files.write(dir.resolve("performance-report.odt"), OfficeFixtures.odt());
        Files.writeString(dir.resolve("performance-report.rtf"), rtf(), StandardCharsets.US_ASCII);
        Files.writeString(dir.resolve("performance-report.html"), html(), StandardCharsets.UTF_8);
        Files.write(dir.resolve("performance-scorecard.xlsx"), workbook(true));
        Files.write(dir.resolve("performance-scorecard.xls"), workbook(false));
        Files.write(dir.resolve("performance-scorecard.ods"), scorecardOds());
    }

    /**
     * The scorecard as LibreOffice Calc saves it: sheet "Scorecard", a bold header row, the status cells in automatic
     * styles with green and amber backgrounds, the unused columns and rows repeated out to the sheet's edge.
     */
    static byte[] scorecardOds() {
        StringBuilder rows = new StringBuilder();
        for (int r = 0; r < TABLE.length; r++) {
            String style = r == 0 ? "ce1" : r == 1 ? "ce2" : "ce3";
            rows.append("<table:table-row table:style-name=\"ro1\">")
                    .append("<table:table-cell").append(r == 0 ? " table:style-name=\"ce1\"" : "")
                    .append(" office:value-type=\"string\" calcext:value-type=\"string\"><text:p>").append(TABLE[r][0])
                    .append("</text:p></table:table-cell>")
                    .append("<table:table-cell table:style-name=\"").append(style)
                    .append("\" office:value-type=\"string\" calcext:value-type=\"string\"><text:p>").append(TABLE[r][1])
                    .append("</text:p></table:table-cell>")
                    .append("<table:table-cell table:number-columns-repeated=\"1022\"/></table:table-row>");
        }
        String content = """
                <?xml version="1.0" encoding="UTF-8"?>
                <office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
                    xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
                    xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
                    xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
                    xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
                    xmlns:calcext="urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0" office:version="1.3">
                  <office:automatic-styles>
                    <style:style style:name="co1" style:family="table-column"><style:table-column-properties style:column-width="2.5in"/></style:style>
                    <style:style style:name="ro1" style:family="table-row"><style:table-row-properties style:row-height="0.178in"/></style:style>
                    <style:style style:name="ce1" style:family="table-cell" style:parent-style-name="Default"><style:text-properties fo:font-weight="bold"/></style:style>
                    <style:style style:name="ce2" style:family="table-cell" style:parent-style-name="Default"><style:table-cell-properties fo:background-color="#%s"/></style:style>
                    <style:style style:name="ce3" style:family="table-cell" style:parent-style-name="Default"><style:table-cell-properties fo:background-color="#%s"/></style:style>
                  </office:automatic-styles>
                  <office:body><office:spreadsheet>
                    <table:table table:name="Scorecard">
                      <table:table-column table:style-name="co1" table:number-columns-repeated="2" table:default-cell-style-name="Default"/>
                      <table:table-column table:style-name="co1" table:number-columns-repeated="1022" table:default-cell-style-name="Default"/>
                      %s
                      <table:table-row table:style-name="ro1" table:number-rows-repeated="1048573"><table:table-cell table:number-columns-repeated="1024"/></table:table-row>
                    </table:table>
                  </office:spreadsheet></office:body>
                </office:document-content>
                """.formatted(GREEN.toLowerCase(java.util.Locale.ROOT), AMBER.toLowerCase(java.util.Locale.ROOT), rows);
        return OfficeFixtures.odf("application/vnd.oasis.opendocument.spreadsheet", content);
    }

    /** RTF as Word writes it: a bold 16 pt heading, two bullets ({@code \pntext}), a 2-column table with cell shading ({@code \clcbpat}). */
    static String rtf() {
        StringBuilder t = new StringBuilder();
        for (int r = 0; r < TABLE.length; r++) {
            t.append("\\trowd\\trgaph108");
            t.append("\\cellx3000");
            t.append(r == 0 ? "" : r == 1 ? "\\clcbpat3" : "\\clcbpat4").append("\\cellx6000");
            for (String cell : TABLE[r]) {
                t.append("\\pard\\intbl ").append(r == 0 ? "\\b " + cell + "\\b0" : cell).append("\\cell");
            }
            t.append("\\row\n");
        }
        return "{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 Arial;}}\n"
                + "{\\colortbl;\\red0\\green0\\blue0;\\red255\\green255\\blue255;\\red146\\green208\\blue80;\\red255\\green192\\blue0;}\n"
                + "\\pard\\b\\fs32 Performance report\\b0\\fs22\\par\n"
                + "\\pard Recommendations to the committee:\\par\n"
                + "\\pard{\\pntext\\'95\\tab}Note the progress made\\par\n"
                + "\\pard{\\pntext\\'95\\tab}Agree the revised plan\\par\n"
                + "\\pard\\par\n" + t + "\\pard\\par}\n";
    }

    /** HTML as a council website publishes it: h2, a list, a table shaded by style attributes. */
    static String html() {
        return """
                <!DOCTYPE html><html><head><meta charset="utf-8"><title>Performance report</title></head><body>
                <h2>Performance report</h2>
                <p>Recommendations to the committee:</p>
                <ul><li>Note the progress made</li><li>Agree the revised plan</li></ul>
                <table>
                <tr><th>Measure</th><th>Status</th></tr>
                <tr><td>Visits on time</td><td style="background-color:#92D050">Green</td></tr>
                <tr><td>Plans reviewed</td><td style="background-color:#FFC000">Amber</td></tr>
                </table>
                </body></html>
                """;
    }

    /** A scorecard workbook: sheet "Scorecard" with the RAG table, status cells filled solid green and amber. */
    static byte[] workbook(boolean xlsx) {
        try (Workbook wb = xlsx ? new XSSFWorkbook() : new HSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("Scorecard");
            Font bold = wb.createFont();
            bold.setBold(true);
            CellStyle header = wb.createCellStyle();
            header.setFont(bold);
            for (int r = 0; r < TABLE.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < 2; c++) {
                    row.createCell(c).setCellValue(TABLE[r][c]);
                    if (r == 0) {
                        row.getCell(c).setCellStyle(header);
                    }
                }
                if (r > 0) {
                    row.getCell(1).setCellStyle(fill(wb, r == 1 ? GREEN : AMBER));
                }
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static CellStyle fill(Workbook wb, String hex) {
        CellStyle s = wb.createCellStyle();
        s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        if (s instanceof XSSFCellStyle x) {
            byte[] rgb = {(byte) Integer.parseInt(hex.substring(0, 2), 16), (byte) Integer.parseInt(hex.substring(2, 4), 16),
                (byte) Integer.parseInt(hex.substring(4, 6), 16)};
            x.setFillForegroundColor(new XSSFColor(rgb));
        } else {
            // .xls keeps a palette: the nearest standard colours to Office's green and amber
            s.setFillForegroundColor(hex.equals(GREEN) ? IndexedColors.LIGHT_GREEN.getIndex() : IndexedColors.GOLD.getIndex());
        }
        return s;
    }
}
