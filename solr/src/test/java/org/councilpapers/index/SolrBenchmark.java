package org.councilpapers.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.councilpapers.core.Extraction;
import org.councilpapers.core.record.RecordType;
import org.councilpapers.index.bench.RecordGenerator;
import org.councilpapers.solr.SolrCluster;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded Lucene index against the two-node in-process SolrCloud (two shards of two
 * replicas), in one run on one machine: records indexed per second (papers from the index
 * benchmark's generator, {@code addAll} in batches, one commit each), and the latency of the index
 * benchmark's query kinds on both. Each query's total must agree between the two. Run with
 * {@code -Psolrbench}; see BENCHMARKS.md.
 */
@Tag("solrbench")
class SolrBenchmark {
    private static final String COLLECTION = "bench";
    private static final long SEED = 2024;
    private static final int BATCH_RECORDS = 5_000;
    private static final RecordType[] TYPES = {RecordType.FINDING, RecordType.ACTION, RecordType.RECOMMENDATION, RecordType.RESOLUTION,
        RecordType.JUDGEMENT};
    private static SolrCluster solr;

    @RegisterExtension
    static final BeforeAllCallback START = context -> {
        solr = SolrCluster.get(context);
        solr.createCollection(COLLECTION);
    };

    @TempDir
    Path tmp;

    @Test
    void luceneAgainstSolrCloud() throws IOException {
        int records = Integer.getInteger("bench.records", 20_000);
        int queries = Integer.getInteger("bench.queries", 300);
        RecordGenerator generator = new RecordGenerator(SEED);
        List<List<Extraction>> batches = new ArrayList<>();
        List<Extraction> batch = new ArrayList<>();
        int made = 0;
        int inBatch = 0;
        for (int n = 0; made < records; n++) {
            Extraction x = generator.paper(n);
            batch.add(x);
            made += x.records().size();
            inBatch += x.records().size();
            if (inBatch >= BATCH_RECORDS) {
                batches.add(batch);
                batch = new ArrayList<>();
                inBatch = 0;
            }
        }
        if (!batch.isEmpty()) {
            batches.add(batch);
        }
        List<String> report = new ArrayList<>();
        report.add(String.format(Locale.ROOT, "%,d records in %,d papers, batches of about %,d records; %d cores", made,
                batches.stream().mapToInt(List::size).sum(), BATCH_RECORDS, Runtime.getRuntime().availableProcessors()));
        try (PaperIndex lucene = PaperIndex.open(Files.createDirectories(tmp.resolve("lucene")));
                PaperIndex cloud = solr.indexThroughZk(COLLECTION)) {
            report.add(String.format(Locale.ROOT, "%-44s %12s", "indexing", "records/s"));
            report.add(String.format(Locale.ROOT, "%-44s %,12.0f", "Lucene, embedded (folder)", made / seconds(() -> addAll(lucene, batches))));
            report.add(String.format(Locale.ROOT, "%-44s %,12.0f", "SolrCloud, 2 nodes, 2 shards x 2 replicas", made / seconds(() -> addAll(cloud, batches))));
            assertEquals(lucene.stats().records(), cloud.stats().records());

            List<String> authorities = generator.authorities();
            List<Function<SplittableRandom, Query>> kinds = List.of(
                    q -> Query.text(generator.word(q)),
                    q -> Query.text(generator.word(q)).type(TYPES[q.nextInt(TYPES.length)]).years(2012 + q.nextInt(6), 2019 + q.nextInt(7)),
                    q -> Query.text(generator.word(q)).withFacets(true),
                    q -> Query.all().type(TYPES[q.nextInt(TYPES.length)]).authority(authorities.get(q.nextInt(authorities.size()))));
            String[] names = {"one word", "word + type + years", "word + facets", "type + authority"};
            report.add(String.format(Locale.ROOT, "%-44s %9s %9s %9s", "query (top 10, snippets), ms", "p50", "p99", "max"));
            for (int k = 0; k < kinds.size(); k++) {
                List<Query> qs = new ArrayList<>();
                SplittableRandom r = new SplittableRandom(SEED + k);
                for (int i = 0; i < queries; i++) {
                    qs.add(kinds.get(k).apply(r));
                }
                for (Query q : qs.subList(0, Math.min(50, qs.size()))) {
                    assertEquals(lucene.search(q.withFacets(true)).total(), cloud.search(q.withFacets(true)).total(), "same total for " + q);
                }
                report.add(latency(lucene, qs, "Lucene: " + names[k]));
                report.add(latency(cloud, qs, "SolrCloud: " + names[k]));
            }
        }
        report.forEach(System.out::println);
        Files.write(Path.of("target", "solr-bench.txt"), report);
    }

    @FunctionalInterface
    private interface Timed {
        void run() throws IOException;
    }

    private static double seconds(Timed t) throws IOException {
        long start = System.nanoTime();
        t.run();
        return (System.nanoTime() - start) / 1e9;
    }

    private static void addAll(PaperIndex index, List<List<Extraction>> batches) throws IOException {
        for (List<Extraction> b : batches) {
            index.addAll(b);
        }
    }

    private static String latency(PaperIndex index, List<Query> qs, String name) throws IOException {
        for (Query q : qs.subList(0, Math.min(50, qs.size()))) {
            index.search(q); // warm-up
        }
        long[] nanos = new long[qs.size()];
        for (int i = 0; i < qs.size(); i++) {
            long t = System.nanoTime();
            index.search(qs.get(i));
            nanos[i] = System.nanoTime() - t;
        }
        Arrays.sort(nanos);
        return String.format(Locale.ROOT, "%-44s %9.2f %9.2f %9.2f", name, ms(nanos, 0.50), ms(nanos, 0.99), nanos[nanos.length - 1] / 1e6);
    }

    private static double ms(long[] sorted, double q) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)] / 1e6;
    }
}
