package org.councilpapers.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.councilpapers.CouncilPapers;
import org.councilpapers.core.Extraction;
import org.councilpapers.core.Warning;
import org.councilpapers.core.WarningCode;
import org.councilpapers.core.Warnings;
import org.councilpapers.core.layout.LayoutDocument;
import org.councilpapers.core.record.Judgement;
import org.councilpapers.extractors.read.PaperLimits;
import org.councilpapers.extractors.read.PaperOverBudgetException;
import org.councilpapers.extractors.read.Source;
import org.councilpapers.extractors.read.UnreadablePaperException;
import org.councilpapers.testdata.TestPapers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hostile files read through the library: each is stopped with a one-line error naming the file and the
 * limit, or read in part with a warning that says what was left out, in bounded time. This class runs in
 * its own JVM with a 256 MB heap (see the {@code hostile-input} Failsafe execution): the bombs below inflate
 * to several times that, so an unguarded read fails with OutOfMemoryError rather than passing by luck.
 */
class HostileInputIT {
    /**
     * Generous: each case takes a second or two here, ten on a machine shared by seven builds; an unguarded one
     * takes minutes, fails with OutOfMemoryError or never ends.
     */
    private static final Duration BOUND = Duration.ofSeconds(60);

    private final CouncilPapers papers = CouncilPapers.builder().build();

    @TempDir
    Path dir;

    private Path file(String name, byte[] bytes) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, bytes);
        return p;
    }

    private interface Run<T> {
        T run() throws IOException;
    }

    private static <T> T timed(Run<T> r) throws IOException {
        long start = System.nanoTime();
        try {
            return r.run();
        } finally {
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            assertTrue(took.compareTo(BOUND) < 0, "took " + took);
        }
    }

    private UnreadablePaperException refused(CouncilPapers with, Path p) {
        long start = System.nanoTime();
        UnreadablePaperException e = assertThrows(UnreadablePaperException.class, () -> with.extract(p));
        assertTrue(Duration.ofNanos(System.nanoTime() - start).compareTo(BOUND) < 0);
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
        assertEquals(e.source() + ": " + e.reason(), e.getMessage());
        // checks made before reading name the path given; a reader names the file
        assertTrue(e.source().equals(p.toString()) || e.source().equals(p.getFileName().toString()), e.source());
        return e;
    }

    private static List<Warning> codes(Extraction x, WarningCode code) {
        return x.warnings().stream().filter(w -> w.code() == code).toList();
    }

    @ParameterizedTest
    @ValueSource(longs = {Integer.MAX_VALUE, 5_000_000})
    void lyingPageCountReadsThePagesThatArePresent(long claimed) throws IOException {
        byte[] pdf = HostileFiles.lyingPageCount(claimed);
        assertTrue(pdf.length < 1000, "a small file: " + pdf.length);
        Extraction x = timed(() -> papers.extract(file("lying.pdf", pdf)));
        assertEquals(1, x.document().pages());
        List<Warning> w = codes(x, WarningCode.DAMAGED);
        assertEquals(1, w.size(), x.warnings().toString());
        assertEquals("the page tree claims " + claimed + " pages but holds 1; read the 1 page present", w.get(0).message());
    }

    @Test
    void pagesPastMaxPagesAreLeftOutWithAWarning() throws IOException {
        CouncilPapers two = CouncilPapers.builder().maxPages(2).build();
        Extraction x = timed(() -> two.extract(file("five.pdf", HostileFiles.pages(5))));
        assertEquals(2, x.document().pages());
        List<Warning> w = codes(x, WarningCode.PAGE_LIMIT);
        assertEquals(List.of("the paper has 5 pages; read the first 2 (maxPages 2)"), w.stream().map(Warning::message).toList());
        // the defaults read all five, without a warning
        Extraction all = papers.extract(file("five.pdf", HostileFiles.pages(5)));
        assertEquals(5, all.document().pages());
        assertTrue(all.warnings().isEmpty(), all.warnings().toString());
    }

    @Test
    void deflateBombInAContentStreamSkipsThePage() throws IOException {
        // 320 MB of spaces in about 320 KB: more than the test JVM's whole heap
        byte[] pdf = HostileFiles.deflateBomb(320L << 20);
        assertTrue(pdf.length < 1 << 20, "small: " + pdf.length);
        Extraction x = timed(() -> papers.extract(file("bomb.pdf", pdf)));
        assertEquals(1, x.document().pages());
        assertEquals(List.of(new Warning(WarningCode.TOO_LARGE,
                "page skipped: the page's content stream inflates to over 128 MB, the most one part may (maxStreamBytes)", 1)),
                codes(x, WarningCode.TOO_LARGE));
        assertTrue(x.records().isEmpty());
    }

    @Test
    void deflateBombPageIsNamedAndTheOtherPagesRead() throws IOException {
        CouncilPapers small = CouncilPapers.builder().limits(PaperLimits.defaults().withMaxStreamBytes(4L << 20)).build();
        byte[] pdf = HostileFiles.deflateBomb(16L << 20);
        LayoutDocument layout = timed(() -> small.layout(Source.of(pdf, "bomb.pdf"), new Warnings()));
        Warnings w = new Warnings();
        small.layout(Source.of(pdf, "bomb.pdf"), w);
        assertEquals(1, layout.pages().size());
        assertEquals(List.of(new Warning(WarningCode.TOO_LARGE,
                "page skipped: the page's content stream inflates to over 4 MB, the most one part may (maxStreamBytes)", 1)),
                w.toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {"docx", "xlsx", "odt"})
    void zipBombIsRefusedBeforeAnyReaderOpensIt(String ext) throws IOException {
        long inflated = 320L << 20;
        byte[] zip = switch (ext) {
            case "docx" -> HostileFiles.docxBomb(inflated);
            case "xlsx" -> HostileFiles.xlsxBomb(inflated);
            default -> HostileFiles.odtBomb(inflated);
        };
        Path p = file("bomb." + ext, zip);
        PaperOverBudgetException e = assertThrows(PaperOverBudgetException.class, () -> timed(() -> papers.extract(p)));
        assertEquals(WarningCode.TOO_LARGE, e.code());
        String part = switch (ext) {
            case "docx" -> "word/document.xml";
            case "xlsx" -> "xl/worksheets/sheet1.xml";
            default -> "content.xml";
        };
        assertEquals("zip entry " + part + " inflates to over " + PaperLimits.DEFAULT_MAX_INFLATE_RATIO
                + " times the file's size (a zip bomb?; maxInflateRatio)", e.reason());
        assertEquals("bomb." + ext, e.source());
    }

    @Test
    void zipEntryOverTheStreamLimitIsRefusedEvenAtAnHonestRatio() throws IOException {
        CouncilPapers small = CouncilPapers.builder().limits(PaperLimits.defaults().withMaxStreamBytes(1L << 20)
                .withMaxInflateRatio(100_000)).build();
        Path p = file("big.docx", HostileFiles.docxBomb(3L << 20));
        PaperOverBudgetException e = assertThrows(PaperOverBudgetException.class, () -> small.extract(p));
        assertEquals("zip entry word/document.xml inflates to over 1 MB, the most one part may (maxStreamBytes)", e.reason());
    }

    /**
     * Word's PDFs put the catalog, the page tree and each page's content first and the fonts last: a cut keeps the
     * pages before it, read with their records; a cut at 10% keeps Barnsley's first four pages of the 37 its page
     * tree lists by then, and North Northamptonshire's first page (its page tree went with the cut, so the count
     * is unknown). The pages after the last one read are left out, not reported as pages without text.
     */
    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"real/ofsted/80426-barnsley-2014-08-08.pdf;10;4 of 37 pages read;4",
            "real/ofsted/80426-barnsley-2014-08-08.pdf;50;38 pages read;38",
            "real/ofsted/80426-barnsley-2014-08-08.pdf;90;38 pages read;38",
            "real/ofsted/2637539-north-northamptonshire-2026-07-07.pdf;10;1 page read;1",
            "real/ofsted/2637539-north-northamptonshire-2026-07-07.pdf;50;12 pages read;12",
            "real/ofsted/2637539-north-northamptonshire-2026-07-07.pdf;90;12 pages read;12"})
    void truncatedPdfSaysSoAndHowManyPagesWereReadAndKeepsTheirRecords(String paper, int percent, String read, int pages)
            throws IOException {
        Path whole = TestPapers.path(paper);
        byte[] bytes = Files.readAllBytes(whole);
        Path cut = file("cut-" + percent + ".pdf", Arrays.copyOf(bytes, bytes.length * percent / 100));
        Extraction x = timed(() -> papers.extract(cut));
        assertEquals(new Warning(WarningCode.TRUNCATED, "the file is truncated (it ends without %%EOF): " + read, null),
                x.warnings().get(0), "named first, before what follows from it");
        assertEquals(1, codes(x, WarningCode.TRUNCATED).size(), x.warnings().toString());
        assertEquals(pages, x.document().pages());
        assertTrue(codes(x, WarningCode.NO_TEXT_LAYER).isEmpty(), "pages lost with the cut are not pages without text: "
                + x.warnings());
        // The first page's judgements (the summary of grades) are the whole paper's. The fonts, written last, may be
        // gone, and words then split where a lost font's widths were, so areas are compared without spaces.
        List<String> before = firstPageJudgements(papers.extract(whole));
        assertFalse(before.isEmpty());
        assertEquals(before, firstPageJudgements(x));
    }

    private static List<String> firstPageJudgements(Extraction x) {
        return x.records(Judgement.class).stream().filter(j -> j.provenance().page() == 1)
                .map(j -> j.area().replace(" ", "") + " " + j.grade()).toList();
    }

    /** LibreOffice writes the catalog, page tree and fonts after every content stream: a cut anywhere leaves no page. */
    @ParameterizedTest
    @ValueSource(ints = {10, 50, 90})
    void truncatedPdfWithNothingReadableIsRefusedAsTruncated(int percent) throws IOException {
        byte[] whole = Files.readAllBytes(TestPapers.path("pdf/thurrock-2019-ofsted-ilacs-report.pdf"));
        Path cut = file("cut-" + percent + ".pdf", Arrays.copyOf(whole, whole.length * percent / 100));
        UnreadablePaperException e = refused(papers, cut);
        assertEquals("damaged or truncated PDF: it ends early, without %%EOF, and no page can be read from what is there "
                + "(Missing root object specification in trailer.)", e.reason());
        assertEquals("cut-" + percent + ".pdf: " + e.reason(), e.getMessage());
    }

    @ParameterizedTest
    @CsvSource({"60,6,6 of 7 pages read", "95,10,10 pages read"})
    void truncatedPdfSaysHowManyPagesWereRead(int percent, int survive, String read) throws IOException {
        // the catalog and page tree come first in this file: a cut loses the cross-reference table and the last
        // pages, and PDFBox rebuilds the rest. At 60% the seventh page's object survives but not its content stream,
        // and PDFBox drops the tree's references to the three page objects past the cut: it lists seven.
        byte[] whole = HostileFiles.pages(10);
        byte[] cut = Arrays.copyOf(whole, whole.length * percent / 100);
        Path p = file("cut.pdf", cut);
        Extraction x = timed(() -> papers.extract(p));
        assertEquals(survive, x.document().pages());
        assertEquals(new Warning(WarningCode.TRUNCATED, "the file is truncated (it ends without %%EOF): " + read, null),
                x.warnings().get(0));
        LayoutDocument layout = papers.layout(Source.of(p, "cut.pdf"), new Warnings());
        for (int page = 1; page <= survive; page++) {
            assertEquals("This is page " + page + " of the paper.", layout.page(page).body().get(0).text());
        }
    }

    @Test
    void wholePdfHasNoTruncationWarning() throws IOException {
        Extraction x = papers.extract(TestPapers.path("pdf/thurrock-2019-ofsted-ilacs-report.pdf"));
        assertTrue(codes(x, WarningCode.TRUNCATED).isEmpty());
    }

    @Test
    void randomBytesNamedTxtAreBinaryNotText() throws IOException {
        Path p = file("notes.txt", HostileFiles.randomBytes(200_000, 42));
        UnreadablePaperException e = refused(papers, p);
        assertTrue(e.reason().startsWith("binary data, not text ("), e.reason());
    }

    @Test
    void textWithAForeignTailIsStillCaught() throws IOException {
        byte[] text = "Agenda item 1. Apologies for absence.\n".repeat(5000).getBytes(StandardCharsets.UTF_8);
        byte[] both = Arrays.copyOf(text, text.length + 200_000);
        System.arraycopy(HostileFiles.randomBytes(200_000, 7), 0, both, text.length, 200_000);
        UnreadablePaperException e = refused(papers, file("agenda.txt", both));
        assertTrue(e.reason().startsWith("binary data, not text"), e.reason());
    }

    @Test
    void encryptedPdfNeedsAPassword() throws IOException {
        byte[] plain = HostileFiles.pages(1);
        Path p = dir.resolve("locked.pdf");
        try (PDDocument doc = Loader.loadPDF(plain)) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "secret", new AccessPermission());
            doc.protect(policy);
            doc.save(p.toFile());
        }
        UnreadablePaperException e = refused(papers, p);
        assertEquals("encrypted (password required)", e.reason());
    }

    @Test
    void htmlNamedPdfIsNotAPdf() throws IOException {
        Path p = file("agenda.pdf", "<!DOCTYPE html><html><body>Not found</body></html>".getBytes(StandardCharsets.UTF_8));
        assertEquals("named .pdf but is an HTML page, not a PDF (a failed download?)", refused(papers, p).reason());
    }

    @Test
    void emptyFileIsEmpty() throws IOException {
        assertEquals("is empty", refused(papers, file("empty.pdf", new byte[0])).reason());
    }

    @Test
    void directoryIsNotAPaper() {
        assertEquals("is a directory, not a paper", refused(papers, dir).reason());
    }

    @Test
    void devicesAreNotRegularFiles() {
        Path zero = Path.of("/dev/zero");
        assumeTrue(Files.exists(zero), "a system with /dev/zero");
        UnreadablePaperException e = refused(papers, zero);
        assertEquals("/dev/zero: is not a regular file (a device, pipe or socket?)", e.getMessage());
    }

    @Test
    void fileOverMaxBytesIsRefusedBeforeItIsRead() throws IOException {
        CouncilPapers small = CouncilPapers.builder().maxBytes(1000).build();
        Path p = file("big.pdf", HostileFiles.pages(20));
        PaperOverBudgetException e = assertThrows(PaperOverBudgetException.class, () -> small.extract(p));
        assertEquals(WarningCode.TOO_LARGE, e.code());
        assertTrue(e.reason().matches("is \\d+ KB, over the 1000 bytes allowed per paper \\(maxBytes\\)"), e.reason());
    }

    @Test
    void streamOverMaxBytesIsRefusedWithoutReadingItAll() throws IOException {
        CouncilPapers small = CouncilPapers.builder().maxBytes(1 << 20).build();
        // an endless stream: only the first MB and a byte are ever read
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return 'a';
            }

            @Override
            public int read(byte[] b, int off, int len) {
                Arrays.fill(b, off, off + len, (byte) 'a');
                return len;
            }
        };
        PaperOverBudgetException e = assertThrows(PaperOverBudgetException.class, () -> timed(() -> small.extract(endless, "pipe.txt")));
        assertEquals("pipe.txt: is larger than the 1 MB allowed per paper (maxBytes)", e.getMessage());
    }

    @Test
    void paperPastItsTimeStopsWithTimeout() throws IOException {
        CouncilPapers quick = CouncilPapers.builder().maxSecondsPerPaper(0.2).build();
        byte[] pdf = HostileFiles.manyOperators(8_000_000);
        long start = System.nanoTime();
        PaperOverBudgetException e = assertThrows(PaperOverBudgetException.class,
                () -> quick.extract(new ByteArrayInputStream(pdf), "slow.pdf"));
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertEquals(WarningCode.TIMEOUT, e.code());
        assertEquals("slow.pdf: took longer than the 0.2 s allowed per paper (maxSecondsPerPaper)", e.getMessage());
        // unstopped, the 8 million operators take minutes
        assertTrue(took.compareTo(Duration.ofSeconds(15)) < 0, "stopped soon after the deadline: " + took);
    }
}
