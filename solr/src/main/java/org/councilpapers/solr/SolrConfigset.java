package org.councilpapers.solr;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;

/**
 * The configset a councilpapers collection is made from ({@code solr/src/main/configset} in the
 * source, inside this module's jar too): its schema mirrors the embedded Lucene index's fields and
 * analysis. Upload it once, then create the collection from it:
 *
 * <pre>
 * bin/solr zk upconfig -z zk1:2181/solr -n councilpapers -d DIR
 * curl 'http://solr1:8983/solr/admin/collections?action=CREATE&amp;name=councilpapers&amp;collection.configName=councilpapers&amp;numShards=4&amp;replicationFactor=2'
 * </pre>
 */
public final class SolrConfigset {
    /** The configset's files, under {@code conf/}. */
    public static final List<String> FILES = List.of("schema.xml", "solrconfig.xml");
    private static final String RESOURCES = "/org/councilpapers/solr/configset/conf/";

    private SolrConfigset() {}

    /**
     * Writes the configset to {@code dir}: {@code dir/conf/schema.xml} and {@code dir/conf/solrconfig.xml}.
     *
     * @param dir the folder to write, created if missing
     * @return the folder holding {@code conf}, to upload
     * @throws IOException if a file cannot be written
     */
    public static Path writeTo(Path dir) throws IOException {
        Path conf = dir.resolve("conf");
        Files.createDirectories(conf);
        for (String f : FILES) {
            try (InputStream in = SolrConfigset.class.getResourceAsStream(RESOURCES + f)) {
                if (in == null) {
                    throw new IllegalStateException("the configset is missing from the jar: " + f);
                }
                Files.copy(in, conf.resolve(f), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return dir;
    }

    /**
     * How to upload the configset in {@code dir} and create a sharded, replicated collection from it.
     *
     * @param dir where {@link #writeTo} wrote it
     * @param zk the cluster's ZooKeeper address, {@code host:2181/chroot}
     * @param collection the collection's name
     * @param shards how many shards
     * @param replicas how many copies of each shard
     * @return the commands, one a line
     */
    public static String instructions(Path dir, String zk, String collection, int shards, int replicas) {
        return String.format(Locale.ROOT, """
                bin/solr zk upconfig -z %s -n %s -d %s
                curl 'http://SOLR-HOST:8983/solr/admin/collections?action=CREATE&name=%s&collection.configName=%s&numShards=%d&replicationFactor=%d'
                """, zk, collection, dir.toAbsolutePath(), collection, collection, shards, replicas);
    }

    /**
     * The configset's folder in a source checkout, for tests that upload it.
     *
     * @return {@code conf}'s parent, written to a temporary folder from the jar's copy
     */
    static Path temporaryCopy() {
        try {
            return writeTo(Files.createTempDirectory("councilpapers-configset"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
