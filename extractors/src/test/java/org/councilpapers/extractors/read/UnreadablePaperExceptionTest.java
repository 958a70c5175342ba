package org.councilpapers.extractors.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.councilpapers.CouncilPapers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UnreadablePaperExceptionTest {
    @TempDir
    Path dir;

    @Test
    void messageEscapesTheNameAndTheReasonWhileTheirAccessorsKeepThem() {
        UnreadablePaperException e = new UnreadablePaperException("a\nb\tc\u001b[31m\u202e.pdf", "damaged (line one\nline two)");
        assertEquals("a\\nb\\tc\\x1b[31m\\u202e.pdf: damaged (line one\\nline two)", e.getMessage());
        assertEquals("a\nb\tc\u001b[31m\u202e.pdf", e.source());
        assertEquals("damaged (line one\nline two)", e.reason());
    }

    @Test
    void aFileNamedToForgeALineIsNamedOnOne() throws IOException {
        Path p = Files.write(dir.resolve("x\ncouncilpapers: 9 files read.txt"), new byte[0]);
        UnreadablePaperException e = assertThrows(UnreadablePaperException.class, () -> CouncilPapers.builder().build().extract(p));
        assertEquals("x\\ncouncilpapers: 9 files read.txt: is empty", e.getMessage());
    }

    @Test
    void overBudgetMessagesAreEscapedToo() {
        PaperOverBudgetException e = new PaperOverBudgetException("big\u001b.pdf", PaperOverBudgetException.Limit.BYTES, "is too large");
        assertEquals("big\\x1b.pdf: is too large", e.getMessage());
    }
}
