package org.councilpapers.extractors.read.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.councilpapers.core.Warning;
import org.councilpapers.core.WarningCode;
import org.councilpapers.core.Warnings;
import org.councilpapers.core.layout.Block;
import org.councilpapers.core.layout.BlockKind;
import org.councilpapers.core.layout.Box;
import org.councilpapers.core.layout.Cell;
import org.councilpapers.core.layout.Layer;
import org.councilpapers.core.layout.LayoutDocument;
import org.councilpapers.core.layout.Page;
import org.councilpapers.core.layout.Rgb;
import org.councilpapers.core.layout.Table;
import org.councilpapers.extractors.read.MediaTypes;
import org.councilpapers.extractors.read.Readers;
import org.councilpapers.extractors.read.Source;
import org.councilpapers.extractors.read.UnreadablePaperException;
import org.councilpapers.testdata.TestPapers;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The reader on PDFs made in code (tables, columns, lists, furniture, broken or locked files) and on real papers. */
class PdfLayoutReaderTest {
    private final PdfLayoutReader reader = new PdfLayoutReader();

    private LayoutDocument read(byte[] pdf, Warnings w) throws IOException {
        return reader.read(new Source(pdf, "made.pdf", MediaTypes.PDF), w);
    }

    private LayoutDocument read(byte[] pdf) throws IOException {
        return read(pdf, new Warnings());
    }

    private static List<Block> tables(LayoutDocument d) {
        return d.body().stream().filter(b -> b.is(BlockKind.TABLE)).toList();
    }

    /**
     * A ruled 3 x 3 RAG table: the header's second cell spans two columns, cells are shaded in several
     * shades of red, amber and green given in RGB, CMYK and grey, horizontal borders are thin filled
     * rectangles (as Word draws them) and vertical ones stroked lines.
     */
    static byte[] ragTable() {
        return PdfFixtures.pdf(c -> {
            c.text("Performance scorecard", 50, 80, 16, true);
            c.text("The table shows each measure against its target.", 50, 110);
            float[] xs = {50, 250, 350, 450};
            float[] ys = {150, 180, 210, 240};
            c.s().setNonStrokingColor(0.85f);                       // DeviceGray header shading
            c.fillRect(50, 150, 450, 180);
            c.s().setNonStrokingColor(0f, 176 / 255f, 80 / 255f);  // #00b050
            c.fillRect(250, 180, 350, 210);
            c.s().setNonStrokingColor(1f, 0.75f, 0f);               // #ffbf00
            c.fillRect(350, 180, 450, 210);
            c.s().setNonStrokingColor(0f, 1f, 1f, 0f);              // CMYK red: #ff0000
            c.fillRect(250, 210, 350, 240);
            c.s().setNonStrokingColor(146 / 255f, 208 / 255f, 80 / 255f); // #92d050
            c.fillRect(350, 210, 450, 240);
            c.s().setNonStrokingColor(0f);
            for (float y : ys) {
                c.fillRect(50, y - 0.25f, 450, y + 0.25f);
            }
            for (float x : xs) {
                if (x == 350) {
                    c.line(x, 180, x, 240); // no rule inside the header: "RAG status" spans two columns
                } else {
                    c.line(x, 150, x, 240);
                }
            }
            c.text("Measure", 55, 170, 11, true);
            c.text("RAG status", 320, 170, 11, true);
            c.text("Pothole repairs", 55, 200);
            c.text("GREEN", 255, 200);
            c.text("AMBER", 355, 200);
            c.text("Missed bins", 55, 230);
            c.text("RED", 255, 230);
            c.s().setNonStrokingColor(0f, 0.5f, 0f);
            c.text("GREEN", 355, 230);
            c.s().setNonStrokingColor(0f);
            c.text("After the table.", 50, 270);
        });
    }

    @Test
    void ruledTableWithMergedHeaderAndShadedCells() throws IOException {
        LayoutDocument d = read(ragTable());
        List<Block> tables = tables(d);
        assertEquals(1, tables.size());
        Table t = tables.get(0).table();
        assertEquals(3, t.rowCount());
        assertEquals(3, t.colCount());
        Cell header = t.cellAt(0, 1);
        assertEquals("RAG status", header.text());
        assertEquals(2, header.colSpan());
        assertTrue(header.header());
        assertFalse(t.cellAt(1, 0).header());
        assertEquals("Pothole repairs", t.cellAt(1, 0).text());
        assertEquals(new Rgb(217, 217, 217), t.cellAt(0, 0).fill());
        assertEquals(new Rgb(0, 176, 80), t.cellAt(1, 1).fill());
        assertEquals(new Rgb(255, 191, 0), t.cellAt(1, 2).fill());
        assertEquals(new Rgb(255, 0, 0), t.cellAt(2, 1).fill());
        assertEquals(new Rgb(146, 208, 80), t.cellAt(2, 2).fill());
        assertNull(t.cellAt(1, 0).fill());
        assertEquals(new Rgb(0, 128, 0), t.cellAt(2, 2).textColor());
        assertNull(t.cellAt(2, 1).textColor());
        assertNotNull(t.cellAt(2, 2).box());
        assertEquals(350, t.cellAt(2, 2).box().x0(), 1);
        assertEquals(150, tables.get(0).box().y0(), 1);
    }

    @Test
    void tableTextIsNotAlsoReadAsParagraphsAndTheTableSitsInReadingOrder() throws IOException {
        LayoutDocument d = read(ragTable());
        List<Block> body = d.body();
        assertEquals(List.of(BlockKind.HEADING, BlockKind.PARAGRAPH, BlockKind.TABLE, BlockKind.PARAGRAPH),
                body.stream().map(Block::kind).toList());
        assertEquals("Performance scorecard", body.get(0).text());
        assertEquals(1, body.get(0).level());
        assertEquals(16f, body.get(0).style().fontSize());
        assertTrue(body.get(0).style().bold());
        assertEquals("After the table.", body.get(3).text());
        assertTrue(body.stream().filter(b -> !b.is(BlockKind.TABLE)).noneMatch(b -> b.text().contains("Pothole")));
    }

    @Test
    void headingsAreLargerTextOrShortBoldLinesButNotBoldLabelsWithValues() {
        float body = 11;
        assertTrue(PdfLayoutReader.isHeading(item("Thurrock Council", 14, false, 1), body));
        assertTrue(PdfLayoutReader.isHeading(item("What needs to improve", 11, true, 1), body));
        assertTrue(PdfLayoutReader.isHeading(item("Recommendation(s):", 11, true, 1), body));
        assertFalse(PdfLayoutReader.isHeading(item("Lead inspector: Pauline Higham", 11, true, 1), body));
        assertFalse(PdfLayoutReader.isHeading(item("A sentence set in bold for emphasis.", 11, true, 1), body));
        assertFalse(PdfLayoutReader.isHeading(item("Ordinary body text", 11, false, 1), body));
        assertFalse(PdfLayoutReader.isHeading(item("A large-type introduction running on", 16, false, 5), body));
    }

    private static TextItem item(String text, float size, boolean bold, int lines) {
        return new TextItem(text, null, 0, new Box(0, 0, 100, 10), lines, size, bold, false,
                new Rgb(0, 0, 0), false);
    }

    @Test
    void unruledTwoColumnPageIsReadColumnByColumn() throws IOException {
        String[] left = {"Children in care benefit from teams of", "committed and ambitious professionals", "who work well together to help them", "remain safe and achieve well in life."};
        String[] right = {"Planned transitions for disabled young", "people and care leavers need to happen", "earlier, and health assessments must", "be timely for every child in care."};
        LayoutDocument d = read(PdfFixtures.pdf(c -> {
            c.text("Overview of the inspection", 50, 80, 16, true);
            for (int i = 0; i < left.length; i++) {
                c.text(left[i], 50, 120 + 13 * i, 10, false);
                c.text(right[i], 310, 120 + 13 * i, 10, false);
            }
        }));
        List<String> texts = d.body().stream().map(Block::text).toList();
        assertEquals(List.of("Overview of the inspection", String.join(" ", left), String.join(" ", right)), texts);
    }

    @Test
    void aFullPageWithLinesOverprintedForBoldReadsEachCharacterOnce() throws IOException {
        // Over 6,000 glyphs, more than the scanner's table of glyphs by place first holds: it grows, and still finds
        // a glyph drawn again where it stands.
        LayoutDocument d = read(PdfFixtures.pdf(c -> {
            for (int i = 0; i < 70; i++) {
                String row = "Row " + i + " " + "abcdefghij".repeat(8);
                c.text(row, 20, 40 + 11 * i, 6, false);
                if (i >= 60) {
                    c.text(row, 20, 40 + 11 * i, 6, false);
                }
            }
        }));
        String text = d.text();
        for (int i = 0; i < 70; i++) {
            String row = "Row " + i + " abcdefghij";
            assertTrue(text.contains(row) && text.indexOf(row) == text.lastIndexOf(row), row + " once in: " + text);
        }
    }

    @Test
    void bulletsAndNumbersAreListItems() throws IOException {
        LayoutDocument d = read(PdfFixtures.pdf(c -> {
            c.text("What needs to improve", 50, 80, 13, true);
            c.text("\u2022", 60, 110);
            c.text("Planned transitions for disabled young people.", 75, 110);
            c.text("-", 90, 125);
            c.text("Earlier transition planning meetings.", 105, 125);
            c.text("\u2022", 60, 140);
            c.text("Timeliness of initial health assessments.", 75, 140);
            c.text("1.", 60, 165);
            c.text("Strong partnerships protect children.", 75, 165);
            c.text("a)", 60, 180);
            c.text("Referrals are timely.", 75, 180);
        }));
        List<Block> items = d.body().stream().filter(b -> b.is(BlockKind.LIST_ITEM)).toList();
        assertEquals(5, items.size());
        assertEquals("\u2022", items.get(0).marker());
        assertEquals("Planned transitions for disabled young people.", items.get(0).text());
        assertEquals(0, items.get(0).level());
        assertEquals("-", items.get(1).marker());
        assertEquals(1, items.get(1).level());
        assertEquals(0, items.get(2).level());
        assertEquals("1.", items.get(3).marker());
        assertEquals("a)", items.get(4).marker());
        assertEquals(BlockKind.HEADING, d.body().get(0).kind());
    }

    @Test
    void runningHeaderAndPageFootersAreFurnitureAndGiveThePrintedNumbers() throws IOException {
        PdfFixtures.PageWriter[] pages = new PdfFixtures.PageWriter[3];
        for (int i = 0; i < 3; i++) {
            int printed = 7 + i;
            pages[i] = c -> {
                c.text("Children's Services Overview and Scrutiny Committee", 50, 40, 9, false);
                c.text("Body text of page " + printed + " of the agenda pack.", 50, 200);
                c.text("Page " + printed, 280, 815, 9, false);
            };
        }
        LayoutDocument d = read(PdfFixtures.pdf(pages));
        for (int i = 0; i < 3; i++) {
            Page p = d.page(i + 1);
            assertEquals(String.valueOf(7 + i), p.printedNumber());
            assertEquals(List.of("Page " + (7 + i)), p.footer().stream().map(Block::text).toList());
            assertEquals(Layer.HEADER, p.header().get(0).layer());
            assertEquals(1, p.body().size());
            assertTrue(p.body().get(0).text().startsWith("Body text"));
        }
    }

    @Test
    void rotatedPageIsReadUprightWithItsTableInPlace() throws IOException {
        // A landscape page made by rotating a portrait one: content is drawn turned a quarter, so that the
        // page reads upright once turned. Display (X, Y) is user space (Y, X) on a page with /Rotate 90.
        byte[] pdf = PdfFixtures.pdfWith(doc -> doc.getPage(0).setRotation(90), c -> {
            var s = c.s();
            String[][] cells = {{"Action", "Status"}, {"Recruit foster carers", "On track"}};
            float[] xs = {100, 400, 600};
            float[] ys = {100, 130, 160};
            s.setLineWidth(0.75f);
            for (float y : ys) {
                s.moveTo(y, xs[0]);
                s.lineTo(y, xs[2]);
                s.stroke();
            }
            for (float x : xs) {
                s.moveTo(ys[0], x);
                s.lineTo(ys[2], x);
                s.stroke();
            }
            for (int r = 0; r < 2; r++) {
                for (int col = 0; col < 2; col++) {
                    s.beginText();
                    s.setFont(PdfFixtures.REGULAR, 11);
                    s.setTextMatrix(org.apache.pdfbox.util.Matrix.getRotateInstance(Math.PI / 2, ys[r] + 20, xs[col] + 5));
                    s.showText(cells[r][col]);
                    s.endText();
                }
            }
        });
        LayoutDocument d = read(pdf);
        assertEquals(PdfFixtures.A4_HEIGHT, d.page(1).width(), 0.5f);
        Table t = tables(d).get(0).table();
        assertEquals(List.of("Action", "Status"), t.rowTexts(0));
        assertEquals(List.of("Recruit foster carers", "On track"), t.rowTexts(1));
        assertEquals(100, t.box().x0(), 1);
        assertEquals(100, t.box().y0(), 1);
    }

    @Test
    void pagesWithoutTextAreKeptEmptyWithAWarning() throws IOException {
        Warnings w = new Warnings();
        LayoutDocument d = read(PdfFixtures.pdf(
                c -> c.text("Report of the Director", 50, 100),
                c -> c.image(50, 50, 545, 790),
                c -> c.fillRect(100, 100, 300, 300)), w);
        assertEquals(3, d.pageCount());
        assertTrue(d.page(2).blocks().isEmpty());
        assertTrue(d.page(3).blocks().isEmpty());
        List<Warning> ws = w.toList();
        assertEquals(2, ws.size());
        assertEquals(WarningCode.NO_TEXT_LAYER, ws.get(0).code());
        assertEquals(2, ws.get(0).page());
        assertTrue(ws.get(0).message().contains("scanned"));
        assertEquals(3, ws.get(1).page());
    }

    @Test
    void encryptedWithAnEmptyUserPasswordIsReadWithAWarning() throws IOException {
        Warnings w = new Warnings();
        LayoutDocument d = read(PdfFixtures.pdfWith(PdfFixtures.encrypted(""), c -> c.text("Minutes of the meeting", 50, 100)), w);
        assertEquals("Minutes of the meeting", d.body().get(0).text());
        assertEquals(WarningCode.ENCRYPTED, w.toList().get(0).code());
    }

    @Test
    void encryptedWithAPasswordIsUnreadable() {
        byte[] pdf = PdfFixtures.pdfWith(PdfFixtures.encrypted("secret"), c -> c.text("Exempt report", 50, 100));
        UnreadablePaperException e = assertThrows(UnreadablePaperException.class, () -> read(pdf));
        assertEquals("encrypted (password required)", e.reason());
        assertEquals("made.pdf", e.source());
    }

    @Test
    void truncatedPdfIsUnreadableNamingTheDamage() {
        byte[] full = PdfFixtures.pdf(c -> c.text("Page one", 50, 100), c -> c.text("Page two", 50, 100));
        byte[] half = Arrays.copyOf(full, full.length / 2);
        UnreadablePaperException e = assertThrows(UnreadablePaperException.class, () -> read(half));
        assertTrue(e.reason().startsWith("damaged or truncated PDF: it ends early, without %%EOF, and "), e.reason());
    }

    @Test
    void pdfMissingOnlyItsCrossReferenceTableIsRepairedAndRead() throws IOException {
        byte[] full = PdfFixtures.pdf(c -> c.text("Page one", 50, 100), c -> c.text("Page two", 50, 100));
        byte[] cut = Arrays.copyOf(full, full.length * 9 / 10); // loses the xref table and trailer only
        LayoutDocument d = read(cut);
        assertEquals(2, d.pageCount());
        assertEquals("Page two", d.page(2).body().get(0).text());
    }

    @Test
    void pdfWhoseCrossReferenceOffsetsAreWrongIsRepairedAndRead() throws IOException {
        byte[] full = PdfFixtures.pdf(c -> c.text("Page one", 50, 100), c -> c.text("Page two", 50, 100));
        String s = new String(full, java.nio.charset.StandardCharsets.ISO_8859_1);
        // Every object moved by ten bytes, as when a file is edited by hand or re-saved badly: the xref
        // table's offsets and startxref no longer point at the objects.
        int body = s.indexOf("1 0 obj");
        String damaged = s.substring(0, body) + "%padding\n" + s.substring(body);
        assertTrue(damaged.length() == full.length + 9);
        LayoutDocument d = read(damaged.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        assertEquals(2, d.pageCount());
        assertEquals("Page one", d.page(1).body().get(0).text());
        assertEquals("Page two", d.page(2).body().get(0).text());
    }

    @Test
    void garbageBehindAPdfHeaderIsUnreadable() {
        byte[] junk = "%PDF-1.7\nthis is not a PDF at all\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        UnreadablePaperException e = assertThrows(UnreadablePaperException.class, () -> read(junk));
        assertTrue(e.reason().startsWith("damaged or truncated PDF"));
    }

    @Test
    void standardReadersPickThisReaderForPdf() {
        assertTrue(Readers.standard().forType(MediaTypes.PDF).orElseThrow() instanceof PdfLayoutReader);
    }

    /** Page furniture, page numbers, heading levels and a text box, on a short pack made in code. */
    @Nested
    class PageStructure {
        /** Sets words from {@code x} with a fixed gap between them, as justification stretches a line's spaces. */
        private static float justified(PdfFixtures.Canvas c, float x, float baseline, float gap, String... words)
                throws IOException {
            for (String w : words) {
                c.text(w, x, baseline, 12, true);
                x += PdfFixtures.Canvas.width(w, 12) + gap;
            }
            return x - gap;
        }

        @Test
        void aJustifiedLinesWideSpacesAreNoGutter() throws IOException {
            // A front sheet: the meeting's details at the left, a contact block at the right; the venue's
            // first line is justified, so each of its spaces is 16 points wide, wider than a column gutter.
            LayoutDocument d = read(PdfFixtures.pdf(c -> {
                String when = "Tuesday, 4th March, 2025, at 7.00 pm";
                c.text(when, 78, 260, 12, true);
                float end = justified(c, 78, 274, 16, "Committee", "Room", "Two,", "Civic", "Offices,");
                // The labels sit just clear of the longer of the two lines, the values further right.
                float label = Math.max(78 + PdfFixtures.Canvas.width(when, 12), end) + 11.5f;
                float value = label + 78;
                c.text("Contact:", label, 260, 12, false);
                c.text("Jenny Shade", value, 260, 12, true);
                c.text("Telephone:", label, 274, 12, false);
                c.text("Tel: 01375 652082", value, 274, 12, true);
                c.text("New Road, Grays RM17 6SL", 78, 288, 12, true);
                c.text("Email:", value, 288, 12, true);
                c.text("direct.democracy@thurrock", value, 302, 12, true);
                c.text(".gov.uk", value, 316, 12, true);
                c.text(".", 54, 344, 12, false);
            }));
            String text = d.text().replaceAll("\\s+", " ");
            assertTrue(text.contains("Committee Room Two, Civic Offices,"), text);
        }

        static final String[] BODY = {
            "The service has improved the timeliness of assessments",
            "since the last inspection, and most children now have",
            "a plan that is reviewed on time by their social worker.",
            "Managers check the quality of the plans every month."};
        static final String[] BOX = {
            "Key facts: 412 children in care,",
            "up from 380 a year ago; 96% of",
            "reviews held within timescale."};

        private byte[] pack(String footer1, String footer2, String footer3) {
            PdfFixtures.PageWriter header = c -> c.text("Corporate Parenting Committee, 3 March 2025", 57, 40, 9, false);
            return PdfFixtures.pdf(
                    c -> {
                        header.write(c);
                        c.text("Children in care annual report", 57, 90, 18, true);
                        c.text("1. Summary", 57, 125, 13, true);
                        for (int i = 0; i < BODY.length; i++) {
                            c.text(BODY[i], 57, 150 + 13.5f * i, 11, false);
                        }
                        // A text box to the right, framed, in a smaller size on its own baselines.
                        c.line(350, 140, 540, 140);
                        c.line(350, 200, 540, 200);
                        c.line(350, 140, 350, 200);
                        c.line(540, 140, 540, 200);
                        for (int i = 0; i < BOX.length; i++) {
                            c.text(BOX[i], 356, 156 + 12 * i, 9.5f, false);
                        }
                        c.text("2. Placements", 57, 230, 13, true);
                        c.text("Placement stability has improved this year.", 57, 255, 11, false);
                        c.text(footer1, 280, 815, 9, false);
                    },
                    c -> {
                        header.write(c);
                        c.text("This page is intentionally left blank", 200, 420, 11, false);
                        c.text(footer2, 280, 815, 9, false);
                    },
                    c -> {
                        header.write(c);
                        c.text("3. Health", 57, 90, 13, true);
                        c.text("Health assessments are timely for most children.", 57, 115, 11, false);
                        c.text(footer3, 280, 815, 9, false);
                    });
        }

        @ParameterizedTest
        @CsvSource({"Page 3 of 12, Page 4 of 12, Page 5 of 12", "3, 4, 5", "Page 3, Page 4, Page 5"})
        void printedNumbersFromEveryFooterForm(String f1, String f2, String f3) throws IOException {
            LayoutDocument d = read(pack(f1, f2, f3));
            assertEquals(List.of("3", "4", "5"), d.pages().stream().map(Page::printedNumber).toList());
            for (Page p : d.pages()) {
                assertEquals(Layer.FOOTER, p.footer().get(0).layer());
                assertEquals(List.of("Corporate Parenting Committee, 3 March 2025"), p.header().stream().map(Block::text).toList());
                assertTrue(p.body().stream().noneMatch(b -> b.text().contains("Committee, 3 March") || b.text().startsWith("Page")));
            }
        }

        @Test
        void blankNoticePageIsBlank() throws IOException {
            LayoutDocument d = read(pack("Page 3", "Page 4", "Page 5"));
            assertTrue(d.page(2).isBlank());
            assertFalse(d.page(1).isBlank());
            assertFalse(d.page(3).isBlank());
        }

        @Test
        void headingLevelsFromSizeAndWeight() throws IOException {
            LayoutDocument d = read(pack("Page 3", "Page 4", "Page 5"));
            List<String> headings = d.body().stream().filter(b -> b.is(BlockKind.HEADING)).map(b -> b.level() + " " + b.text()).toList();
            assertEquals(List.of("1 Children in care annual report", "2 1. Summary", "2 2. Placements", "2 3. Health"), headings);
        }

        @Test
        void textBoxIsReadWholeAfterTheTextBesideIt() throws IOException {
            LayoutDocument d = read(pack("Page 3", "Page 4", "Page 5"));
            List<String> texts = d.page(1).body().stream().map(Block::text).toList();
            String body = String.join(" ", BODY);
            String box = String.join(" ", BOX);
            assertTrue(texts.contains(body), () -> "body paragraph whole: " + texts);
            assertTrue(texts.stream().anyMatch(t -> t.equals(box)), () -> "box whole: " + texts);
            assertTrue(texts.indexOf(body) < texts.indexOf("2. Placements"));
        }
    }

    /**
     * Wrapped text as word processors set it (lines filled to the right margin by the font's widths):
     * list items with and without hanging indents, and paragraphs and items broken by a page break.
     */
    @Nested
    class WrappedText {
        static final float LEFT = 57;
        static final float RIGHT = 538;
        static final float SIZE = 11;
        static final float LEADING = 13.5f;
        static final String LONG_A = "That the Children's Overview and Scrutiny Committee consider the Ofsted focused visit letter and provide comment or challenge in respect of the outcomes.";
        static final String LONG_B = "That the three areas for improvement identified by Ofsted are considered by the Committee and support offered to deliver against these recommendations.";
        static final String LONG_C = "Planned transitions for disabled young people and care leavers need to happen earlier, with health assessments timely for every child in care.";
        static final String LONG_D = "Management oversight of frontline practice is consistent, and supervision records show clear direction for the social workers who hold the cases.";

        private List<Block> items(LayoutDocument d) {
            return d.body().stream().filter(b -> b.is(BlockKind.LIST_ITEM)).toList();
        }

        /** Draws a marker at {@code markerX} and the item's text from {@code textX}, wrapping to {@code restX}. */
        private float item(PdfFixtures.Canvas c, String marker, float markerX, float textX, float restX, String text,
                float baseline) throws IOException {
            c.text(marker, markerX, baseline, SIZE, false);
            return c.flow(text, textX, restX, RIGHT, baseline, SIZE, LEADING);
        }

        @Test
        void hangingIndentItemsOfEveryMarkerKeepTheirWrappedLines() throws IOException {
            LayoutDocument d = read(PdfFixtures.pdf(c -> {
                c.text("Recommendations", LEFT, 80, 14, true);
                float y = item(c, "1.", LEFT, 75, 75, LONG_A, 110);
                y = item(c, "a)", 75, 93, 93, LONG_B, y + LEADING);
                y = item(c, "(i)", 93, 113, 113, LONG_C, y + LEADING);
                y = item(c, "1.1", LEFT, 80, 80, LONG_D, y + LEADING);
                y = item(c, "\u2022", 80, 95, 95, LONG_A, y + LEADING);
                c.flow(LONG_B, LEFT, LEFT, RIGHT, y + 2 * LEADING, SIZE, LEADING);
            }));
            List<Block> items = items(d);
            assertEquals(List.of("1.", "a)", "(i)", "1.1", "\u2022"), items.stream().map(Block::marker).toList());
            assertEquals(List.of(LONG_A, LONG_B, LONG_C, LONG_D, LONG_A), items.stream().map(Block::text).toList());
            assertEquals(List.of(0, 1, 2, 0, 1), items.stream().map(Block::level).toList());
            Block after = d.body().get(d.body().size() - 1);
            assertEquals(BlockKind.PARAGRAPH, after.kind());
            assertEquals(LONG_B, after.text());
        }

        @Test
        void itemsWithoutAHangingIndentWrapBackToTheMarkersMargin() throws IOException {
            String shortItem = "Members note the report";
            String paragraph = "The report sets out the areas for improvement and the actions taken since the visit.";
            LayoutDocument d = read(PdfFixtures.pdf(c -> {
                float y = item(c, "1.1", LEFT, 80, LEFT, LONG_A, 100);
                y = item(c, "1.2", LEFT, 80, LEFT, LONG_B, y + LEADING);
                // No gap after an item that ends a sentence: the margin line is a new paragraph.
                y = c.flow(paragraph, LEFT, LEFT, RIGHT, y + LEADING, SIZE, LEADING);
                // Nor after an item whose line stops short: it did not wrap.
                y = item(c, "1.3", LEFT, 80, LEFT, shortItem, y + 2 * LEADING);
                c.flow("Background", LEFT, LEFT, RIGHT, y + LEADING, SIZE, LEADING);
            }));
            List<Block> items = items(d);
            assertEquals(List.of("1.1", "1.2", "1.3"), items.stream().map(Block::marker).toList());
            assertEquals(List.of(LONG_A, LONG_B, shortItem), items.stream().map(Block::text).toList());
            List<String> paragraphs = d.body().stream().filter(b -> b.is(BlockKind.PARAGRAPH)).map(Block::text).toList();
            assertEquals(List.of(paragraph, "Background"), paragraphs);
        }

        @Test
        void bulletBeforeANumberGivesTheNumberAsTheMarker() throws IOException {
            LayoutDocument d = read(PdfFixtures.pdf(c -> {
                c.text("\u2022", 78, 100, SIZE, false);
                c.text("1.1", 85, 100, SIZE, false);
                c.flow(LONG_A, 104, 92, RIGHT, 100, SIZE, LEADING);
                c.text("\u20222.1 Glued to its bullet, as some renderings draw it.", 78, 100 + 4 * LEADING, SIZE, false);
            }));
            List<Block> items = items(d);
            assertEquals(List.of("1.1", "2.1"), items.stream().map(Block::marker).toList());
            assertEquals(LONG_A, items.get(0).text());
            assertEquals("Glued to its bullet, as some renderings draw it.", items.get(1).text());
        }

        /** Lines of {@code text} set from {@code firstX}, wrapping to {@code restX}, split at line {@code split}. */
        private static List<List<String>> split(String text, float firstX, float restX, int split) {
            try {
                List<String> lines = PdfFixtures.Canvas.wrap(text, firstX, restX, RIGHT, SIZE);
                assertTrue(lines.size() > split, "the text must wrap past the split");
                return List.of(lines.subList(0, split), lines.subList(split, lines.size()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static void lines(PdfFixtures.Canvas c, List<String> lines, float firstX, float restX, float baseline)
                throws IOException {
            for (int i = 0; i < lines.size(); i++) {
                c.text(lines.get(i), i == 0 ? firstX : restX, baseline + i * LEADING, SIZE, false);
            }
        }

        private static void footer(PdfFixtures.Canvas c, int page) throws IOException {
            c.text("Page " + page, 280, 815, 9, false);
        }

        @Test
        void itemAndParagraphBrokenByAPageBreakAreJoinedOnTheirFirstPage() throws IOException {
            String item = LONG_C + " " + LONG_D;
            String para = LONG_D + " " + LONG_A;
            List<List<String>> itemLines = split(item, 75, 75, 2);
            List<List<String>> paraLines = split(para, LEFT, LEFT, 1);
            String closing = "The inspection found that children are safe.";
            String next = "Leaders know their services well and act on what they find.";
            LayoutDocument d = read(PdfFixtures.pdf(
                    c -> {
                        c.flow(LONG_A, LEFT, LEFT, RIGHT, 600, SIZE, LEADING);
                        c.text("\u2022", 60, 760, SIZE, false);
                        lines(c, itemLines.get(0), 75, 75, 760);
                        footer(c, 1);
                    },
                    c -> {
                        lines(c, itemLines.get(1), 75, 75, 60);
                        lines(c, paraLines.get(0), LEFT, LEFT, 780);
                        footer(c, 2);
                    },
                    c -> {
                        lines(c, paraLines.get(1), LEFT, LEFT, 60);
                        c.text(closing, LEFT, 780, SIZE, false);
                        footer(c, 3);
                    },
                    c -> {
                        c.text(next, LEFT, 60, SIZE, false);
                        footer(c, 4);
                    }));
            List<Block> items = items(d);
            assertEquals(1, items.size());
            assertEquals(item, items.get(0).text());
            assertEquals(1, items.get(0).page());
            assertTrue(d.page(2).body().stream().noneMatch(b -> b.text().startsWith(itemLines.get(1).get(0))));
            assertEquals(List.of(para), d.page(2).body().stream().map(Block::text).toList());
            assertEquals(List.of(closing), d.page(3).body().stream().map(Block::text).toList());
            assertEquals(List.of(next), d.page(4).body().stream().map(Block::text).toList());
            assertEquals("4", d.page(4).printedNumber());
        }

        @Test
        void shortLineAtTheFootOfAPageDoesNotRunIntoTheNextPage() throws IOException {
            LayoutDocument d = read(PdfFixtures.pdf(
                    c -> {
                        c.flow(LONG_A, LEFT, LEFT, RIGHT, 600, SIZE, LEADING);
                        c.text("Thurrock Council Wi-Fi", LEFT, 780, SIZE, false);
                        footer(c, 1);
                    },
                    c -> {
                        c.flow("Wi-Fi is available throughout the Civic Offices for members of the public attending the meeting.", LEFT, LEFT, RIGHT, 60, SIZE, LEADING);
                        footer(c, 2);
                    }));
            assertEquals("Thurrock Council Wi-Fi", d.page(1).body().get(1).text());
            assertTrue(d.page(2).body().get(0).text().startsWith("Wi-Fi is available"));
        }
    }

    /**
     * The reader on the smaller real papers: LibreOffice renderings of the Thurrock samples, a Kent reports
     * pack with a blank page, an Ofsted report from Word, and camelot's shaded table. The two long papers
     * are read in {@link PdfLayoutReaderIT}, to keep the unit run fast. Expected values were read off the rendered pages (pdftoppm) and pdftotext.
     */
    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class RealPapers {
        static final String ILACS = "pdf/thurrock-2019-ofsted-ilacs-report.pdf";
        static final String KENT_PACK = "real/kent/kent-cabinet-2025-03-13-public-reports-pack.pdf";
        static final String BIRMINGHAM = "real/ofsted/80429-birmingham-2019-01-17.pdf";
        static final String CAMELOT = "real/tables/camelot-background-lines-2.pdf";

        // Each paper is read once for the whole class: the big ones take a second or two.
        private final Map<String, LayoutDocument> read = new HashMap<>();

        private LayoutDocument doc(String paper) {
            return read.computeIfAbsent(paper, p -> {
                try {
                    Path path = TestPapers.path(p);
                    return new PdfLayoutReader().read(Source.of(Files.readAllBytes(path), path.getFileName().toString()), new Warnings());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }

        private static List<Table> tables(LayoutDocument d) {
            return d.body().stream().filter(b -> b.is(BlockKind.TABLE)).map(Block::table).toList();
        }

        private static List<Cell> cells(LayoutDocument d, Predicate<Cell> which) {
            return tables(d).stream().flatMap(t -> t.cells().stream()).filter(which).toList();
        }

        @ParameterizedTest
        @CsvSource({
            "pdf/thurrock-2020-07-07-development-plan-report.pdf, 4",
            ILACS + ", 7",
            "pdf/thurrock-2017-04-improvement-plan.pdf, 8",
            KENT_PACK + ", 2",
            BIRMINGHAM + ", 13",
            CAMELOT + ", 1"})
        void everyPageIsKept(String paper, int pages) {
            LayoutDocument d = doc(paper);
            assertEquals(pages, d.pageCount());
            assertFalse(d.body().isEmpty());
            d.body().forEach(b -> assertNotNull(b.box(), () -> "no box on " + b));
        }



        @Test
        void ilacsJudgementTableReadsAsFiveRowsOfTwoColumns() {
            Table t = tables(doc(ILACS)).get(0);
            assertEquals(5, t.rowCount());
            assertEquals(2, t.colCount());
            assertEquals(List.of("Judgement", "Grade"), t.rowTexts(0));
            assertEquals(List.of("The impact of leaders on social work practice with children and families", "Good"), t.rowTexts(1));
            assertEquals(List.of("Overall effectiveness", "Good"), t.rowTexts(4));
        }

        @Test
        void ilacsHeadingsAndListItems() {
            List<Block> body = doc(ILACS).body();
            assertTrue(body.stream().anyMatch(b -> b.is(BlockKind.HEADING) && b.text().equals("What needs to improve")));
            assertTrue(body.stream().anyMatch(b -> b.is(BlockKind.HEADING)
                    && b.text().equals("The experiences and progress of children who need help and protection: Good")));
            assertTrue(body.stream().anyMatch(b -> b.is(BlockKind.LIST_ITEM) && "•".equals(b.marker())
                    && b.text().startsWith("Timeliness of initial health assessments")));
        }



        @Test
        void kentPackBlankPageIsKeptAndRecognisedAsBlank() {
            LayoutDocument d = doc(KENT_PACK);
            assertFalse(d.page(1).isBlank());
            assertTrue(d.page(2).isBlank());
            assertEquals("This page is intentionally left blank", d.page(2).body().get(0).text());
            assertEquals(BlockKind.PARAGRAPH, d.page(2).body().get(0).kind());
        }

        @Test
        void birminghamJudgementTableFromWordBorders() {
            LayoutDocument d = doc(BIRMINGHAM);
            Table t = tables(d).get(0);
            assertEquals(5, t.rowCount());
            assertEquals(List.of("Overall effectiveness", "Requires improvement to be good"), t.rowTexts(4));
            assertEquals("1", d.page(1).printedNumber());
            assertEquals(Layer.FOOTER, d.page(3).footer().get(0).layer());
            assertEquals("3", d.page(3).printedNumber());
            assertEquals("Birmingham City Council", d.body().get(0).text());
            assertEquals(1, d.body().get(0).level());
        }

        @Test
        void camelotShadedBandsGiveCellsTheirColours() {
            Table t = tables(doc(CAMELOT)).get(0);
            Cell label = cells(doc(CAMELOT), c -> c.text().equals("MARGINAL (BELOW 1.0)")).get(0);
            Cell value = cells(doc(CAMELOT), c -> c.text().equals("39053")).get(0);
            Cell head = cells(doc(CAMELOT), c -> c.text().equals("Sl.No")).get(0);
            Rgb yellow = label.fill();
            Rgb light = value.fill();
            Rgb dark = head.fill();
            assertTrue(yellow.r() > 200 && yellow.g() > 200 && yellow.b() < 150, "yellow " + yellow);
            assertTrue(light.g() > 200 && light.r() < light.g() && light.b() < 120, "light green " + light);
            assertTrue(dark.g() < 130 && dark.g() > dark.r() && dark.g() > dark.b(), "dark green " + dark);
            assertTrue(label.colSpan() > 5, "the band label spans the data columns");
            assertEquals(value.row(), cells(doc(CAMELOT), c -> c.text().equals("I")).get(0).row());
            assertTrue(t.rowCount() > 20);
        }
    }
}
