package org.councilpapers.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.councilpapers.cli.option.DebugOption;
import org.councilpapers.core.export.Printable;
import org.councilpapers.solr.SolrBackend;
import org.councilpapers.solr.SolrConfigset;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code solr-config DIR}: writes the SolrCloud configset and says how to upload it and create a collection. */
@Command(name = "solr-config",
        header = "Write the configset of a SolrCloud collection for the index, and show how to create one.",
        sortOptions = false,
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "1:an unexpected internal failure", "2:a usage error, or DIR cannot be written"},
        footerHeading = "%n",
        footer = {"Examples:", "  councilpapers solr-config cp-configset --zk zk1:2181/solr --shards 4 --replicas 2",
            "  councilpapers index papers/ --solr http://solr1:8983/solr/councilpapers"})
final class SolrConfigCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "The folder to write the configset to (DIR/conf/schema.xml, DIR/conf/solrconfig.xml).")
    private Path dir;

    @Option(names = "--zk", paramLabel = "HOST:PORT[/CHROOT]", defaultValue = "localhost:2181",
            description = "The cluster's ZooKeeper, for the upload command shown (default: ${DEFAULT-VALUE}).")
    private String zk;

    @Option(names = "--collection", paramLabel = "NAME", defaultValue = SolrBackend.DEFAULT_COLLECTION,
            description = "The collection's (and configset's) name (default: ${DEFAULT-VALUE}).")
    private String collection;

    @Option(names = "--shards", paramLabel = "N", defaultValue = "2", description = "Shards of the collection shown (default: ${DEFAULT-VALUE}).")
    private int shards;

    @Option(names = "--replicas", paramLabel = "N", defaultValue = "2", description = "Copies of each shard (default: ${DEFAULT-VALUE}).")
    private int replicas;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    private boolean help;

    @Mixin
    private DebugOption debug;

    @Override
    public Integer call() {
        if (shards < 1 || replicas < 1) {
            throw new ParameterException(spec.commandLine(), "--shards and --replicas must be at least 1");
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            SolrConfigset.writeTo(dir);
        } catch (IOException e) {
            err.println("councilpapers: " + Printable.text(dir) + ": cannot write the configset (" + Printable.text(InputFiles.reason(e)) + ")");
            if (debug.enabled()) {
                e.printStackTrace(err);
            }
            return 2;
        }
        err.println("councilpapers: wrote " + Printable.text(dir.resolve("conf")) + "; upload it and create the collection:");
        out.print(SolrConfigset.instructions(dir, zk, collection, shards, replicas));
        out.flush();
        return 0;
    }
}
