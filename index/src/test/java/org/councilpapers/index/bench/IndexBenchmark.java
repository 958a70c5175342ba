package org.councilpapers.index.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Stream;
import org.councilpapers.core.Extraction;
import org.councilpapers.core.record.RecordType;
import org.councilpapers.index.PaperIndex;
import org.councilpapers.index.Query;
import org.councilpapers.index.SearchResult;
import org.junit.jupiter.api.Test;

/**
 * Indexing speed and query latency at scale, on generated papers ({@link RecordGenerator}). Not
 * part of the default test run (its name does not end in Test); run it with
 *
 * <pre>
 * mvn -o -Pbench test -pl index -am [-Dbench.records=1000000] [-Dbench.queries=2000]
 * </pre>
 *
 * or as a main class. Settings (system properties or {@code key=value} arguments):
 * {@code records} (1000000), {@code threads} indexing (one less than the processors, at least one:
 * the writer flushes and merges on other threads), {@code warmup} (300000 records indexed first into
 * a scratch index, untimed), {@code queries} (2000 of each kind), {@code dir} (target/bench-index,
 * emptied first). Results go to stdout and {@code target/bench/index-benchmark.txt}.
 *
 * <p>Indexing: the papers are generated first (timed apart) and a warm-up indexes the first of
 * them into a scratch index; then each thread takes the next
 * papers and adds them with {@link PaperIndex#addAll} about 50,000 records at a time (one commit
 * each); the time runs until the index is closed, so merges are in it. Queries run one at a time
 * on one thread against the index reopened read-only, as the CLI opens it, each asking for the
 * top 10 with snippets. "CPU ms" is the process's CPU time over a kind's timed queries divided by
 * their number: search threads and GC included, and much less disturbed by a busy machine than the
 * wall-clock percentiles.
 */
public final class IndexBenchmark {
    private static final long SEED = 2024;
    private static final int BATCH_RECORDS = 50_000;
    private static final Set<String> STOP = Set.of("the", "of", "and", "to", "in", "a", "for", "that", "is", "are", "be", "with", "on",
            "by", "as", "at", "this", "from", "or", "it", "have", "not", "has", "was", "were", "which", "will", "been", "their", "they",
            "all", "more", "than", "should", "also", "there", "when", "can", "who", "would", "its", "an", "into", "other");

    @Test
    void run() throws IOException {
        main(new String[0]);
    }

    public static void main(String[] args) throws IOException {
        int records = setting(args, "records", 1_000_000);
        int threads = setting(args, "threads", Math.max(1, Runtime.getRuntime().availableProcessors() - 1));
        int warmup = setting(args, "warmup", 300_000);
        int queries = setting(args, "queries", 2000);
        Path dir = Path.of(text(args, "dir", "target/bench-index"));
        HeapSampler heap = new HeapSampler();
        heap.start();
        List<String> report = new ArrayList<>();
        report.add(String.format(Locale.ROOT, "Index benchmark: %,d records, %d indexing threads, %d processors, max heap %d MB, Java %s",
                records, threads, Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
                System.getProperty("java.version")));
        report.add(String.format(Locale.ROOT, "load average before: %.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));

        // Papers are made before the clock starts, so the rate is the index's alone; the generator's
        // own speed is reported beside it. They stay in memory (about 650 bytes a record), which the
        // heap figures below leave out by taking the heap after generation as their zero.
        RecordGenerator generator = new RecordGenerator(SEED);
        List<Extraction> all = new ArrayList<>();
        long generated = 0;
        long genStart = System.nanoTime();
        while (generated < records) {
            Extraction x = generator.paper(all.size());
            all.add(x);
            generated += x.records().size();
        }
        double genSeconds = (System.nanoTime() - genStart) / 1e9;
        report.add(String.format(Locale.ROOT, "generator: %,d records in %,d papers in %.1f s (%,.0f records/s on one thread; not in the figures below)",
                generated, all.size(), genSeconds, generated / genSeconds));
        long papersHeap = gcUsed();
        heap.peakAndReset();

        // Warm-up: the JIT compiles the indexing code on a scratch index first, as it would early
        // in any long run; a cold JVM indexes its first few hundred thousand records several times
        // slower (reported, but not in the main figure).
        Path scratch = dir.resolveSibling(dir.getFileName() + "-warmup");
        long warmStart = System.nanoTime();
        long warmed = index(scratch, all.subList(0, papersFor(all, warmup)), threads, new AtomicLong());
        double warmSeconds = (System.nanoTime() - warmStart) / 1e9;
        delete(scratch);
        report.add(String.format(Locale.ROOT, "warm-up, cold JVM: %,d records into a scratch index in %.1f s = %,.0f records/s (not in the figures below)",
                warmed, warmSeconds, warmed / warmSeconds));

        delete(dir);
        long start = System.nanoTime();
        long cpuStart = cpuNanos();
        AtomicLong indexerCpu = new AtomicLong();
        index(dir, all, threads, indexerCpu);
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpu = (cpuNanos() - cpuStart) / 1e9;
        double threadCpu = indexerCpu.get() / 1e9;
        long indexPeak = heap.peakAndReset() - papersHeap;
        int papers = all.size();
        all.clear();
        long afterIndexing = gcUsed();
        heap.peakAndReset();
        long indexed = generated;
        report.add(String.format(Locale.ROOT, "indexing: %,d records in %,d papers in %.1f s = %,.0f records/s (%d indexing thread(s), a commit every ~%,d records, merges included)",
                indexed, papers, seconds, indexed / seconds, threads, BATCH_RECORDS));
        report.add(String.format(Locale.ROOT, "indexing CPU: %.1f s over all threads (indexing, merging, GC, JIT) = %,.0f records per CPU-second",
                cpu, indexed / cpu));
        report.add(String.format(Locale.ROOT, "  of which the indexing thread(s), flushes and commits included: %.1f s = %,.0f records/s per thread given a core;"
                + " merges, GC and JIT on other threads: %.1f s", threadCpu, indexed / (threadCpu / threads), cpu - threadCpu));
        report.add(String.format(Locale.ROOT, "index size on disk: %,d MB; peak heap in use while indexing, above the %,d MB of generated papers and garbage included: %,d MB",
                size(dir) >> 20, papersHeap >> 20, indexPeak >> 20));

        long retained;
        try (PaperIndex index = PaperIndex.openReadOnly(dir)) {
            report.add(perAddCommit(dir.resolveSibling(dir.getFileName() + "-commits"), generator, papers));
            List<String> authorities = generator.authorities();
            SplittableRandom r = new SplittableRandom(SEED + 1);
            List<Function<SplittableRandom, Query>> kinds = List.of(
                    q -> Query.text(words(generator, q)),
                    q -> Query.text(words(generator, q)).type(TYPES[q.nextInt(TYPES.length)]).years(2012 + q.nextInt(6), 2019 + q.nextInt(7)),
                    q -> Query.text(words(generator, q)).withFacets(true),
                    q -> Query.all().type(TYPES[q.nextInt(TYPES.length)]).authority(authorities.get(q.nextInt(authorities.size())))
                            .withFacets(true),
                    q -> Query.all().type(RecordType.JUDGEMENT).years(2009 + q.nextInt(18), null).withFacets(true));
            String[] names = {"text (1-2 words)", "text + type + years", "text + facets", "authority + type + facets", "judgements by year + facets (large)"};
            report.add("");
            report.add(String.format(Locale.ROOT, "%-36s %9s %9s %9s %9s %12s %9s", "query (top 10, snippets)", "p50 ms", "p90 ms", "p99 ms", "max ms", "mean hits",
                    "CPU ms"));
            for (int k = 0; k < kinds.size(); k++) {
                report.add(latency(index, kinds.get(k), r, names[k], queries));
            }
            retained = gcUsed() - afterIndexing;
        }
        report.add("");
        long queryPeak = heap.peakAndReset() - afterIndexing;
        report.add(String.format(Locale.ROOT, "peak heap in use while querying (garbage included): %,d MB; held by the open index after GC: %,d MB",
                queryPeak >> 20, retained >> 20));
        report.add(String.format(Locale.ROOT, "load average after: %.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
        heap.interrupt();

        report.forEach(System.out::println);
        Path out = Path.of("target/bench/index-benchmark.txt");
        Files.createDirectories(out.getParent());
        Files.write(out, report);
    }

    /**
     * Indexes the papers with {@code threads} threads, each taking the next papers and adding them
     * about {@link #BATCH_RECORDS} records at a time; returns when the index is closed, which waits
     * for merges still running, so their cost is in the caller's time. Returns the records indexed.
     */
    private static long index(Path dir, List<Extraction> papers, int threads, AtomicLong indexerCpu) throws IOException {
        delete(dir);
        try (PaperIndex index = PaperIndex.open(dir)) {
            AtomicInteger next = new AtomicInteger();
            List<Thread> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                Thread w = new Thread(() -> {
                    try {
                        List<Extraction> batch = new ArrayList<>();
                        int inBatch = 0;
                        for (int i = next.getAndIncrement(); i < papers.size(); i = next.getAndIncrement()) {
                            batch.add(papers.get(i));
                            inBatch += papers.get(i).records().size();
                            if (inBatch >= BATCH_RECORDS) {
                                index.addAll(batch);
                                batch.clear();
                                inBatch = 0;
                            }
                        }
                        if (!batch.isEmpty()) {
                            index.addAll(batch);
                        }
                        indexerCpu.addAndGet(ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime());
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }, "indexer-" + t);
                w.start();
                workers.add(w);
            }
            for (Thread w : workers) {
                try {
                    w.join();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted", e);
                }
            }
        }
        return papers.stream().mapToLong(p -> p.records().size()).sum();
    }

    /** How many of the first papers hold at least {@code records} records. */
    private static int papersFor(List<Extraction> papers, int records) {
        long n = 0;
        for (int i = 0; i < papers.size(); i++) {
            n += papers.get(i).records().size();
            if (n >= records) {
                return i + 1;
            }
        }
        return papers.size();
    }

    private static final RecordType[] TYPES = {RecordType.FINDING, RecordType.ACTION, RecordType.RECOMMENDATION, RecordType.RESOLUTION,
        RecordType.JUDGEMENT};

    /** Content words as a user types them: one or two, the function words skipped. */
    private static String words(RecordGenerator g, SplittableRandom r) {
        int n = 1 + r.nextInt(2);
        List<String> out = new ArrayList<>();
        while (out.size() < n) {
            String w = g.word(r);
            if (!STOP.contains(w)) {
                out.add(w);
            }
        }
        return String.join(" ", out);
    }

    private static String latency(PaperIndex index, Function<SplittableRandom, Query> kind, SplittableRandom r, String name, int n)
            throws IOException {
        for (int i = 0; i < Math.max(200, n / 5); i++) {
            index.search(kind.apply(r)); // warm-up: JIT and the OS page cache
        }
        long[] nanos = new long[n];
        long hits = 0;
        long cpu = cpuNanos();
        for (int i = 0; i < n; i++) {
            Query q = kind.apply(r);
            long t = System.nanoTime();
            SearchResult res = index.search(q);
            nanos[i] = System.nanoTime() - t;
            hits += res.total();
        }
        double cpuMs = (cpuNanos() - cpu) / 1e6 / n;
        Arrays.sort(nanos);
        return String.format(Locale.ROOT, "%-36s %9.2f %9.2f %9.2f %9.2f %12s %9.2f", name, ms(nanos, 0.50), ms(nanos, 0.90), ms(nanos, 0.99),
                nanos[n - 1] / 1e6, String.format(Locale.ROOT, "%,d", hits / n), cpuMs);
    }

    /** The heap in use just after asking for a full collection: the live data, near enough. */
    private static long gcUsed() {
        Runtime rt = Runtime.getRuntime();
        System.gc();
        System.gc();
        return rt.totalMemory() - rt.freeMemory();
    }

    /** CPU time of this process, all threads: with the wall time it shows how much of the machine the run had. */
    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static double ms(long[] sorted, double q) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)] / 1e6;
    }

    /** One {@link PaperIndex#add} (a commit) per paper, as {@code councilpapers index} does: what a commit costs. */
    private static String perAddCommit(Path dir, RecordGenerator generator, int from) throws IOException {
        delete(dir);
        int n = 200;
        long records = 0;
        long t;
        try (PaperIndex index = PaperIndex.open(dir)) {
            t = System.nanoTime();
            for (int i = 0; i < n; i++) {
                Extraction x = generator.paper(from + i);
                records += x.records().size();
                index.add(x);
            }
        }
        double s = (System.nanoTime() - t) / 1e9;
        delete(dir);
        return String.format(Locale.ROOT, "one commit per paper (as 'councilpapers index'): %d papers in %.1f s = %.1f ms per paper, %,.0f records/s",
                n, s, s * 1000 / n, records / s);
    }

    private static long size(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    private static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static int setting(String[] args, String key, int fallback) {
        return Integer.parseInt(text(args, key, Integer.toString(fallback)).replace("_", "").replace(",", ""));
    }

    private static String text(String[] args, String key, String fallback) {
        for (String a : args) {
            if (a.startsWith(key + "=")) {
                return a.substring(key.length() + 1);
            }
        }
        return System.getProperty("bench." + key, fallback);
    }

    /**
     * Samples the heap in use every 20 ms. Its peak counts garbage not yet collected, so it is an
     * upper bound on what a run needs; {@link #gcUsed()} gives the live data at a quiet moment.
     */
    private static final class HeapSampler extends Thread {
        private final AtomicLong used = new AtomicLong();

        HeapSampler() {
            super("heap-sampler");
            setDaemon(true);
        }

        @Override
        public void run() {
            Runtime rt = Runtime.getRuntime();
            while (!isInterrupted()) {
                used.accumulateAndGet(rt.totalMemory() - rt.freeMemory(), Math::max);
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        /** The peak since the last call, and starts the next period. */
        long peakAndReset() {
            return used.getAndSet(0);
        }
    }
}
