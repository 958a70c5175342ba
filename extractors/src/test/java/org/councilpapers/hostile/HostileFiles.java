package org.councilpapers.hostile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Small hostile files, made in code: PDFs that lie about their page count or hide a deflate bomb, zip
 * packages whose one part inflates to hundreds of MB, random bytes. Each is a few hundred bytes to a few
 * hundred KB; what they claim or inflate to is what makes them hostile.
 */
final class HostileFiles {
    private HostileFiles() {}

    /** A PDF of the given objects (numbered from 1, object 1 the catalog), with a correct xref table and trailer. */
    static byte[] pdf(List<byte[]> objects) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(out, "%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n");
        long[] offsets = new long[objects.size()];
        for (int i = 0; i < objects.size(); i++) {
            offsets[i] = out.size();
            write(out, (i + 1) + " 0 obj\n");
            out.writeBytes(objects.get(i));
            write(out, "\nendobj\n");
        }
        long xref = out.size();
        StringBuilder sb = new StringBuilder("xref\n0 " + (objects.size() + 1) + "\n0000000000 65535 f \n");
        for (long o : offsets) {
            sb.append(String.format(java.util.Locale.ROOT, "%010d 00000 n \n", o));
        }
        sb.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R >>\nstartxref\n").append(xref)
                .append("\n%%EOF\n");
        write(out, sb.toString());
        return out.toByteArray();
    }

    static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    /** A stream object: its dictionary entries (besides /Length) and its raw data. */
    static byte[] stream(String dict, byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(out, "<< " + dict + " /Length " + data.length + " >>\nstream\n");
        out.writeBytes(data);
        write(out, "\nendstream");
        return out.toByteArray();
    }

    private static final String FONT = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>";

    /** A page showing {@code text}; its content stream is object {@code contents}, its font object {@code font}. */
    static byte[] page(int parent, int contents, int font) {
        return ascii("<< /Type /Page /Parent " + parent + " 0 R /MediaBox [0 0 595 842] /Contents " + contents
                + " 0 R /Resources << /Font << /F1 " + font + " 0 R >> >> >>");
    }

    static byte[] text(String s) {
        return stream("", ascii("BT /F1 12 Tf 72 760 Td (" + s + ") Tj ET"));
    }

    /** One real page whose page tree claims {@code claimed} pages. */
    static byte[] lyingPageCount(long claimed) {
        return pdf(List.of(ascii("<< /Type /Catalog /Pages 2 0 R >>"),
                ascii("<< /Type /Pages /Kids [3 0 R] /Count " + claimed + " >>"),
                page(2, 4, 5), text("The only page there is."), ascii(FONT)));
    }

    /** {@code n} pages, each saying which it is. */
    static byte[] pages(int n) {
        List<byte[]> objs = new ArrayList<>();
        StringBuilder kids = new StringBuilder();
        for (int i = 0; i < n; i++) {
            kids.append(4 + 2 * i).append(" 0 R ");
        }
        objs.add(ascii("<< /Type /Catalog /Pages 2 0 R >>"));
        objs.add(ascii("<< /Type /Pages /Kids [" + kids + "] /Count " + n + " >>"));
        objs.add(ascii(FONT));
        for (int i = 0; i < n; i++) {
            objs.add(page(2, 5 + 2 * i, 3));
            objs.add(text("This is page " + (i + 1) + " of the paper."));
        }
        return pdf(objs);
    }

    /** A page whose content stream is a few KB of Flate that inflates to {@code inflated} bytes of spaces. */
    static byte[] deflateBomb(long inflated) throws IOException {
        return pdf(List.of(ascii("<< /Type /Catalog /Pages 2 0 R >>"), ascii("<< /Type /Pages /Kids [3 0 R] /Count 1 >>"),
                page(2, 4, 5), stream("/Filter /FlateDecode", deflated(inflated, (byte) ' ')), ascii(FONT)));
    }

    /** A page of text followed by {@code operators} path operators, many more than any real page draws. */
    static byte[] manyOperators(int operators) throws IOException {
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        write(content, "BT /F1 12 Tf 72 760 Td (A page that draws for a long time.) Tj ET\n");
        for (int i = 0; i < operators / 4; i++) {
            write(content, "1 1 m 2 2 l 3 3 l n\n");
        }
        ByteArrayOutputStream z = new ByteArrayOutputStream();
        try (DeflaterOutputStream d = new DeflaterOutputStream(z, new Deflater(Deflater.BEST_COMPRESSION))) {
            content.writeTo(d);
        }
        return pdf(List.of(ascii("<< /Type /Catalog /Pages 2 0 R >>"), ascii("<< /Type /Pages /Kids [3 0 R] /Count 1 >>"),
                page(2, 4, 5), stream("/Filter /FlateDecode", z.toByteArray()), ascii(FONT)));
    }

    /** Zlib data inflating to {@code n} copies of {@code b}. */
    static byte[] deflated(long n, byte b) throws IOException {
        ByteArrayOutputStream z = new ByteArrayOutputStream();
        try (DeflaterOutputStream d = new DeflaterOutputStream(z, new Deflater(Deflater.BEST_COMPRESSION))) {
            fill(d, n, b);
        }
        return z.toByteArray();
    }

    private static void fill(OutputStream out, long n, byte b) throws IOException {
        byte[] chunk = new byte[1 << 20];
        Arrays.fill(chunk, b);
        for (long left = n; left > 0; left -= chunk.length) {
            out.write(chunk, 0, (int) Math.min(chunk.length, left));
        }
    }

    /**
     * A zip package holding the given small parts and one part, {@code bombPart}, of an XML opening and then
     * {@code inflated} bytes of spaces.
     */
    static byte[] zipBomb(List<String[]> parts, String bombPart, String opening, long inflated) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            for (String[] p : parts) {
                zip.putNextEntry(new ZipEntry(p[0]));
                zip.write(p[1].getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
            zip.putNextEntry(new ZipEntry(bombPart));
            zip.write(opening.getBytes(StandardCharsets.UTF_8));
            fill(zip, inflated, (byte) ' ');
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    static final String CONTENT_TYPES_DOCX = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>";
    static final String RELS_DOCX = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>";

    static byte[] docxBomb(long inflated) throws IOException {
        return zipBomb(List.of(new String[] {"[Content_Types].xml", CONTENT_TYPES_DOCX}, new String[] {"_rels/.rels", RELS_DOCX}),
                "word/document.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>",
                inflated);
    }

    static byte[] xlsxBomb(long inflated) throws IOException {
        return zipBomb(List.of(new String[] {"[Content_Types].xml", CONTENT_TYPES_DOCX.replace("/word/document.xml", "/xl/workbook.xml")
                .replace("wordprocessingml.document.main", "spreadsheetml.sheet.main")}, new String[] {"_rels/.rels", RELS_DOCX.replace("word/document.xml", "xl/workbook.xml")}),
                "xl/worksheets/sheet1.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>",
                inflated);
    }

    static byte[] odtBomb(long inflated) throws IOException {
        return zipBomb(List.<String[]>of(new String[] {"mimetype", "application/vnd.oasis.opendocument.text"}),
                "content.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\"><office:body><office:text>",
                inflated);
    }

    static byte[] randomBytes(int n, long seed) {
        byte[] b = new byte[n];
        new Random(seed).nextBytes(b);
        return b;
    }

    private static void write(OutputStream out, String s) {
        try {
            out.write(s.getBytes(StandardCharsets.ISO_8859_1));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
