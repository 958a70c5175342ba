package org.councilpapers.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.councilpapers.core.Extraction;
import org.councilpapers.index.bench.RecordGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 while indexing: a child JVM indexes generated papers and is killed mid-run; the index
 * must reopen with every paper either whole or absent, and a re-run completes it.
 */
class PaperIndexCrashSafetyTest {
    private static final long SEED = 7;
    private static final int PAPERS = 150;

    @TempDir
    Path tmp;

    @Test
    void killedIndexerLeavesWholePapersAndARerunCompletesTheIndex() throws Exception {
        RecordGenerator generator = new RecordGenerator(SEED);
        Map<String, Integer> expected = new HashMap<>();
        for (int i = 0; i < PAPERS; i++) {
            Extraction x = generator.paper(i);
            expected.put(x.document().id(), x.records().size());
        }
        Path dir = tmp.resolve("index");

        int added = runAndKill(dir, 10);
        int present = checkConsistent(dir, expected);
        assertTrue(present >= added, "every paper reported as added was committed: " + present + " < " + added);
        assertTrue(present < PAPERS, "the indexer was killed before it finished");

        // The last run as the indexer would do it, but with one commit, to keep the test quick.
        try (PaperIndex index = PaperIndex.open(dir)) {
            List<Extraction> missing = new ArrayList<>();
            for (int i = 0; i < PAPERS; i++) {
                Extraction x = generator.paper(i);
                if (!index.contains(x.document().id())) {
                    missing.add(x);
                }
            }
            assertEquals(PAPERS - present, missing.size(), "the re-run skips what is there");
            index.addAll(missing);
        }
        assertEquals(PAPERS, checkConsistent(dir, expected));
    }

    /** Starts the indexer, kills it once it has reported {@code adds} papers; returns how many it reported. */
    private int runAndKill(Path dir, int adds) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"), CrashIndexer.class.getName(),
                dir.toString(), Long.toString(SEED), Integer.toString(PAPERS))
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        int added = 0;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                assertFalse(line.equals("done"), "the indexer finished before it could be killed");
                if (line.startsWith("added ")) {
                    added++;
                }
                if (added == adds) {
                    p.destroyForcibly();
                    break;
                }
            }
        } finally {
            p.destroyForcibly();
            assertTrue(p.waitFor(10, TimeUnit.SECONDS), "the killed indexer did not exit");
        }
        assertEquals(adds, added, "the indexer stopped early");
        return added;
    }

    /** Every paper in the index has exactly its generated records, and no record is without its paper; returns the paper count. */
    private static int checkConsistent(Path dir, Map<String, Integer> expected) throws IOException {
        try (PaperIndex index = PaperIndex.openReadOnly(dir)) {
            List<IndexedDocument> docs = index.documents();
            long sum = 0;
            for (IndexedDocument d : docs) {
                Integer want = expected.get(d.id());
                assertTrue(want != null, "unknown paper " + d.id());
                assertEquals(want, d.records(), "records of " + d.document().source());
                SearchResult r = index.search(Query.all().document(d.id()).limit(0).withFacets(true));
                assertEquals((long) want, r.total(), "records indexed for " + d.document().source());
                sum += want;
            }
            IndexStats s = index.stats();
            assertEquals(sum, s.records());
            assertEquals(sum, s.byType().values().stream().mapToLong(Long::longValue).sum(), "no records without their paper");
            return docs.size();
        }
    }
}
