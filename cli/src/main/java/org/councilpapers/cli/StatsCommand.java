package org.councilpapers.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.councilpapers.cli.option.IndexReadingOptions;
import org.councilpapers.core.json.PaperJson;
import org.councilpapers.index.Facet;
import org.councilpapers.index.IndexJson;
import org.councilpapers.index.IndexStats;
import org.councilpapers.index.PaperIndex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code stats}: what the index holds. */
@Command(name = "stats",
        header = "What the index holds: papers, records by type, passages, years, councils, authorities, grades.",
        sortOptions = false,
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "1:an unexpected internal failure", "2:a usage error, or no index"},
        footerHeading = "%n",
        footer = {"Examples:", "  councilpapers stats", "  councilpapers stats --index /data/cp-index --json"})
final class StatsCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--json", description = "Print the figures as JSON.")
    private boolean json;

    @Mixin
    private IndexReadingOptions reading;

    @Override
    public Integer call() throws IOException {
        return IndexCommands.answer(spec, reading, PaperIndex::stats,
                json ? (out, s) -> IndexCommands.printJson(out, toJson(s)) : this::print);
    }

    private void print(PrintWriter out, IndexStats s) {
        out.printf(Locale.ROOT, "Index:    %s (%s)%n", where(), reading.solr().given() ? "SolrCloud" : size(s.bytes()));
        out.printf(Locale.ROOT, "Papers:   %d%n", s.documents());
        out.printf(Locale.ROOT, "Records:  %d%n", s.records());
        out.printf(Locale.ROOT, "Passages: %d%n", s.passages());
        out.printf(Locale.ROOT, "Warnings: %d%n", s.warnings());
        out.printf(Locale.ROOT, "Years:    %s%n", s.firstYear() == null ? "-" : s.firstYear() + "-" + s.lastYear());
        if (s.records() == 0) {
            return;
        }
        out.println();
        out.println("Records by type:");
        s.byType().forEach((t, n) -> out.printf(Locale.ROOT, "  %-20s %8d%n", t.jsonName(), n));
        out.println();
        out.println("Records by (most common first):");
        IndexCommands.printFacets(out, s.facets().entrySet().stream()
                .filter(e -> e.getKey() != Facet.TYPE)
                .collect(java.util.stream.Collectors.toMap(java.util.Map.Entry::getKey, java.util.Map.Entry::getValue, (a, b) -> a,
                        () -> new java.util.EnumMap<>(Facet.class))));
    }

    /** The index folder, or the SolrCloud collection. */
    private String where() {
        return reading.solr().given() ? reading.solr().describe() : reading.dir().toString();
    }

    private static String size(long bytes) {
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f kB", bytes / 1024.0);
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }

    /** The library's JSON of the stats, with the index's directory in front. */
    private ObjectNode toJson(IndexStats s) {
        ObjectNode root = PaperJson.objectNode();
        root.put("index", where());
        root.setAll((ObjectNode) IndexJson.tree(s));
        return root;
    }
}
