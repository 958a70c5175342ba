package org.councilpapers.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.councilpapers.solr.SolrCluster;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The index module's own suite ({@link PaperIndexTest}: add, replace, delete, filters, query text,
 * years and dates, orders, facets, snippets, bad queries, timelines, traces, stats) run again with
 * every index a SolrCloud collection of two shards of two replicas on two nodes. The tests that open
 * their own Lucene folders (readers and writers) run as they are.
 */
class SolrPaperIndexTest extends PaperIndexTest {
    private static final String COLLECTION = "suite";
    private static SolrCluster solr;

    @RegisterExtension
    static final BeforeAllCallback START = context -> {
        solr = SolrCluster.get(context);
        solr.createCollection(COLLECTION);
    };

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
