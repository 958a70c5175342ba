package org.councilpapers.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.councilpapers.cli.Cli.Run;
import org.councilpapers.core.export.Printable;
import org.councilpapers.testdata.TestPapers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Item 6 of issue 15: a file name holding a newline, a tab, a terminal escape and a bidirectional override is
 * printed escaped by {@code extract} (the text format, warnings, errors and the summary), {@code index} and
 * {@code audit}: no line of their output holds a raw control or format character, and the name appears as
 * {@code \n}, {@code \t}, {@code \x1b} and {@code \u202e}.
 */
class PrintedNamesTest {
    /** Read, with records and a warning: a paper whose text is fine, under a hostile name. */
    private static final String READ = "plan\nb\tc\u001b[31m\u202eE.txt";
    private static final String READ_PRINTED = "plan\\nb\\tc\\x1b[31m\\u202eE.txt";
    /** Refused: an empty file under a hostile name. */
    private static final String EMPTY = "empty\ncouncilpapers: 9 files read\u001b[2J\u202e.txt";
    private static final String EMPTY_PRINTED = "empty\\ncouncilpapers: 9 files read\\x1b[2J\\u202e.txt";

    @TempDir
    Path dir;

    private Path folder;

    @BeforeEach
    void hostileNames() throws Exception {
        folder = Files.createDirectories(dir.resolve("papers"));
        Files.copy(TestPapers.path("thurrock-2017-04-improvement-plan.txt"), folder.resolve(READ));
        Files.write(folder.resolve(EMPTY), new byte[0]);
    }

    @Test
    void extractPrintsNamesEscapedInTheTextFormatErrorsAndSummary() {
        Run r = Cli.runAsShipped("extract", "--no-nlp", "--format", "text", folder.toString());
        assertEquals(0, r.code(), r.err()); // a folder: the papers read stand, the bad one is a line
        assertClean(r);
        assertTrue(r.outLines().get(0).startsWith(READ_PRINTED + "  ("), r.out());
        assertTrue(r.errLines().stream().anyMatch(l -> l.equals("councilpapers: " + folder + "/" + EMPTY_PRINTED
                + ": skipped: is empty")), r.err());
        assertEquals("councilpapers: 1 file read, 1 failed, ", r.errLines().get(r.errLines().size() - 1).replaceAll("\\d+ records.*", ""),
                r.err());
        assertEquals(1, r.errLines().stream().filter(l -> l.contains(" files read")).count(), "no forged summary: " + r.err());
    }

    @Test
    void indexPrintsNamesEscaped() {
        Run r = Cli.runAsShipped("index", "--no-nlp", "--index", dir.resolve("index").toString(), folder.toString());
        assertEquals(0, r.code(), r.err()); // a folder: the papers read stand, the bad one is a line
        assertClean(r);
        assertTrue(r.errLines().stream().anyMatch(l -> l.endsWith("/" + EMPTY_PRINTED + ": skipped: is empty")), r.err());
        assertTrue(r.errLines().get(r.errLines().size() - 1).startsWith("councilpapers: 1 paper indexed ("), r.err());
    }

    @Test
    void auditPrintsNamesEscaped() {
        Run r = Cli.runAsShipped("audit", folder.toString());
        assertClean(r);
        assertTrue(r.outLines().stream().anyMatch(l -> l.startsWith(READ_PRINTED + " (")), r.out());
        assertTrue(r.errLines().stream().anyMatch(l -> l.endsWith("/" + EMPTY_PRINTED + ": skipped: is empty")), r.err());
    }

    /** No raw control character (but the tab a table may use) nor bidirectional override on any line printed. */
    private static void assertClean(Run r) {
        List<String> lines = new ArrayList<>(r.outLines());
        lines.addAll(r.errLines());
        for (String l : lines) {
            assertFalse(l.chars().anyMatch(c -> c < 0x20 || c == 0x7f || c == 0x202e), "a raw control character: " + shown(l));
        }
        assertFalse((r.out() + r.err()).contains("\u001b"), "no terminal escape anywhere");
    }

    private static String shown(String l) {
        return Printable.text(l);
    }
}
