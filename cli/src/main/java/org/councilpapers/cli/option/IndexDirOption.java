package org.councilpapers.cli.option;

import java.nio.file.Path;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code --index DIR}, or {@code --solr URL} / {@code --zk}: where the index lives, for every command that reads or writes one. */
public final class IndexDirOption {
    /** Relative to the working directory, as DESIGN.md has it: an index beside the papers. */
    public static final String DEFAULT = "councilpapers-index";

    @Option(names = {"-i", "--index"}, paramLabel = "DIR", defaultValue = DEFAULT,
            description = "The index folder (default: ./${DEFAULT-VALUE}).")
    private Path dir = Path.of(DEFAULT);

    @Mixin
    private SolrOption solr;

    public Path dir() {
        return dir;
    }

    /** The SolrCloud collection named instead of a folder, if any ({@link SolrOption#given()}). */
    public SolrOption solr() {
        return solr;
    }
}
