package org.councilpapers.hostile;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import org.councilpapers.core.Warnings;
import org.councilpapers.core.layout.LayoutDocument;
import org.councilpapers.extractors.read.LayoutReader;
import org.councilpapers.extractors.read.MediaTypes;
import org.councilpapers.extractors.read.PaperBudget;
import org.councilpapers.extractors.read.PaperLimits;
import org.councilpapers.extractors.read.Source;
import org.councilpapers.extractors.read.UnreadablePaperException;
import org.councilpapers.extractors.read.pdf.PdfLayoutReader;
import org.councilpapers.extractors.read.text.TextLayoutReader;

/**
 * The invariant the fuzz tests hold the PDF and text readers to, whatever the bytes: a layout, or an
 * {@link UnreadablePaperException} (or another IOException) whose one-line message names the file and a reason;
 * never another exception, never an Error, and never longer than the paper's time limit and a margin.
 */
final class ReaderFuzzing {
    /** Tight limits, so each input is quick: the fuzzer finds what escapes them, not what is merely big. */
    static final PaperLimits LIMITS = PaperLimits.defaults().withMaxPages(50).withMaxStreamBytes(8L << 20)
            .withMaxDecodedBytes(64L << 20).withMaxTime(Duration.ofSeconds(2));
    private static final Duration BOUND = Duration.ofSeconds(10);

    private static final LayoutReader PDF = new PdfLayoutReader();
    private static final LayoutReader TEXT = new TextLayoutReader();

    private ReaderFuzzing() {}

    /** Reads {@code bytes} as a PDF or as text and checks the invariant. */
    static void check(byte[] bytes, boolean pdf) {
        String name = pdf ? "fuzz.pdf" : "fuzz.txt";
        Source source = new Source(bytes, name, pdf ? MediaTypes.PDF : MediaTypes.TEXT);
        long start = System.nanoTime();
        try {
            LayoutDocument layout = (pdf ? PDF : TEXT).read(source, new Warnings(), new PaperBudget(LIMITS, name));
            assertTrue(layout.pages().size() <= LIMITS.maxPages(), "pages " + layout.pages().size());
        } catch (UnreadablePaperException e) {
            assertTrue(e.getMessage().startsWith(name + ": "), e.getMessage());
            assertFalse(e.getMessage().chars().anyMatch(c -> c < 0x20 || c == 0x7f), "one line, no control characters: " + e.getMessage());
            assertFalse(e.reason().isBlank(), e.getMessage());
        } catch (IOException e) {
            assertNotNull(e.getMessage(), e.toString());
        }
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertTrue(took.compareTo(BOUND) < 0, "took " + took);
    }
}
