package org.councilpapers.solr;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.request.UpdateRequest;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.apache.solr.embedded.JettySolrRunner;
import org.councilpapers.index.PaperIndex;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One real SolrCloud for the whole test run, in this JVM: ZooKeeper and two Solr nodes
 * (MiniSolrCloudCluster), the configset uploaded, started on first use and shut down when the run
 * ends. Each test class takes its own collection, two shards of two replicas.
 */
public final class SolrCluster implements AutoCloseable {
    /** The configset's name in ZooKeeper. */
    public static final String CONFIG = "councilpapers";
    private static SolrCluster shared;

    private final MiniSolrCloudCluster cluster;
    private final Path dir;

    private SolrCluster() throws Exception {
        dir = Files.createTempDirectory("councilpapers-solrcloud");
        cluster = new MiniSolrCloudCluster.Builder(2, dir)
                .addConfig(CONFIG, SolrConfigset.temporaryCopy().resolve("conf"))
                .build();
    }

    /**
     * The run's cluster, started on the first call.
     *
     * @param context the test's context, whose root store closes the cluster when the run ends
     * @return the cluster
     * @throws Exception if Solr does not start
     */
    public static synchronized SolrCluster get(ExtensionContext context) throws Exception {
        if (shared == null) {
            shared = new SolrCluster();
            context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).put(SolrCluster.class.getName(), shared);
        }
        return shared;
    }

    /** @return the in-process cluster */
    public MiniSolrCloudCluster cluster() {
        return cluster;
    }

    /**
     * Creates a collection of two shards with two replicas each (one of each shard on each node) and waits until it is active.
     *
     * @param name the collection's name
     * @throws Exception if Solr refuses
     */
    public void createCollection(String name) throws Exception {
        CollectionAdminRequest.createCollection(name, CONFIG, 2, 2).process(cluster.getSolrClient());
        cluster.waitForActiveCollection(name, 60, TimeUnit.SECONDS, 2, 4);
    }

    /**
     * Empties a collection.
     *
     * @param name the collection's name
     * @throws Exception if Solr refuses
     */
    public void clear(String name) throws Exception {
        new UpdateRequest().deleteByQuery("*:*").commit(cluster.getSolrClient(), name);
    }

    /**
     * A PaperIndex over a collection through the first node's URL, as {@code --solr URL} opens one.
     *
     * @param collection the collection
     * @return the index; closing it closes only its own client
     */
    public PaperIndex index(String collection) {
        JettySolrRunner node = cluster.getJettySolrRunner(0);
        return PaperIndex.over(SolrBackend.connect(node.getBaseUrl() + "/" + collection));
    }

    /**
     * A PaperIndex over a collection through ZooKeeper, as {@code --zk} opens one.
     *
     * @param collection the collection
     * @return the index
     */
    public PaperIndex indexThroughZk(String collection) {
        return PaperIndex.over(SolrBackend.connectZk(cluster.getZkServer().getZkAddress(), collection));
    }

    @Override
    public void close() throws IOException {
        try {
            cluster.shutdown();
        } catch (IOException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            throw new IOException("the test SolrCloud did not shut down", e);
        }
    }
}
