package org.councilpapers.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.councilpapers.solr.SolrCluster;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link PaperIndexFacetTallyTest} (facets against the test's own count) on a SolrCloud collection of two shards of two replicas. */
@Tag("solrcloud")
class SolrPaperIndexFacetTallyTest extends PaperIndexFacetTallyTest {
    private static final String COLLECTION = "tally";
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
