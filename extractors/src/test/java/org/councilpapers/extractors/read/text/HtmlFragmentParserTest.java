package org.councilpapers.extractors.read.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.councilpapers.core.layout.Block;
import org.councilpapers.core.layout.BlockKind;
import org.councilpapers.core.layout.Cell;
import org.councilpapers.core.layout.Rgb;
import org.councilpapers.core.layout.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class HtmlFragmentParserTest {

    private static final Rgb GREEN = new Rgb(0x92, 0xd0, 0x50);

    @Test
    void aParagraphPerP() {
        List<Block> bs = HtmlFragmentParser.blocks("<p>Communication</p> <p>Complaint 1 – Lack of support</p>");
        assertEquals(List.of("Communication", "Complaint 1 – Lack of support"), bs.stream().map(Block::text).toList());
        assertTrue(bs.stream().allMatch(b -> b.is(BlockKind.PARAGRAPH)));
    }

    @Test
    void aParagraphPerLineBrokenByBr() {
        List<Block> bs = HtmlFragmentParser.blocks("Oct 2019<br>Jan 2020<br/>April 2020");
        assertEquals(List.of("Oct 2019", "Jan 2020", "April 2020"), bs.stream().map(Block::text).toList());
    }

    @Test
    void aCellsLinesBrokenByBrStayLinesOfOneCellInsideAListItemToo() {
        List<Block> bs = HtmlFragmentParser.blocks("<table><tr><th>Action</th><th>Owner</th></tr>"
                + "<tr><td><ul><li>First step<br>second line</li><li>Next step</li></ul></td><td><b>Ann Lee</b><br>Bob Hill</td></tr></table>");
        Table t = bs.get(0).table();
        assertNotNull(t);
        assertEquals(2, t.rowCount(), "a line break is no row");
        assertEquals("First step\nsecond line\nNext step", t.cellAt(1, 0).text());
        assertEquals(List.of(BlockKind.LIST_ITEM, BlockKind.PARAGRAPH, BlockKind.LIST_ITEM),
                t.cellAt(1, 0).blocks().stream().map(Block::kind).toList(), "the broken line is no item of its own");
        assertEquals("Ann Lee\nBob Hill", t.cellAt(1, 1).text());
        assertEquals(List.of("Parents and carers"), HtmlFragmentParser.blocks("<ul><li>Parents<br>and carers</li></ul>").stream()
                .map(Block::text).toList(), "outside a table an item's line break is a space, as before");
    }

    @Test
    void listItemsWithNesting() {
        List<Block> bs = HtmlFragmentParser.blocks("<ul><li>Parents</li><li>Children<ul><li>In care</li></ul></li></ul>");
        assertEquals(3, bs.size());
        assertEquals(List.of("Parents", "Children", "In care"), bs.stream().map(Block::text).toList());
        assertTrue(bs.stream().allMatch(b -> b.is(BlockKind.LIST_ITEM) && "•".equals(b.marker())));
        assertEquals(List.of(0, 0, 1), bs.stream().map(Block::level).toList());
    }

    @Test
    void orderedListNumbersFromItsStart() {
        List<Block> bs = HtmlFragmentParser.blocks("<ol start=\"3\"><li>Third</li><li>Fourth</li></ol>");
        assertEquals(List.of("3.", "4."), bs.stream().map(Block::marker).toList());
    }

    @Test
    void bulletsWrittenAsTextInsideAListBecomeItems() {
        List<Block> bs = HtmlFragmentParser.blocks("<p>Learning:</p> <ul style=\"list-style-type: none\"> "
                + "• Ensure that plans are shared. • Any decisions should be discussed.");
        assertEquals(3, bs.size());
        assertEquals("Learning:", bs.get(0).text());
        assertEquals(BlockKind.LIST_ITEM, bs.get(1).kind());
        assertEquals("•", bs.get(1).marker());
        assertEquals("Ensure that plans are shared.", bs.get(1).text());
        assertEquals("Any decisions should be discussed.", bs.get(2).text());
    }

    @Test
    void glyphInsideLiNotRepeated() {
        assertEquals("Parents", HtmlFragmentParser.blocks("<ul><li>• Parents</li></ul>").get(0).text());
    }

    @Test
    void wholeBoldBlockIsBold() {
        List<Block> bs = HtmlFragmentParser.blocks("<p><b>Outcomes</b></p><p>Partly <strong>bold</strong></p>"
                + "<p><span style=\"font-weight: 700\">Heavy</span></p>");
        assertTrue(bs.get(0).isBold());
        assertFalse(bs.get(1).isBold());
        assertTrue(bs.get(2).isBold());
    }

    @Test
    void headingsKeepTheirLevel() {
        Block h = HtmlFragmentParser.blocks("<h2>Main findings</h2>").get(0);
        assertEquals(BlockKind.HEADING, h.kind());
        assertEquals(2, h.level());
    }

    @Test
    void entitiesDecoded() {
        assertEquals("Fostering, Adoption & Placements", HtmlFragmentParser.blocks("<p>Fostering, Adoption &amp; Placements</p>").get(0).text());
    }

    @Test
    void inlineFlattensToOneLine() {
        InlineMarkup.Inline in = HtmlFragmentParser.inline(
                "or email <a href=\"mailto:enquiries@ofsted.gov.uk\">enquiries@ofsted.gov.uk</a>.");
        assertEquals("or email enquiries@ofsted.gov.uk.", in.text());
        assertFalse(in.bold());
        assertTrue(HtmlFragmentParser.inline("<b>All bold</b>").bold());
    }

    @ParameterizedTest
    @ValueSource(strings = {"<p>x</p>", "RAG <table border=\"1\">", "a<br>b", "<td style=\"color: red\">", "<br />", "</ul>"})
    void markupRecognised(String s) {
        assertTrue(HtmlFragmentParser.looksLikeHtml(s));
    }

    @ParameterizedTest
    @ValueSource(strings = {"children aged <5", "a <b and c> d", "x < y > z", "<https://x.org>", "<notatag>"})
    void proseWithAngleBracketsIsNotMarkup(String s) {
        assertFalse(HtmlFragmentParser.looksLikeHtml(s));
    }

    @Test
    void tableWithRowspanColspanAndHeader() {
        Table t = onlyTable("<table><thead><tr><th rowspan=\"2\">Area</th><th colspan=\"2\">2020</th></tr>"
                + "<tr><th>Q1</th><th>Q2</th></tr></thead>"
                + "<tbody><tr><td>Adoption</td><td>1</td><td>2</td></tr></tbody></table>");
        assertEquals(3, t.rowCount());
        assertEquals(3, t.colCount());
        Cell area = t.cellAt(1, 0);
        assertEquals("Area", area.text());
        assertEquals(0, area.row());
        assertEquals(2, area.rowSpan());
        Cell year = t.cellAt(0, 2);
        assertEquals("2020", year.text());
        assertEquals(1, year.col());
        assertEquals(2, year.colSpan());
        assertEquals("Q1", t.cellAt(1, 1).text());
        assertEquals("Q2", t.cellAt(1, 2).text());
        assertTrue(t.cellAt(1, 1).header());
        assertEquals(List.of("Adoption", "1", "2"), t.rowTexts(2));
        assertFalse(t.cellAt(2, 0).header());
    }

    @Test
    void rowspanPushesLaterCellsRight() {
        Table t = onlyTable("<table><tr><td rowspan=\"2\">A</td><td>B</td></tr><tr><td>C</td></tr></table>");
        assertEquals(List.of("", "C"), t.rowTexts(1));
        assertEquals(1, t.row(1).get(0).col());
    }

    @Test
    void oversizedOrZeroRowspanClippedToTheTable() {
        Table t = onlyTable("<table><tr><td rowspan=\"9\">A</td><td>B</td></tr><tr><td>C</td></tr></table>");
        assertEquals(2, t.cellAt(0, 0).rowSpan());
        Table z = onlyTable("<table><tr><td rowspan=\"0\">A</td><td>B</td></tr><tr><td>C</td></tr><tr><td>D</td></tr></table>");
        assertEquals(3, z.cellAt(0, 0).rowSpan());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "style=\"background-color: #92d050;\"|#92d050",
        "style=\"background-color:#92D050 !important\"|#92d050",
        "bgcolor=\"#FFC000\"|#ffc000",
        "bgcolor=\"fc0\"|#ffcc00",
        "style=\"background-color: yellow;\"|#ffff00",
        "style=\"background: url(x.png) #00b0f0 no-repeat\"|#00b0f0",
        "style=\"background-color: rgb(146, 208, 80)\"|#92d050",
    })
    void cellFillsFromStyleOrBgcolor(String attrs, String hex) {
        Table t = onlyTable("<table><tr><td " + attrs + ">x</td></tr></table>");
        assertEquals(hex, t.cellAt(0, 0).fill().hex());
    }

    @Test
    void whiteOrMissingFillIsNone() {
        Table t = onlyTable("<table><tr><td style=\"background-color: #ffffff\">a</td><td>b</td><td bgcolor=\"nonsense\">c</td></tr></table>");
        assertNull(t.cellAt(0, 0).fill());
        assertNull(t.cellAt(0, 1).fill());
        assertNull(t.cellAt(0, 2).fill());
    }

    @Test
    void rowFillAppliesUnlessTheCellHasItsOwn() {
        Table t = onlyTable("<table><tr bgcolor=\"red\"><td>a</td><td bgcolor=\"white\">b</td><td bgcolor=\"#00aaff\">c</td></tr></table>");
        assertEquals(new Rgb(255, 0, 0), t.cellAt(0, 0).fill());
        assertNull(t.cellAt(0, 1).fill());
        assertEquals(new Rgb(0, 0xaa, 0xff), t.cellAt(0, 2).fill());
    }

    @Test
    void textColourFromCellSpanOrFont() {
        Table t = onlyTable("<table><tr><td style=\"color: #ff0000\">Behind</td>"
                + "<td><span style=\"color:#00B050\">On track</span></td>"
                + "<td><font color=\"orange\">At risk</font></td>"
                + "<td style=\"color: black\">Plain</td><td>None</td></tr></table>");
        assertEquals(new Rgb(255, 0, 0), t.cellAt(0, 0).textColor());
        assertEquals(new Rgb(0, 0xb0, 0x50), t.cellAt(0, 1).textColor());
        assertEquals(new Rgb(255, 165, 0), t.cellAt(0, 2).textColor());
        assertNull(t.cellAt(0, 3).textColor());
        assertNull(t.cellAt(0, 4).textColor());
    }

    @Test
    void nestedTableIsABlockOfItsCell() {
        Table t = onlyTable("<table><tr><td><p>RAG rating</p><table><tr><td>Oct 2019</td></tr>"
                + "<tr><td style=\"background-color: #92d050;\"></td></tr></table></td><td>July 2019</td></tr></table>");
        assertEquals(1, t.rowCount());
        assertEquals(2, t.colCount());
        List<Block> inner = t.cellAt(0, 0).blocks();
        assertEquals(2, inner.size());
        assertEquals("RAG rating", inner.get(0).text());
        Table nested = inner.get(1).table();
        assertNotNull(nested);
        assertEquals(2, nested.rowCount());
        assertEquals("Oct 2019", nested.cellAt(0, 0).text());
        assertEquals(GREEN, nested.cellAt(1, 0).fill());
        assertEquals("July 2019", t.cellAt(0, 1).text());
    }

    @Test
    void unclosedTableIsClosedByJsoup() {
        Table t = onlyTable("<table><tr><td>a<td>b");
        assertEquals(List.of("a", "b"), t.rowTexts(0));
    }

    @Test
    void tableWithoutRowsGivesNoBlock() {
        assertTrue(HtmlFragmentParser.blocks("<table></table>").isEmpty());
    }

    @Test
    void plainTextFlattensEvenTables() {
        assertEquals("Before a b after", HtmlFragmentParser.plainText("Before <table><tr><td>a</td><td>b</td></tr></table> after"));
    }

    private static Table onlyTable(String html) {
        List<Block> bs = HtmlFragmentParser.blocks(html);
        assertEquals(1, bs.size(), bs.toString());
        assertNotNull(bs.get(0).table());
        return bs.get(0).table();
    }
}
