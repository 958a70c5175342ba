package org.councilpapers.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.solr.embedded.JettySolrRunner;
import org.councilpapers.core.Extraction;
import org.councilpapers.solr.SolrCluster;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A node of the two-node SolrCloud dies while papers are being indexed through ZooKeeper (as
 * {@code index --zk} does): the papers acknowledged before stay, the run's failures are indexed by
 * running it again (each paper replaced by key, none doubled), and when the node comes back its
 * replicas catch up with what it missed.
 */
@Tag("solrcloud")
class SolrCloudNodeLossTest {
    private static final String COLLECTION = "nodeloss";
    private static final int PAPERS = 24;
    private static final int PER_PAPER = 5;
    private static SolrCluster solr;

    @RegisterExtension
    static final BeforeAllCallback START = context -> {
        solr = SolrCluster.get(context);
        solr.createCollection(COLLECTION);
    };

    @Test
    void aNodeLostMidIndexingLosesNoRecordAndTheRerunCompletes() throws Exception {
        List<Extraction> papers = new ArrayList<>();
        for (int i = 0; i < PAPERS; i++) {
            Papers.Paper p = Papers.paper("plan-" + i + ".txt", "Thurrock", 2020, 1 + i % 12);
            for (int j = 0; j < PER_PAPER; j++) {
                p.action("Return home interviews offered within 72 hours, step " + j, null, null);
            }
            papers.add(p.build());
        }
        JettySolrRunner lost = solr.cluster().getJettySolrRunner(1);
        List<Integer> failed = new ArrayList<>();
        try (PaperIndex index = solr.indexThroughZk(COLLECTION)) {
            for (int i = 0; i < PAPERS; i++) {
                if (i == PAPERS / 3) {
                    solr.cluster().stopJettySolrRunner(lost);
                    solr.cluster().waitForJettyToStop(lost);
                }
                try {
                    index.add(papers.get(i));
                } catch (IOException | RuntimeException e) {
                    failed.add(i); // a leader gone mid-request; the re-run takes it
                }
            }
            // The re-run: everything again, as an indexer re-run over the same files would; a paper
            // already in is replaced by key, not added twice. A request may still meet the election.
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
            for (Extraction x : papers) {
                while (true) {
                    try {
                        index.add(x);
                        break;
                    } catch (IOException | RuntimeException e) {
                        assertTrue(System.nanoTime() < deadline, "the cluster did not take papers again: " + e);
                        Thread.sleep(500);
                    }
                }
            }
            assertAllThere(index, papers, "with one node down (" + failed.size() + " papers failed in the first run)");

            solr.cluster().startJettySolrRunner(lost);
            solr.cluster().waitForActiveCollection(COLLECTION, 120, TimeUnit.SECONDS, 2, 4);
            for (int round = 0; round < 4; round++) {
                // Searches go to either replica of each shard: each time the same answer.
                assertAllThere(index, papers, "with the node back, round " + round);
            }
        }
    }

    private static void assertAllThere(PaperIndex index, List<Extraction> papers, String when) throws IOException {
        for (Extraction x : papers) {
            assertTrue(index.contains(x.document().id()), when + ": " + x.document().source());
        }
        assertEquals(PAPERS, index.stats().documents(), when);
        assertEquals((long) PAPERS * PER_PAPER, index.search(Query.text("interviews").limit(0)).total(), when);
        assertEquals((long) PAPERS * PER_PAPER, index.stats().records(), when);
    }
}
