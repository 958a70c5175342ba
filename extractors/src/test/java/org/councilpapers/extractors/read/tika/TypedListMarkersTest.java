package org.councilpapers.extractors.read.tika;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.councilpapers.core.Warnings;
import org.councilpapers.core.layout.Block;
import org.councilpapers.core.layout.BlockKind;
import org.councilpapers.core.layout.LayoutDocument;
import org.councilpapers.extractors.read.MediaTypes;
import org.councilpapers.extractors.read.Source;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

/**
 * Lists typed by hand: a paragraph that begins with a typed bullet, dash, "o", "(a)", "a)" or "i." is a list
 * item, as a paragraph of Word's own numbering is, in every format an author saves: Word (beside a list Word
 * numbers, so the numbering hints are in play), HTML, RTF and OpenDocument. Plain paragraphs stay paragraphs.
 */
class TypedListMarkersTest {
    /** The typed paragraphs, each as the author typed it, and the marker and text the layout should give. */
    private static final List<String[]> TYPED = List.of(
            new String[] {"\u2022 Note the progress made on the plan", "\u2022", "Note the progress made on the plan"},
            new String[] {"- Agree the revised timetable", "\u2022", "Agree the revised timetable"},
            new String[] {"\u2013 Ask officers to report back in March", "\u2022", "Ask officers to report back in March"},
            new String[] {"o\tthe housing register", "\u2022", "the housing register"},
            new String[] {"(a) That Cabinet approves the budget", "(a)", "That Cabinet approves the budget"},
            new String[] {"b) That the fees be increased by 3%", "b)", "That the fees be increased by 3%"},
            new String[] {"iii. consult on the proposals", "iii.", "consult on the proposals"});

    private static final List<String> PLAIN = List.of(
            "The committee is asked to consider the following.",
            "2019 was a year of change for the service.",
            "Open the report at page 4 - it sets out the options.");

    @Test
    void wordParagraphsTypedWithMarkersAreListItemsBesideWordsOwnNumbering() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XWPFDocument doc = new XWPFDocument()) {
            XWPFNumbering numbering = doc.createNumbering();
            CTAbstractNum abs = CTAbstractNum.Factory.newInstance();
            abs.setAbstractNumId(BigInteger.ONE);
            CTLvl lvl = abs.addNewLvl();
            lvl.setIlvl(BigInteger.ZERO);
            lvl.addNewStart().setVal(BigInteger.ONE);
            lvl.addNewNumFmt().setVal(STNumberFormat.DECIMAL);
            lvl.addNewLvlText().setVal("%1.");
            BigInteger numId = numbering.addNum(numbering.addAbstractNum(new XWPFAbstractNum(abs)));
            XWPFParagraph numbered = doc.createParagraph();
            numbered.setNumID(numId);
            numbered.setNumILvl(BigInteger.ZERO);
            numbered.createRun().setText("A list Word numbers itself");
            for (String p : PLAIN) {
                doc.createParagraph().createRun().setText(p);
            }
            for (String[] t : TYPED) {
                doc.createParagraph().createRun().setText(t[0]);
            }
            doc.write(out);
        }
        List<Block> body = read(out.toByteArray(), "typed.docx", MediaTypes.DOCX);
        assertEquals(BlockKind.LIST_ITEM, body.get(0).kind(), body.toString());
        assertEquals("1.", body.get(0).marker());
        assertTyped(body.subList(1, body.size()));
    }

    @Test
    void htmlParagraphsTypedWithMarkersAreListItems() throws IOException {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>t</title></head><body>");
        PLAIN.forEach(p -> html.append("<p>").append(p).append("</p>"));
        TYPED.forEach(t -> html.append("<p>").append(t[0].replace("\t", "&#9;")).append("</p>"));
        html.append("</body></html>");
        assertTyped(read(html.toString().getBytes(StandardCharsets.UTF_8), "typed.html", MediaTypes.HTML));
    }

    @Test
    void rtfParagraphsTypedWithMarkersAreListItems() throws IOException {
        StringBuilder rtf = new StringBuilder("{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 Arial;}}\n");
        PLAIN.forEach(p -> rtf.append("\\pard ").append(p).append("\\par\n"));
        TYPED.forEach(t -> rtf.append("\\pard ").append(rtfEscape(t[0])).append("\\par\n"));
        rtf.append("}\n");
        assertTyped(read(rtf.toString().getBytes(StandardCharsets.US_ASCII), "typed.rtf", MediaTypes.RTF));
    }

    @Test
    void openDocumentParagraphsTypedWithMarkersAreListItems() throws IOException {
        StringBuilder content = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8"?>
                <office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
                    xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">
                  <office:body><office:text>
                """);
        PLAIN.forEach(p -> content.append("<text:p>").append(p).append("</text:p>\n"));
        TYPED.forEach(t -> content.append("<text:p>").append(t[0].replace("\t", "<text:tab/>")).append("</text:p>\n"));
        content.append("</office:text></office:body></office:document-content>\n");
        assertTyped(read(OfficeFixtures.odf(MediaTypes.ODT, content.toString().strip()), "typed.odt", MediaTypes.ODT));
    }

    private static String rtfEscape(String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (c == '\t') {
                sb.append("\\tab ");
            } else if (c > 127) {
                sb.append("\\u").append((int) (short) c).append('?');
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static List<Block> read(byte[] bytes, String name, String type) throws IOException {
        LayoutDocument d = TikaLayoutReaderTest.READER.read(new Source(bytes, name, type), new Warnings());
        return d.body().stream().filter(b -> !b.text().isBlank()).toList();
    }

    private static void assertTyped(List<Block> body) {
        assertEquals(PLAIN.size() + TYPED.size(), body.size(), body.toString());
        for (int i = 0; i < PLAIN.size(); i++) {
            assertEquals(BlockKind.PARAGRAPH, body.get(i).kind(), body.get(i).toString());
            assertEquals(PLAIN.get(i), body.get(i).text());
        }
        for (int i = 0; i < TYPED.size(); i++) {
            Block b = body.get(PLAIN.size() + i);
            String[] want = TYPED.get(i);
            assertEquals(BlockKind.LIST_ITEM, b.kind(), b.toString());
            assertEquals(want[1], b.marker(), b.toString());
            assertEquals(want[2], b.text(), b.toString());
        }
    }
}
