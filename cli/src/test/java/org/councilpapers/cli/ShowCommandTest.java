package org.councilpapers.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.councilpapers.CouncilPapers;
import org.councilpapers.PagePictures;
import org.councilpapers.core.Extraction;
import org.councilpapers.core.layout.Box;
import org.councilpapers.core.record.Judgement;
import org.councilpapers.core.record.RecordType;
import org.councilpapers.extractors.read.PaperOverBudgetException;
import org.councilpapers.extractors.read.pdf.PdfPageRenderer;
import org.councilpapers.index.Hit;
import org.councilpapers.index.PaperIndex;
import org.councilpapers.index.Query;
import org.councilpapers.testdata.TestPapers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code show}: a record's page region drawn from the PDF it came from, a text paper's span in context, and the failures. */
class ShowCommandTest {
    private static final String BOLTON = "80432-bolton-2018-06-12.pdf";
    private static final String NORFOLK = "80418-norfolk-2013-08-16.pdf";
    private static final String THURROCK_TEXT = "thurrock-2019-ofsted-ilacs-report.txt";
    /** A4 at 150 dpi: 595.3 by 841.9 points. */
    private static final int A4_WIDTH = 1240;
    private static final int A4_HEIGHT = 1754;

    @TempDir
    static Path tmp;

    @TempDir
    Path scratch;

    private static Path index;

    @BeforeAll
    static void indexPapers() throws IOException {
        index = RealOfstedIndex.buildFrom(tmp, List.of("real/ofsted/" + BOLTON, "real/ofsted/" + NORFOLK, THURROCK_TEXT));
    }

    /** The judgement of this paper and area, as the index holds it. */
    private static Judgement judgement(String source, String area) throws IOException {
        List<Hit> hits = new ArrayList<>();
        try (PaperIndex idx = PaperIndex.openReadOnly(index)) {
            idx.scan(Query.all().type(RecordType.JUDGEMENT), hits::add);
        }
        return hits.stream().filter(h -> h.source().equals(source)).map(h -> (Judgement) h.record()).filter(j -> j.area().equals(area))
                .findFirst().orElseThrow(() -> new AssertionError("no " + area + " judgement in " + source));
    }

    private static boolean isOutline(int rgb) {
        return (rgb & 0xFFFFFF) == (PdfPageRenderer.OUTLINE.getRGB() & 0xFFFFFF);
    }

    /**
     * Checks that the outline's pixels frame the box: every one of them within a few pixels of the box's edges (scaled
     * to 150 dpi and moved up by {@code top} pixels where the picture was cropped), and each edge drawn along most of its
     * length.
     */
    private static void assertOutlined(BufferedImage img, Box box, int top) {
        double scale = 150 / 72.0;
        int slack = 12; // the outline sits 2 points outside the box, 3 pixels wide
        int x0 = (int) Math.round(box.x0() * scale);
        int x1 = (int) Math.round(box.x1() * scale);
        int y0 = (int) Math.round(box.y0() * scale) - top;
        int y1 = (int) Math.round(box.y1() * scale) - top;
        int outside = 0;
        int[] left = new int[img.getHeight()];
        int[] topRow = new int[img.getWidth()];
        int total = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                if (!isOutline(img.getRGB(x, y))) {
                    continue;
                }
                total++;
                boolean inBand = x >= x0 - slack && x <= x1 + slack && y >= y0 - slack && y <= y1 + slack;
                boolean nearEdge = x <= x0 || x >= x1 || y <= y0 || y >= y1;
                if (!inBand || !nearEdge) {
                    outside++;
                }
                if (x <= x0) {
                    left[y] = 1;
                }
                if (y <= y0) {
                    topRow[x] = 1;
                }
            }
        }
        assertEquals(0, outside, "outline pixels away from the box's edges");
        int leftRows = java.util.Arrays.stream(left).sum();
        int topColumns = java.util.Arrays.stream(topRow).sum();
        assertTrue(leftRows >= y1 - y0, "the left edge is drawn along the box: " + leftRows + " rows of " + (y1 - y0));
        assertTrue(topColumns >= x1 - x0, "the top edge is drawn along the box: " + topColumns + " columns of " + (x1 - x0));
        assertTrue(total > 2 * ((x1 - x0) + (y1 - y0)), "a whole frame is drawn, " + total + " pixels");
    }

    @Test
    void pngOfARegionIsTheBandOfThePageAroundTheRecordWithItsBoxOutlined() throws IOException {
        Judgement overall = judgement(BOLTON, "Overall effectiveness");
        Box box = overall.provenance().bbox();
        Path png = scratch.resolve("overall.png");

        Cli.Run run = Cli.run("show", overall.id(), "--png", png.toString(), "--index", index.toString());

        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("page:   1 (printed 1)"), run.out());
        assertTrue(run.out().contains("\"gradeText\" : \"Good\""), run.out());
        assertEquals(List.of("councilpapers: page 1 region of " + BOLTON + " drawn to " + png), run.errLines());
        BufferedImage img = ImageIO.read(png.toFile());
        // The page's full width, and the box's height with 48 points (100 pixels) above and below.
        assertEquals(A4_WIDTH, img.getWidth(), 1.0);
        int top = (int) Math.round((box.y0() - PagePictures.MARGIN) * 150 / 72.0);
        int expectedHeight = (int) Math.round((box.y1() + PagePictures.MARGIN) * 150 / 72.0) - top;
        assertEquals(expectedHeight, img.getHeight(), 1.0);
        assertOutlined(img, box, top);
    }

    @Test
    void pngOfAPageIsTheWholePageWithTheBoxWhereItsBboxSays() throws IOException {
        // Norfolk's record of main findings, on page 23 (printed 21), half-way down the page.
        Judgement outcomes = judgement(NORFOLK, "Outcomes for looked after children and young people");
        Path png = scratch.resolve("page.png");

        Cli.Run run = Cli.run("show", outcomes.id(), "--png", png.toString(), "--page", "--index", index.toString());

        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("page:   23 (printed 21)"), run.out());
        BufferedImage img = ImageIO.read(png.toFile());
        assertEquals(A4_WIDTH, img.getWidth(), 1.0);
        assertEquals(A4_HEIGHT, img.getHeight(), 1.0);
        assertOutlined(img, outcomes.provenance().bbox(), 0);
    }

    @Test
    void aTextPapersRecordIsShownMarkedInItsContextAndCannotBeDrawn() throws IOException {
        Judgement overall = judgement(THURROCK_TEXT, "Overall effectiveness");

        Cli.Run shown = Cli.run("show", overall.id(), "--context", "60", "--index", index.toString());
        assertEquals(0, shown.code(), shown.err());
        assertTrue(shown.out().contains("box:    none"), shown.out());
        // The row of the report's judgement table: the care leavers' row before it, the summary's first words after.
        String line = shown.outLines().get(shown.outLines().size() - 1);
        assertTrue(line.contains("children in care and care leavers Good [[Overall effectiveness Good]] Since the last inspection"), line);

        Path png = scratch.resolve("text.png");
        Cli.Run drawn = Cli.run("show", overall.id(), "--png", png.toString(), "--index", index.toString());
        assertEquals(2, drawn.code());
        assertEquals(List.of("councilpapers: cannot draw " + THURROCK_TEXT + ": it was read from text (text/plain), which has no page"
                + " geometry; the record's words are shown as text instead"), drawn.errLines());
        assertTrue(drawn.out().contains("[[Overall effectiveness Good]]"), drawn.out());
        assertFalse(Files.exists(png));
    }

    @Test
    void aMovedPaperIsOneLineAndExitTwoAndAChangedOneToo() throws IOException {
        Path own = RealOfstedIndex.buildFrom(scratch, List.of("real/ofsted/" + BOLTON));
        Path paper = scratch.resolve("papers").resolve(BOLTON);
        String id;
        try (PaperIndex idx = PaperIndex.openReadOnly(own)) {
            List<Hit> hits = new ArrayList<>();
            idx.scan(Query.all().type(RecordType.JUDGEMENT), hits::add);
            id = hits.get(0).id();
        }

        Files.move(paper, scratch.resolve("elsewhere.pdf"));
        Cli.Run moved = Cli.run("show", id, "--png", scratch.resolve("x.png").toString(), "--index", own.toString());
        assertEquals(2, moved.code());
        assertEquals(List.of("councilpapers: " + paper.toAbsolutePath() + ": not found: the paper was moved or deleted since it was indexed"
                + " (index it again where it is now)"), moved.errLines());

        Files.writeString(paper, "%PDF-1.4 not the paper that was indexed");
        Cli.Run changed = Cli.run("show", id, "--index", own.toString());
        assertEquals(2, changed.code());
        assertEquals(List.of("councilpapers: " + paper.toAbsolutePath() + ": changed since it was indexed (index it again)"),
                changed.errLines());
    }

    @Test
    void anIndexThatNeverRecordedWherePapersAreSaysToRebuildIt() throws IOException {
        Path old = scratch.resolve("old-index");
        Extraction x = CouncilPapers.builder().build().extract(TestPapers.path("real/ofsted/" + BOLTON));
        try (PaperIndex idx = PaperIndex.open(old)) {
            idx.add(x); // no location, as indexes written by addAll or before locations were kept
        }
        String id = x.records().get(0).id();

        Cli.Run run = Cli.run("show", id, "--index", old.toString());

        assertEquals(2, run.code());
        assertTrue(run.out().startsWith("judgement " + id), run.out()); // the record itself is in the index
        assertEquals(List.of("councilpapers: the index does not say where " + BOLTON
                + " was read from: rebuild the index to use show (councilpapers index PATH...)"), run.errLines());
    }

    @Test
    void anUnknownIdIsOneLineAndExitTwo() {
        Cli.Run run = Cli.run("show", "judgement-0000000000000000", "--index", index.toString());
        assertEquals(2, run.code());
        assertEquals(List.of("councilpapers: no record or passage judgement-0000000000000000 in " + index
                + " (ids are as 'search' prints them)"), run.errLines());
    }

    @Test
    void theLibraryGivesTheSamePictureAsPngBytes() throws IOException {
        Judgement overall = judgement(BOLTON, "Overall effectiveness");
        Path pdf = TestPapers.path("real/ofsted/" + BOLTON);
        byte[] png = PagePictures.png(pdf, overall.provenance(), PagePictures.View.REGION);
        BufferedImage img = ImageIO.read(new java.io.ByteArrayInputStream(png));
        BufferedImage direct = PagePictures.image(pdf, overall.provenance(), PagePictures.View.REGION);
        assertEquals(direct.getWidth(), img.getWidth());
        assertEquals(direct.getHeight(), img.getHeight());
        assertEquals(direct.getRGB(img.getWidth() / 2, img.getHeight() / 2), img.getRGB(img.getWidth() / 2, img.getHeight() / 2));
    }

    @Test
    void councilPapersDrawsTheSamePictureWithinItsByteLimit() throws IOException {
        Judgement overall = judgement(BOLTON, "Overall effectiveness");
        Path pdf = TestPapers.path("real/ofsted/" + BOLTON);
        CouncilPapers papers = CouncilPapers.builder().nlp(false).build();
        assertArrayEquals(PagePictures.png(pdf, overall.provenance(), PagePictures.View.PAGE),
                papers.pagePng(pdf, overall.provenance(), PagePictures.View.PAGE));
        BufferedImage region = papers.pageImage(pdf, overall.provenance(), PagePictures.View.REGION);
        assertEquals(1240, region.getWidth(), "an A4 page's width at 150 dpi");
        CouncilPapers small = CouncilPapers.builder().nlp(false).maxBytes(1000).build();
        PaperOverBudgetException e = assertThrows(PaperOverBudgetException.class,
                () -> small.pageImage(pdf, overall.provenance(), PagePictures.View.REGION));
        assertTrue(e.getMessage().contains(pdf.toString()), e.getMessage());
    }
}
