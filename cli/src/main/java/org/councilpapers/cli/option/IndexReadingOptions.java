package org.councilpapers.cli.option;

import java.nio.file.Path;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The options that close the option list of every command reading the index ({@code search},
 * {@code timeline}, {@code trace}, {@code export}, {@code stats}): {@code --index}, {@code --help}
 * and {@code --debug}, in that order. Declare it after the command's own options: with
 * {@code sortOptions = false} help lists a mixin's options where the mixin is declared.
 * {@code --json} stays with each command, since its help says what that command prints as JSON.
 */
public final class IndexReadingOptions {
    @Mixin
    private IndexDirOption index;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    private boolean help;

    @Mixin
    private DebugOption debug;

    /** The index folder. */
    public Path dir() {
        return index.dir();
    }

    /** The SolrCloud collection named instead of a folder, if any. */
    public SolrOption solr() {
        return index.solr();
    }

    /** Whether errors come with their stack trace. */
    public boolean debug() {
        return debug.enabled();
    }
}
