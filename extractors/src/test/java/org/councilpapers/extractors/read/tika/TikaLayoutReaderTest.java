package org.councilpapers.extractors.read.tika;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.councilpapers.core.Warning;
import org.councilpapers.core.WarningCode;
import org.councilpapers.core.Warnings;
import org.councilpapers.core.layout.Block;
import org.councilpapers.core.layout.BlockKind;
import org.councilpapers.core.layout.Cell;
import org.councilpapers.core.layout.Layer;
import org.councilpapers.core.layout.LayoutDocument;
import org.councilpapers.core.layout.Page;
import org.councilpapers.core.layout.Rgb;
import org.councilpapers.core.layout.Style;
import org.councilpapers.core.layout.Table;
import org.councilpapers.extractors.read.LayoutReader;
import org.councilpapers.extractors.read.MediaTypes;
import org.councilpapers.extractors.read.Readers;
import org.councilpapers.extractors.read.Source;
import org.councilpapers.extractors.read.UnreadablePaperException;
import org.councilpapers.testdata.TestPapers;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TikaLayoutReaderTest {
    /** Shared because building Tika's AutoDetectParser takes a second; the reader is stateless. */
    static final TikaLayoutReader READER = new TikaLayoutReader();

    private static final String ILACS = "docx/thurrock-2019-ofsted-ilacs-report.docx";
    private static final String IMPROVEMENT_PLAN = "docx/thurrock-2017-04-improvement-plan.docx";
    private static final String DEVELOPMENT_PLAN = "docx/thurrock-2020-07-07-development-plan-report.docx";

    // --- the Thurrock samples as Word files

    @Test
    void ilacsReportKeepsHeadingsBulletsAndJudgementTable() throws IOException {
        LayoutDocument doc = read(ILACS);
        assertEquals(1, doc.pageCount(), "Word files have no physical pages");
        List<Block> body = doc.body();
        int improve = indexOf(body, BlockKind.HEADING, "What needs to improve");
        assertTrue(improve >= 0, "heading 'What needs to improve'");
        for (int i = 1; i <= 3; i++) {
            Block item = body.get(improve + i);
            assertEquals(BlockKind.LIST_ITEM, item.kind(), item.toString());
            assertEquals("\u2022", item.marker());
            assertEquals(0, item.level());
        }
        assertTrue(body.get(improve + 1).text().startsWith("Planned transitions and closer collaboration"));

        Table judgements = tables(doc).get(0);
        assertEquals(5, judgements.rowCount());
        assertEquals(2, judgements.colCount());
        assertEquals(List.of("Judgement", "Grade"), judgements.rowTexts(0));
        assertEquals(List.of("Overall effectiveness", "Good"), judgements.rowTexts(4));
    }

    @Test
    void ilacsParagraphNumbersFollowWordsStartOverridesNotTikas() throws IOException {
        // word/numbering.xml: the first list starts level 1 at 2; the next paragraphs are separate lists
        // restarted by w:startOverride at 3, 4, 5 ... (Tika ignores the overrides and prints "1." each time)
        List<Block> body = read(ILACS).body();
        assertEquals("2.", listItem(body, "Judicious, targeted investment").marker());
        assertEquals(1, listItem(body, "Judicious, targeted investment").level());
        assertEquals("3.", listItem(body, "Strong partnerships in the multi-agency").marker());
        assertEquals("4.", listItem(body, "Appropriate action is taken to safeguard").marker());
        assertEquals("5.", listItem(body, "Child protection conferences are timely").marker());
    }

    @Test
    void improvementPlanReadsEveryRecommendationRowOfItsNineColumnTables() throws IOException {
        LayoutDocument doc = read(IMPROVEMENT_PLAN);
        List<Table> nineColumns = tables(doc).stream().filter(t -> t.colCount() == 9).toList();
        assertEquals(7, nineColumns.size());
        List<String> numbers = new ArrayList<>();
        for (Table t : nineColumns) {
            assertEquals("No.", t.rowTexts(0).get(0));
            assertEquals("Recommendation", t.rowTexts(0).get(1));
            assertEquals("By When (date)", t.rowTexts(0).get(8));
            IntStream.range(1, t.rowCount()).forEach(r -> numbers.add(t.rowTexts(r).get(0)));
        }
        assertEquals(IntStream.rangeClosed(1, 16).mapToObj(Integer::toString).toList(), numbers);
        Table first = nineColumns.get(0);
        assertEquals("Improving", first.rowTexts(1).get(5));
        assertEquals("Director of Children\u2019s Services", first.rowTexts(1).get(7));
    }

    @Test
    void developmentPlanReportSectionsAreNumberedListItems() throws IOException {
        List<Block> body = read(DEVELOPMENT_PLAN).body();
        assertEquals("1.", listItem(body, "Recommendation(s)").marker());
        assertEquals("2.", listItem(body, "Introduction and Background").marker());
        assertEquals(BlockKind.PARAGRAPH, body.get(indexOf(body, BlockKind.PARAGRAPH, "This report is public")).kind());
    }

    @Test
    void readingTwiceGivesTheSameLayout() throws IOException {
        LayoutDocument a = read(DEVELOPMENT_PLAN);
        LayoutDocument b = read(DEVELOPMENT_PLAN);
        assertEquals(a.text(), b.text());
        assertEquals(a.pages(), b.pages());
    }

    // --- a Word file written in code

    @Test
    void wordHeadingsBoldParagraphsListsAndFurniture() throws IOException {
        LayoutDocument doc = read(OfficeFixtures.actionPlanDocx(), "plan.docx");
        Page page = doc.page(1);
        assertEquals(List.of("Cabinet, 12 March 2024"), page.header().stream().map(Block::text).toList());
        assertEquals(List.of("Page"), page.footer().stream().map(Block::text).toList());
        List<Block> body = doc.body();
        assertEquals(Block.heading(1, "Progress against the plan").text(), body.get(0).text());
        assertEquals(BlockKind.HEADING, body.get(0).kind());
        assertEquals(1, body.get(0).level());
        assertEquals(Style.BOLD, body.get(1).style());
        assertEquals("Partly bold", body.get(2).text());
        assertNull(body.get(2).style(), "only part of it is bold");
        assertEquals(List.of("\u2022/0/Recruit more foster carers", "\u2022/1/Review fees by June",
                        "\u2022/0/Publish the sufficiency strategy", "4./0/Social workers know children well.",
                        "5./0/Plans are reviewed on time."),
                body.stream().filter(b -> b.is(BlockKind.LIST_ITEM)).map(b -> b.marker() + "/" + b.level() + "/" + b.text()).toList());
    }

    @Test
    void wordTableKeepsShadingMergesHeaderRowTextColourAndNestedTable() throws IOException {
        Warnings warnings = new Warnings();
        LayoutDocument doc = READER.read(Source.of(OfficeFixtures.actionPlanDocx(), "plan.docx"), warnings);
        assertTrue(warnings.isEmpty(), warnings.toList().toString());
        Table t = tables(doc).get(0);
        assertEquals(5, t.rowCount());
        assertEquals(4, t.colCount());
        assertTrue(t.row(0).stream().allMatch(Cell::header), "w:tblHeader row");
        assertTrue(t.row(1).stream().noneMatch(Cell::header));

        Cell merged = t.cellAt(2, 0);
        assertNotNull(merged);
        assertEquals(1, merged.row());
        assertEquals(2, merged.rowSpan());
        assertEquals("Recruit foster carers", merged.text());
        assertEquals("Virtual School", t.cellAt(2, 1).text(), "the continuation cell is not a cell of its own");

        assertEquals(fill("#92d050", "Green"), fillOf(t, 1, 2));
        assertEquals(fill("#00b050", "On track"), fillOf(t, 1, 3));
        assertEquals(fill("#ffc000", "Amber"), fillOf(t, 2, 2));
        assertEquals(fill("#ffbf00", "Slipping"), fillOf(t, 2, 3));
        assertEquals(fill("#ff0000", "Red"), fillOf(t, 3, 2));
        assertEquals(fill("#c00000", "Off track"), fillOf(t, 3, 3));
        assertNull(t.cellAt(1, 1).fill());
        assertEquals(Rgb.WHITE, t.cellAt(3, 2).textColor());
        assertNull(t.cellAt(1, 2).textColor(), "black (automatic) text has no colour");

        Cell summary = t.cellAt(4, 1);
        assertEquals(0, summary.col());
        assertEquals(2, summary.colSpan());
        assertEquals("Summary", summary.text());
        Cell holder = t.cellAt(4, 2);
        assertEquals(2, holder.col());
        Table nested = holder.blocks().stream().filter(b -> b.is(BlockKind.TABLE)).findFirst().orElseThrow().table();
        assertEquals(List.of("Oct 2019", "Jan 2020"), nested.rowTexts(0));
        assertEquals(Rgb.parse("#92d050").orElseThrow(), nested.cellAt(0, 0).fill());
        assertEquals(Rgb.parse("#ffc000").orElseThrow(), nested.cellAt(0, 1).fill());
        assertEquals(Rgb.parse("#c00000").orElseThrow(), t.cellAt(4, 3).textColor());
        assertEquals("Late", t.cellAt(4, 3).text());
    }

    // --- HTML

    private static final String RAG_PAGE = """
            <!DOCTYPE html><html><head><title>Performance</title>
            <style>.rag-green { background-color: #92d050 } /* sheet rule */
            td.amber { background: #ffc000 url(amber.png) no-repeat }</style></head>
            <body>
            <header><p>Borough Council \u2013 Cabinet</p></header>
            <h2>Performance report</h2>
            <p><strong>All of this is bold</strong></p>
            <p>Some <b>bold</b> words</p>
            <ul><li>First<ul><li>Nested</li></ul></li><li>Second</li></ul>
            <ol start="3"><li>Third</li><li>Fourth</li></ol>
            <table>
             <thead><tr><th>Measure</th><th colspan="2">Status</th></tr></thead>
             <tbody>
              <tr><td rowspan="2">Visits</td><td class="rag-green">Green</td>
                  <td style="background-color: rgb(255, 0, 0); color: #ffffff">Red</td></tr>
              <tr><td class="amber">Amber</td>
                  <td bgcolor="#00b050"><table><tr><td style="background:#92d050">Q1</td></tr></table></td></tr>
              <tr style="background-color:#ffc000"><td>Row fill</td><td><font color="red">late</font></td>
                  <td style="background-color:white">none</td></tr>
             </tbody>
            </table>
            <footer><p>Page 3</p></footer>
            </body></html>
            """;

    @Test
    void htmlHeadingsListsBoldAndFurniture() throws IOException {
        LayoutDocument doc = read(RAG_PAGE.getBytes(StandardCharsets.UTF_8), "performance.html");
        Page page = doc.page(1);
        // The page's <title> is what a browser prints over it: the running header, before the <header> element's text.
        assertEquals(List.of("Performance", "Borough Council \u2013 Cabinet"), page.header().stream().map(Block::text).toList());
        assertEquals(List.of("Page 3"), page.footer().stream().map(Block::text).toList());
        List<Block> body = doc.body();
        assertEquals(BlockKind.HEADING, body.get(0).kind());
        assertEquals(2, body.get(0).level());
        assertEquals("Performance report", body.get(0).text());
        assertTrue(body.get(1).isBold());
        assertFalse(body.get(2).isBold());
        assertEquals(List.of("\u2022/0/First", "\u2022/1/Nested", "\u2022/0/Second", "3./0/Third", "4./0/Fourth"),
                body.stream().filter(b -> b.is(BlockKind.LIST_ITEM)).map(b -> b.marker() + "/" + b.level() + "/" + b.text()).toList());
    }

    @Test
    void htmlTableKeepsSpansFillsFromStylesClassesRowsAndTextColour() throws IOException {
        Table t = tables(read(RAG_PAGE.getBytes(StandardCharsets.UTF_8), "performance.html")).get(0);
        assertEquals(4, t.rowCount());
        assertEquals(3, t.colCount());
        assertTrue(t.cellAt(0, 0).header());
        assertEquals(2, t.cellAt(0, 2).colSpan());
        assertEquals(2, t.cellAt(2, 0).rowSpan());
        assertEquals("Visits", t.cellAt(2, 0).text());
        assertEquals(fill("#92d050", "Green"), fillOf(t, 1, 1), "class rule from the style sheet");
        assertEquals(fill("#ff0000", "Red"), fillOf(t, 1, 2), "rgb() in a style attribute");
        assertEquals(Rgb.WHITE, t.cellAt(1, 2).textColor());
        assertEquals(fill("#ffc000", "Amber"), fillOf(t, 2, 1), "background shorthand with an image");
        assertEquals(Rgb.parse("#00b050").orElseThrow(), t.cellAt(2, 2).fill(), "bgcolor");
        Table nested = t.cellAt(2, 2).blocks().get(0).table();
        assertEquals(Rgb.parse("#92d050").orElseThrow(), nested.cellAt(0, 0).fill());
        assertEquals(fill("#ffc000", "Row fill"), fillOf(t, 3, 0), "a shaded row shades its cells");
        assertEquals(Rgb.parse("red").orElseThrow(), t.cellAt(3, 1).textColor());
        assertNull(t.cellAt(3, 2).fill(), "a white cell in a shaded row is not shaded");
    }

    @Test
    void htmlParagraphsWhoseClassNamesAHeadingStyleAreHeadings() throws IOException {
        String html = "<html><body><p class=\"MsoTitle\">Annual report</p><p class=\"x MsoHeading2\">Summary</p>"
                + "<p class=\"Heading_20_3\">Detail</p><p class=\"MsoNormal\">Body text</p></body></html>";
        List<Block> body = read(html.getBytes(StandardCharsets.UTF_8), "report.htm").body();
        assertEquals(List.of("HEADING1 Annual report", "HEADING2 Summary", "HEADING3 Detail", "PARAGRAPH0 Body text"),
                body.stream().map(b -> b.kind() + "" + b.level() + " " + b.text()).toList());
    }

    @Test
    void htmlWithoutTextWarnsNoText() throws IOException {
        Warnings warnings = new Warnings();
        READER.read(Source.of("<html><body><img src=\"scan.png\"></body></html>".getBytes(StandardCharsets.UTF_8), "scan.html"),
                warnings);
        assertEquals(List.of(WarningCode.NO_TEXT_LAYER), warnings.toList().stream().map(Warning::code).toList());
    }

    // --- spreadsheets, OpenDocument, RTF

    @ParameterizedTest
    @ValueSource(strings = {"plan.xlsx", "plan.xls"})
    void eachSheetIsAPageWithItsNameAsHeadingAndATable(String name) throws IOException {
        LayoutDocument doc = read(OfficeFixtures.twoSheetWorkbook(name.endsWith("x")), name);
        assertEquals(2, doc.pageCount());
        List<Block> first = doc.page(1).body();
        assertEquals(BlockKind.HEADING, first.get(0).kind());
        assertEquals("Summary", first.get(0).text());
        Table summary = first.get(1).table();
        assertEquals(List.of("Visits", "42"), summary.rowTexts(1));
        List<Block> second = doc.page(2).body();
        assertEquals("Actions", second.get(0).text());
        assertEquals(List.of("Recruit", "Green"), second.get(1).table().rowTexts(1));
    }

    @Test
    void openDocumentHeadingListAndTable() throws IOException {
        List<Block> body = read(OfficeFixtures.odt(), "report.odt").body();
        assertEquals(BlockKind.HEADING, body.get(0).kind());
        assertEquals(2, body.get(0).level());
        assertEquals("Recommendations", body.get(0).text());
        assertEquals(BlockKind.PARAGRAPH, body.get(1).kind());
        assertEquals(List.of("Note progress", "Agree the plan"),
                body.stream().filter(b -> b.is(BlockKind.LIST_ITEM)).map(Block::text).toList());
        assertEquals(List.of("Overall effectiveness", "Good"), body.get(4).table().rowTexts(1));
    }

    @Test
    void rtfBoldParagraphAndBullet() throws IOException {
        String rtf = "{\\rtf1\\ansi\\deff0 {\\fonttbl{\\f0 Times;}}\\pard\\b Key decisions\\b0\\par"
                + "\\pard Ordinary paragraph text.\\par\\pard{\\pntext\\'95\\tab}Bullet item\\par}";
        List<Block> body = read(rtf.getBytes(StandardCharsets.US_ASCII), "decisions.rtf").body();
        assertEquals(List.of("Key decisions", "Ordinary paragraph text.", "Bullet item"), body.stream().map(Block::text).toList());
        assertTrue(body.get(0).isBold());
        assertFalse(body.get(1).isBold());
        assertEquals(BlockKind.LIST_ITEM, body.get(2).kind());
    }

    // --- files that cannot be read, or only in part

    @Test
    void truncatedDocxIsUnreadable() throws IOException {
        byte[] whole = Files.readAllBytes(TestPapers.path(ILACS));
        UnreadablePaperException e = assertThrows(UnreadablePaperException.class,
                () -> READER.read(Source.of(Arrays.copyOf(whole, whole.length / 2), "cut.docx"), new Warnings()));
        assertEquals("cut.docx", e.source());
        assertTrue(e.reason().startsWith("damaged or truncated Word (.docx) file ("), e.reason());
        assertFalse(e.getMessage().contains("\n"));
    }

    @Test
    void docxThatLostOnlyItsZipDirectoryIsReadWithAWarning() throws IOException {
        byte[] whole = Files.readAllBytes(TestPapers.path(ILACS));
        Warnings warnings = new Warnings();
        LayoutDocument doc = READER.read(Source.of(Arrays.copyOf(whole, whole.length - 40), "cut.docx"), warnings);
        assertEquals(List.of("Overall effectiveness", "Good"), tables(doc).get(0).rowTexts(4));
        assertTrue(warnings.toList().stream().anyMatch(w -> w.code() == WarningCode.DAMAGED), warnings.toList().toString());
    }

    @Test
    void wordTableThatCannotBeMatchedToItsXmlIsReadPlainWithAWarning() throws IOException {
        // A content control around a cell: Tika gives it a td, but its w:tc sits inside w:sdt, so the
        // XML's cells cannot be lined up with Tika's one to one; the table is read without its shading.
        String w = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";
        String cell = "<w:tc><w:tcPr><w:shd w:val=\"clear\" w:fill=\"92D050\"/></w:tcPr><w:p><w:r><w:t>%s</w:t></w:r></w:p></w:tc>";
        String document = "<w:document " + w + "><w:body><w:tbl><w:tr>" + cell.formatted("Status")
                + "<w:sdt><w:sdtContent>" + cell.formatted("Green") + "</w:sdtContent></w:sdt></w:tr></w:tbl>"
                + "<w:p><w:r><w:t>After the table</w:t></w:r></w:p></w:body></w:document>";
        byte[] docx = DocxPassTest.zip(Map.of(
                "[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                        + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                        + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument"
                        + ".wordprocessingml.document.main+xml\"/></Types>",
                "_rels/.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                        + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
                        + "officeDocument\" Target=\"word/document.xml\"/></Relationships>",
                "word/document.xml", document));
        Warnings warnings = new Warnings();
        LayoutDocument doc = READER.read(Source.of(docx, "controls.docx"), warnings);
        Table t = tables(doc).get(0);
        assertEquals("Status", t.cellAt(0, 0).text());
        assertNull(t.cellAt(0, 0).fill());
        assertEquals(List.of(WarningCode.BROKEN_TABLE), warnings.toList().stream().map(Warning::code).toList());
        assertEquals("After the table", doc.body().get(1).text());
    }

    @Test
    void wordFileWithABrokenStylesPartIsReadWithAWarning() throws IOException {
        byte[] damaged = OfficeFixtures.withPartCut(OfficeFixtures.actionPlanDocx(), "word/styles.xml");
        Warnings warnings = new Warnings();
        LayoutDocument doc = READER.read(Source.of(damaged, "damaged.docx"), warnings);
        assertTrue(warnings.toList().stream().anyMatch(w -> w.code() == WarningCode.DAMAGED
                && w.message().contains("streaming extractor")), warnings.toList().toString());
        Table t = tables(doc).get(0);
        assertEquals(fill("#92d050", "Green"), fillOf(t, 1, 2));
        assertEquals(2, t.cellAt(1, 0).rowSpan());
        assertTrue(doc.body().stream().anyMatch(b -> b.text().equals("Progress against the plan")));
    }

    @Test
    void encryptedDocxIsUnreadable() {
        byte[] locked = OfficeFixtures.encrypted(OfficeFixtures.actionPlanDocx(), "secret");
        UnreadablePaperException e = assertThrows(UnreadablePaperException.class,
                () -> READER.read(Source.of(locked, "locked.docx"), new Warnings()));
        assertEquals("encrypted (password required)", e.reason());
    }

    @Test
    void emptyFileIsUnreadable() {
        UnreadablePaperException e = assertThrows(UnreadablePaperException.class,
                () -> READER.read(new Source(new byte[0], "empty.docx", MediaTypes.DOCX), new Warnings()));
        assertEquals("empty file", e.reason());
    }

    @Test
    void standardReadersSendOfficeAndHtmlHere() {
        Readers readers = Readers.standard();
        for (String type : List.of(MediaTypes.DOCX, MediaTypes.DOC, MediaTypes.ODT, MediaTypes.RTF, MediaTypes.HTML,
                MediaTypes.XLSX, MediaTypes.XLS)) {
            LayoutReader r = readers.forType(type).orElseThrow();
            assertInstanceOf(TikaLayoutReader.class, r, type);
        }
        assertInstanceOf(org.councilpapers.extractors.read.text.TextLayoutReader.class, readers.forType(MediaTypes.TEXT).orElseThrow(),
                "text is not Tika's");
        assertInstanceOf(org.councilpapers.extractors.read.pdf.PdfLayoutReader.class, readers.forType(MediaTypes.PDF).orElseThrow(),
                "nor is PDF");
    }

    // --- helpers

    // --- one committed file per format (testdata/papers/formats, written by FormatFixtures)

    @Nested
    class CommittedFormats {
        private final List<List<String>> ragRows = Arrays.stream(FormatFixtures.TABLE).map(List::of).toList();

        private LayoutDocument format(String file) throws IOException {
            return read("formats/" + file);
        }

        private List<String> items(LayoutDocument doc) {
            return doc.body().stream().filter(b -> b.is(BlockKind.LIST_ITEM)).map(b -> b.marker() + " " + b.text()).toList();
        }

        private List<List<String>> rows(Table t) {
            return IntStream.range(0, t.rowCount()).mapToObj(t::rowTexts).toList();
        }

        @Test
        void docxHeadingListsTableAndShading() throws IOException {
            LayoutDocument doc = format("performance-report.docx");
            assertEquals(BlockKind.HEADING, doc.body().get(0).kind());
            assertEquals("Progress against the plan", doc.body().get(0).text());
            assertEquals(List.of("\u2022 Recruit more foster carers", "\u2022 Review fees by June", "\u2022 Publish the sufficiency strategy",
                    "4. Social workers know children well.", "5. Plans are reviewed on time."), items(doc));
            Table t = tables(doc).get(0);
            assertEquals(List.of("Action", "Lead", "Status", "Q1"), t.rowTexts(0));
            assertEquals(fill("#92d050", "Green"), fillOf(t, 1, 2));
            assertEquals(fill("#ff0000", "Red"), fillOf(t, 3, 2));
        }

        @Test
        void wordNinetySevenHeadingsTableAndListNumbersPrintedAsText() throws IOException {
            // Apache Tika's own Word 97 test documents (see formats/README.md), read by eye in the Tika sources' expectations.
            LayoutDocument doc = format("tika-testWORD.doc");
            assertEquals(List.of("Sample Word Document Title", "And now for a subtitle", "Main Heading", "Heading Level 1", "Heading Level 2",
                    "Heading Level 3"), doc.body().stream().filter(b -> b.is(BlockKind.HEADING)).map(b -> b.text()).toList());
            Table t = tables(doc).get(0);
            assertEquals("This is a table", t.rowTexts(0).get(0).strip());
            LayoutDocument lists = format("tika-testWORD_numbered_list.doc");
            // Tika prints Word 97 list numbers as text; they come back as list markers, as the text reader reads them.
            assertEquals(List.of("1) This", "a) Is", "i) A multi", "ii) Level"), items(lists).subList(0, 4));
            assertTrue(items(lists).contains("6. six"), "a list restarted at 6");
            assertTrue(lists.body().stream().anyMatch(b -> b.is(BlockKind.PARAGRAPH) && b.text().equals("This is another list")),
                    "a paragraph without a marker stays a paragraph");
        }

        @Test
        void htmlHeadingListTableAndShading() throws IOException {
            LayoutDocument doc = format("performance-report.html");
            assertEquals(Block.heading(2, "Performance report").text(), doc.body().get(0).text());
            assertEquals(2, doc.body().get(0).level());
            assertEquals(List.of("\u2022 Note the progress made", "\u2022 Agree the revised plan"), items(doc));
            Table t = tables(doc).get(0);
            assertEquals(ragRows, rows(t));
            assertTrue(t.cellAt(0, 0).header());
            assertEquals(fill("#92d050", "Green"), fillOf(t, 1, 1));
            assertEquals(fill("#ffc000", "Amber"), fillOf(t, 2, 1));
        }

        @Test
        void odtHeadingListAndTable() throws IOException {
            LayoutDocument doc = format("performance-report.odt");
            assertEquals(BlockKind.HEADING, doc.body().get(0).kind());
            assertEquals(2, doc.body().get(0).level());
            assertEquals(List.of("\u2022 Note progress", "\u2022 Agree the plan"), items(doc));
            assertEquals(List.of(List.of("Judgement", "Grade"), List.of("Overall effectiveness", "Good")), rows(tables(doc).get(0)));
        }

        @ParameterizedTest
        @ValueSource(strings = {"performance-scorecard.xlsx", "performance-scorecard.xls"})
        void spreadsheetSheetNameHeadingAndTable(String file) throws IOException {
            LayoutDocument doc = format(file);
            assertEquals(BlockKind.HEADING, doc.body().get(0).kind());
            assertEquals("Scorecard", doc.body().get(0).text());
            assertEquals(ragRows, rows(tables(doc).get(0)));
        }

        @Test
        void rtfBoldTitleBulletsAndTable() throws IOException {
            LayoutDocument doc = format("performance-report.rtf");
            assertEquals("Performance report", doc.body().get(0).text());
            assertTrue(doc.body().get(0).isBold());
            assertEquals(List.of("\u2022 Note the progress made", "\u2022 Agree the revised plan"), items(doc));
            Table t = tables(doc).get(0);
            assertEquals(ragRows, rows(t));
            assertEquals(fill("#92d050", "Green"), fillOf(t, 1, 1), "\\clcbpat3 in the colour table");
            assertEquals(fill("#ffc000", "Amber"), fillOf(t, 2, 1));
            assertNull(t.cellAt(1, 0).fill());
            assertTrue(doc.body().stream().noneMatch(b -> b.is(BlockKind.PARAGRAPH) && b.text().equals("Visits on time")),
                    "cell text is not also left as paragraphs");
        }

        @Test
        void bulletBeforeATypedParagraphNumberGivesTheNumberAsTheMarker() throws IOException {
            String html = "<html><body><ul><li>1.1 That the committee notes the report.</li><li>Plain bullet</li></ul></body></html>";
            LayoutDocument doc = read(html.getBytes(StandardCharsets.UTF_8), "recs.html");
            assertEquals(List.of("1.1 That the committee notes the report.", "\u2022 Plain bullet"), items(doc));
        }
    }

    static LayoutDocument read(String paper) throws IOException {
        return read(Files.readAllBytes(TestPapers.path(paper)), paper.substring(paper.indexOf('/') + 1));
    }

    private static LayoutDocument read(byte[] bytes, String name) throws IOException {
        return READER.read(Source.of(bytes, name), new Warnings());
    }

    /** Every table of the body, outer tables only, in reading order. */
    static List<Table> tables(LayoutDocument doc) {
        return doc.body().stream().filter(b -> b.is(BlockKind.TABLE)).map(Block::table).toList();
    }

    private static int indexOf(List<Block> blocks, BlockKind kind, String text) {
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i).kind() == kind && blocks.get(i).text().equals(text)) {
                return i;
            }
        }
        return -1;
    }

    private static Block listItem(List<Block> blocks, String start) {
        return blocks.stream().filter(b -> b.is(BlockKind.LIST_ITEM) && b.text().startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError("no list item starting '" + start + "'"));
    }

    private static String fill(String hex, String text) {
        return hex + " " + text;
    }

    private static String fillOf(Table t, int row, int col) {
        Cell c = t.cellAt(row, col);
        return (c.fill() == null ? "none" : c.fill().hex()) + " " + c.text();
    }
}
