package org.councilpapers.cli.option;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

class IndexReadingOptionsTest {
    @Command(name = "t", sortOptions = false)
    static final class Host {
        @Option(names = "--json", description = "Print as JSON.")
        boolean json;

        @Mixin
        IndexReadingOptions reading;
    }

    @Test
    void defaultsToTheIndexBesideThePapersAndNoStackTraces() {
        Host h = new Host();
        new CommandLine(h).parseArgs();
        assertEquals(Path.of("councilpapers-index"), h.reading.dir());
        assertFalse(h.reading.debug());
        assertFalse(h.reading.solr().given(), "a folder unless a SolrCloud collection is named");
    }

    @Test
    void readsIndexAndDebug() {
        Host h = new Host();
        new CommandLine(h).parseArgs("-i", "elsewhere", "--debug");
        assertEquals(Path.of("elsewhere"), h.reading.dir());
        assertTrue(h.reading.debug());

        new CommandLine(h).parseArgs("--index", "other");
        assertEquals(Path.of("other"), h.reading.dir());
    }

    @Test
    void readsASolrCloudCollectionInsteadOfAFolder() {
        Host h = new Host();
        new CommandLine(h).parseArgs("--solr", "http://solr1:8983/solr/papers");
        assertTrue(h.reading.solr().given());
        assertEquals("http://solr1:8983/solr/papers", h.reading.solr().describe());

        Host z = new Host();
        new CommandLine(z).parseArgs("--zk", "zk1:2181/solr", "--collection", "papers");
        assertTrue(z.reading.solr().given());
        assertEquals("zk zk1:2181/solr collection papers", z.reading.solr().describe());
    }

    @Test
    void helpOptionAsksForUsage() {
        CommandLine cl = new CommandLine(new Host());
        cl.parseArgs("-h");
        assertTrue(cl.isUsageHelpRequested());
    }

    /** Help lists the mixin's options where it is declared, in the order the commands have always shown them. */
    @Test
    void helpListsIndexHelpDebugAfterTheCommandsOwnOptions() {
        List<String> options = new CommandLine(new Host()).getUsageMessage().lines()
                .filter(l -> l.matches(" {2,6}-.*"))
                .map(l -> l.strip().split("[ =,]")[0])
                .toList();
        assertEquals(List.of("--json", "-i", "--solr", "--zk", "--collection", "-h", "--debug"), options);
    }
}
