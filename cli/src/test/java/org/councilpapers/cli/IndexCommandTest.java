package org.councilpapers.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.councilpapers.CouncilPapers;
import org.councilpapers.cli.Cli.Run;
import org.councilpapers.core.Extraction;
import org.councilpapers.core.record.Finding;
import org.councilpapers.core.record.Mentions;
import org.councilpapers.core.record.RecordType;
import org.councilpapers.extractors.nlp.Enricher;
import org.councilpapers.index.Hit;
import org.councilpapers.index.IndexStats;
import org.councilpapers.index.PaperIndex;
import org.councilpapers.index.Query;
import org.councilpapers.testdata.TestPapers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexCommandTest {
    @TempDir
    Path tmp;

    /** {@code index} with {@link LineExtractor} as the only extractor. */
    private static Run index(String... args) {
        CouncilPapers papers = CouncilPapers.builder().extractors(List.of(new LineExtractor())).build();
        return index(nlp -> papers, args);
    }

    private Path write(String name, String text) throws IOException {
        Path p = tmp.resolve("papers").resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
        return p;
    }

    private static Run index(IndexCommand.Library library, String... args) {
        return Cli.runIndex(library, args);
    }

    @Test
    void indexesAFolderThenSkipsWhatItHoldsAndReplacesWhatChanged() throws IOException {
        write("a.txt", "Grade: Overall effectiveness\n\nFinding: Return home interviews are late\n");
        Path b = write("b.txt", "Finding: Care leavers lack housing\n\nWarn: odd table\n");
        String papers = tmp.resolve("papers").toString();
        String dir = tmp.resolve("index").toString();

        Run first = index("index", papers, "--index", dir);
        assertEquals(0, first.code(), first.err());
        assertEquals(List.of("councilpapers: 2 papers indexed (3 records, 1 warning), 0 unchanged, 0 failed; " + dir + " holds 2 papers and 3 records"),
                first.errLines());
        assertEquals("", first.out());

        Run second = index("index", papers, "--index", dir);
        assertEquals(List.of("councilpapers: 0 papers indexed (0 records, 0 warnings), 2 unchanged, 0 failed; " + dir + " holds 2 papers and 3 records"),
                second.errLines());

        Files.writeString(b, "Finding: Care leavers lack housing\n\nFinding: Care leavers lack work\n");
        Run third = index("index", papers, "--index", dir);
        assertEquals(List.of("councilpapers: 1 paper indexed (2 records, 0 warnings), 1 unchanged, 0 failed; " + dir + " holds 2 papers and 4 records"),
                third.errLines(), "the changed file's old version is gone");

        try (PaperIndex idx = PaperIndex.openReadOnly(Path.of(dir))) {
            assertEquals(2, idx.search(Query.text("leavers")).total());
            assertEquals(1, idx.search(Query.all().type(RecordType.JUDGEMENT)).total());
        }
    }

    @Test
    void forceReadsEveryPaperAgain() throws IOException {
        write("a.txt", "Finding: Return home interviews are late\n");
        String dir = tmp.resolve("index").toString();
        index("index", tmp.resolve("papers").toString(), "--index", dir);

        Run again = index("index", tmp.resolve("papers").toString(), "--index", dir, "--force");

        assertEquals(List.of("councilpapers: 1 paper indexed (1 record, 0 warnings), 0 unchanged, 0 failed; " + dir + " holds 1 paper and 1 record"),
                again.errLines());
    }

    @Test
    void badPapersAreOneLineEachAndTheRunGoesOn() throws IOException {
        write("good.txt", "Finding: Return home interviews are late\n");
        write("crash.txt", "Crash\n");
        Files.write(write("scan.xyz", ""), new byte[] {0x00, 0x01, 0x02, (byte) 0xff, 0x00, 0x10});
        Path missing = tmp.resolve("missing.pdf");
        String dir = tmp.resolve("index").toString();

        Run r = index("index", tmp.resolve("papers").toString(), missing.toString(), "--index", dir);

        assertEquals(1, r.code(), "an internal error on one paper is a bug: exit 1, after the others are indexed");
        List<String> lines = r.errLines();
        assertTrue(lines.get(0).startsWith("councilpapers: " + tmp.resolve("papers/crash.txt") + ": internal error: IllegalStateException: boom"),
                lines.get(0));
        assertEquals("councilpapers: " + tmp.resolve("papers/scan.xyz") + ": skipped: unsupported format (application/octet-stream)", lines.get(1));
        assertEquals("councilpapers: " + missing + ": no such file", lines.get(2));
        assertEquals("councilpapers: 1 paper indexed (1 record, 0 warnings), 0 unchanged, 3 failed; " + dir + " holds 1 paper and 1 record", lines.get(3));
        assertEquals(4, lines.size());
    }

    @Test
    void messagesFollowTheInputOrderWhateverTheWorkersDo() throws IOException {
        for (int i = 0; i < 12; i++) {
            write(String.format("p%02d.txt", i), i % 3 == 0 ? "Crash\n" : "Finding: Paper " + i + "\n");
        }
        Run r = index("index", tmp.resolve("papers").toString(), "--index", tmp.resolve("index").toString(), "--threads", "4");

        List<String> crashed = r.errLines().stream().filter(l -> l.contains("internal error")).map(l -> l.substring(0, l.indexOf(": internal"))).toList();
        assertEquals(List.of("p00", "p03", "p06", "p09").stream().map(n -> "councilpapers: " + tmp.resolve("papers/" + n + ".txt")).toList(),
                crashed);
        assertTrue(r.errLines().get(4).startsWith("councilpapers: 8 papers indexed (8 records, 0 warnings), 0 unchanged, 4 failed;"), r.err());
    }

    @Test
    void aMissingNamedFileAloneIsExitTwo() {
        Path missing = tmp.resolve("missing.pdf");
        Run r = index("index", missing.toString(), "--index", tmp.resolve("index").toString());

        assertEquals(2, r.code());
        assertEquals("councilpapers: " + missing + ": no such file", r.errLines().get(0));
    }

    @Test
    void anIndexInsideTheFolderIsNotReadAsPapers() throws IOException {
        write("a.txt", "Finding: Return home interviews are late\n");
        Path papers = tmp.resolve("papers");

        index("index", papers.toString(), "--index", papers.resolve("idx").toString());
        Run again = index("index", papers.toString(), "--index", papers.resolve("idx").toString());

        assertEquals(0, again.code(), again.err());
        assertTrue(again.errLines().get(0).startsWith("councilpapers: 0 papers indexed (0 records, 0 warnings), 1 unchanged, 0 failed;"), again.err());
    }

    @Test
    void anIndexBeingWrittenElsewhereIsRefused() throws IOException {
        write("a.txt", "Finding: Late\n");
        Path dir = tmp.resolve("index");
        try (PaperIndex busy = PaperIndex.open(dir)) {
            Run r = index("index", tmp.resolve("papers").toString(), "--index", dir.toString());

            assertEquals(2, r.code());
            assertEquals(List.of("councilpapers: " + dir + ": the index is being written by another run; try again when it has finished"),
                    r.errLines());
            assertEquals(0, busy.stats().documents(), "nothing was written");
        }
    }

    @Test
    void aFolderOfOtherFilesOrAFileIsNotMadeAnIndex() throws IOException {
        Path papers = write("a.txt", "Finding: Late\n").getParent();

        Run folder = index("index", papers.toString(), "--index", papers.toString());
        assertEquals(2, folder.code());
        assertEquals(List.of("councilpapers: " + papers + ": is a folder with other files in it, not an index; "
                + "give a new or empty folder for the index"), folder.errLines());
        assertFalse(PaperIndex.exists(papers));

        Path file = papers.resolve("a.txt");
        Run notAFolder = index("index", papers.toString(), "--index", file.toString());
        assertEquals(List.of("councilpapers: " + file + ": exists and is not a folder"), notAFolder.errLines());
    }

    @Test
    void verbosePrintsEachPapersWarnings() throws IOException {
        Path a = write("a.txt", "Finding: Late\n\nWarn: odd table\n");

        Run r = index("index", a.toString(), "--index", tmp.resolve("index").toString(), "--verbose");

        assertEquals(a + ": warning: OTHER odd table (page 1)", r.errLines().get(0));
    }

    /**
     * NLP is on unless --no-nlp says otherwise, and what the enricher finds reaches the index. The
     * enricher here is a stand-in that "finds" two known names in a finding's text, so the test
     * checks the wiring, not CoreNLP (whose own tests are in extractors).
     */
    @Test
    void mentionsFoundByTheEnricherAreIndexedUnlessNoNlp() throws IOException {
        Enricher names = r -> r instanceof Finding f
                ? r.withMentions(new Mentions(List.of("Janet Simon").stream().filter(f.text()::contains).toList(),
                        List.of("Essex Police").stream().filter(f.text()::contains).toList(), List.of(), List.of(), List.of()))
                : r;
        IndexCommand.Library library = nlp -> nlp
                ? CouncilPapers.builder().extractors(List.of(new LineExtractor())).enricher(names).build()
                : CouncilPapers.builder().extractors(List.of(new LineExtractor())).build();
        write("minutes.txt", "Finding: Janet Simon said Essex Police now share missing reports\n\nFinding: Care leavers lack housing\n");
        String papers = tmp.resolve("papers").toString();
        Path withNlp = tmp.resolve("with-nlp");
        Path without = tmp.resolve("without");

        assertEquals(0, index(library, "index", papers, "--index", withNlp.toString()).code());
        assertEquals(0, index(library, "index", papers, "--index", without.toString(), "--no-nlp").code());

        try (PaperIndex idx = PaperIndex.openReadOnly(withNlp)) {
            List<Hit> hits = idx.search(Query.all().person("Janet Simon")).hits();
            assertEquals(1, hits.size());
            assertTrue(((Finding) hits.get(0).record()).text().startsWith("Janet Simon said"));
            assertEquals(1, idx.search(Query.all().organisation("essex police")).total());
        }
        try (PaperIndex idx = PaperIndex.openReadOnly(without)) {
            assertEquals(2, idx.stats().records());
            assertEquals(0, idx.search(Query.all().person("Janet Simon")).total(), "no NLP, no mentions");
        }
    }

    /** End to end with the real extractors: the index holds what {@code extract} gives for the sample papers. */
    @Test
    void samplePapersAreIndexedAsExtractReadsThem() throws IOException {
        Path dir = tmp.resolve("index");
        List<Path> files = TestPapers.textPapers();
        List<String> args = new java.util.ArrayList<>(List.of("index"));
        files.forEach(p -> args.add(p.toString()));
        args.addAll(List.of("--index", dir.toString()));
        Run r = Cli.run(args.toArray(String[]::new));
        assertEquals(0, r.code(), r.err());

        CouncilPapers papers = CouncilPapers.builder().build();
        long records = 0;
        long judgements = 0;
        for (Path p : files) {
            Extraction x = papers.extract(p);
            records += x.records().size();
            judgements += x.records(RecordType.JUDGEMENT).size();
        }
        try (PaperIndex idx = PaperIndex.openReadOnly(dir)) {
            IndexStats s = idx.stats();
            assertEquals(files.size(), s.documents());
            assertEquals(records, s.records());
            assertEquals(judgements, idx.search(Query.all().type(RecordType.JUDGEMENT).withFacets(true)).total());
            assertTrue(idx.documents().stream().allMatch(d -> d.location() != null && Path.of(d.location()).isAbsolute()));
        }
    }
}
