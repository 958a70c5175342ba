package org.councilpapers.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.councilpapers.solr.SolrCluster;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The index module's own suite ({@link PaperIndexTest}: add, replace, delete, filters, query text,
 * years and dates, orders, facets, snippets, bad queries, timelines, traces, stats) run again with
 * every index a SolrCloud collection of two shards of two replicas on two nodes. The tests that open
 * their own Lucene folders (readers and writers) run as they are.
 */
@Tag("solrcloud")
class SolrPaperIndexTest extends PaperIndexTest {
    private static final String COLLECTION = "suite";
    private static SolrCluster solr;

    @RegisterExtension
    static final BeforeAllCallback START = context -> {
        solr = SolrCluster.get(context);
        solr.createCollection(COLLECTION);
    };

    /**
     * As the suite's test, but without its "never goes backwards": a search runs on one replica of
     * each shard, and while a commit is opening new searchers on the replicas one after another, one
     * search may see a replica that has opened and the next one that has not yet. Papers are still
     * seen whole (each lives on one shard, and a searcher opens on all of its entries at once), and
     * once {@code add} returns every replica sees it.
     */
    @Override
    @Test
    void concurrentSearchesSeeWholePapersOnly() throws Exception {
        int papers = 12;
        int perPaper = 7;
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try (PaperIndex index = newIndex()) {
            AtomicBoolean writing = new AtomicBoolean(true);
            Future<List<Long>> seen = pool.submit(() -> {
                List<Long> totals = new ArrayList<>();
                while (writing.get()) {
                    totals.add(index.search(Query.text("interviews").limit(0).withFacets(true)).total());
                }
                return totals;
            });
            for (int i = 0; i < papers; i++) {
                Papers.Paper p = Papers.paper("paper-" + i + ".txt", "Thurrock", 2019, 11);
                for (int j = 0; j < perPaper; j++) {
                    p.finding("Return home interviews, point " + j);
                }
                index.add(p.build());
                assertEquals((long) (i + 1) * perPaper, index.search(Query.text("interviews").limit(0)).total(), "seen once add returns");
            }
            writing.set(false);
            List<Long> totals = seen.get(60, TimeUnit.SECONDS);
            assertFalse(totals.isEmpty());
            for (long t : totals) {
                assertEquals(0, t % perPaper, "a search saw part of a paper: " + t);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Override
    PaperIndex newIndex() throws IOException {
        try {
            solr.clear(COLLECTION);
        } catch (Exception e) {
            throw new UncheckedIOException(new IOException(e));
        }
        return solr.index(COLLECTION);
    }
}
