package org.councilpapers.extractors.read.tika;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.councilpapers.core.WarningCode;
import org.councilpapers.core.Warnings;
import org.councilpapers.core.layout.Block;
import org.councilpapers.core.layout.BlockKind;
import org.councilpapers.core.layout.Cell;
import org.councilpapers.core.layout.LayoutDocument;
import org.councilpapers.core.layout.Rgb;
import org.councilpapers.core.layout.Table;
import org.councilpapers.extractors.read.MediaTypes;
import org.councilpapers.extractors.read.Source;
import org.councilpapers.extractors.read.UnreadablePaperException;
import org.councilpapers.testdata.TestPapers;
import org.junit.jupiter.api.Test;

class OdsSheetsTest {
    private static final String ODS = "application/vnd.oasis.opendocument.spreadsheet";
    private static final String HEAD = """
            <?xml version="1.0" encoding="UTF-8"?>
            <office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
                xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
                xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
                xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
                xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" office:version="1.2">
            """;

    private static LayoutDocument read(byte[] bytes, String name, Warnings warnings) throws IOException {
        return new TikaLayoutReader().read(Source.of(bytes, name), warnings);
    }

    private static Table table(LayoutDocument doc) {
        return doc.body().stream().filter(b -> b.is(BlockKind.TABLE)).findFirst().orElseThrow().table();
    }

    private static Rgb rgb(String hex) {
        return Rgb.parse(hex).orElseThrow();
    }

    @Test
    void theCommittedScorecardReadsAsTheSameSheetInExcelDoes() throws IOException {
        byte[] ods = Files.readAllBytes(TestPapers.path("formats/performance-scorecard.ods"));
        assertEquals(MediaTypes.ODS, MediaTypes.detect(ods, "performance-scorecard.ods"));
        assertEquals("application/zip", MediaTypes.detect(ods, "performance-scorecard.zip"), "a zip is an .ods only by its name");
        LayoutDocument fromOds = read(ods, "performance-scorecard.ods", new Warnings());
        LayoutDocument fromXlsx = read(Files.readAllBytes(TestPapers.path("formats/performance-scorecard.xlsx")),
                "performance-scorecard.xlsx", new Warnings());

        assertEquals(1, fromOds.pageCount());
        Block heading = fromOds.body().get(0);
        assertTrue(heading.is(BlockKind.HEADING));
        assertEquals("Scorecard", heading.text(), "the sheet's name heads its page, as for a workbook");
        Table t = table(fromOds);
        assertEquals(3, t.rowCount(), "the rows repeated to the sheet's edge are not read");
        assertEquals(2, t.colCount(), "nor the 1022 empty columns repeated after the table");
        assertEquals(List.of("Measure", "Status"), t.rowTexts(0));
        assertEquals(List.of("Visits on time", "Green"), t.rowTexts(1));
        assertEquals(rgb("#92d050"), t.cellAt(1, 1).fill());
        assertEquals(rgb("#ffc000"), t.cellAt(2, 1).fill());
        assertNull(t.cellAt(0, 1).fill(), "the header is bold, not filled");

        Table x = table(fromXlsx);
        assertEquals(fromXlsx.body().get(0).text(), heading.text());
        assertEquals(x.rowCount(), t.rowCount());
        for (int r = 0; r < x.rowCount(); r++) {
            assertEquals(x.rowTexts(r), t.rowTexts(r), "row " + r);
            for (int c = 0; c < x.colCount(); c++) {
                assertEquals(x.cellAt(r, c).fill(), t.cellAt(r, c).fill(), "fill at " + r + "," + c);
            }
        }
    }

    @Test
    void repeatsSpansColumnStylesAndInheritedBackgroundsLandOnTheirCells() throws IOException {
        String styles = """
                <?xml version="1.0" encoding="UTF-8"?>
                <office:document-styles xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
                    xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
                    xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0">
                  <office:styles>
                    <style:style style:name="Neutral" style:family="table-cell"><style:table-cell-properties fo:background-color="#ffffcc"/></style:style>
                  </office:styles>
                </office:document-styles>
                """;
        String content = HEAD + """
                  <office:automatic-styles>
                    <style:style style:name="Red" style:family="table-cell"><style:table-cell-properties fo:background-color="#ff0000"/></style:style>
                    <style:style style:name="Green" style:family="table-cell"><style:table-cell-properties fo:background-color="#00b050"/></style:style>
                    <style:style style:name="ce9" style:family="table-cell" style:parent-style-name="Neutral"><style:text-properties fo:color="#c00000"/></style:style>
                    <style:style style:name="None" style:family="table-cell" style:parent-style-name="Neutral"><style:table-cell-properties fo:background-color="transparent"/></style:style>
                  </office:automatic-styles>
                  <office:body><office:spreadsheet>
                    <table:table table:name="Actions">
                      <table:table-column table:number-columns-repeated="3"/>
                      <table:table-column table:default-cell-style-name="Green"/>
                      <table:table-column table:number-columns-repeated="1020"/>
                      <table:table-row><table:table-cell table:number-columns-spanned="2"><text:p>Action and owner</text:p></table:table-cell>
                        <table:covered-table-cell/><table:table-cell><text:p>Q1</text:p></table:table-cell>
                        <table:table-cell><text:p>Q2</text:p></table:table-cell><table:table-cell table:number-columns-repeated="1020"/></table:table-row>
                      <table:table-row table:number-rows-repeated="2"><table:table-cell><text:p>Audit visits</text:p></table:table-cell>
                        <table:table-cell/><table:table-cell table:style-name="Red" table:number-columns-repeated="2"/>
                        <table:table-cell table:number-columns-repeated="1020"/></table:table-row>
                      <table:table-row table:number-rows-repeated="3"><table:table-cell table:number-columns-repeated="1024"/></table:table-row>
                      <table:table-row><table:table-cell><text:p>Review<text:s text:c="2"/>fees</text:p>
                          <office:annotation><text:p>a comment, not the cell's text</text:p></office:annotation></table:table-cell>
                        <table:table-cell><text:p>Finance</text:p><text:p>Lead</text:p></table:table-cell>
                        <table:table-cell table:style-name="ce9"><text:p>Late</text:p></table:table-cell>
                        <table:table-cell/><table:table-cell table:number-columns-repeated="1020"/></table:table-row>
                      <table:table-row><table:table-cell table:style-name="None"><text:p>Train staff</text:p></table:table-cell>
                        <table:table-cell table:number-columns-repeated="1023"/></table:table-row>
                      <table:table-row table:number-rows-repeated="1048000"><table:table-cell table:style-name="Red" table:number-columns-repeated="1024"/></table:table-row>
                    </table:table>
                  </office:spreadsheet></office:body>
                </office:document-content>
                """;
        LayoutDocument doc = read(OfficeFixtures.odf(ODS, content, styles), "plan.ods", new Warnings());
        assertEquals("Actions", doc.body().get(0).text());
        Table t = table(doc);
        assertEquals(5, t.rowCount(), "header, the repeated row twice, two more; no blank rows, none of the red rows after the text");
        assertEquals(4, t.colCount());
        assertEquals(List.of("Action and owner", "", "Q1", "Q2"), t.rowTexts(0));
        Cell header = t.cellAt(0, 0);
        assertEquals(2, header.colSpan(), "spanned over its covered cell");
        assertEquals(rgb("#00b050"), t.cellAt(0, 3).fill(), "a cell without a style takes its column's default");
        for (int r = 1; r <= 2; r++) {
            assertEquals(List.of("Audit visits", "", "", ""), t.rowTexts(r), "row repeated: " + r);
            assertEquals(rgb("#ff0000"), t.cellAt(r, 2).fill(), "a red cell repeated over two columns: " + r);
            assertEquals(rgb("#ff0000"), t.cellAt(r, 3).fill(), "its own style over the column's: " + r);
        }
        assertEquals(List.of("Review fees", "Finance\nLead", "Late", ""), t.rowTexts(3), "spaces as text:s; no annotation; two paragraphs");
        assertEquals(2, t.cellAt(3, 1).blocks().size());
        assertEquals(rgb("#ffffcc"), t.cellAt(3, 2).fill(), "the background of the named style in styles.xml it inherits from");
        assertEquals(rgb("#c00000"), t.cellAt(3, 2).textColor());
        assertEquals(rgb("#00b050"), t.cellAt(3, 3).fill());
        assertEquals("Train staff", t.cellAt(4, 0).text());
        assertNull(t.cellAt(4, 0).fill(), "transparent hides the parent's background");
    }

    @Test
    void aSheetWithMoreCellsThanTheBoundIsCutAndSaysSo() throws IOException {
        String content = HEAD + """
                  <office:body><office:spreadsheet><table:table table:name="Big">
                    <table:table-row table:number-rows-repeated="400"><table:table-cell table:number-columns-repeated="1000"><text:p>x</text:p></table:table-cell></table:table-row>
                    <table:table-row><table:table-cell><text:p>last</text:p></table:table-cell></table:table-row>
                  </table:table></office:spreadsheet></office:body></office:document-content>
                """;
        Warnings warnings = new Warnings();
        Table t = table(read(OfficeFixtures.odf(ODS, content), "big.ods", warnings));
        assertTrue(t.cells().size() <= OdsSheets.MAX_CELLS, "at most the bound: " + t.cells().size());
        assertTrue(t.rowCount() < 400, "the repeated rows stop at the bound: " + t.rowCount());
        assertTrue(warnings.toList().stream().anyMatch(w -> w.code() == WarningCode.OTHER && w.message().contains(OdsSheets.MAX_CELLS + " cells")),
                warnings.toList().toString());
    }

    @Test
    void anOdsWithoutContentIsUnreadable() {
        byte[] empty = OfficeFixtures.withPartCut(OfficeFixtures.odf(ODS, HEAD + "<office:body/></office:document-content>"), "content.xml");
        UnreadablePaperException e = org.junit.jupiter.api.Assertions.assertThrows(UnreadablePaperException.class,
                () -> read(empty, "cut.ods", new Warnings()));
        assertTrue(e.getMessage().contains("OpenDocument spreadsheet (.ods)"), e.getMessage());
    }
}
