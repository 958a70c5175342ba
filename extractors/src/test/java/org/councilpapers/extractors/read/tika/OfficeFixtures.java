package org.councilpapers.extractors.read.tika;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * Small office documents written in code (Apache POI comes with Tika's parsers), each showing
 * what one reader feature has to cope with; the values are chosen here, so tests can check them.
 */
final class OfficeFixtures {
    private OfficeFixtures() {}

    /**
     * A one-page action plan as a Word user makes it: a heading, a bold and a part-bold paragraph,
     * a two-level bulleted list, a numbered list restarted at 4 by a start override, a running
     * header and a footer with a page field, and a RAG table:
     *
     * <pre>
     * row 0 (repeated header row): Action | Lead | Status | Q1
     * row 1: "Recruit foster carers" (merged down into row 2) | Head of Service | Green #92D050 | On track #00B050
     * row 2: (merged)                | Virtual School  | Amber #FFC000 | Slipping #FFBF00
     * row 3: Reduce agency staff     | HR              | Red #FF0000 (white text) | Off track #C00000
     * row 4: "Summary" across two columns | a nested 1x2 table: Oct 2019 #92D050, Jan 2020 #FFC000 | "Late" in red text #C00000
     * </pre>
     */
    static byte[] actionPlanDocx() {
        try (XWPFDocument doc = new XWPFDocument()) {
            XWPFStyles styles = doc.createStyles();
            CTStyle heading = CTStyle.Factory.newInstance();
            heading.setStyleId("Heading1");
            heading.setType(STStyleType.PARAGRAPH);
            heading.addNewName().setVal("heading 1");
            styles.addStyle(new XWPFStyle(heading));

            doc.createHeader(HeaderFooterType.DEFAULT).createParagraph().createRun().setText("Cabinet, 12 March 2024");
            XWPFParagraph footer = doc.createFooter(HeaderFooterType.DEFAULT).createParagraph();
            footer.createRun().setText("Page ");
            footer.getCTP().addNewFldSimple().setInstr(" PAGE ");
            footer.getCTP().getFldSimpleArray(0).addNewR().addNewT().setStringValue("7");

            XWPFParagraph h = doc.createParagraph();
            h.setStyle("Heading1");
            h.createRun().setText("Progress against the plan");

            XWPFRun bold = doc.createParagraph().createRun();
            bold.setBold(true);
            bold.setText("Key messages");
            XWPFParagraph mixed = doc.createParagraph();
            mixed.createRun().setText("Partly ");
            XWPFRun b = mixed.createRun();
            b.setBold(true);
            b.setText("bold");

            XWPFNumbering numbering = doc.createNumbering();
            BigInteger bullets = numbering.addNum(numbering.addAbstractNum(abstractNum(0, STNumberFormat.BULLET, "\u2022")));
            listParagraph(doc, bullets, 0, "Recruit more foster carers");
            listParagraph(doc, bullets, 1, "Review fees by June");
            listParagraph(doc, bullets, 0, "Publish the sufficiency strategy");
            BigInteger decimal = numbering.addAbstractNum(abstractNum(1, STNumberFormat.DECIMAL, "%1."));
            BigInteger restarted = numbering.addNum(decimal);
            CTNumLvl override = numbering.getNum(restarted).getCTNum().addNewLvlOverride();
            override.setIlvl(BigInteger.ZERO);
            override.addNewStartOverride().setVal(BigInteger.valueOf(4));
            listParagraph(doc, restarted, 0, "Social workers know children well.");
            listParagraph(doc, restarted, 0, "Plans are reviewed on time.");

            XWPFTable t = doc.createTable(5, 4);
            t.getRow(0).setRepeatHeader(true);
            text(t.getRow(0), "Action", "Lead", "Status", "Q1");
            text(t.getRow(1), "Recruit foster carers", "Head of Service", "Green", "On track");
            text(t.getRow(2), "", "Virtual School", "Amber", "Slipping");
            text(t.getRow(3), "Reduce agency staff", "HR", "", "Off track");
            t.getRow(1).getCell(2).setColor("92D050");
            t.getRow(1).getCell(3).setColor("00B050");
            t.getRow(2).getCell(2).setColor("FFC000");
            t.getRow(2).getCell(3).setColor("FFBF00");
            t.getRow(3).getCell(2).setColor("FF0000");
            t.getRow(3).getCell(3).setColor("C00000");
            XWPFRun white = t.getRow(3).getCell(2).getParagraphs().get(0).createRun();
            white.setColor("FFFFFF");
            white.setText("Red");
            tcPr(t.getRow(1).getCell(0)).addNewVMerge().setVal(STMerge.RESTART);
            tcPr(t.getRow(2).getCell(0)).addNewVMerge();

            XWPFTableRow last = t.getRow(4);
            last.getCell(0).setText("Summary");
            tcPr(last.getCell(0)).addNewGridSpan().setVal(BigInteger.TWO);
            last.removeCell(1);
            XWPFTableCell holder = last.getCell(1);
            XWPFTable inner = holder.insertNewTbl(holder.getParagraphArray(0).getCTP().newCursor());
            inner.getCTTbl().addNewTblPr();
            XWPFTableRow innerRow = inner.createRow();
            XWPFTableCell oct = innerRow.createCell();
            oct.setText("Oct 2019");
            oct.setColor("92D050");
            XWPFTableCell jan = innerRow.createCell();
            jan.setText("Jan 2020");
            jan.setColor("FFC000");
            XWPFRun late = last.getCell(2).getParagraphs().get(0).createRun();
            late.setColor("C00000");
            late.setText("Late");
            return write(doc::write);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static XWPFAbstractNum abstractNum(int id, STNumberFormat.Enum format, String text) {
        CTAbstractNum abs = CTAbstractNum.Factory.newInstance();
        abs.setAbstractNumId(BigInteger.valueOf(id));
        for (int level = 0; level < 2; level++) {
            CTLvl lvl = abs.addNewLvl();
            lvl.setIlvl(BigInteger.valueOf(level));
            lvl.addNewStart().setVal(BigInteger.ONE);
            lvl.addNewNumFmt().setVal(format);
            lvl.addNewLvlText().setVal(text.replace("%1", "%" + (level + 1)));
        }
        return new XWPFAbstractNum(abs);
    }

    private static void listParagraph(XWPFDocument doc, BigInteger numId, int level, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setNumID(numId);
        p.setNumILvl(BigInteger.valueOf(level));
        p.createRun().setText(text);
    }

    private static void text(XWPFTableRow row, String... texts) {
        for (int i = 0; i < texts.length; i++) {
            if (!texts[i].isEmpty()) {
                row.getCell(i).setText(texts[i]);
            }
        }
    }

    private static CTTcPr tcPr(XWPFTableCell cell) {
        return cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
    }

    /** A workbook of two sheets: "Summary" (Measure/Value, Visits/42) and "Actions" (Action/Status, Recruit/Green). */
    static byte[] twoSheetWorkbook(boolean xlsx) {
        try (Workbook wb = xlsx ? new XSSFWorkbook() : new HSSFWorkbook()) {
            Sheet summary = wb.createSheet("Summary");
            summary.createRow(0).createCell(0).setCellValue("Measure");
            summary.getRow(0).createCell(1).setCellValue("Value");
            summary.createRow(1).createCell(0).setCellValue("Visits");
            summary.getRow(1).createCell(1).setCellValue(42);
            Sheet actions = wb.createSheet("Actions");
            actions.createRow(0).createCell(0).setCellValue("Action");
            actions.getRow(0).createCell(1).setCellValue("Status");
            actions.createRow(1).createCell(0).setCellValue("Recruit");
            actions.getRow(1).createCell(1).setCellValue("Green");
            return write(wb::write);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The .docx bytes encrypted with a password, as Word saves a protected file (an OLE2 container). */
    static byte[] encrypted(byte[] docx, String password) {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor enc = new EncryptionInfo(EncryptionMode.standard).getEncryptor();
            enc.confirmPassword(password);
            try (OPCPackage opc = OPCPackage.open(new ByteArrayInputStream(docx)); OutputStream os = enc.getDataStream(fs)) {
                opc.save(os);
            }
            return write(fs::writeFilesystem);
        } catch (IOException | GeneralSecurityException | org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A minimal OpenDocument text: a heading, a paragraph, a two-item list and a 2x2 table. */
    static byte[] odt() {
        return odt("""
                <?xml version="1.0" encoding="UTF-8"?>
                <office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
                    xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
                    xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" office:version="1.2">
                  <office:body><office:text>
                    <text:h text:outline-level="2">Recommendations</text:h>
                    <text:p>The committee is asked to note the report.</text:p>
                    <text:list><text:list-item><text:p>Note progress</text:p></text:list-item>
                      <text:list-item><text:p>Agree the plan</text:p></text:list-item></text:list>
                    <table:table table:name="T1"><table:table-column table:number-columns-repeated="2"/>
                      <table:table-row><table:table-cell><text:p>Judgement</text:p></table:table-cell>
                        <table:table-cell><text:p>Grade</text:p></table:table-cell></table:table-row>
                      <table:table-row><table:table-cell><text:p>Overall effectiveness</text:p></table:table-cell>
                        <table:table-cell><text:p>Good</text:p></table:table-cell></table:table-row>
                    </table:table>
                  </office:text></office:body>
                </office:document-content>
                """);
    }

    /**
     * An OpenDocument plan as LibreOffice writes it: automatic cell styles with background colours
     * (green, amber, a white one meaning none), a cell merged over two columns with its covered cell,
     * and a nested table in a cell whose own shading must not shift the outer table's.
     */
    static byte[] odtShadedPlan() {
        return odt("""
                <?xml version="1.0" encoding="UTF-8"?>
                <office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
                    xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
                    xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
                    xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
                    xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" office:version="1.2">
                  <office:automatic-styles>
                    <style:style style:name="Green" style:family="table-cell"><style:table-cell-properties fo:background-color="#92d050"/></style:style>
                    <style:style style:name="Amber" style:family="table-cell"><style:table-cell-properties fo:background-color="#FFC000"/></style:style>
                    <style:style style:name="White" style:family="table-cell"><style:table-cell-properties fo:background-color="#ffffff"/></style:style>
                    <style:style style:name="Red" style:family="table-cell"><style:table-cell-properties fo:background-color="#ff0000"/></style:style>
                  </office:automatic-styles>
                  <office:body><office:text>
                    <text:p>Improvement plan</text:p>
                    <table:table table:name="Plan"><table:table-column table:number-columns-repeated="3"/>
                      <table:table-row><table:table-cell table:number-columns-spanned="2"><text:p>Action and owner</text:p></table:table-cell>
                        <table:covered-table-cell/><table:table-cell><text:p>RAG</text:p></table:table-cell></table:table-row>
                      <table:table-row><table:table-cell table:style-name="White"><text:p>Recruit foster carers</text:p></table:table-cell>
                        <table:table-cell><text:p>Head of Fostering</text:p>
                          <table:table table:name="Inner"><table:table-row><table:table-cell table:style-name="Red"><text:p>note</text:p></table:table-cell></table:table-row></table:table>
                        </table:table-cell>
                        <table:table-cell table:style-name="Green"><text:p>Green</text:p></table:table-cell></table:table-row>
                      <table:table-row><table:table-cell><text:p>Review fees</text:p></table:table-cell>
                        <table:table-cell><text:p>Finance Lead</text:p></table:table-cell>
                        <table:table-cell table:style-name="Amber"><text:p>Amber</text:p></table:table-cell></table:table-row>
                    </table:table>
                  </office:text></office:body>
                </office:document-content>
                """);
    }

    private static byte[] odt(String content) {
        return odf("application/vnd.oasis.opendocument.text", content);
    }

    /** An OpenDocument package of the given type: the stored {@code mimetype}, {@code content.xml} and the manifest. */
    static byte[] odf(String mediaType, String content) {
        return odf(mediaType, content, null);
    }

    /** The same with a {@code styles.xml} (named styles) where {@code styles} is not null. */
    static byte[] odf(String mediaType, String content, @org.jspecify.annotations.Nullable String styles) {
        String manifest = """
                <?xml version="1.0" encoding="UTF-8"?>
                <manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">
                  <manifest:file-entry manifest:full-path="/" manifest:media-type="%s"/>
                  <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
                </manifest:manifest>
                """.formatted(mediaType);
        return write(out -> {
            try (ZipOutputStream zip = new ZipOutputStream(out)) {
                byte[] mime = mediaType.getBytes(StandardCharsets.US_ASCII);
                ZipEntry m = new ZipEntry("mimetype");
                m.setMethod(ZipEntry.STORED);
                m.setSize(mime.length);
                CRC32 crc = new CRC32();
                crc.update(mime);
                m.setCrc(crc.getValue());
                zip.putNextEntry(m);
                zip.write(mime);
                zip.putNextEntry(new ZipEntry("content.xml"));
                zip.write(content.strip().getBytes(StandardCharsets.UTF_8));
                if (styles != null) {
                    zip.putNextEntry(new ZipEntry("styles.xml"));
                    zip.write(styles.strip().getBytes(StandardCharsets.UTF_8));
                }
                zip.putNextEntry(new ZipEntry("META-INF/manifest.xml"));
                zip.write(manifest.strip().getBytes(StandardCharsets.UTF_8));
            }
        });
    }

    /** The package with one part cut to half its length, as a damaged copy might be. */
    static byte[] withPartCut(byte[] zip, String part) {
        return write(out -> {
            try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
                 ZipOutputStream copy = new ZipOutputStream(out)) {
                for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                    byte[] data = in.readAllBytes();
                    copy.putNextEntry(new ZipEntry(e.getName()));
                    copy.write(data, 0, e.getName().equals(part) ? data.length / 2 : data.length);
                }
            }
        });
    }

    private interface Writer {
        void to(OutputStream out) throws IOException;
    }

    private static byte[] write(Writer w) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            w.to(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
