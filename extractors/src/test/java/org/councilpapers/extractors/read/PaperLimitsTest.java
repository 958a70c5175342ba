package org.councilpapers.extractors.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.List;
import org.councilpapers.CouncilPapers;
import org.councilpapers.core.Warnings;
import org.councilpapers.core.layout.LayoutDocument;
import org.councilpapers.extractors.read.text.TextLayoutReader;
import org.councilpapers.core.WarningCode;
import org.junit.jupiter.api.Test;

class PaperLimitsTest {
    @Test
    void builderSetsEachLimitAndKeepsTheRest() {
        PaperLimits l = CouncilPapers.builder().maxPages(7).maxSecondsPerPaper(1.5).maxBytes(1000).build().limits();
        assertEquals(7, l.maxPages());
        assertEquals(Duration.ofMillis(1500), l.maxTime());
        assertEquals(1000, l.maxBytes());
        assertEquals(PaperLimits.DEFAULT_MAX_STREAM_BYTES, l.maxStreamBytes());
        assertEquals(PaperLimits.defaults(), CouncilPapers.builder().build().limits());
    }

    @Test
    void textWithMorePagesThanTheLimitIsCutToItWithAWarning() throws Exception {
        // Jazzer's finding: a text of form feeds is a page each, and the text reader knew no page limit.
        byte[] bytes = ("Agenda\n" + "\f".repeat(79) + "last page\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Warnings warnings = new Warnings();
        LayoutDocument layout = new TextLayoutReader().read(Source.of(bytes, "form-feeds.txt"), warnings,
                new PaperBudget(PaperLimits.defaults().withMaxPages(50), "form-feeds.txt"));
        assertEquals(50, layout.pageCount());
        assertEquals(List.of("the paper has 80 pages; read the first 50 (maxPages 50)"),
                warnings.toList().stream().filter(w -> w.code() == WarningCode.PAGE_LIMIT).map(w -> w.message()).toList());
    }

    @Test
    void limitsMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> CouncilPapers.builder().maxPages(0));
        assertThrows(IllegalArgumentException.class, () -> CouncilPapers.builder().maxSecondsPerPaper(0));
        assertThrows(IllegalArgumentException.class, () -> CouncilPapers.builder().maxSecondsPerPaper(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> CouncilPapers.builder().maxBytes(-1));
    }

    @Test
    void sizesAndTimesReadAsAUserWritesThem() {
        assertEquals("512 MB", PaperLimits.size(PaperLimits.DEFAULT_MAX_BYTES));
        assertEquals("2 GB", PaperLimits.size(PaperLimits.DEFAULT_MAX_DECODED_BYTES));
        assertEquals("64 KB", PaperLimits.size(64 << 10));
        assertEquals("900 bytes", PaperLimits.size(900));
        assertEquals("300 s", PaperLimits.seconds(PaperLimits.DEFAULT_MAX_TIME));
        assertEquals("0.2 s", PaperLimits.seconds(Duration.ofMillis(200)));
    }

    @Test
    void budgetCountsInflatedBytesAgainstThePartAndThePaper() throws PaperOverBudgetException {
        PaperBudget b = new PaperBudget(PaperLimits.defaults().withMaxStreamBytes(100).withMaxDecodedBytes(150), "p.pdf");
        b.inflated("a stream", 100, 100);
        PaperOverBudgetException part = assertThrows(PaperOverBudgetException.class, () -> b.inflated("a stream", 101, 1));
        assertEquals("p.pdf: a stream inflates to over 100 bytes, the most one part may (maxStreamBytes)", part.getMessage());
        assertEquals(WarningCode.TOO_LARGE, part.code());
        PaperOverBudgetException paper = assertThrows(PaperOverBudgetException.class, () -> b.inflated("another", 60, 60));
        assertEquals(PaperOverBudgetException.Limit.DECODED_BYTES, paper.limit());
        assertEquals("p.pdf: its compressed parts inflate to over 150 bytes, the most one paper may (maxDecodedBytes)",
                paper.getMessage());
    }

    @Test
    void aPartCountedAsItInflatesIsTakenBackOutWhenItPassesItsLimit() throws PaperOverBudgetException {
        PaperBudget b = new PaperBudget(PaperLimits.defaults().withMaxStreamBytes(100).withMaxDecodedBytes(150), "p.pdf");
        b.inflating("a stream", 60, 60);
        b.inflating("a stream", 100, 40);
        PaperOverBudgetException part = assertThrows(PaperOverBudgetException.class, () -> b.inflating("a stream", 101, 1));
        assertEquals("p.pdf: a stream inflates to over 100 bytes, the most one part may (maxStreamBytes)", part.getMessage());
        // The skipped part's 100 bytes no longer count: the paper still has its 150.
        b.inflating("another", 100, 100);
        b.inflating("a third", 50, 50);
        PaperOverBudgetException paper = assertThrows(PaperOverBudgetException.class, () -> b.inflating("a fourth", 1, 1));
        assertEquals(PaperOverBudgetException.Limit.DECODED_BYTES, paper.limit());
    }

    @Test
    void budgetPastItsDeadlineTimesOut() throws InterruptedException {
        PaperBudget b = new PaperBudget(PaperLimits.defaults().withMaxTime(Duration.ofMillis(1)), "slow.docx");
        Thread.sleep(5);
        PaperOverBudgetException e = assertThrows(PaperOverBudgetException.class, b::checkTime);
        assertEquals(WarningCode.TIMEOUT, e.code());
        assertEquals("slow.docx: took longer than the 0.001 s allowed per paper (maxSecondsPerPaper)", e.getMessage());
    }
}
