package org.councilpapers.extractors.read.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.councilpapers.core.Warning;
import org.councilpapers.core.WarningCode;
import org.councilpapers.core.Warnings;
import org.councilpapers.core.layout.Block;
import org.councilpapers.core.layout.LayoutDocument;
import org.councilpapers.extractors.read.MediaTypes;
import org.councilpapers.extractors.read.Source;
import org.junit.jupiter.api.Test;

/**
 * Glyphs that do not map to text: a composite font embedded without its Unicode map (PDFBox drops its glyphs),
 * codes coerced to control characters, ligatures and soft hyphens. Fonts are PDFBox's own Liberation Sans
 * (embedded as a composite font, as Word embeds its fonts) and the standard Helvetica.
 */
class GlyphTextTest {
    private interface Lines {
        void write(PDPageContentStream s, PDFont embedded) throws IOException;
    }

    /** A PDF of A4 pages with Liberation Sans embedded as a composite font, with its Unicode map. */
    private static byte[] pdf(Lines... pages) throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream();
                InputStream ttf = PDFont.class.getResourceAsStream("/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf")) {
            PDType0Font embedded = PDType0Font.load(doc, ttf, false);
            for (Lines lines : pages) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
                    lines.write(s, embedded);
                }
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static void line(PDPageContentStream s, PDFont font, String text, float x, float baseline) throws IOException {
        s.beginText();
        s.setFont(font, 11);
        s.newLineAtOffset(x, PDRectangle.A4.getHeight() - baseline);
        s.showText(text);
        s.endText();
    }

    private static LayoutDocument read(byte[] pdf, Warnings w) throws IOException {
        return new PdfLayoutReader().read(new Source(pdf, "committee-report.pdf", MediaTypes.PDF), w);
    }

    private static List<Warning> damaged(Warnings w) {
        return w.toList().stream().filter(x -> x.code() == WarningCode.DAMAGED).toList();
    }

    /**
     * A PDF of A4 pages, each a raw content stream, with three fonts as older or careless writers leave them:
     * {@code /H} Helvetica (mapped), {@code /C} a composite font with no ToUnicode and no embedded program (its
     * glyphs have no text PDFBox can find), {@code /T} a Type 3 font whose glyph names mean nothing (its codes
     * are coerced to characters, control characters for codes under 32).
     */
    private static byte[] raw(String... contents) throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            COSDictionary fonts = new COSDictionary();
            fonts.setItem("H", dict("/Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding"));
            COSDictionary descriptor = dict("/Type /FontDescriptor /FontName /MadeUpSans /Flags 32 /ItalicAngle 0"
                    + " /Ascent 900 /Descent -200 /CapHeight 700 /StemV 80");
            descriptor.setItem(COSName.FONT_BBOX, array(0, -200, 1000, 900));
            COSDictionary cid = dict("/Type /Font /Subtype /CIDFontType0 /BaseFont /MadeUpSans /DW 500");
            cid.setItem(COSName.CIDSYSTEMINFO, dict("/Registry (Adobe) /Ordering (Identity) /Supplement 0"));
            cid.setItem(COSName.FONT_DESC, descriptor);
            COSDictionary type0 = dict("/Type /Font /Subtype /Type0 /BaseFont /MadeUpSans /Encoding /Identity-H");
            COSArray descendants = new COSArray();
            descendants.add(cid);
            type0.setItem(COSName.DESCENDANT_FONTS, descendants);
            fonts.setItem("C", type0);
            COSDictionary type3 = dict("/Type /Font /Subtype /Type3 /FirstChar 1 /LastChar 40");
            type3.setItem(COSName.FONT_BBOX, array(0, 0, 1000, 1000));
            COSArray matrix = new COSArray();
            for (float v : new float[] {0.001f, 0, 0, 0.001f, 0, 0}) {
                matrix.add(new COSFloat(v));
            }
            type3.setItem(COSName.FONT_MATRIX, matrix);
            COSDictionary procs = new COSDictionary();
            COSArray differences = new COSArray();
            differences.add(COSInteger.get(1));
            COSArray widths = new COSArray();
            PDStream glyph = new PDStream(doc, new ByteArrayInputStream(
                    "500 0 0 0 500 700 d1 0 0 500 700 re f".getBytes(StandardCharsets.US_ASCII)));
            for (int code = 1; code <= 40; code++) {
                procs.setItem("x" + code + "q", glyph);
                differences.add(COSName.getPDFName("x" + code + "q"));
                widths.add(COSInteger.get(500));
            }
            type3.setItem(COSName.CHAR_PROCS, procs);
            COSDictionary encoding = new COSDictionary();
            encoding.setItem(COSName.DIFFERENCES, differences);
            type3.setItem(COSName.ENCODING, encoding);
            type3.setItem(COSName.WIDTHS, widths);
            fonts.setItem("T", type3);
            for (String content : contents) {
                PDPage page = new PDPage(PDRectangle.A4);
                PDResources resources = new PDResources();
                resources.getCOSObject().setItem(COSName.FONT, fonts);
                page.setResources(resources);
                page.setContents(new PDStream(doc, new ByteArrayInputStream(content.getBytes(StandardCharsets.ISO_8859_1))));
                doc.addPage(page);
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static COSDictionary dict(String pairs) {
        COSDictionary d = new COSDictionary();
        String[] t = pairs.trim().split("\\s+"); // key and value pairs; no value here holds a space
        for (int i = 0; i + 1 < t.length; i += 2) {
            String key = t[i].substring(1);
            String v = t[i + 1];
            if (v.startsWith("/")) {
                d.setItem(key, COSName.getPDFName(v.substring(1)));
            } else if (v.startsWith("(")) {
                d.setString(key, v.substring(1, v.length() - 1));
            } else {
                d.setInt(key, Integer.parseInt(v));
            }
        }
        return d;
    }

    private static COSArray array(int... values) {
        COSArray a = new COSArray();
        for (int v : values) {
            a.add(COSInteger.get(v));
        }
        return a;
    }

    /** A text object setting {@code shown} (a PDF string, literal or hex) in {@code font} at a top-left baseline. */
    private static String text(String font, String shown, float x, float baseline) {
        return "BT /" + font + " 11 Tf " + x + " " + (PDRectangle.A4.getHeight() - baseline) + " Td " + shown + " Tj ET\n";
    }

    /** {@code n} two-byte glyph codes, as a hex string for the composite font. */
    private static String cids(int n) {
        StringBuilder sb = new StringBuilder("<");
        for (int i = 0; i < n; i++) {
            sb.append(String.format(java.util.Locale.ROOT, "%04X", 0x24 + i % 26));
        }
        return sb.append('>').toString();
    }

    @Test
    void textInAFontWithoutAUnicodeMapIsReportedWithFilePageAndHowMuchWasLost() throws IOException {
        byte[] pdf = raw(text("H", "(A first page read in full.)", 60, 100),
                text("H", "(The body text in a standard font reads.)", 60, 100) + text("C", cids(26), 60, 130));
        Warnings w = new Warnings();
        LayoutDocument d = read(pdf, w);
        assertTrue(d.text().contains("The body text in a standard font reads."), d.text());
        List<Warning> dmg = damaged(w);
        assertEquals(1, dmg.size(), w.toList().toString());
        Warning warning = dmg.get(0);
        assertEquals(2, warning.page());
        assertTrue(warning.message().startsWith("committee-report.pdf: 26 glyphs on 1 page could not be read as text"),
                warning.message());
        assertTrue(warning.message().contains("MadeUpSans"), warning.message());
        assertTrue(warning.message().endsWith("2 (26 of 65)"), warning.message()); // 39 Helvetica glyphs and 26 lost
    }

    @Test
    void glyphCodesCoercedToControlCharactersAreDroppedAndReported() throws IOException {
        StringBuilder codes = new StringBuilder("<");
        for (int c = 1; c <= 31; c++) {
            if (c == '\t') {
                continue; // a tab is white space, not a lost glyph
            }
            codes.append(String.format(java.util.Locale.ROOT, "%02X", c));
        }
        byte[] pdf = raw(text("H", "(Minutes of the meeting)", 60, 100) + text("T", codes + ">", 60, 130));
        Warnings w = new Warnings();
        LayoutDocument d = read(pdf, w);
        assertEquals("Minutes of the meeting", d.text().strip());
        assertTrue(d.text().codePoints().noneMatch(c -> c < 0x20 && c != '\n'), d.text());
        List<Warning> dmg = damaged(w);
        assertEquals(1, dmg.size(), w.toList().toString());
        assertTrue(dmg.get(0).message().startsWith("committee-report.pdf: 30 glyphs on 1 page"), dmg.get(0).message());
    }

    @Test
    void aFewUnmappedGlyphsAreNoDamage() throws IOException {
        byte[] pdf = raw(text("H", "(Agenda item 5: Budget monitoring report for the third quarter.)", 60, 100)
                + text("C", cids(3), 60, 130)); // a logo's letters
        Warnings w = new Warnings();
        LayoutDocument d = read(pdf, w);
        assertTrue(d.text().contains("Budget monitoring"), d.text());
        assertEquals(List.of(), damaged(w));
    }

    @Test
    void ligaturesAreTakenApartSoWordsAreFound() throws IOException {
        byte[] pdf = pdf((s, f) -> line(s, f, "The \uFB01nance of\uFB01ce's \uFB02at-rate \uFB01les", 60, 100));
        Warnings w = new Warnings();
        LayoutDocument d = read(pdf, w);
        assertEquals("The finance office's flat-rate files", d.pages().get(0).blocks().get(0).text());
        assertEquals(List.of(), damaged(w));
    }

    @Test
    void aWordBrokenAtASoftHyphenIsWholeAgain() throws IOException {
        // A word processor's optional hyphen, shown where the line broke, is U+00AD in the text layer.
        String first = "The committee noted the report on the health and well\u00ADbeing of looked after chil\u00AD";
        byte[] pdf = pdf((s, f) -> {
            line(s, f, first, 60, 100);
            line(s, f, "dren in the county, and agreed its recommendations.", 60, 113);
        });
        LayoutDocument d = read(pdf, new Warnings());
        List<Block> blocks = d.pages().get(0).blocks();
        assertEquals(1, blocks.size(), blocks.toString());
        assertEquals("The committee noted the report on the health and wellbeing of looked after children in the county, "
                + "and agreed its recommendations.", blocks.get(0).text());
    }

    @Test
    void controlCharactersAndTheReplacementCharacterAreNoText() {
        assertNull(GlyphText.readable("\u000C"));
        assertNull(GlyphText.readable("\u0003"));
        assertNull(GlyphText.readable("\uFFFD"));
        assertNull(GlyphText.readable("\u0085"));
        assertNull(GlyphText.readable(""));
        assertEquals("a", GlyphText.readable("a"));
        assertEquals("fi", GlyphText.readable("\uFB01"));
        assertEquals("ffl", GlyphText.readable("\u0003\uFB04"));
        assertEquals("\uF0B7", GlyphText.readable("\uF0B7")); // a symbol font's bullet is a list marker, kept
        assertEquals("é", GlyphText.readable("é"));
    }
}
