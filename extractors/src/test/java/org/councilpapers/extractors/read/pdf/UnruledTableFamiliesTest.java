package org.councilpapers.extractors.read.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName;
import org.councilpapers.core.Warnings;
import org.councilpapers.core.layout.Block;
import org.councilpapers.core.layout.BlockKind;
import org.councilpapers.core.layout.Cell;
import org.councilpapers.core.layout.LayoutDocument;
import org.councilpapers.core.layout.Table;
import org.councilpapers.extractors.read.MediaTypes;
import org.councilpapers.extractors.read.Source;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Tables drawn without a single rule, as Word prints a borderless table and committee systems print their plans: the
 * three shapes the alignment finder used to lose, each drawn in several fonts, sizes, cell paddings, column widths and
 * page orientations, with the look-alikes that must not be read the same way beside them.
 * <ul>
 * <li>a short continuation page: a row or two under the header repeated after a page break, too few lines to show columns
 *     of their own, read in the columns of the table that ended the page before;</li>
 * <li>a row under a merged cell: the number of a recommendation merged down over its two actions leaves the second
 *     action's row with a blank first cell, which is a row of its own where rows are one line each;</li>
 * <li>a header of two or three levels: bold rows spaced as the body's are, a heading set flush left over its
 *     sub-headings spanning them.</li>
 * </ul>
 */
class UnruledTableFamiliesTest {

    /** How a council's template draws a table: fonts, text size, space inside cells, page. */
    record Look(String name, FontName regular, FontName bold, float size, float pad, boolean landscape) {
        PDRectangle page() {
            return landscape ? new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth()) : PDRectangle.A4;
        }

        float leading() {
            return size * 1.2f;
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Look> looks() {
        return Stream.of(
                new Look("Arial-like 8pt landscape", FontName.HELVETICA, FontName.HELVETICA_BOLD, 8, 5, true),
                new Look("Times 10pt portrait", FontName.TIMES_ROMAN, FontName.TIMES_BOLD, 10, 5, false),
                new Look("Arial-like 9pt portrait, roomy cells", FontName.HELVETICA, FontName.HELVETICA_BOLD, 9, 6, false),
                new Look("Arial-like 11pt landscape", FontName.HELVETICA, FontName.HELVETICA_BOLD, 11, 6, true));
    }

    /** A borderless table: column widths, how many top rows are bold, and rows of cells ("\n" parts a cell's lines). */
    record Sheet(float[] widths, int boldRows, List<String[]> rows) {}

    /** Text drawn at a place on the page, outside any table: a running header, a heading, a paragraph line. */
    record Text(String text, float x, float y, boolean bold) {}

    /** Draws pages of texts and sheets; a sheet's top is given by the y of the Float before it (points from the top). */
    static byte[] pdf(Look look, List<List<Object>> pages) {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType1Font regular = new PDType1Font(look.regular());
            PDType1Font bold = new PDType1Font(look.bold());
            for (List<Object> items : pages) {
                PDPage page = new PDPage(look.page());
                doc.addPage(page);
                float height = look.page().getHeight();
                try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
                    float top = 72;
                    for (Object item : items) {
                        if (item instanceof Float f) {
                            top = f;
                        } else if (item instanceof Text t) {
                            write(s, t.bold() ? bold : regular, look.size(), t.text(), t.x(), t.y(), height);
                        } else if (item instanceof Sheet sheet) {
                            top = draw(s, look, sheet, top, height, regular, bold);
                        }
                    }
                }
            }
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Cells top-aligned with the look's padding above and below their lines, as Word lays them out; the sheet's bottom. */
    private static float draw(PDPageContentStream s, Look look, Sheet sheet, float top, float height, PDType1Font regular,
            PDType1Font bold) throws IOException {
        float y = top;
        for (int r = 0; r < sheet.rows().size(); r++) {
            String[] cells = sheet.rows().get(r);
            int lines = 1;
            float x = 40;
            for (int c = 0; c < cells.length; c++) {
                if (cells[c] != null && !cells[c].isEmpty()) {
                    String[] parts = cells[c].split("\n");
                    lines = Math.max(lines, parts.length);
                    for (int i = 0; i < parts.length; i++) {
                        write(s, r < sheet.boldRows() ? bold : regular, look.size(), parts[i], x + look.pad(),
                                y + look.pad() + look.size() + i * look.leading(), height);
                    }
                }
                x += sheet.widths()[c];
            }
            y += lines * look.leading() + 2 * look.pad();
        }
        return y;
    }

    private static void write(PDPageContentStream s, PDType1Font font, float size, String text, float x, float baseline, float height)
            throws IOException {
        s.beginText();
        s.setFont(font, size);
        s.newLineAtOffset(x, height - baseline);
        s.showText(text);
        s.endText();
    }

    private static LayoutDocument read(byte[] pdf) throws IOException {
        return new PdfLayoutReader().read(new Source(pdf, "made.pdf", MediaTypes.PDF), new Warnings());
    }

    private static List<Table> tables(LayoutDocument d, int page) {
        return d.page(page).body().stream().filter(b -> b.is(BlockKind.TABLE)).map(Block::table).toList();
    }

    private static String[] row(String... cells) {
        return cells;
    }

    /** Column widths in proportion, scaled to the page: landscape plans are wider than portrait ones. */
    private static float[] widths(Look look, float... shares) {
        float usable = look.page().getWidth() - 80;
        float sum = 0;
        for (float f : shares) {
            sum += f;
        }
        float[] out = new float[shares.length];
        for (int i = 0; i < shares.length; i++) {
            out[i] = usable * shares[i] / sum;
        }
        return out;
    }

    // ---- a short continuation page ------------------------------------------------------------------------------------

    private static final String[] PLAN_HEADER = {"Ref", "Action", "Lead officer", "Due", "Progress"};

    private static String[] planRow(int n) {
        return row(String.valueOf(n), "Action number " + n + " of the plan", "Head of Service " + n, "March 202" + (n % 5),
                n % 2 == 0 ? "On track" : "Delayed");
    }

    /** A plan filling page 1 to its foot and carried on at the top of page 2 for {@code carried} rows, under its header or not. */
    private static byte[] continuedPlan(Look look, int carried, boolean repeatHeader, String after) {
        float[] w = widths(look, 1, 5, 3, 2, 3);
        float rowHeight = look.leading() + 2 * look.pad();
        float pageHeight = look.page().getHeight();
        List<String[]> first = new ArrayList<>(List.<String[]>of(PLAN_HEADER));
        int n = 1;
        // as many rows as the page holds above its footer band
        while (110 + (first.size() + 1) * rowHeight < 0.88f * pageHeight) {
            first.add(planRow(n++));
        }
        List<String[]> second = new ArrayList<>();
        if (repeatHeader) {
            second.add(PLAN_HEADER);
        }
        for (int k = 0; k < carried; k++) {
            second.add(planRow(n++));
        }
        float secondBottom = 72 + second.size() * rowHeight;
        return pdf(look, List.of(
                List.of(new Text("Agenda Item 7", 40, 30, false), new Text("Appendix A", look.page().getWidth() - 120, 30, false),
                        new Text("Improvement plan: progress at March 2025", 40, 80, true), 100f, new Sheet(w, 1, first),
                        new Text("Page 1", 40, pageHeight - 30, false)),
                List.of(new Text("Agenda Item 7", 40, 30, false), new Text("Appendix A", look.page().getWidth() - 120, 30, false),
                        72f, new Sheet(w, repeatHeader ? 1 : 0, second),
                        new Text(after, 40, secondBottom + 3 * look.size(), false),
                        new Text("Page 2", 40, pageHeight - 30, false))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("looks")
    void shortContinuationUnderRepeatedHeaderCarriesTheColumns(Look look) throws IOException {
        LayoutDocument d = read(continuedPlan(look, 2, true, "The board will review the plan again in June."));
        Table before = tables(d, 1).get(tables(d, 1).size() - 1);
        List<Table> here = tables(d, 2);
        assertEquals(1, here.size(), () -> "page 2: " + d.page(2).body());
        Table t = here.get(0);
        assertEquals(before.colCount(), t.colCount());
        assertEquals(3, t.rowCount());
        assertNotNull(t.continuation(), "the second part is marked as carrying the first on");
        assertEquals(1, t.continuation().repeatedHeaderRows());
        assertFalse(t.continuation().firstRowContinues());
        int last = before.rowCount() - 1;
        assertEquals(List.of(String.valueOf(last + 1), "Action number " + (last + 1) + " of the plan", "Head of Service " + (last + 1)),
                t.rowTexts(1).subList(0, 3));
        assertTrue(t.cellAt(0, 0).header());
        // the prose under the carried rows stays prose
        assertTrue(d.page(2).body().stream().anyMatch(b -> b.is(BlockKind.PARAGRAPH) && b.text().startsWith("The board will review")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("looks")
    void oneRowCarriedOverWithoutItsHeaderIsStillTheTable(Look look) throws IOException {
        LayoutDocument d = read(continuedPlan(look, 1, false, "Progress is reported to each meeting of the board."));
        List<Table> here = tables(d, 2);
        assertEquals(1, here.size(), () -> "page 2: " + d.page(2).body());
        Table t = here.get(0);
        assertEquals(1, t.rowCount());
        assertNotNull(t.continuation());
        assertEquals(0, t.continuation().repeatedHeaderRows());
        int next = tables(d, 1).get(tables(d, 1).size() - 1).rowCount(); // its header and rows 1..n-1 on page 1
        assertEquals(java.util.Arrays.asList(planRow(next)), t.rowTexts(0));
    }

    /** A page that opens with prose before anything in columns does not carry the table on, whatever lines up below. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("looks")
    void pageOpeningWithProseCarriesNoTableOn(Look look) throws IOException {
        float[] w = widths(look, 1, 5, 3, 2, 3);
        float pageHeight = look.page().getHeight();
        List<String[]> first = new ArrayList<>(List.<String[]>of(PLAN_HEADER));
        for (int n = 1; 110 + (first.size() + 1) * (look.leading() + 2 * look.pad()) < 0.88f * pageHeight; n++) {
            first.add(planRow(n));
        }
        byte[] pdf = pdf(look, List.of(
                List.of(100f, new Sheet(w, 1, first)),
                List.of(new Text("4. Financial implications", 40, 90, true),
                        new Text("There are no financial implications arising from this report.", 40, 90 + 2 * look.size(), false),
                        110 + 2 * look.size(), new Sheet(widths(look, 2, 3), 0, List.of(row("Name", "Post"), row("Jane Smith", "Head of Finance"))))));
        LayoutDocument d = read(pdf);
        assertTrue(tables(d, 2).stream().noneMatch(t -> t.continuation() != null), () -> "page 2: " + d.page(2).body());
        assertTrue(d.page(2).body().stream().anyMatch(b -> b.text().contains("no financial implications")));
    }

    // ---- a row under a merged cell ------------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @MethodSource("looks")
    void rowUnderAMergedNumberIsARowOfItsOwn(Look look) throws IOException {
        float[] w = widths(look, 1, 6, 3, 2, 3);
        byte[] pdf = pdf(look, List.of(List.of(new Sheet(w, 1, List.of(
                row("Rec", "What we will do", "Lead", "By when", "Update"),
                row("1", "Publish the early help offer", "Head of Early Help", "Oct 2024", "Drafted"),
                row(null, "Train partners in the assessment", "Early Help Manager", "Dec 2024", "Two sessions held"),
                row("2", "Audit home visits monthly", "Service Manager", "Jan 2025", "Delayed"),
                row(null, "Report the audits to the board", "Head of Quality", "Mar 2025", "Not started"),
                row("3", "Recruit two social workers", "HR Partner", "Mar 2025", "Advertised"))))));
        Table t = tables(read(pdf), 1).get(0);
        assertEquals(6, t.rowCount(), () -> t.cells().toString());
        assertEquals(List.of("", "Train partners in the assessment", "Early Help Manager", "Dec 2024", "Two sessions held"), t.rowTexts(2));
        assertEquals("Publish the early help offer", t.rowTexts(1).get(1));
        assertEquals(List.of("", "Report the audits to the board", "Head of Quality", "Mar 2025", "Not started"), t.rowTexts(4));
    }

    /** Where a row wraps, the space between rows still parts them: the blank-numbered row stays its own. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("looks")
    void rowUnderAMergedNumberAmongWrappedRowsIsARowOfItsOwn(Look look) throws IOException {
        float[] w = widths(look, 1, 6, 3, 3);
        byte[] pdf = pdf(look, List.of(List.of(new Sheet(w, 1, List.of(
                row("No.", "Action", "Owner", "Status"),
                row("4", "Review the front door thresholds\nwith every partner agency", "Head of MASH", "Started"),
                row(null, "Publish the revised threshold guide", "MASH Manager", "Not started"),
                row("5", "Set up a quality assurance panel", "Principal Social Worker", "Complete"),
                row("6", "Hold a practice week", "Principal Social Worker", "Planned"))))));
        Table t = tables(read(pdf), 1).get(0);
        assertEquals(5, t.rowCount(), () -> t.cells().toString());
        assertEquals("Review the front door thresholds with every partner agency", t.rowTexts(1).get(1).replace('\n', ' '));
        assertEquals(List.of("", "Publish the revised threshold guide", "MASH Manager", "Not started"), t.rowTexts(2));
    }

    /**
     * A report cover's label and value table whose value has two paragraphs ("From:" two officers), spaced as its rows are:
     * the second paragraph holds text in one cell only, so it is the same cell's, not a row under a merged label.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("looks")
    void secondParagraphOfACoverValueStaysInItsCell(Look look) throws IOException {
        float[] w = widths(look, 1, 3);
        byte[] pdf = pdf(look, List.of(List.of(new Sheet(w, 0, List.of(
                row("From:", "Jane Green, Cabinet Member for Children's Services"),
                row(null, "Sarah Hammond, Corporate Director"),
                row("To:", "Cabinet, 4 March 2025"),
                row("Subject:", "Children's services improvement plan"),
                row("Classification:", "Unrestricted"))))));
        Table t = tables(read(pdf), 1).get(0);
        assertEquals(4, t.rowCount(), () -> t.cells().toString());
        assertEquals("Jane Green, Cabinet Member for Children's Services Sarah Hammond, Corporate Director",
                t.rowTexts(0).get(1).replace('\n', ' '));
        assertEquals("To:", t.rowTexts(1).get(0));
    }

    // ---- headers of two and three levels ------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @MethodSource("looks")
    void twoLevelHeaderSpansItsSubHeadings(Look look) throws IOException {
        float[] w = widths(look, 3, 2, 2, 2, 2, 2);
        byte[] pdf = pdf(look, List.of(List.of(new Sheet(w, 2, List.of(
                row("Authority", "Help and protection", null, "Children in care", null, "Leaders"),
                row(null, "2019", "2023", "2019", "2023", null),
                row("Wessex", "Good", "Good", "Adequate", "Good", "Good"),
                row("Barset", "Inadequate", "Adequate", "Good", "Good", "Good"),
                row("Loamshire", "Good", "Outstanding", "Good", "Good", "Outstanding"),
                row("Midshire", "Inadequate", "Good", "Good", "Outstanding", "Good"))))));
        Table t = tables(read(pdf), 1).get(0);
        assertEquals(6, t.rowCount(), () -> t.cells().toString());
        Cell help = t.cellAt(0, 1);
        assertEquals("Help and protection", help.text());
        assertEquals(2, help.colSpan());
        assertEquals(2, t.cellAt(0, 3).colSpan());
        assertEquals(3, t.cellAt(0, 4).col(), "'Children in care' spans its two years");
        assertEquals(2, t.cellAt(0, 0).rowSpan(), "'Authority' reaches down over the blank cell under it");
        assertEquals(List.of("", "2019", "2023", "2019", "2023", ""), t.rowTexts(1));
        assertTrue(t.cellAt(1, 2).header());
        assertFalse(t.cellAt(2, 0).header());
        assertEquals(1, t.cellAt(0, 5).colSpan());
        assertEquals(2, t.cellAt(0, 5).rowSpan(), "'Leaders', with no sub-heading, reaches down");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("looks")
    void threeLevelHeaderSpansEachLevel(Look look) throws IOException {
        float[] w = widths(look, 3, 2, 2, 2, 2);
        byte[] pdf = pdf(look, List.of(List.of(new Sheet(w, 3, List.of(
                row("Council", "Judgements of the single inspection", null, null, null),
                row(null, "Safeguarding", null, "Looked after children", null),
                row(null, "Overall", "Leadership", "Overall", "Leadership"),
                row("Wessex", "Adequate", "Good", "Good", "Good"),
                row("Barset", "Inadequate", "Adequate", "Adequate", "Inadequate"),
                row("Loamshire", "Good", "Good", "Good", "Outstanding"),
                row("Midshire", "Good", "Outstanding", "Good", "Good"))))));
        Table t = tables(read(pdf), 1).get(0);
        assertEquals(4, t.cellAt(0, 1).colSpan(), () -> t.cells().toString());
        assertEquals(2, t.cellAt(1, 1).colSpan());
        assertEquals("Looked after children", t.cellAt(1, 3).text());
        assertEquals(2, t.cellAt(1, 3).colSpan());
        assertEquals(3, t.cellAt(0, 0).rowSpan());
        assertTrue(t.cellAt(2, 4).header());
        assertFalse(t.cellAt(3, 4).header());
    }

    /**
     * Header cells wrapped onto a second line ("Ongoing" over "Impact") at the body's spacing are not two levels: a heading
     * with a line of its own under it spans nothing, so the blank cell beside it stays its own.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("looks")
    void wrappedHeaderCellsAreNoLevels(Look look) throws IOException {
        float[] w = widths(look, 2, 5, 2, 2, 2);
        byte[] pdf = pdf(look, List.of(List.of(new Sheet(w, 2, List.of(
                row("Directorate", "Description", "Ongoing", "One-off", null),
                row(null, null, "Impact", "Impact", "Total"),
                row("Adults", "Contract savings with the NHS provider", "0.0", "(9.2)", "(9.2)"),
                row("Children", "Compliance testing underspend", "0.0", "(400.0)", "(400.0)"),
                row("Growth", "Vacancy management in year", "0.0", "(57.0)", "(57.0)"),
                row("Total", null, "(250.0)", "(466.2)", "(466.2)"))))));
        Table t = tables(read(pdf), 1).get(0);
        assertEquals(1, t.cellAt(0, 3).colSpan(), () -> t.cells().toString());
        assertNull(t.cells().stream().filter(c -> c.row() == 0 && c.colSpan() > 1).findFirst().orElse(null));
    }
}
