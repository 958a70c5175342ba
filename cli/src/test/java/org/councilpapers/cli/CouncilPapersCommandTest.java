package org.councilpapers.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.councilpapers.cli.Cli.Run;
import org.junit.jupiter.api.Test;

class CouncilPapersCommandTest {

    @Test
    void helpListsTheCommandsExitCodesAndExamples() {
        Run r = Cli.run("--help");

        assertEquals(0, r.code());
        assertTrue(r.out().matches("(?s).*extract +Read papers and print their records.*"), r.out());
        assertTrue(r.out().contains("Exit codes:"), r.out());
        assertTrue(r.out().contains("councilpapers extract papers/ --format jsonl > records.jsonl"), r.out());
        assertEquals("", r.err());
    }

    @Test
    void extractHelpShowsDefaultsAndExamples() {
        Run viaOption = Cli.run("extract", "--help");
        Run viaHelpCommand = Cli.run("help", "extract");

        assertEquals(0, viaOption.code());
        assertTrue(viaOption.out().contains("(default: json)"), viaOption.out());
        assertTrue(viaOption.out().contains("agendaItem"), "record types listed");
        assertTrue(viaOption.out().contains("Examples:"));
        assertEquals(viaOption.out(), viaHelpCommand.out());
    }

    @Test
    void helpFitsAnEightyColumnTerminal() {
        for (String[] args : new String[][] {{"--help"}, {"extract", "--help"}, {"search", "--help"}, {"timeline", "--help"},
            {"trace", "--help"}, {"export", "--help"}, {"stats", "--help"}, {"index", "--help"}, {"solr-config", "--help"}}) {
            for (String line : Cli.run(args).outLines()) {
                assertTrue(line.length() <= 80, "too wide: " + line);
            }
        }
    }

    /** The commands that read the index share their last options (one mixin); help keeps them last, in this order. */
    @Test
    void indexReadingCommandsEndTheirOptionsWithIndexSolrHelpDebug() {
        for (String command : new String[] {"search", "timeline", "trace", "export", "stats"}) {
            List<String> options = Cli.run(command, "--help").outLines().stream()
                    .filter(l -> l.matches(" {2,6}-.*"))
                    .map(l -> l.strip().split("[ =,]")[0])
                    .toList();
            List<String> last = List.of("-i", "--solr", "--zk", "--collection", "-h", "--debug");
            assertEquals(last, options.subList(options.size() - last.size(), options.size()), command + ": " + options);
        }
    }

    @Test
    void versionNamesTheBuildAndTheRecordSchema() {
        Run r = Cli.run("--version");

        assertEquals(0, r.code());
        assertTrue(r.outLines().get(0).matches("councilpapers \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?"), r.out());
        assertEquals("record schema 1", r.outLines().get(1));
    }

    @Test
    void noCommandPrintsUsageToStderrAndIsAUsageError() {
        Run r = Cli.run();

        assertEquals(2, r.code());
        assertEquals("", r.out());
        assertTrue(r.err().startsWith("Usage: councilpapers"), r.err());
    }

    @Test
    void unknownOptionSaysWhatItMeantInAFewLines() {
        Run r = Cli.run("extract", "--formt", "csv", "x.txt");

        assertEquals(2, r.code());
        assertEquals("councilpapers: Unknown option: '--formt'", r.errLines().get(0));
        assertTrue(r.err().contains("--format"), "suggests the option meant: " + r.err());
        assertEquals("Try 'councilpapers extract --help' for more information.", r.errLines().get(r.errLines().size() - 1));
        assertFalse(r.err().contains("Usage:"), "no wall of help after a typo");
    }
}
