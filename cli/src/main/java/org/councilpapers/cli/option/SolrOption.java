package org.councilpapers.cli.option;

import org.councilpapers.index.PaperIndex;
import org.councilpapers.solr.SolrBackend;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code --solr URL} / {@code --zk HOST:PORT/CHROOT}: keep the index in a SolrCloud collection
 * made from the project's configset ({@code councilpapers solr-config}) instead of a local folder;
 * {@code --index} is then not used.
 */
public final class SolrOption {
    @Spec(Spec.Target.MIXEE)
    private CommandSpec spec;

    @Option(names = "--solr", paramLabel = "URL",
            description = "Use the SolrCloud collection at URL (http://host:8983/solr/COLLECTION) instead of an index folder.")
    private @Nullable String solr;

    @Option(names = "--zk", paramLabel = "HOST:PORT[/CHROOT]",
            description = "Use a SolrCloud collection found through ZooKeeper (host:2181/solr), named by --collection.")
    private @Nullable String zk;

    @Option(names = "--collection", paramLabel = "NAME", defaultValue = SolrBackend.DEFAULT_COLLECTION,
            description = "The collection --zk uses (default: ${DEFAULT-VALUE}).")
    private String collection = SolrBackend.DEFAULT_COLLECTION;

    /** Whether a SolrCloud collection was named. */
    public boolean given() {
        return solr != null || zk != null;
    }

    /** The collection, as messages name it. */
    public String describe() {
        return solr != null ? solr : "zk " + zk + " collection " + collection;
    }

    /**
     * The index over the named collection.
     *
     * @return the index
     * @throws ParameterException if both --solr and --zk are given, or the URL is not a collection's
     */
    public PaperIndex open() {
        if (solr != null && zk != null) {
            throw new ParameterException(spec.commandLine(), "give --solr or --zk, not both");
        }
        try {
            return PaperIndex.over(solr != null ? SolrBackend.connect(solr) : SolrBackend.connectZk(zk, collection));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
    }
}
