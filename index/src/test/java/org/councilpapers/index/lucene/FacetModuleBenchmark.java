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
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.store.FSDirectory;
import org.councilpapers.core.Extraction;
import org.councilpapers.core.record.PaperRecord;
import org.councilpapers.index.Facet;
import org.councilpapers.index.FacetCount;
import org.councilpapers.index.bench.RecordGenerator;
import org.junit.jupiter.api.Test;

/**
 * Issue 18 asks whether facet counting should move to lucene-facet's {@link SortedSetDocValuesFacetCounts}.
 * This indexes the benchmark's generated records once with both: the index's own fields (one packed
 * {@link FacetKey} for type, year, grade and status; sorted(-set) doc values for authority, council,
 * people and organisations) and, in the same documents, a {@link SortedSetDocValuesFacetField} for each
 * of the same eight facets. Then each text query counts all its matches both ways, in alternating order
 * so both see the same machine, and the two are timed: p50/p90/p99 over the queries, each taking the top
 * 20 values of every facet (type and year whole), as a search with facets does.
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
        report.add(String.format(Locale.ROOT, "Facet counting: the index's own counter against lucene-facet, %,d records, %,d text queries, %d processors, load %.2f",
                records, queries, Runtime.getRuntime().availableProcessors(), ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));

        RecordGenerator generator = new RecordGenerator(2024);
        FacetsConfig config = new FacetsConfig();
        config.setMultiValued(Facet.PERSON.label(), true);
        config.setMultiValued(Facet.ORGANISATION.label(), true);
        deleteTree(dir);
        EnglishAnalyzer analyzer = new EnglishAnalyzer();
        long indexed = 0;
        try (FSDirectory d = FSDirectory.open(dir); IndexWriter w = new IndexWriter(d, new IndexWriterConfig(analyzer))) {
            for (int p = 0; indexed < records; p++) {
                Extraction x = generator.paper(p);
                List<Document> docs = RecordDocuments.of(x, null);
                // RecordDocuments gives the records in order, then the paper's own entry.
                for (int i = 0; i < x.records().size(); i++) {
                    w.addDocument(config.build(withFacetFields(docs.get(i), x.records().get(i), x)));
                }
                w.addDocument(docs.get(docs.size() - 1));
                indexed += x.records().size();
            }
            w.forceMerge(4);
        }
        report.add(String.format(Locale.ROOT, "indexed %,d records into %s", indexed, dir));

        try (FSDirectory d = FSDirectory.open(dir); DirectoryReader reader = DirectoryReader.open(d)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            FacetOrdinals ordinals = FacetOrdinals.of(reader);
            SortedSetDocValuesReaderState state = new DefaultSortedSetDocValuesReaderState(reader, config);
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
            long[] ours = new long[queries];
            long[] module = new long[queries];
            long oursMatches = 0;
            long moduleMatches = 0;
            for (int i = 0; i < qs.size(); i++) {
                boolean timed = i >= 200; // the first 200 warm the JIT and the page cache, untimed
                Query q = qs.get(i);
                boolean oursFirst = (i & 1) == 0;
                for (int turn = 0; turn < 2; turn++) {
                    long t0 = System.nanoTime();
                    if ((turn == 0) == oursFirst) {
                        FacetCounter.Result c = searcher.search(q, new FacetCounter(TOP, ordinals, reader.leaves()));
                        long t = System.nanoTime() - t0;
                        if (timed) {
                            ours[i - 200] = t;
                            oursMatches += c.matches() + sum(c.facets());
                        }
                    } else {
                        FacetsCollector fc = searcher.search(q, new FacetsCollectorManager());
                        SortedSetDocValuesFacetCounts counts = new SortedSetDocValuesFacetCounts(state, fc);
                        long sum = 0;
                        for (Facet f : List.of(Facet.TYPE, Facet.YEAR, Facet.GRADE, Facet.STATUS, Facet.AUTHORITY, Facet.COUNCIL, Facet.PERSON,
                                Facet.ORGANISATION)) {
                            FacetResult fr = f == Facet.TYPE || f == Facet.YEAR ? counts.getAllChildren(f.label()) : counts.getTopChildren(TOP, f.label());
                            sum += fr == null ? 0 : Arrays.stream(fr.labelValues).mapToLong(lv -> lv.value.longValue()).sum();
                        }
                        long t = System.nanoTime() - t0;
                        if (timed) {
                            module[i - 200] = t;
                            int matches = fc.getMatchingDocs().stream().mapToInt(m -> m.totalHits).sum();
                            moduleMatches += matches + sum;
                        }
                    }
                }
            }
            report.add(String.format(Locale.ROOT, "%-44s %9s %9s %9s %9s", "facet counting per query (all matches)", "p50 ms", "p90 ms", "p99 ms", "mean ms"));
            report.add(row("index's FacetCounter (packed key + ordinals)", ours));
            report.add(row("lucene-facet SortedSetDocValuesFacetCounts", module));
            report.add(String.format(Locale.ROOT, "checksum (matches + counted values, both should be close): ours %,d, lucene-facet %,d", oursMatches, moduleMatches));
            report.add(String.format(Locale.ROOT, "load average after: %.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
        }
        report.forEach(System.out::println);
        Path out = Path.of("target/bench/facet-module-benchmark.txt");
        Files.createDirectories(out.getParent());
        Files.write(out, report, StandardCharsets.UTF_8);
        deleteTree(dir);
    }

    /** The same eight facets as lucene-facet fields: the values the index's counter counts. */
    private static Document withFacetFields(Document d, PaperRecord r, Extraction x) {
        RecordFacts f = RecordFacts.of(r, x.document());
        d.add(new SortedSetDocValuesFacetField(Facet.TYPE.label(), r.type().jsonName()));
        if (f.year() != null) {
            d.add(new SortedSetDocValuesFacetField(Facet.YEAR.label(), Integer.toString(f.year())));
        }
        if (f.grade() != null) {
            d.add(new SortedSetDocValuesFacetField(Facet.GRADE.label(), f.grade().name()));
        }
        if (f.status() != null) {
            d.add(new SortedSetDocValuesFacetField(Facet.STATUS.label(), f.status().name()));
        }
        if (f.authority() != null && !f.authority().isBlank()) {
            d.add(new SortedSetDocValuesFacetField(Facet.AUTHORITY.label(), f.authority()));
        }
        if (x.document().council() != null && !x.document().council().isBlank()) {
            d.add(new SortedSetDocValuesFacetField(Facet.COUNCIL.label(), x.document().council()));
        }
        f.people().stream().filter(p -> !p.isBlank()).distinct().forEach(p -> d.add(new SortedSetDocValuesFacetField(Facet.PERSON.label(), p)));
        f.organisations().stream().filter(o -> !o.isBlank()).distinct()
                .forEach(o -> d.add(new SortedSetDocValuesFacetField(Facet.ORGANISATION.label(), o)));
        return d;
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
