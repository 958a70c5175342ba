package org.councilpapers.extractors.read.tika;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.councilpapers.core.layout.Rgb;
import org.councilpapers.extractors.read.Source;
import org.councilpapers.extractors.read.tika.DocxHints.CellHint;
import org.councilpapers.extractors.read.tika.DocxHints.NumberedParagraph;
import org.councilpapers.extractors.read.tika.DocxHints.TableHint;
import org.junit.jupiter.api.Test;

class DocxPassTest {
    private static final String NS = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
            + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" "
            + "xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\"";
    private static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

    private static String p(String text) {
        return "<w:p><w:r><w:t>" + text + "</w:t></w:r></w:p>";
    }

    private static String tc(String props, String content) {
        return "<w:tc><w:tcPr>" + props + "</w:tcPr>" + content + "</w:tc>";
    }

    /**
     * Table A, 3 rows on a 3-column grid:
     * row 0: gridBefore 1, then one cell spanning columns 1-2, shaded #92D050;
     * row 1: a vMerge continuation with nothing above it, a cell holding table B, a merge restart shaded #FF0000;
     * row 2: "c", "d" in green text #00B050, the continuation of the merge.
     * Then a table in a text box and one in a content control (Tika emits neither as a table),
     * and table C whose row holds a content control (Tika's cells would not line up one to one).
     */
    private static byte[] docx() throws IOException {
        String tableB = "<w:tbl><w:tr>" + tc("<w:shd w:val=\"clear\" w:fill=\"FFC000\"/>", p("inner")) + "</w:tr></w:tbl>";
        String tableA = "<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>"
                + "<w:tr><w:trPr><w:gridBefore w:val=\"1\"/><w:tblHeader/></w:trPr>"
                + tc("<w:gridSpan w:val=\"2\"/><w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"92D050\"/>", p("wide")) + "</w:tr>"
                + "<w:tr>" + tc("<w:vMerge/>", p("a")) + tc("", tableB + p(""))
                + tc("<w:vMerge w:val=\"restart\"/><w:shd w:val=\"clear\" w:fill=\"FF0000\"/>", p("merged")) + "</w:tr>"
                + "<w:tr>" + tc("", p("c"))
                + tc("", "<w:p><w:r><w:rPr><w:color w:val=\"00B050\"/></w:rPr><w:t>d</w:t></w:r></w:p>")
                + tc("<w:vMerge/>", p("")) + "</w:tr></w:tbl>";
        String textBox = "<w:p><w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing><w:txbxContent>"
                + "<w:tbl><w:tr>" + tc("", p("boxed")) + "</w:tr></w:tbl></w:txbxContent></w:drawing></mc:Choice>"
                + "<mc:Fallback><w:pict><w:txbxContent><w:tbl><w:tr>" + tc("", p("boxed")) + "</w:tr></w:tbl>"
                + "</w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>";
        String control = "<w:sdt><w:sdtContent><w:tbl><w:tr>" + tc("", p("controlled")) + "</w:tr></w:tbl></w:sdtContent></w:sdt>";
        String tableC = "<w:tbl><w:tr>" + tc("", p("x")) + "<w:sdt><w:sdtContent>" + tc("", p("y"))
                + "</w:sdtContent></w:sdt></w:tr></w:tbl>";
        String document = "<w:document " + NS + "><w:body>"
                + "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr>"
                + "<w:r><w:t xml:space=\"preserve\">First </w:t></w:r><w:del><w:r><w:delText>deleted </w:delText></w:r></w:del>"
                + "<w:r><w:t>point</w:t></w:r></w:p>"
                + tableA + textBox + control + tableC
                + "<w:sectPr><w:headerReference w:type=\"default\" r:id=\"rId1\"/><w:footerReference w:type=\"default\" r:id=\"rId2\"/>"
                + "</w:sectPr></w:body></w:document>";
        String footer = "<w:ftr " + NS + "><w:p><w:r><w:t xml:space=\"preserve\">Page </w:t></w:r>"
                + "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>"
                + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>3</w:t></w:r>"
                + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:p></w:ftr>";
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("_rels/.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"r1\" Type=\"" + REL + "officeDocument\" Target=\"word/document.xml\"/></Relationships>");
        parts.put("word/_rels/document.xml.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"" + REL + "header\" Target=\"header1.xml\"/>"
                + "<Relationship Id=\"rId2\" Type=\"" + REL + "footer\" Target=\"footer1.xml\"/>"
                + "<Relationship Id=\"rId3\" Type=\"" + REL + "numbering\" Target=\"numbering.xml\"/></Relationships>");
        parts.put("word/document.xml", document);
        parts.put("word/header1.xml", "<w:hdr " + NS + ">" + p("Cabinet") + p("") + "</w:hdr>");
        parts.put("word/footer1.xml", footer);
        parts.put("word/numbering.xml", "<w:numbering " + NS + "><w:abstractNum w:abstractNumId=\"0\"><w:lvl w:ilvl=\"0\">"
                + "<w:start w:val=\"3\"/><w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%1.\"/></w:lvl></w:abstractNum>"
                + "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num></w:numbering>");
        return zip(parts);
    }

    static byte[] zip(Map<String, String> parts) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, String> e : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
            }
        }
        return out.toByteArray();
    }

    private static Rgb rgb(String hex) {
        return Rgb.parse(hex).orElseThrow();
    }

    @Test
    void tablesComeInTheOrderTheyOpenSkippingTextBoxesAndContentControls() throws IOException {
        DocxHints h = DocxPass.read(Source.of(docx(), "test.docx"));
        assertEquals(3, h.tables().size());
        assertEquals(List.of(1, 3, 3), h.tables().get(0).rows().stream().map(List::size).toList());
        assertEquals(List.of(1), h.tables().get(1).rows().stream().map(List::size).toList(), "table B, nested in A");
        assertEquals(rgb("#ffc000"), h.tables().get(1).rows().get(0).get(0).fill());
        assertTrue(h.tables().get(0).matchable());
        assertFalse(h.tables().get(2).matchable(), "a content control in a row");
    }

    @Test
    void cellGeometryFromGridBeforeGridSpanAndVerticalMerges() throws IOException {
        TableHint a = DocxPass.read(Source.of(docx(), "test.docx")).tables().get(0);
        assertEquals(new CellHint(1, 2, 1, false, true, rgb("#92d050"), null), a.rows().get(0).get(0));
        assertEquals(new CellHint(0, 1, 1, false, false, null, null), a.rows().get(1).get(0),
                "a continuation with nothing above it stands alone");
        assertEquals(new CellHint(2, 1, 2, false, false, rgb("#ff0000"), null), a.rows().get(1).get(2));
        assertEquals(new CellHint(1, 1, 1, false, false, null, rgb("#00b050")), a.rows().get(2).get(1));
        assertTrue(a.rows().get(2).get(2).continuation());
        assertEquals(3, a.colCount());
        assertTrue(a.fits(List.of(1, 3, 3)));
        assertFalse(a.fits(List.of(1, 3, 2)));
    }

    @Test
    void numberedParagraphsCarryWordsMarkerAndLeaveOutDeletedText() throws IOException {
        assertEquals(List.of(new NumberedParagraph(0, "First point", "3.")), DocxPass.read(Source.of(docx(), "test.docx")).numbered());
    }

    @Test
    void headerAndFooterTextsWithoutStalePageNumbers() throws IOException {
        DocxHints h = DocxPass.read(Source.of(docx(), "test.docx"));
        assertEquals(List.of("Cabinet"), h.headers());
        assertEquals(List.of("Page"), h.footers());
    }

    @Test
    void packageWithoutItsDocumentPartFails() throws IOException {
        byte[] noDocument = zip(Map.of("word/styles.xml", "<w:styles " + NS + "/>"));
        assertThrows(IOException.class, () -> DocxPass.read(Source.of(noDocument, "hollow.docx")));
    }
}
