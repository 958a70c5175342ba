package org.councilpapers.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.councilpapers.CouncilPapers;
import org.councilpapers.core.Extraction;
import org.councilpapers.testdata.TestPapers;
import org.junit.jupiter.api.Test;

/**
 * Extraction speed against a baseline in the same run: Tika's plain-text extraction of the same
 * PDFs (what most pipelines start from), then councilpapers' full extraction (layout, tables, fills,
 * classification, records), then the same with NLP enrichment (CoreNLP on each record's text). Not part of the default test run:
 * {@code mvn -B -o -Pbench test -pl extractors -am -Dbench.rounds=10 -Dbench.warmup=3}. Prints pages per second for
 * each, their ratio, records per second and the peak heap; see BENCHMARKS.md.
 */
class ExtractionBenchmark {
    /** Timed rounds; with 5 the compiler was still at work in them (process CPU a third above a 10-round run's). */
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 10);
    /**
     * Untimed rounds first: the JIT compiles PDFBox's, CoreNLP's and our code for seconds after the
     * first paper (its compiler threads took as much CPU as the extracting thread through a single
     * warm-up round), so fewer would time the compiler, not the steady state a batch runs in.
     */
    private static final int WARMUP = Integer.getInteger("bench.warmup", 3);

    @Test
    void extractionAgainstTikaPlainText() throws Exception {
        List<Path> pdfs = new ArrayList<>();
        try (Stream<Path> s = Files.walk(TestPapers.root().resolve("papers"))) {
            // The Kent Cabinet blind set is left out so the corpus stays the one BENCHMARKS.md measured.
            s.filter(p -> p.toString().endsWith(".pdf") && !p.toString().replace('\\', '/').contains("real/kent/cabinet-2025-01-30/"))
                    .sorted().forEach(pdfs::add);
        }
        List<byte[]> bytes = new ArrayList<>();
        for (Path p : pdfs) {
            bytes.add(Files.readAllBytes(p));
        }
        CouncilPapers papers = CouncilPapers.builder().build();
        CouncilPapers withNlp = CouncilPapers.builder().nlp(true).build();
        AutoDetectParser tika = new AutoDetectParser();

        int pages = 0;
        int records = 0;
        int enriched = 0;
        for (int i = 0; i < pdfs.size(); i++) { // first warm-up round, which also counts pages and records
            Extraction x = papers.extract(new ByteArrayInputStream(bytes.get(i)), pdfs.get(i).getFileName().toString());
            pages += x.document().pages();
            records += x.records().size();
            tikaText(tika, bytes.get(i));
            // The warm-up also loads the CoreNLP pipeline, so its seconds of start-up are not timed.
            Extraction n = withNlp.extract(new ByteArrayInputStream(bytes.get(i)), pdfs.get(i).getFileName().toString());
            enriched += (int) n.records().stream().filter(r -> !r.mentions().isEmpty()).count();
        }
        for (int round = 1; round < WARMUP; round++) {
            for (int i = 0; i < pdfs.size(); i++) {
                tikaText(tika, bytes.get(i));
                papers.extract(new ByteArrayInputStream(bytes.get(i)), pdfs.get(i).getFileName().toString());
                withNlp.extract(new ByteArrayInputStream(bytes.get(i)), pdfs.get(i).getFileName().toString());
            }
        }
        // Wall time, and CPU time (this thread's, and the whole process's, which includes the NLP
        // worker threads but also GC and JIT): the machine is shared, and CPU time depends much
        // less than wall time on what else runs.
        long[] tika3 = new long[3];
        long[] ours3 = new long[3];
        long[] nlp3 = new long[3];
        for (int round = 0; round < ROUNDS; round++) {
            long[] t0 = clocks();
            for (byte[] b : bytes) {
                tikaText(tika, b);
            }
            long[] t1 = clocks();
            for (int i = 0; i < bytes.size(); i++) {
                papers.extract(new ByteArrayInputStream(bytes.get(i)), pdfs.get(i).getFileName().toString());
            }
            long[] t2 = clocks();
            for (int i = 0; i < bytes.size(); i++) {
                withNlp.extract(new ByteArrayInputStream(bytes.get(i)), pdfs.get(i).getFileName().toString());
            }
            long[] t3 = clocks();
            for (int k = 0; k < 3; k++) {
                tika3[k] += t1[k] - t0[k];
                ours3[k] += t2[k] - t1[k];
                nlp3[k] += t3[k] - t2[k];
            }
        }
        long tikaNanos = tika3[0];
        long oursNanos = ours3[0];
        long nlpNanos = nlp3[0];
        double tikaPps = pages * (double) ROUNDS / (tikaNanos / 1e9);
        double oursPps = pages * (double) ROUNDS / (oursNanos / 1e9);
        double nlpPps = pages * (double) ROUNDS / (nlpNanos / 1e9);
        System.out.printf(Locale.ROOT, "%nExtraction benchmark: %d PDFs, %d pages, %d records, %d rounds after %d warm-up rounds%n",
                pdfs.size(), pages, records, ROUNDS, Math.max(1, WARMUP));
        System.out.printf(Locale.ROOT, "  Tika plain text (baseline)   %8.1f pages/s%n", tikaPps);
        System.out.printf(Locale.ROOT, "  councilpapers extract        %8.1f pages/s  (%.2f x baseline), %.0f records/s%n", oursPps,
                oursPps / tikaPps, records * (double) ROUNDS / (oursNanos / 1e9));
        System.out.printf(Locale.ROOT, "  councilpapers extract + NLP  %8.1f pages/s  (%.2f x baseline), %d of %d records enriched%n",
                nlpPps, nlpPps / tikaPps, enriched, records);
        System.out.printf(Locale.ROOT, "  CPU seconds a round (this thread / whole process):%n");
        for (Object[] row : new Object[][] {{"Tika plain text", tika3}, {"councilpapers extract", ours3},
                {"councilpapers extract + NLP", nlp3}}) {
            long[] c = (long[]) row[1];
            System.out.printf(Locale.ROOT, "    %-28s %7.2f / %7.2f s   (%.1f pages per CPU-second of the process)%n", row[0],
                    c[1] / 1e9 / ROUNDS, c[2] / 1e9 / ROUNDS, pages * (double) ROUNDS / (c[2] / 1e9));
        }
        System.out.printf(Locale.ROOT, "  peak heap with NLP (sum of pool peaks) %7.0f MB, max heap %d MB%n", peakHeapMb(),
                Runtime.getRuntime().maxMemory() >> 20);
        assertTrue(pages > 0 && records > 0, "the benchmark read something");
    }

    private static void tikaText(AutoDetectParser tika, byte[] b) throws Exception {
        BodyContentHandler text = new BodyContentHandler(-1);
        tika.parse(new ByteArrayInputStream(b), text, new Metadata(), new ParseContext());
        if (text.toString().isEmpty()) {
            throw new IllegalStateException("Tika read no text");
        }
    }

    /** Wall clock, this thread's CPU time and the process's CPU time, in nanoseconds. */
    private static long[] clocks() {
        long process = ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : -1;
        return new long[] {System.nanoTime(), ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime(), process};
    }

    private static double peakHeapMb() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak / 1024.0 / 1024.0;
    }
}
