package org.councilpapers.extractors.read.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.councilpapers.core.Warning;
import org.councilpapers.core.WarningCode;
import org.councilpapers.core.Warnings;
import org.councilpapers.core.layout.Block;
import org.councilpapers.core.layout.BlockKind;
import org.councilpapers.core.layout.Cell;
import org.councilpapers.core.layout.Layer;
import org.councilpapers.core.layout.LayoutDocument;
import org.councilpapers.core.layout.Rgb;
import org.councilpapers.core.layout.Table;
import org.councilpapers.extractors.read.MediaTypes;
import org.councilpapers.extractors.read.Source;
import org.councilpapers.testdata.TestPapers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class TextLayoutReaderTest {

    private static final Rgb RAG_GREEN = new Rgb(0x92, 0xd0, 0x50);

    private final Warnings warnings = new Warnings();

    // --- headings, emphasis, links

    @Test
    void hashHeadingsKeepTheirLevel() {
        List<Block> bs = body("# One\n\n### Three ###\n\n###### Six\n\n#hashtag is not a heading");
        assertEquals(BlockKind.HEADING, bs.get(0).kind());
        assertEquals(1, bs.get(0).level());
        assertEquals("One", bs.get(0).text());
        assertEquals(3, bs.get(1).level());
        assertEquals("Three", bs.get(1).text());
        assertEquals(6, bs.get(2).level());
        assertEquals(BlockKind.PARAGRAPH, bs.get(3).kind());
    }

    @Test
    void wholeBoldParagraphIsStyledBoldAndPartialBoldIsStripped() {
        List<Block> bs = body("**Inspection dates: 11 November 2019 to 22 November 2019** \n\n"
                + "Implications verified by: **David May**\n\n*Italic only*");
        assertEquals("Inspection dates: 11 November 2019 to 22 November 2019", bs.get(0).text());
        assertTrue(bs.get(0).isBold());
        assertEquals("Implications verified by: David May", bs.get(1).text());
        assertFalse(bs.get(1).isBold());
        assertEquals("Italic only", bs.get(2).text());
        assertFalse(bs.get(2).isBold());
    }

    @Test
    void boldOverTwoLinesOfOneParagraph() {
        Block b = body("**Children's Services Overview and Scrutiny Committee\nWork Programme 2021/22**").get(0);
        assertEquals("Children's Services Overview and Scrutiny Committee Work Programme 2021/22", b.text());
        assertTrue(b.isBold());
    }

    @Test
    void linksBecomeTheirText() {
        assertEquals("View on your iPad with the app: https://www.nhs.uk/test",
                body("View on your [iPad](#) with the app: <https://www.nhs.uk/test>").get(0).text());
    }

    @Test
    void inlineHtmlInProseReadByJsoup() {
        assertEquals("or email enquiries@ofsted.gov.uk.",
                body("or email <a href=\"mailto:enquiries@ofsted.gov.uk\">enquiries@ofsted.gov.uk</a>.").get(0).text());
    }

    // --- lists

    @Test
    void bulletGlyphsOfAllKinds() {
        List<Block> bs = body("- dash\n* star\n• dot\n◦ ring\n▪ square\no letter o\n\uF0B7 Word symbol bullet");
        assertEquals(7, bs.size());
        assertTrue(bs.stream().allMatch(b -> b.is(BlockKind.LIST_ITEM) && b.level() == 0));
        assertEquals(List.of("-", "*", "•", "◦", "▪", "o", "\uF0B7"), bs.stream().map(Block::marker).toList());
        assertEquals("letter o", bs.get(5).text());
    }

    @Test
    void nestedListDepthFromIndentation() {
        List<Block> bs = body("1. **People** – a borough\n - High quality services\n   • Right first time\n"
                + " - Build partnerships\n\n2. **Place** – heritage");
        assertEquals(List.of(0, 1, 2, 1, 0), bs.stream().map(Block::level).toList());
        assertEquals(List.of("1.", "-", "•", "-", "2."), bs.stream().map(Block::marker).toList());
        assertEquals("People – a borough", bs.get(0).text());
        assertFalse(bs.get(0).isBold(), "only part of the item was bold");
    }

    @Test
    void numberedMarkerForms() {
        List<Block> bs = body("1) one\n(a) two\na) three\nA) four\ni. five\n(iv) six\n2.1 Seven\n3.2.1 Eight");
        assertEquals(List.of("1)", "(a)", "a)", "A)", "i.", "(iv)", "2.1", "3.2.1"), bs.stream().map(Block::marker).toList());
        assertTrue(bs.stream().allMatch(b -> b.is(BlockKind.LIST_ITEM)));
    }

    @Test
    void bulletBeforeASectionNumberTakesTheSectionNumber() {
        Block b = body("- 2.1 Thurrock Children's Services previous Ofsted inspection was in February 2016.").get(0);
        assertEquals("2.1", b.marker());
        assertEquals("Thurrock Children's Services previous Ofsted inspection was in February 2016.", b.text());
    }

    @Test
    void paragraphStartingWithASectionNumberIsANumberedItem() {
        List<Block> bs = body("3.2.1 Timeliness of initial health assessments\n\n1. Recommendation(s)");
        assertEquals("3.2.1", bs.get(0).marker());
        assertEquals("Timeliness of initial health assessments", bs.get(0).text());
        assertEquals("1.", bs.get(1).marker());
        assertEquals("Recommendation(s)", bs.get(1).text());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2019 was a year of change", "1.5 million pounds were saved", "7 July 2020", "29 Compliments"})
    void yearsAndAmountsStayParagraphs(String line) {
        Block b = body(line).get(0);
        assertEquals(BlockKind.PARAGRAPH, b.kind());
        assertEquals(line, b.text());
    }

    @Test
    void wrappedListItemContinuesOnTheNextLine() {
        List<Block> bs = body("- The YC continued to meet\nvirtually where possible.\n- Second");
        assertEquals(2, bs.size());
        assertEquals("The YC continued to meet virtually where possible.", bs.get(0).text());
    }

    @Test
    void wholeBoldListItemIsBold() {
        Block b = body("4. **Reasons for Recommendation**").get(0);
        assertEquals("4.", b.marker());
        assertEquals("Reasons for Recommendation", b.text());
        assertTrue(b.isBold());
    }

    @Test
    void markerFollowedByATabIsAListItemNotATable() {
        List<Block> bs = body("1.\tFirst item\n2.\tSecond item");
        assertEquals(2, bs.size());
        assertEquals(List.of("1.", "2."), bs.stream().map(Block::marker).toList());
    }

    // --- paragraphs

    @Test
    void linesJoinIntoParagraphsAndBlankLinesSeparate() {
        List<Block> bs = body("Sarah Barlow, Church of England Representative\nKim James, HealthWatch Thurrock\n\n\nSubstitutes:");
        assertEquals(2, bs.size());
        assertEquals("Sarah Barlow, Church of England Representative Kim James, HealthWatch Thurrock", bs.get(0).text());
        assertEquals("Substitutes:", bs.get(1).text());
    }

    @Test
    void horizontalRuleSeparatesAndLeavesNothing() {
        List<Block> bs = body("Above\n---\nBelow");
        assertEquals(List.of("Above", "Below"), bs.stream().map(Block::text).toList());
    }

    // --- pipe tables

    @Test
    void pipeTableWithHeaderAndFillerColumn() {
        Table t = onlyTable(body("Agenda\n\n| | Item | | Page |\n|---|---|--|---|\n| 2 | Minutes | | 5 - 16 |\n| 3 | Urgent Business | | |\n\nAfter"), 1);
        assertEquals(3, t.rowCount());
        assertEquals(3, t.colCount());
        assertEquals(List.of("", "Item", "Page"), t.rowTexts(0));
        assertTrue(t.cellAt(0, 1).header());
        assertEquals(List.of("2", "Minutes", "5 - 16"), t.rowTexts(1));
    }

    @Test
    void pipeRowWithHtmlRunningOverLines() {
        Table t = onlyTable(body("| RAG <table>\n<tr><td bgcolor=\"#00b0f0\">Done</td></tr>\n</table> | July 2019 |"), 0);
        Table nested = t.cellAt(0, 0).blocks().get(1).table();
        assertNotNull(nested);
        assertEquals(new Rgb(0, 0xb0, 0xf0), nested.cellAt(0, 0).fill());
        assertEquals("July 2019", t.cellAt(0, 1).text());
    }

    // --- HTML tables

    @Test
    void standaloneHtmlTableWithSpansFillsAndColours() {
        String html = """
                Progress:
                <table>
                  <thead><tr><th rowspan="2">Action</th><th colspan="2">RAG</th></tr>
                  <tr><th>Jan</th><th>Apr</th></tr></thead>
                  <tr><td>A1</td><td bgcolor="#92D050">&nbsp;</td><td style="background-color: #fc0; color: #ff0000">Late</td></tr>
                  <tr><td>A2</td><td style="background-color: yellow"></td><td><span style="color: #00b050">Done</span></td></tr>
                </table>
                After the table.""";
        List<Block> bs = body(html);
        assertEquals("Progress:", bs.get(0).text());
        Table t = onlyTable(bs, 1);
        assertEquals("After the table.", bs.get(2).text());
        assertEquals(4, t.rowCount());
        assertEquals(3, t.colCount());
        assertEquals(2, t.cellAt(0, 0).rowSpan());
        assertEquals(2, t.cellAt(0, 1).colSpan());
        assertTrue(t.cellAt(1, 2).header());
        assertEquals(RAG_GREEN, t.cellAt(2, 1).fill());
        assertEquals(new Rgb(255, 204, 0), t.cellAt(2, 2).fill());
        assertEquals(new Rgb(255, 0, 0), t.cellAt(2, 2).textColor());
        assertEquals(new Rgb(255, 255, 0), t.cellAt(3, 1).fill());
        assertEquals(new Rgb(0, 0xb0, 0x50), t.cellAt(3, 2).textColor());
        assertEquals("Done", t.cellAt(3, 2).text());
    }

    @Test
    void unclosedHtmlTableKeptAsTextWithWarning() {
        List<Block> bs = body("Before\n\nPage 4\n<table><tr><td>Oct 2019</td><td>Jan 2020</td>\n<tr><td>a</td>\n\nAfter");
        assertEquals(List.of("Before", "Oct 2019 Jan 2020 a", "After"), bs.stream().map(Block::text).toList());
        assertEquals(BlockKind.PARAGRAPH, bs.get(1).kind());
        Warning w = warnings.toList().get(0);
        assertEquals(WarningCode.BROKEN_TABLE, w.code());
        assertEquals(2, w.page(), "the table was on the page after 'Page 4'");
    }

    @Test
    void unbalancedPipeRowKeptAsTextWithWarning() {
        List<Block> bs = body("| a | b |\n| c | d |\n| a note with one pipe\n\nAfter");
        assertEquals(BlockKind.TABLE, bs.get(0).kind());
        assertEquals("| a note with one pipe", bs.get(1).text());
        assertEquals(WarningCode.BROKEN_TABLE, warnings.toList().get(0).code());
        assertEquals(1, warnings.toList().get(0).page());
    }

    // --- tab tables

    @Test
    void tabLinesFormOneTable() {
        Table t = onlyTable(body("Judgement\tGrade\nOverall effectiveness\tGood\n\nSince the last inspection"), 0);
        assertEquals(2, t.rowCount());
        assertEquals(List.of("Overall effectiveness", "Good"), t.rowTexts(1));
    }

    @Test
    void singleTabLineIsAOneRowTable() {
        Table t = onlyTable(body("Rory Patterson\tName of Reviewer\n\nIntroduction"), 0);
        assertEquals(1, t.rowCount());
        assertEquals(List.of("Rory Patterson", "Name of Reviewer"), t.rowTexts(0));
    }

    @Test
    void tabTableWithLeadingTabContinuationAndUnevenRows() {
        Table t = onlyTable(body("Implications Verified by:\tRoxanne Scanlon\n\tEngagement Officer\nNo.\tA\tB"), 0);
        assertEquals(3, t.rowCount());
        assertEquals(3, t.colCount());
        assertEquals(List.of("", "Engagement Officer", ""), t.rowTexts(1));
    }

    @Test
    void repeatedHeaderAfterABlankLineIsASeparateTable() {
        List<Block> bs = body("No.\tRecommendation\n1\tEnsure data\n\nNo.\tRecommendation\n2\tStrengthen oversight");
        assertEquals(2, bs.size());
        assertEquals(List.of("2", "Strengthen oversight"), bs.get(1).table().rowTexts(1));
    }

    // --- pages

    @Test
    void pageLinesEndPagesAndGivePrintedNumbers() {
        LayoutDocument doc = read("Intro\n\nPage 86\n\nMore\nPage 3 of 12\nLast\n- 7 -\n");
        assertEquals(3, doc.pageCount(), "three page lines, nothing after the last");
        assertEquals("86", doc.printedPage(1));
        assertEquals("3", doc.printedPage(2));
        assertEquals("7", doc.printedPage(3));
        Block footer = doc.page(1).footer().get(0);
        assertEquals(Layer.FOOTER, footer.layer());
        assertEquals("Page 86", footer.text());
        assertEquals(List.of("Intro"), doc.page(1).body().stream().map(Block::text).toList());
        assertEquals(List.of("More"), doc.page(2).body().stream().map(Block::text).toList());
        assertEquals(List.of("Last"), doc.body().subList(2, 3).stream().map(Block::text).toList());
    }

    @Test
    void contentAfterTheLastPageLineOpensAnotherPage() {
        LayoutDocument doc = read("One\nPage 1\nTwo");
        assertEquals(2, doc.pageCount());
        assertEquals("1", doc.printedPage(1));
        assertNull(doc.printedPage(2));
        assertEquals("Two", doc.page(2).body().get(0).text());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Page 86", "  page 86  ", "Page 3 of 12", "Page 3/12", "- 7 -", "– 7 –", "7 | Page", "Page | 7"})
    void printedPageLines(String line) {
        String n = TextLayoutReader.printedPageNumber(line);
        assertNotNull(n);
        assertTrue(n.equals("86") || n.equals("3") || n.equals("7"), n);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Page", "Referring to page 65, Councillor Anderson", "Page 86 shows", "- 7", "7"})
    void textMentioningPagesIsNotAPageLine(String line) {
        assertNull(TextLayoutReader.printedPageNumber(line));
    }

    @Test
    void formFeedsBreakPages() {
        LayoutDocument doc = read("First page\fSecond page\n\f\fFourth page\f");
        assertEquals(4, doc.pageCount(), "two form feeds in a row leave an empty page; a trailing one opens nothing");
        assertEquals("Second page", doc.page(2).body().get(0).text());
        assertTrue(doc.page(3).blocks().isEmpty());
        assertEquals("Fourth page", doc.page(4).body().get(0).text());
    }

    @Test
    void runningHeaderAndBarePageNumbersAtPageEdgesAreFurniture() {
        String header = "Inspection of Barset local authority children's services";
        LayoutDocument doc = read(header + "\n\nWhat needs to improve?\n\u2022 First item\n\u2022 Second item, cut\n\n        1\n"
                + "\f  " + header + "\n                 2\n\nby the break.\n\u2022 Third item\n\n          2\n"
                + "\f" + header + "\n   3\nLast page.\n");
        assertEquals(3, doc.pageCount());
        assertEquals(header, doc.page(1).body().get(0).text(), "the first page's title is no running header");
        assertEquals("by the break.", doc.page(2).body().get(0).text(), "the header and the number over the page are furniture");
        assertEquals("2", doc.printedPage(2));
        assertEquals("3", doc.printedPage(3));
        assertEquals(List.of("Last page."), doc.page(3).body().stream().map(Block::text).toList());
        assertTrue(doc.page(1).body().stream().noneMatch(b -> b.text().equals("1")), "a number alone before the form feed is the page's");
    }

    @Test
    void aHeaderOverOnePageOnlyIsText() {
        LayoutDocument doc = read("One\n\fAppendix A\n\nText\n\fAppendix B\n\nMore\n");
        assertEquals("Appendix A", doc.page(2).body().get(0).text());
    }

    @Test
    void pageLineThenFormFeedIsOneBreak() {
        LayoutDocument doc = read("One\nPage 1\n\fTwo");
        assertEquals(2, doc.pageCount());
        assertEquals("Two", doc.page(2).body().get(0).text());
    }

    // --- encoding and odd input

    @Test
    void utf8ByteOrderMarkStripped() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] text = "Agenda".getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[bom.length + text.length];
        System.arraycopy(bom, 0, all, 0, 3);
        System.arraycopy(text, 0, all, 3, text.length);
        assertEquals("Agenda", read(all).body().get(0).text());
    }

    @Test
    void windows1252WhenNotUtf8() {
        byte[] cp1252 = "\u201cGood\u201d \u2013 \u00a3750".getBytes(Charset.forName("windows-1252"));
        assertEquals("\u201cGood\u201d \u2013 \u00a3750", read(cp1252).body().get(0).text());
    }

    @Test
    void utf8KeptWhenValid() {
        assertEquals("Children\u2019s Services \u2013 \u00a334m",
                read("Children\u2019s Services \u2013 \u00a334m".getBytes(StandardCharsets.UTF_8)).body().get(0).text());
    }

    @Test
    void crlfAndCrLineEndsNormalised() {
        List<Block> bs = body("One\r\ntwo\r\rThree\rfour");
        assertEquals(List.of("One two", "Three four"), bs.stream().map(Block::text).toList());
    }

    @Test
    void emptyInputIsOneBlankPage() {
        LayoutDocument doc = read(new byte[0]);
        assertEquals(1, doc.pageCount());
        assertTrue(doc.body().isEmpty());
        assertEquals("", doc.text());
        assertTrue(warnings.isEmpty());
    }

    @Test
    void acceptsTextAndMarkdown() {
        assertEquals(java.util.Set.of(MediaTypes.TEXT, MediaTypes.MARKDOWN), new TextLayoutReader().mediaTypes());
    }

    // --- the sample papers

    @Test
    void ilacsJudgementTableIsTabSeparatedFiveByTwo() {
        LayoutDocument doc = readPaper("thurrock-2019-ofsted-ilacs-report.txt");
        Table t = doc.body().stream().filter(b -> b.is(BlockKind.TABLE)).findFirst().orElseThrow().table();
        assertEquals(5, t.rowCount());
        assertEquals(2, t.colCount());
        assertEquals(List.of("Judgement", "Grade"), t.rowTexts(0));
        assertEquals(List.of("The impact of leaders on social work practice with children and families", "Good"), t.rowTexts(1));
        assertEquals(List.of("Overall effectiveness", "Good"), t.rowTexts(4));
    }

    @Test
    void ilacsNumberedParagraphsAreItemsOneToThirtyFive() {
        LayoutDocument doc = readPaper("thurrock-2019-ofsted-ilacs-report.txt");
        List<String> markers = doc.body().stream()
                .filter(b -> b.is(BlockKind.LIST_ITEM) && b.marker().endsWith("."))
                .map(Block::marker).toList();
        assertEquals(IntStream.rangeClosed(1, 35).mapToObj(i -> i + ".").toList(), markers);
        Block h = doc.body().stream().filter(b -> b.is(BlockKind.HEADING)).filter(b -> b.text().startsWith("What needs"))
                .findFirst().orElseThrow();
        assertEquals(4, h.level());
    }

    @Test
    void agendaPackPageLinesGivePrintedNumbers() {
        LayoutDocument doc = readPaper("thurrock-2021-10-12-cs-scrutiny-agenda-pack.txt");
        assertEquals(8, doc.pageCount(), "seven 'Page N' lines, with text after the last");
        List<String> printed = IntStream.rangeClosed(1, 8).mapToObj(doc::printedPage).toList();
        assertEquals(java.util.Arrays.asList("86", "89", "90", "94", "97", "98", "107", null), printed);
        assertEquals("Page 86", doc.page(1).footer().get(0).text());
        assertEquals("A3 Progress update July 2021 to September 2021:", doc.page(2).body().get(0).text());
    }

    @Test
    void agendaPackNestedRagTablesKeepTheirFills() {
        LayoutDocument doc = readPaper("thurrock-2021-10-12-cs-scrutiny-agenda-pack.txt");
        List<Table> nested = new ArrayList<>();
        for (Block b : doc.body()) {
            if (b.table() != null) {
                for (Cell c : b.table().cells()) {
                    c.blocks().stream().filter(x -> x.table() != null).forEach(x -> nested.add(x.table()));
                }
            }
        }
        assertEquals(8, nested.size(), "eight pipe cells hold an HTML RAG table");
        Table first = nested.get(0);
        assertEquals(5, first.rowCount());
        assertEquals(4, first.colCount());
        assertEquals(List.of("Oct 2019", "Jan 2020", "April 2020", "July 2020"), first.rowTexts(0));
        for (int c = 0; c < 4; c++) {
            assertEquals(RAG_GREEN, first.cellAt(1, c).fill());
        }
        assertEquals(RAG_GREEN, first.cellAt(3, 1).fill());
        assertEquals(new Rgb(0, 0xaa, 0xff), first.cellAt(3, 2).fill());
        assertNull(first.cellAt(0, 0).fill());
        long filled = nested.stream().filter(t -> t.cells().stream().anyMatch(c -> c.fill() != null)).count();
        assertEquals(5, filled, "three of the RAG tables were left uncoloured");
        Table yellowWithHead = nested.get(6);
        assertTrue(yellowWithHead.cellAt(0, 0).header());
        assertEquals(new Rgb(255, 255, 0), yellowWithHead.cellAt(1, 0).fill());
    }

    @Test
    void agendaPackAgendaTableDropsFillerAndBlankHeader() {
        LayoutDocument doc = readPaper("thurrock-2021-10-12-cs-scrutiny-agenda-pack.txt");
        List<Table> tables = doc.body().stream().filter(b -> b.is(BlockKind.TABLE)).map(Block::table).toList();
        Table items = tables.get(1);
        assertEquals(9, items.rowCount());
        assertEquals(3, items.colCount());
        assertEquals(List.of("4", "Declaration of Interests", ""), items.rowTexts(0));
        assertEquals(List.of("12", "Work Programme", "109 - 112"), items.rowTexts(8));
        assertFalse(items.cellAt(0, 0).header());
    }

    @Test
    void improvementPlanTabTablesHaveTheNineColumnHeader() {
        LayoutDocument doc = readPaper("thurrock-2017-04-improvement-plan.txt");
        List<Table> tables = doc.body().stream().filter(b -> b.is(BlockKind.TABLE)).map(Block::table).toList();
        assertEquals(List.of("Rory Patterson", "Name of Reviewer"), tables.get(0).rowTexts(0));
        assertEquals(List.of("28.4.17", "Date of Review"), tables.get(0).rowTexts(1));
        List<String> header = List.of("No.", "Recommendation", "Assigned Lead - Job Title/Name", "Score - please select",
                "Update April 17", "Direction of Travel compared to last review - please select",
                "Description of Action(s) - How", "Owner(s) - Who", "By When (date)");
        List<Table> plan = tables.subList(1, tables.size());
        assertEquals(7, plan.size(), "the header is repeated before recommendations 1, 2, 3, 5, 10, 13 and 16");
        List<String> numbers = new ArrayList<>();
        for (Table t : plan) {
            assertEquals(9, t.colCount());
            assertEquals(header, t.rowTexts(0));
            for (int r = 1; r < t.rowCount(); r++) {
                numbers.add(t.rowTexts(r).get(0));
            }
        }
        assertEquals(IntStream.rangeClosed(1, 16).mapToObj(String::valueOf).toList(), numbers);
    }

    @Test
    void developmentPlanSectionNumbersAndImplicationsTable() {
        LayoutDocument doc = readPaper("thurrock-2020-07-07-development-plan-report.txt");
        List<Block> body = doc.body();
        assertEquals("7 July 2020", body.get(0).text());
        assertEquals(BlockKind.PARAGRAPH, body.get(0).kind());
        Block s21 = body.stream().filter(b -> "2.1".equals(b.marker())).findFirst().orElseThrow();
        assertTrue(s21.text().startsWith("Thurrock Children's Services previous Ofsted inspection was in February 2016"));
        Block s321 = body.stream().filter(b -> "3.2.1".equals(b.marker())).findFirst().orElseThrow();
        assertEquals("Timeliness of initial health assessments when all children come into care needed to improve.", s321.text());
        Table t = body.stream().filter(b -> b.is(BlockKind.TABLE)).findFirst().orElseThrow().table();
        assertEquals(List.of("Implications Verified by:", "Roxanne Scanlon"), t.rowTexts(0));
        assertEquals(List.of("", "Engagement and Project Monitoring Officer"), t.rowTexts(1));
    }

    static List<Path> samplePapers() {
        return TestPapers.textPapers();
    }

    @ParameterizedTest
    @MethodSource("samplePapers")
    void everyBlockAndCellTextIsItsSpanOfTheDocumentText(Path paper) throws IOException {
        LayoutDocument doc = new TextLayoutReader().read(Source.of(Files.readAllBytes(paper), paper.toString()), warnings);
        int blocks = 0;
        for (var page : doc.pages()) {
            for (Block b : page.blocks()) {
                blocks += checkSpans(doc, b);
            }
        }
        assertTrue(blocks > 40, "a sample paper has many blocks, got " + blocks);
        assertTrue(warnings.isEmpty(), warnings.toList().toString());
    }

    private static int checkSpans(LayoutDocument doc, Block b) {
        assertEquals(b.text(), doc.text(b.start(), b.end()), b.toString());
        int n = 1;
        if (b.table() != null) {
            for (Cell c : b.table().cells()) {
                assertEquals(c.text(), doc.text(c.start(), c.end()));
                for (Block inner : c.blocks()) {
                    n += checkSpans(doc, inner);
                }
            }
        }
        return n;
    }

    // --- running headers and footers

    @ParameterizedTest
    @ValueSource(strings = {"Anyshire County Council | Page 3", "Page 3 | Anyshire County Council", "Anyshire County Council – Page 3 of 12",
        "Anyshire County Council - Page 3"})
    void aFooterNamingTheCouncilBesideThePageNumberEndsThePage(String footer) {
        LayoutDocument doc = read("First page text.\n\n" + footer + "\n\nSecond page text.\n");
        assertEquals(2, doc.pageCount(), footer);
        assertEquals("3", doc.printedPage(1), footer);
        assertEquals(List.of("First page text.", "Second page text."), doc.body().stream().map(Block::text).toList(), footer);
        assertEquals(footer, doc.page(1).footer().get(0).text());
    }

    @Test
    void aLineNamingAPageInProseStaysInTheBody() {
        // No council named and printed once: a contents line or a sentence, not a running footer.
        LayoutDocument doc = read("Introduction - page 3\n\nThe plan is set out below.\n");
        assertEquals(1, doc.pageCount());
        assertEquals("Introduction - page 3", doc.body().get(0).text());
    }

    @Test
    void aRunningHeaderRepeatedAtTheTopOfPagesLeavesTheBody() {
        LayoutDocument doc = readPaper("variants/text-borough-report-lettered-recommendations-running-header-footer.txt");
        assertEquals(3, doc.pageCount());
        List<String> body = doc.body().stream().map(Block::text).toList();
        // Printed once on the cover, where it names the meeting, it stays; at the top of pages 2 and 3 it is a running header.
        assertEquals(1, body.stream().filter(t -> t.equals("Licensing Committee – 3 June 2025")).count(), body.toString());
        assertEquals("Licensing Committee – 3 June 2025", doc.page(2).header().get(0).text());
        assertEquals(Layer.HEADER, doc.page(3).header().get(0).layer());
        assertTrue(body.stream().noneMatch(t -> t.contains("Page ")), body.toString());
        List<Block> lettered = doc.body().stream().filter(b -> b.kind() == BlockKind.LIST_ITEM
                && b.marker() != null && b.marker().matches("[a-c]\\.")).toList();
        assertEquals(List.of("a.", "b.", "c."), lettered.stream().map(Block::marker).toList());
        assertEquals(2, lettered.get(2).page(), "c. is on the second page, under the running header");
        assertEquals(List.of("(i)", "(ii)", "(iii)"), doc.body().stream().map(Block::marker).filter(m -> m != null && m.startsWith("("))
                .toList());
    }

    @Test
    void aHeaderPrintedOnEveryPageIncludingTheFirstLeavesTheBodyAfterThePapersFirstLine() {
        LayoutDocument doc = readPaper("variants/text-district-report-page-footer-council-lettered-dots.txt");
        assertEquals(2, doc.pageCount());
        assertEquals("1", doc.printedPage(1));
        assertEquals("2", doc.printedPage(2));
        List<String> body = doc.body().stream().map(Block::text).toList();
        // The paper's first line stays, as it may be its title (an Ofsted report's header repeats its title); the
        // copy at the top of page 2, in the middle of a paragraph, is the running header.
        assertEquals("Cabinet – 14 May 2025 – Report", body.get(0));
        assertEquals(1, body.stream().filter(t -> t.startsWith("Cabinet – 14 May 2025")).count(), body.toString());
        assertEquals(Layer.HEADER, doc.page(2).header().get(0).layer());
        assertTrue(body.stream().noneMatch(t -> t.contains("Hartwell District Council |") || t.startsWith("Page ")), body.toString());
        assertEquals("Hartwell District Council", body.get(1), "the council printed once on the cover stays");
        assertEquals(4, doc.body().stream().filter(b -> b.marker() != null && b.marker().matches("[ab]\\.")).count());
    }

    // --- helpers

    private LayoutDocument read(String text) {
        return read(text.getBytes(StandardCharsets.UTF_8));
    }

    private LayoutDocument read(byte[] bytes) {
        try {
            return new TextLayoutReader().read(new Source(bytes, "test.txt", MediaTypes.TEXT), warnings);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private List<Block> body(String text) {
        return read(text).body();
    }

    private LayoutDocument readPaper(String name) {
        try {
            return new TextLayoutReader().read(Source.of(Files.readAllBytes(TestPapers.path(name)), name), warnings);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Table onlyTable(List<Block> bs, int index) {
        assertEquals(BlockKind.TABLE, bs.get(index).kind(), bs.toString());
        return bs.get(index).table();
    }
}
