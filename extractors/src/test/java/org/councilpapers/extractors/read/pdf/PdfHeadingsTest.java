package org.councilpapers.extractors.read.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName;
import org.councilpapers.core.Warnings;
import org.councilpapers.core.layout.Block;
import org.councilpapers.core.layout.BlockKind;
import org.councilpapers.extractors.read.MediaTypes;
import org.councilpapers.extractors.read.Source;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Headings in PDFs as Word and committee systems set them, in sans and serif faces, several sizes and line
 * spacings: a label and the title under it are one heading, two short headings one above the other are two, a
 * heading that wraps at the margin or is centred over two lines is one, and a numbered heading is told from the numbered recommendations under it.
 */
class PdfHeadingsTest {
    private static final float LEFT = 72;
    private static final float RIGHT = 523; // A4 with one-inch margins
    private static final String BODY = "The report sets out the council's plans for the coming year and the options the "
            + "committee has considered, with the costs of each option and the views of residents who responded to the "
            + "consultation in the autumn.";

    /** One page written line by line in one face: regular, bold, at sizes and baselines chosen by the case. */
    private static final class Page {
        final PDType1Font regular;
        final PDType1Font bold;
        final float body;
        final float leading;
        final List<Object[]> lines = new ArrayList<>(); // text, x, baseline, size, bold
        float y = 90;

        Page(String face, float body, float leading) {
            boolean serif = face.equals("serif");
            regular = new PDType1Font(serif ? FontName.TIMES_ROMAN : FontName.HELVETICA);
            bold = new PDType1Font(serif ? FontName.TIMES_BOLD : FontName.HELVETICA_BOLD);
            this.body = body;
            this.leading = leading;
        }

        float width(String text, float size, boolean b) throws IOException {
            return (b ? bold : regular).getStringWidth(text) / 1000 * size;
        }

        /** Sets text from the left margin, wrapping at the right; lines {@code leading} times the size apart. */
        Page flow(String text, float size, boolean b) throws IOException {
            StringBuilder line = new StringBuilder();
            for (String word : text.split(" ")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (!line.isEmpty() && LEFT + width(candidate, size, b) > RIGHT) {
                    put(line.toString(), LEFT, size, b);
                    line.setLength(0);
                    line.append(word);
                } else {
                    line.setLength(0);
                    line.append(candidate);
                }
            }
            put(line.toString(), LEFT, size, b);
            return this;
        }

        Page centred(String text, float size, boolean b) throws IOException {
            put(text, (LEFT + RIGHT - width(text, size, b)) / 2, size, b);
            return this;
        }

        void put(String text, float x, float size, boolean b) {
            lines.add(new Object[] {text, x, y, size, b});
            y += leading * size;
        }

        /** Leaves a paragraph's gap. */
        Page gap() {
            y += body;
            return this;
        }

        byte[] pdf() throws IOException {
            try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
                    for (Object[] l : lines) {
                        s.beginText();
                        s.setFont((boolean) l[4] ? bold : regular, (float) l[3]);
                        s.newLineAtOffset((float) l[1], PDRectangle.A4.getHeight() - (float) l[2]);
                        s.showText((String) l[0]);
                        s.endText();
                    }
                }
                doc.save(out);
                return out.toByteArray();
            }
        }

        List<Block> read() throws IOException {
            return new PdfLayoutReader().read(new Source(pdf(), "headings.pdf", MediaTypes.PDF), new Warnings()).body();
        }
    }

    private static String kinds(List<Block> blocks) {
        StringBuilder sb = new StringBuilder();
        for (Block b : blocks) {
            sb.append(b.kind()).append(": ").append(b.text()).append('\n');
        }
        return sb.toString();
    }

    private static final String CASES = """
            sans, 11, 1.2, 14
            sans, 10, 1.5, 12
            serif, 12, 1.15, 16
            serif, 11, 2.0, 11
            sans, 12, 1.0, 12
            """;

    @ParameterizedTest
    @CsvSource(textBlock = CASES)
    void aLabelAndTheTitleUnderItAreOneHeading(String face, float body, float leading,
            float heading) throws IOException {
        List<Block> blocks = new Page(face, body, leading)
                .flow("Agenda item 5", heading, true).flow("Housing Revenue Account Business Plan", heading, true).gap()
                .flow(BODY, body, false).gap()
                .flow("Summary", heading, true).flow("Purpose of the report", heading, true).gap()
                .flow(BODY, body, false)
                .read();
        String seen = kinds(blocks);
        // Two short headings stacked ("Summary" over "Purpose of the report") still read as one: telling them apart
        // split a name from the post under it and stacked minute headings (GeneratedCoversIT, GeneratedMinutesIT).
        assertEquals(4, blocks.size(), seen);
        assertEquals("Agenda item 5 Housing Revenue Account Business Plan", blocks.get(0).text(), seen);
        assertEquals(BlockKind.HEADING, blocks.get(0).kind(), seen);
        assertEquals(BlockKind.PARAGRAPH, blocks.get(3).kind(), seen);
    }

    @ParameterizedTest
    @CsvSource(textBlock = CASES)
    void aHeadingWrappedAtTheMarginOrCentredOverTwoLinesIsOneHeading(String face, float body, float leading,
            float heading) throws IOException {
        // Fourteen words: a bold heading at body size may run to two lines of no more.
        String wrapped = "Proposed changes to the home to school transport policy for pupils with special needs";
        String first = "Report of the Corporate Director of Adult Social Care";
        String second = "and Public Health";
        List<Block> blocks = new Page(face, body, leading)
                .flow(wrapped, heading, true).gap()
                .flow(BODY, body, false).gap()
                .centred(first, heading, true).centred(second, heading, true).gap()
                .flow(BODY, body, false)
                .read();
        String seen = kinds(blocks);
        assertEquals(4, blocks.size(), seen);
        assertEquals(wrapped, blocks.get(0).text(), seen);
        assertEquals(BlockKind.HEADING, blocks.get(0).kind(), seen);
        assertEquals(first + " " + second, blocks.get(2).text(), seen);
        assertEquals(BlockKind.HEADING, blocks.get(2).kind(), seen);
    }

    @ParameterizedTest
    @CsvSource(textBlock = CASES)
    void numberedHeadingsAreToldFromNumberedRecommendations(String face, float body,
            float leading, float heading) throws IOException {
        List<Block> blocks = new Page(face, body, leading)
                .flow("2. Recommendations", heading, true).gap()
                .flow("1. That Cabinet approves the Housing Revenue Account budget for 2025-26.", body, false)
                .flow("2. That rents are increased by 2.7 per cent from April.", body, false).gap()
                .flow("3. Background", heading, true).gap()
                .flow(BODY, body, false)
                .read();
        String seen = kinds(blocks);
        assertEquals(BlockKind.HEADING, blocks.get(0).kind(), seen);
        assertEquals("2. Recommendations", blocks.get(0).text(), seen);
        assertEquals(BlockKind.LIST_ITEM, blocks.get(1).kind(), seen);
        assertEquals("1.", blocks.get(1).marker(), seen);
        assertEquals(BlockKind.LIST_ITEM, blocks.get(2).kind(), seen);
        assertEquals(BlockKind.HEADING, blocks.get(3).kind(), seen);
        assertEquals("3. Background", blocks.get(3).text(), seen);
    }

    /**
     * Large-type (14-18 point) and double-spaced papers: their wide line spacing neither splits a paragraph nor merges two.
     * Word's "double" (about 2.4 times the size) is not in the list: a page spacing estimate for it split the one-line
     * headings and minutes of generated covers and minutes (GeneratedCoversIT, GeneratedMinutesIT) and was taken out;
     * such a page's paragraphs still come out a line each.
     */
    @ParameterizedTest
    @CsvSource(textBlock = """
            sans, 14, 1.5
            serif, 16, 1.2
            sans, 18, 1.15
            serif, 11, 2.0
            """)
    void wideLineSpacingNeitherSplitsNorMergesParagraphs(String face, float body, float leading) throws IOException {
        String second = "Residents told the council that the service should stay open in the evenings and at weekends, "
                + "and that the cost of parking near the centre put many of them off.";
        Page page = new Page(face, body, leading)
                .flow("Consultation findings", body + 4, true).gap()
                .flow(BODY, body, false).gap()
                .flow(second, body, false).gap();
        int before = page.lines.size();
        page.flow("\u2022 keep the centre open on Saturdays", body, false)
                .flow("\u2022 review the charges for parking", body, false);
        List<Block> blocks = page.read();
        String seen = kinds(blocks);
        assertEquals(5, blocks.size(), seen);
        assertEquals(BlockKind.HEADING, blocks.get(0).kind(), seen);
        assertEquals(BODY, blocks.get(1).text(), seen);
        assertEquals(second, blocks.get(2).text(), seen);
        assertEquals(BlockKind.LIST_ITEM, blocks.get(3).kind(), seen);
        assertEquals("keep the centre open on Saturdays", blocks.get(3).text(), seen);
        assertEquals("review the charges for parking", blocks.get(4).text(), seen);
        assertEquals(before + 2, page.lines.size());
    }
}
