package org.councilpapers.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.councilpapers.core.DocumentInfo;
import org.councilpapers.core.DocumentKind;
import org.councilpapers.core.Provenance;
import org.councilpapers.core.record.Finding;
import org.councilpapers.core.record.FindingKind;
import org.councilpapers.core.record.Mentions;
import org.councilpapers.index.Hit;
import org.councilpapers.index.Snippet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IndexCommandsTest {
    @ParameterizedTest
    @ValueSource(strings = {"index", "search", "export", "timeline", "trace", "stats"})
    void helpFitsAnEightyColumnTerminalAndHasExamples(String command) {
        Cli.Run r = Cli.run(command, "--help");

        assertEquals(0, r.code());
        for (String line : r.outLines()) {
            assertTrue(line.length() <= 80, "too wide: " + line);
        }
        assertTrue(r.out().contains("Examples:"), r.out());
        assertTrue(r.out().contains("--index=DIR") || r.out().contains("--index DIR"), "every index command takes --index: " + r.out());
    }

    @Test
    void whereGivesFileAndPageAndThePrintedPageOnlyWhenItDiffers() {
        DocumentInfo doc = new DocumentInfo("d", "pack.pdf", "application/pdf", DocumentKind.AGENDA_PACK, null, null, null, 40);
        Hit same = hit(doc, new Provenance(5, "5", 0, 1, null));
        Hit printed = hit(doc, new Provenance(17, "11", 0, 1, null));
        Hit none = hit(doc, new Provenance(2, null, 0, 1, null));

        assertEquals("pack.pdf p.5", IndexCommands.where(same));
        assertEquals("pack.pdf p.17 (printed 11)", IndexCommands.where(printed));
        assertEquals("pack.pdf p.2", IndexCommands.where(none));
    }

    @Test
    void snippetsAreMarkedWithBracketsOffATerminalOnOneLine() {
        Snippet s = new Snippet("return home\ninterviews", List.of(new Snippet.Mark(0, 6)));
        assertEquals("[return] home interviews", IndexCommands.marked(s));
    }

    @Test
    void queryWordsAreJoined() {
        assertEquals("return home", IndexCommands.text(List.of("return", "home")));
        assertEquals("", IndexCommands.text(null));
    }

    private static Hit hit(DocumentInfo doc, Provenance p) {
        return new Hit(new Finding("f", FindingKind.IMPROVEMENT, "x", null, null, null, p, Mentions.NONE), doc, 1f, null, null, null);
    }
}
