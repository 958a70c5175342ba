package org.councilpapers.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Bad input for the command line, made in code so no hostile file is committed: PDFs that lie about
 * their pages or hide a deflate bomb, zip packages whose one part inflates to hundreds of MB, cut and
 * random files, text with NUL bytes and broken UTF-8, tables of thousands of rows. Every file is at
 * most a few MB on disk; what it claims or inflates to is what makes it bad.
 */
final class BadFiles {
    private BadFiles() {}

    static Path write(Path dir, String name, byte[] bytes) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, bytes);
        return p;
    }

    static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    // --- PDFs written by hand, so they can lie

    /** A PDF of these objects (object 1 the catalog) with a correct xref table, or offsets off by {@code xrefShift}. */
    static byte[] pdf(List<byte[]> objects, int xrefShift) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(ascii("%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n"));
        long[] offsets = new long[objects.size()];
        for (int i = 0; i < objects.size(); i++) {
            offsets[i] = out.size();
            out.writeBytes(ascii((i + 1) + " 0 obj\n"));
            out.writeBytes(objects.get(i));
            out.writeBytes(ascii("\nendobj\n"));
        }
        long xref = out.size();
        StringBuilder sb = new StringBuilder("xref\n0 " + (objects.size() + 1) + "\n0000000000 65535 f \n");
        for (long o : offsets) {
            sb.append(String.format(Locale.ROOT, "%010d 00000 n \n", o + xrefShift));
        }
        sb.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R >>\nstartxref\n").append(xref + xrefShift)
                .append("\n%%EOF\n");
        out.writeBytes(ascii(sb.toString()));
        return out.toByteArray();
    }

    static byte[] stream(String dict, byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(ascii("<< " + dict + " /Length " + data.length + " >>\nstream\n"));
        out.writeBytes(data);
        out.writeBytes(ascii("\nendstream"));
        return out.toByteArray();
    }

    private static final String FONT = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>";

    private static byte[] page(int contents) {
        return ascii("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents " + contents
                + " 0 R /Resources << /Font << /F1 5 0 R >> >> >>");
    }

    /** One page of text whose page tree claims {@code claimed} pages. */
    static byte[] lyingPageCount(long claimed) {
        return pdf(List.of(ascii("<< /Type /Catalog /Pages 2 0 R >>"), ascii("<< /Type /Pages /Kids [3 0 R] /Count " + claimed + " >>"),
                page(4), stream("", ascii("BT /F1 12 Tf 72 760 Td (The only page there is.) Tj ET")), ascii(FONT)), 0);
    }

    /** A page tree with no pages. */
    static byte[] zeroPages() {
        return pdf(List.of(ascii("<< /Type /Catalog /Pages 2 0 R >>"), ascii("<< /Type /Pages /Kids [] /Count 0 >>")), 0);
    }

    /** A page of text whose xref table points every object 7 bytes off (PDFBox must repair it). */
    static byte[] brokenXref() {
        return pdf(List.of(ascii("<< /Type /Catalog /Pages 2 0 R >>"), ascii("<< /Type /Pages /Kids [3 0 R] /Count 1 >>"),
                page(4), stream("", ascii("BT /F1 12 Tf 72 760 Td (Recommendations of the panel.) Tj ET")), ascii(FONT)), 7);
    }

    /** A page whose one content stream is a few hundred KB of Flate inflating to {@code inflated} bytes of spaces. */
    static byte[] deflateBomb(long inflated) throws IOException {
        return pdf(List.of(ascii("<< /Type /Catalog /Pages 2 0 R >>"), ascii("<< /Type /Pages /Kids [3 0 R] /Count 1 >>"),
                page(4), stream("/Filter /FlateDecode", deflated(inflated)), ascii(FONT)), 0);
    }

    /** Zlib data inflating to {@code n} spaces. */
    static byte[] deflated(long n) throws IOException {
        ByteArrayOutputStream z = new ByteArrayOutputStream();
        try (DeflaterOutputStream d = new DeflaterOutputStream(z, new Deflater(Deflater.BEST_COMPRESSION))) {
            spaces(d, n);
        }
        return z.toByteArray();
    }

    private static void spaces(OutputStream out, long n) throws IOException {
        byte[] chunk = new byte[1 << 20];
        Arrays.fill(chunk, (byte) ' ');
        for (long left = n; left > 0; left -= chunk.length) {
            out.write(chunk, 0, (int) Math.min(chunk.length, left));
        }
    }

    // --- PDFs written by PDFBox

    /** A one-page PDF that opens only with a password. */
    static byte[] encryptedPdf() throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                cs.newLineAtOffset(72, 700);
                cs.showText("Confidential minutes");
                cs.endText();
            }
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            doc.save(out);
            return out.toByteArray();
        }
    }

    /** A scanned page: an image and no text. */
    static byte[] imageOnlyPdf() throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(200, 100, java.awt.image.BufferedImage.TYPE_INT_RGB);
            for (int x = 0; x < 200; x++) {
                for (int y = 0; y < 100; y++) {
                    img.setRGB(x, y, (x * 7 + y * 13) % 2 == 0 ? 0x202020 : 0xf0f0f0);
                }
            }
            PDImageXObject image = LosslessFactory.createFromImage(doc, img);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.drawImage(image, 72, 500, 400, 200);
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    // --- zip packages

    private static final String CONTENT_TYPES = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>";
    private static final String RELS = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>";

    /** A .docx whose word/document.xml is an opening and then {@code inflated} spaces. */
    static byte[] docxBomb(long inflated) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            entry(zip, "[Content_Types].xml", CONTENT_TYPES);
            entry(zip, "_rels/.rels", RELS);
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write(utf8("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>"));
            spaces(zip, inflated);
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    /** A .docx package without its document part. */
    static byte[] docxWithoutDocument() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            entry(zip, "[Content_Types].xml", CONTENT_TYPES);
            entry(zip, "_rels/.rels", RELS);
        }
        return out.toByteArray();
    }

    private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(utf8(text));
        zip.closeEntry();
    }

    // --- text and HTML

    static byte[] randomBytes(int n, long seed) {
        byte[] b = new byte[n];
        new Random(seed).nextBytes(b);
        return b;
    }

    /** A short agenda, the shape of a real one, for the text cases that should still read. */
    static final String AGENDA = "Children's Services Overview and Scrutiny Committee\n\nAgenda\n\n"
            + "1. Apologies for Absence\n\n2. Minutes of the last meeting\n\n3. Fostering Service Annual Report\n";

    static byte[] deeplyNestedHtml(int depth) {
        StringBuilder s = new StringBuilder("<html><body>");
        s.append("<div>".repeat(depth)).append("<p>Agenda</p>").append("</div>".repeat(depth)).append("</body></html>");
        return utf8(s.toString());
    }

    /** An HTML page with one table cell of {@code chars} characters of prose. */
    static byte[] hugeCell(int chars) {
        String sentence = "The service has improved since the last inspection. ";
        return utf8("<html><body><h1>Report</h1><table><tr><th>Finding</th></tr><tr><td>" + sentence.repeat(chars / sentence.length())
                + "</td></tr></table></body></html>");
    }

    // --- tables

    private static final String[] PLAN_HEADER = {"Ref", "Action", "Lead officer", "Due date", "Progress", "RAG status"};

    private static String[] planRow(int r) {
        return new String[] {Integer.toString(r + 1), "Improve the timeliness of return home interviews, step " + (r + 1),
            "Officer " + (r % 37), (1 + r % 28) + " March 2021", "Interviews held within 72 hours rose to " + (r % 100) + "%",
            new String[] {"Red", "Amber", "Green"}[r % 3]};
    }

    /** An action plan of {@code rows} actions as an HTML table. */
    static byte[] planHtml(int rows) {
        StringBuilder s = new StringBuilder("<html><body><h1>Improvement plan</h1><table><tr>");
        for (String h : PLAN_HEADER) {
            s.append("<th>").append(h).append("</th>");
        }
        s.append("</tr>\n");
        for (int r = 0; r < rows; r++) {
            s.append("<tr><td>").append(String.join("</td><td>", planRow(r))).append("</td></tr>\n");
        }
        return utf8(s.append("</table></body></html>\n").toString());
    }

    /** The same plan as a pipe table in text. */
    static byte[] planText(int rows) {
        StringBuilder s = new StringBuilder("Improvement plan\n\n| ").append(String.join(" | ", PLAN_HEADER)).append(" |\n|");
        s.append("---|".repeat(PLAN_HEADER.length)).append('\n');
        for (int r = 0; r < rows; r++) {
            s.append("| ").append(String.join(" | ", planRow(r))).append(" |\n");
        }
        return utf8(s.toString());
    }

    /** The same plan as a workbook. */
    static byte[] planXlsx(int rows) throws IOException {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(500); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("Improvement plan");
            Row head = sheet.createRow(0);
            for (int c = 0; c < PLAN_HEADER.length; c++) {
                head.createCell(c).setCellValue(PLAN_HEADER[c]);
            }
            for (int r = 0; r < rows; r++) {
                Row row = sheet.createRow(r + 1);
                String[] cells = planRow(r);
                for (int c = 0; c < cells.length; c++) {
                    row.createCell(c).setCellValue(cells[c]);
                }
            }
            wb.write(out);
            return out.toByteArray();
        }
    }

    static List<String> lines(String... s) {
        return new ArrayList<>(List.of(s));
    }
}
