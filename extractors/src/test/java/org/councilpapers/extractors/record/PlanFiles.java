package org.councilpapers.extractors.record;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.jspecify.annotations.Nullable;

/**
 * Action plans written in code as PDF (PDFBox) and DOCX (WordprocessingML by hand), so the plan
 * tests need no committed binaries and each shade, merge and page break is chosen on purpose.
 * A plan is a list of pages, each with lines of text above a grid of cells.
 */
public final class PlanFiles {
    private static final PDType1Font REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private static final float SIZE = 8;
    private static final float LEADING = 10;

    private PlanFiles() {}

    /** One cell: its text lines, fill and text colour ("#rrggbb" or null), and whether it merges into the cell above. */
    public record C(List<String> lines, @Nullable String fill, @Nullable String colour, boolean mergedUp) {
        public static C of(String... lines) {
            return new C(List.of(lines), null, null, false);
        }

        public static C filled(String fill, String... lines) {
            return new C(List.of(lines), fill, null, false);
        }

        public static C coloured(String colour, String text) {
            return new C(List.of(text), null, colour, false);
        }

        public static C merged() {
            return new C(List.of(), null, null, true);
        }
    }

    /** A table: column widths in points, the header row (null for none: a table continued from the page before), the body rows. */
    public record Grid(float[] widths, @Nullable List<C> header, List<List<C>> rows) {
        List<List<C>> all() {
            List<List<C>> out = new ArrayList<>();
            if (header != null) {
                out.add(header);
            }
            out.addAll(rows);
            return out;
        }
    }

    /** A page: lines of text (a heading where they start with "#") and grids, top to bottom. */
    public record Page(List<Object> parts) {
        public static Page of(Object... parts) {
            return new Page(List.of(parts));
        }
    }

    // ---- PDF ------------------------------------------------------------------------------------------------------------

    public static byte[] pdf(Page... pages) {
        return pdf(true, pages);
    }

    /** The pages as a PDF whose grids have no ruling lines: columns only by the alignment of their text and their fills. */
    public static byte[] unruledPdf(Page... pages) {
        return pdf(false, pages);
    }

    private static byte[] pdf(boolean ruled, Page... pages) {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (Page p : pages) {
                PDPage page = new PDPage(new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth())); // landscape
                doc.addPage(page);
                try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
                    drawPage(s, p, page.getMediaBox().getHeight(), ruled);
                }
            }
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void drawPage(PDPageContentStream s, Page p, float height, boolean ruled) throws IOException {
        float y = 50;
        for (Object part : p.parts()) {
            if (part instanceof Grid g) {
                y = drawGrid(s, g, y, height, ruled) + 25;
            } else {
                String line = (String) part;
                boolean bold = line.startsWith("#");
                text(s, bold ? line.substring(1) : line, 40, y, height, bold ? 13 : 10, bold, null);
                y += bold ? 22 : 15;
            }
        }
    }

    /** Draws a grid from {@code top} down; returns its bottom. */
    private static float drawGrid(PDPageContentStream s, Grid g, float top, float height, boolean ruled) throws IOException {
        float[] xs = new float[g.widths().length + 1];
        xs[0] = 40;
        for (int c = 0; c < g.widths().length; c++) {
            xs[c + 1] = xs[c] + g.widths()[c];
        }
        List<List<C>> all = g.all();
        boolean headed = g.header() != null;
        float[] ys = new float[all.size() + 1];
        ys[0] = top;
        for (int r = 0; r < all.size(); r++) {
            int lines = all.get(r).stream().mapToInt(c -> c.lines().size()).max().orElse(1);
            ys[r + 1] = ys[r] + Math.max(1, lines) * LEADING + 8;
        }
        for (int r = 0; r < all.size(); r++) {
            for (int c = 0; c < xs.length - 1; c++) {
                C cell = all.get(r).get(c);
                if (cell.fill() != null) {
                    colour(s, cell.fill(), false);
                    s.addRect(xs[c], height - ys[r + 1], xs[c + 1] - xs[c], ys[r + 1] - ys[r]);
                    s.fill();
                }
                float baseline = ys[r] + 11;
                for (String line : cell.lines()) {
                    text(s, line, xs[c] + 3, baseline, height, SIZE, headed && r == 0, cell.colour());
                    baseline += LEADING;
                }
            }
        }
        if (!ruled) {
            return ys[all.size()];
        }
        s.setStrokingColor(0f);
        s.setLineWidth(0.75f);
        for (int r = 0; r <= all.size(); r++) {
            for (int c = 0; c < xs.length - 1; c++) {
                if (r > 0 && r < all.size() && all.get(r).get(c).mergedUp()) {
                    continue; // no rule between a merged cell and the one above it
                }
                s.moveTo(xs[c], height - ys[r]);
                s.lineTo(xs[c + 1], height - ys[r]);
                s.stroke();
            }
        }
        for (float x : xs) {
            s.moveTo(x, height - ys[0]);
            s.lineTo(x, height - ys[all.size()]);
            s.stroke();
        }
        return ys[all.size()];
    }

    private static void text(PDPageContentStream s, String text, float x, float baseline, float height, float size, boolean bold,
            @Nullable String colour) throws IOException {
        colour(s, colour == null ? "#000000" : colour, false);
        s.beginText();
        s.setFont(bold ? BOLD : REGULAR, size);
        s.newLineAtOffset(x, height - baseline);
        s.showText(text);
        s.endText();
    }

    private static void colour(PDPageContentStream s, String hex, boolean stroke) throws IOException {
        int rgb = Integer.parseInt(hex.substring(1), 16);
        float r = (rgb >> 16 & 0xff) / 255f;
        float g = (rgb >> 8 & 0xff) / 255f;
        float b = (rgb & 0xff) / 255f;
        if (stroke) {
            s.setStrokingColor(r, g, b);
        } else {
            s.setNonStrokingColor(r, g, b);
        }
    }

    // ---- DOCX -----------------------------------------------------------------------------------------------------------

    /** The pages as one Word document, each page's grid a table, a page break between pages. */
    public static byte[] docx(Page... pages) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < pages.length; i++) {
            if (i > 0) {
                body.append("<w:p><w:r><w:br w:type=\"page\"/></w:r></w:p>");
            }
            for (Object part : pages[i].parts()) {
                if (part instanceof Grid g) {
                    table(body, g);
                } else {
                    String line = (String) part;
                    boolean bold = line.startsWith("#");
                    body.append(bold ? "<w:p><w:pPr><w:pStyle w:val=\"Heading1\"/></w:pPr>" : "<w:p>")
                            .append(run(bold ? line.substring(1) : line, null, bold)).append("</w:p>");
                }
            }
        }
        return docxWithBody(body);
    }

    /** A landscape Word document whose body is the given WordprocessingML (paragraphs and tables), as .docx bytes. */
    public static byte[] docxWithBody(CharSequence body) {
        String document = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>" + body
                + "<w:sectPr><w:pgSz w:w=\"16838\" w:h=\"11906\" w:orient=\"landscape\"/></w:sectPr></w:body></w:document>";
        String types = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/word/document.xml\" "
                + "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>";
        String rels = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
                + "Target=\"word/document.xml\"/></Relationships>";
        try (ByteArrayOutputStream out = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(out)) {
            entry(zip, "[Content_Types].xml", types);
            entry(zip, "_rels/.rels", rels);
            entry(zip, "word/document.xml", document);
            zip.finish();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void table(StringBuilder b, Grid g) {
        b.append("<w:tbl><w:tblPr><w:tblBorders><w:top w:val=\"single\"/><w:left w:val=\"single\"/><w:bottom w:val=\"single\"/>"
                + "<w:right w:val=\"single\"/><w:insideH w:val=\"single\"/><w:insideV w:val=\"single\"/></w:tblBorders></w:tblPr><w:tblGrid>");
        for (float w : g.widths()) {
            b.append("<w:gridCol w:w=\"").append(Math.round(w * 20)).append("\"/>");
        }
        b.append("</w:tblGrid>");
        List<List<C>> all = g.all();
        boolean headed = g.header() != null;
        for (int r = 0; r < all.size(); r++) {
            b.append(headed && r == 0 ? "<w:tr><w:trPr><w:tblHeader/></w:trPr>" : "<w:tr>");
            for (int c = 0; c < all.get(r).size(); c++) {
                C cell = all.get(r).get(c);
                boolean startsMerge = r + 1 < all.size() && all.get(r + 1).get(c).mergedUp() && !cell.mergedUp();
                b.append("<w:tc><w:tcPr>");
                if (cell.mergedUp()) {
                    b.append("<w:vMerge/>");
                } else if (startsMerge) {
                    b.append("<w:vMerge w:val=\"restart\"/>");
                }
                if (cell.fill() != null) {
                    b.append("<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"").append(cell.fill().substring(1).toUpperCase(java.util.Locale.ROOT))
                            .append("\"/>");
                }
                b.append("</w:tcPr>");
                if (cell.lines().isEmpty()) {
                    b.append("<w:p/>");
                }
                for (String line : cell.lines()) {
                    b.append("<w:p>").append(run(line, cell.colour(), headed && r == 0)).append("</w:p>");
                }
                b.append("</w:tc>");
            }
            b.append("</w:tr>");
        }
        b.append("</w:tbl><w:p/>");
    }

    private static String run(String text, @Nullable String colour, boolean bold) {
        String props = (bold ? "<w:b/>" : "") + (colour == null ? "" : "<w:color w:val=\"" + colour.substring(1) + "\"/>");
        return "<w:r>" + (props.isEmpty() ? "" : "<w:rPr>" + props + "</w:rPr>") + "<w:t xml:space=\"preserve\">" + escape(text) + "</w:t></w:r>";
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    // ---- spreadsheets ---------------------------------------------------------------------------------------------------

    /** The rows of a page as a sheet lays them out: each line a row of one cell, each grid its rows, a blank row between parts. */
    private static List<List<C>> sheetRows(Page p) {
        List<List<C>> rows = new ArrayList<>();
        for (Object part : p.parts()) {
            if (!rows.isEmpty()) {
                rows.add(List.of());
            }
            if (part instanceof Grid g) {
                rows.addAll(g.all());
            } else {
                String line = (String) part;
                rows.add(List.of(C.of(line.startsWith("#") ? line.substring(1) : line)));
            }
        }
        return rows;
    }

    /** How many rows below a cell are merged up into it (0 for none). */
    private static int mergedBelow(List<List<C>> rows, int r, int c) {
        int n = 0;
        while (r + n + 1 < rows.size() && c < rows.get(r + n + 1).size() && rows.get(r + n + 1).get(c).mergedUp()) {
            n++;
        }
        return n;
    }

    /** The pages as an Excel workbook (POI), one sheet per page; fills solid, text colours as font colours, merges as merged regions. */
    public static byte[] xlsx(Page... pages) {
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (int i = 0; i < pages.length; i++) {
                org.apache.poi.xssf.usermodel.XSSFSheet sheet = wb.createSheet("Plan " + (i + 1));
                List<List<C>> rows = sheetRows(pages[i]);
                for (int r = 0; r < rows.size(); r++) {
                    org.apache.poi.xssf.usermodel.XSSFRow row = sheet.createRow(r);
                    for (int c = 0; c < rows.get(r).size(); c++) {
                        C cell = rows.get(r).get(c);
                        org.apache.poi.xssf.usermodel.XSSFCell x = row.createCell(c);
                        if (!cell.mergedUp()) {
                            x.setCellValue(String.join("\n", cell.lines()));
                        }
                        if (cell.fill() != null || cell.colour() != null) {
                            org.apache.poi.xssf.usermodel.XSSFCellStyle style = wb.createCellStyle();
                            if (cell.fill() != null) {
                                style.setFillPattern(org.apache.poi.ss.usermodel.FillPatternType.SOLID_FOREGROUND);
                                style.setFillForegroundColor(new org.apache.poi.xssf.usermodel.XSSFColor(rgb(cell.fill())));
                            }
                            if (cell.colour() != null) {
                                org.apache.poi.xssf.usermodel.XSSFFont font = wb.createFont();
                                font.setColor(new org.apache.poi.xssf.usermodel.XSSFColor(rgb(cell.colour())));
                                style.setFont(font);
                            }
                            x.setCellStyle(style);
                        }
                        int below = cell.mergedUp() ? 0 : mergedBelow(rows, r, c);
                        if (below > 0) {
                            sheet.addMergedRegion(new org.apache.poi.ss.util.CellRangeAddress(r, r + below, c, c));
                        }
                    }
                }
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] rgb(String hex) {
        int v = Integer.parseInt(hex.substring(1), 16);
        return new byte[] {(byte) (v >> 16), (byte) (v >> 8), (byte) v};
    }

    /**
     * The pages as an OpenDocument spreadsheet written as LibreOffice writes one: one sheet per page, an automatic
     * cell style per fill or text colour, merges as {@code number-rows-spanned} over covered cells, runs of equal
     * empty cells as {@code number-columns-repeated}, and the last row repeated to the sheet's edge.
     */
    public static byte[] ods(Page... pages) {
        java.util.Map<String, String> styles = new java.util.LinkedHashMap<>();
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < pages.length; i++) {
            body.append("<table:table table:name=\"Plan ").append(i + 1).append("\"><table:table-column table:number-columns-repeated=\"1024\"/>");
            List<List<C>> rows = sheetRows(pages[i]);
            for (int r = 0; r < rows.size(); r++) {
                body.append("<table:table-row>");
                int width = 0;
                for (int c = 0; c < rows.get(r).size(); c++, width++) {
                    C cell = rows.get(r).get(c);
                    if (cell.mergedUp()) {
                        body.append("<table:covered-table-cell/>");
                        continue;
                    }
                    String key = (cell.fill() == null ? "" : "bg" + cell.fill()) + (cell.colour() == null ? "" : "fg" + cell.colour());
                    String style = key.isEmpty() ? null : styles.computeIfAbsent(key, k -> "ce" + (styles.size() + 1) + "_" + k.replace("#", ""));
                    body.append("<table:table-cell");
                    if (style != null) {
                        body.append(" table:style-name=\"").append(style).append("\"");
                    }
                    int below = mergedBelow(rows, r, c);
                    if (below > 0) {
                        body.append(" table:number-rows-spanned=\"").append(below + 1).append("\" table:number-columns-spanned=\"1\"");
                    }
                    if (cell.lines().isEmpty() || cell.lines().equals(List.of(""))) {
                        body.append("/>");
                    } else {
                        body.append(" office:value-type=\"string\">");
                        cell.lines().forEach(l -> body.append("<text:p>").append(escape(l)).append("</text:p>"));
                        body.append("</table:table-cell>");
                    }
                }
                body.append("<table:table-cell table:number-columns-repeated=\"").append(1024 - width).append("\"/></table:table-row>");
            }
            body.append("<table:table-row table:number-rows-repeated=\"1048000\"><table:table-cell table:number-columns-repeated=\"1024\"/>"
                    + "</table:table-row></table:table>");
        }
        StringBuilder auto = new StringBuilder();
        styles.forEach((key, name) -> {
            auto.append("<style:style style:name=\"").append(name).append("\" style:family=\"table-cell\" style:parent-style-name=\"Default\">");
            int bg = key.indexOf("bg");
            int fg = key.indexOf("fg");
            if (bg >= 0) {
                auto.append("<style:table-cell-properties fo:background-color=\"").append(key, bg + 2, bg + 9).append("\"/>");
            }
            if (fg >= 0) {
                auto.append("<style:text-properties fo:color=\"").append(key, fg + 2, fg + 9).append("\"/>");
            }
            auto.append("</style:style>");
        });
        String content = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
                + " xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\""
                + " xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\""
                + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\""
                + " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" office:version=\"1.2\">"
                + "<office:automatic-styles>" + auto + "</office:automatic-styles>"
                + "<office:body><office:spreadsheet>" + body + "</office:spreadsheet></office:body></office:document-content>";
        return odf("application/vnd.oasis.opendocument.spreadsheet", content);
    }

    /** An OpenDocument package: the stored {@code mimetype} first, {@code content.xml}, and the manifest. */
    public static byte[] odf(String mediaType, String content) {
        String manifest = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\">"
                + "<manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"" + mediaType + "\"/>"
                + "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/></manifest:manifest>";
        try (ByteArrayOutputStream out = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(out)) {
            byte[] mime = mediaType.getBytes(StandardCharsets.US_ASCII);
            ZipEntry m = new ZipEntry("mimetype");
            m.setMethod(ZipEntry.STORED);
            m.setSize(mime.length);
            java.util.zip.CRC32 crc = new java.util.zip.CRC32();
            crc.update(mime);
            m.setCrc(crc.getValue());
            zip.putNextEntry(m);
            zip.write(mime);
            entry(zip, "content.xml", content);
            entry(zip, "META-INF/manifest.xml", manifest);
            zip.finish();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
