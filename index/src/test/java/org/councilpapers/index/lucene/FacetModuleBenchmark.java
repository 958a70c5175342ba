package org.councilpapers.index.lucene;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.store.FSDirectory;
import org.councilpapers.core.Extraction;
import org.councilpapers.index.Facet;
import org.councilpapers.index.FacetCount;
import org.councilpapers.index.bench.RecordGenerator;
import org.junit.jupiter.api.Test;

/**
 * Times facet counting as a search with facets does it: the benchmark's generated records indexed as
 * the index indexes them ({@link RecordDocuments}, with lucene-facet's fields), then every text query
 * (one or two generator words, AND) counts all its matches with {@link FacetCounter}, the top 20
 * values of every facet (type and year whole): p50/p90/p99 over the queries. The checksum (matches
 * plus every value counted) is comparable across versions: the hand-written counter that lucene-facet
 * replaced (issue 18) gave 125,341,498 at 1M records and 3,066,595 at 100k.
 *
 * <pre>
 * mvn -o -Pbench test -pl index -am -Dbench.test=FacetModuleBenchmark [-Dbench.records=1000000]
 * </pre>
 *
 * Results go to stdout and {@code target/bench/facet-module-benchmark.txt}. Not a test (its name does
 * not end in Test), so the default build never runs it.
 */
public final class FacetModuleBenchmark {
    private static final int TOP = 20;

    @Test
    void run() throws IOException {
        int records = Integer.getInteger("bench.records", 1_000_000);
        int queries = Integer.getInteger("bench.queries", 2000);
        Path dir = Path.of("target/bench-facets");
        List<String> report = new ArrayList<>();
        report.add(String.format(Locale.ROOT, "Facet counting with lucene-facet, %,d records, %,d text queries, %d processors, load %.2f",
                records, queries, Runtime.getRuntime().availableProcessors(), ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));

        RecordGenerator generator = new RecordGenerator(2024);
        deleteTree(dir);
        EnglishAnalyzer analyzer = new EnglishAnalyzer();
        long indexed = 0;
        try (FSDirectory d = FSDirectory.open(dir); IndexWriter w = new IndexWriter(d, new IndexWriterConfig(analyzer))) {
            for (int p = 0; indexed < records; p++) {
                Extraction x = generator.paper(p);
                w.addDocuments(RecordDocuments.of(x, null));
                indexed += x.records().size();
            }
            w.forceMerge(4);
        }
        report.add(String.format(Locale.ROOT, "indexed %,d records into %s", indexed, dir));

        try (FSDirectory d = FSDirectory.open(dir); DirectoryReader reader = DirectoryReader.open(d)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            long t0 = System.nanoTime();
            FacetCounter counter = FacetCounter.of(reader, TOP);
            report.add(String.format(Locale.ROOT, "reader's facet state built in %.1f ms", (System.nanoTime() - t0) / 1e6));
            QueryParser parser = new QueryParser(Fields.TEXT, analyzer);
            parser.setDefaultOperator(QueryParser.Operator.AND);
            SplittableRandom r = new SplittableRandom(7);
            List<Query> qs = new ArrayList<>();
            for (int i = 0; i < queries + 200; i++) {
                String text = generator.word(r) + (r.nextBoolean() ? " " + generator.word(r) : "");
                try {
                    qs.add(new ConstantScoreQuery(parser.parse(QueryParser.escape(text))));
                } catch (org.apache.lucene.queryparser.classic.ParseException e) {
                    throw new IllegalStateException(e);
                }
            }
            long[] times = new long[queries];
            long checksum = 0;
            for (int i = 0; i < qs.size(); i++) {
                boolean timed = i >= 200; // the first 200 warm the JIT and the page cache, untimed
                long start = System.nanoTime();
                FacetCounter.Result c = counter.count(searcher, qs.get(i));
                long t = System.nanoTime() - start;
                if (timed) {
                    times[i - 200] = t;
                    checksum += c.matches() + sum(c.facets());
                }
            }
            report.add(String.format(Locale.ROOT, "%-44s %9s %9s %9s %9s", "facet counting per query (all matches)", "p50 ms", "p90 ms", "p99 ms", "mean ms"));
            report.add(row("FacetCounter (lucene-facet)", times));
            report.add(String.format(Locale.ROOT, "checksum (matches + counted values): %,d", checksum));
            report.add(String.format(Locale.ROOT, "load average after: %.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
        }
        report.forEach(System.out::println);
        Path out = Path.of("target/bench/facet-module-benchmark.txt");
        Files.createDirectories(out.getParent());
        Files.write(out, report, StandardCharsets.UTF_8);
        deleteTree(dir);
    }

    private static long sum(Map<Facet, List<FacetCount>> facets) {
        return facets.values().stream().flatMap(List::stream).mapToLong(FacetCount::count).sum();
    }

    private static String row(String name, long[] nanos) {
        long[] s = nanos.clone();
        Arrays.sort(s);
        return String.format(Locale.ROOT, "%-44s %9.2f %9.2f %9.2f %9.2f", name, s[s.length / 2] / 1e6, s[(int) (s.length * 0.9)] / 1e6,
                s[(int) (s.length * 0.99)] / 1e6, Arrays.stream(s).average().orElse(0) / 1e6);
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
