package org.councilpapers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.councilpapers.core.DocumentInfo;
import org.councilpapers.core.Extraction;
import org.councilpapers.core.json.PaperJson;
import org.councilpapers.core.record.Judgement;
import org.councilpapers.core.record.Mentions;
import org.councilpapers.core.record.RagStatus;
import org.councilpapers.extractors.read.UnreadablePaperException;
import org.councilpapers.testdata.RecordAssertions;
import org.councilpapers.testdata.TestPapers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CouncilPapersTest {
    private final CouncilPapers papers = CouncilPapers.builder().build();

    @TempDir
    Path dir;

    @Test
    void sameBytesGiveTheSameRecordsAndIds() throws Exception {
        Path ilacs = TestPapers.path("thurrock-2019-ofsted-ilacs-report.txt");
        Extraction first = papers.extract(ilacs);
        byte[] bytes = Files.readAllBytes(ilacs);
        Extraction second = papers.extract(new ByteArrayInputStream(bytes), "thurrock-2019-ofsted-ilacs-report.txt");
        assertEquals(PaperJson.toJson(first), PaperJson.toJson(second));
        assertEquals(DocumentInfo.idOf(bytes), first.document().id());
        RecordAssertions.assertWellFormed(first);
        assertEquals(4, first.records(Judgement.class).stream().filter(j -> j.year() != null && j.year() == 2019).count());
    }

    @Test
    void oneInstanceServesManyThreads() throws Exception {
        List<Path> samples = TestPapers.textPapers();
        String expected = PaperJson.toJson(papers.extract(samples.get(0)));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> results = new java.util.ArrayList<>();
            for (int i = 0; i < 8; i++) {
                results.add(pool.submit(() -> PaperJson.toJson(papers.extract(samples.get(0)))));
                results.add(pool.submit(() -> PaperJson.toJson(papers.extract(samples.get(samples.size() - 1)))));
            }
            for (int i = 0; i < results.size(); i += 2) {
                assertEquals(expected, results.get(i).get());
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void unreadablePapersSayWhichFileAndWhy() throws Exception {
        UnreadablePaperException missing = assertThrows(UnreadablePaperException.class, () -> papers.extract(dir.resolve("nope.pdf")));
        assertTrue(missing.getMessage().endsWith("nope.pdf: no such file"), missing.getMessage());

        Path empty = Files.createFile(dir.resolve("empty.txt"));
        assertEquals("is empty", assertThrows(UnreadablePaperException.class, () -> papers.extract(empty)).reason());

        Path binary = Files.write(dir.resolve("blob.xyz"), new byte[] {0, 1, 2, 3, (byte) 0xff, 0, 7});
        assertTrue(assertThrows(UnreadablePaperException.class, () -> papers.extract(binary)).reason().startsWith("unsupported format"));

        Path html = Files.writeString(dir.resolve("agenda.pdf"), "<!DOCTYPE html><html><body>Not found</body></html>");
        UnreadablePaperException e = assertThrows(UnreadablePaperException.class, () -> papers.extract(html));
        assertEquals("named .pdf but is an HTML page, not a PDF (a failed download?)", e.reason());
        assertEquals("agenda.pdf", e.source());

        assertTrue(assertThrows(UnreadablePaperException.class, () -> papers.extract(dir)).reason().contains("directory"));
    }

    @Test
    void anAgendaPackIsDatedByTheMeetingItCallsNotItsDespatchDate() throws Exception {
        Extraction x = papers.extract(TestPapers.path("real/kent/kent-cabinet-2025-01-30-agenda-frontsheet.pdf"));
        assertEquals("2025-01-30", String.valueOf(x.document().date()));
        assertEquals("Kent", x.document().council());
    }

    @Test
    void textWithoutAnExtensionIsStillRead() throws Exception {
        Path noExt = Files.write(dir.resolve("README"),
                "Children's services in Barset were judged to be inadequate in 2012.\n".getBytes(StandardCharsets.UTF_8));
        Extraction x = papers.extract(noExt);
        assertEquals("text/plain", x.document().mediaType());
        assertFalse(x.records(Judgement.class).isEmpty());
    }

    @Test
    void aDocumentsOwnRagKeyReachesTheEnvelope() throws Exception {
        Extraction x = papers.extract(TestPapers.path("variants/plan-quarterly-fills-key.txt"));
        assertEquals("Action completed and signed off by the board", x.ragScale().get(RagStatus.COMPLETED));
        assertEquals("Off track, needs escalation to the board", x.ragScale().get(RagStatus.RED));
        assertEquals(4, x.ragScale().size());
    }

    @Test
    void aDocumentWithoutAKeyHasAnEmptyScale() throws Exception {
        String text = "Minutes of the meeting\n\nThe committee noted the report.\n";
        Extraction x = papers.extract(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "minutes.txt");
        assertTrue(x.ragScale().isEmpty());
    }

    // Pages of pack-public-notes-with-lookalikes.txt: 2 is "Access to Information and Meetings" (with a Recommendations
    // list, an Ofsted sentence and a Wi-Fi note), 4 is left blank, 6 is the declaring-interests flowchart (with a
    // Recommendations list, a RESOLVED line and an Ofsted sentence); 3 is the report, 5 the work programme.
    private static final java.util.Set<Integer> NOTES_AND_BLANKS = java.util.Set.of(2, 4, 6);

    @Test
    void noRecordComesFromTheNotesForThePublicOrABlankPage() throws Exception {
        Extraction x = papers.extract(TestPapers.path("variants/pack-public-notes-with-lookalikes.txt"));
        assertEquals(org.councilpapers.core.DocumentKind.AGENDA_PACK, x.document().kind());
        assertTrue(x.records().stream().noneMatch(r -> NOTES_AND_BLANKS.contains(r.provenance().page())),
                () -> "records from notes or blank pages: " + x.records());
        // The same shapes in the report are read, so the notes' lookalikes were dropped, not missed.
        List<org.councilpapers.core.record.Recommendation> recs = x.records(org.councilpapers.core.record.Recommendation.class);
        assertEquals(List.of("1.1", "1.2"), recs.stream().map(org.councilpapers.core.record.Recommendation::number).toList());
        assertEquals(List.of(2019), x.records(Judgement.class).stream().map(Judgement::year).toList());
        RecordAssertions.assertWellFormed(x);
    }

    @Test
    void recordsOfAnyExtractorInTheNotesForThePublicAreDropped() throws Exception {
        // An extractor that finds something in every block: only the pipeline stands between it and the notes.
        org.councilpapers.extractors.record.RecordExtractor everywhere = (doc, ctx) -> doc.body().stream()
                .<org.councilpapers.core.record.PaperRecord>map(b -> {
                    org.councilpapers.core.Provenance p = ctx.provenance(b.page(), b.start(), b.end(), b);
                    return new org.councilpapers.core.record.Finding(ctx.id(org.councilpapers.core.record.RecordType.FINDING, p),
                            org.councilpapers.core.record.FindingKind.OBSERVATION, b.text(), null, null, null, p, Mentions.NONE);
                }).toList();
        Extraction x = CouncilPapers.builder().extractors(List.of(everywhere)).build()
                .extract(TestPapers.path("variants/pack-public-notes-with-lookalikes.txt"));
        java.util.Set<Integer> pages = x.records().stream().map(r -> r.provenance().page()).collect(java.util.stream.Collectors.toSet());
        assertEquals(java.util.Set.of(1, 3, 5), pages);
    }

    /** A pack written for this test: front sheet, notes for the public (page 2), a report (page 3), a blank page (4). */
    static final String PACK_WITH_NOTES = String.join("\n",
            "Mercia District Council", "", "Adult Social Care Scrutiny Panel", "", "Date: Wednesday, 9 November 2022", "",
            "Time: 7.00 pm", "", "Venue: Council Chamber, Civic Centre, Tamworth Road", "",
            "Membership: Councillors Ann Lime (Chair), Bob Fir and Col Pine", "", "AGENDA", "", "| Item | | Pages |", "|---|---|---|",
            "| 1 | Apologies for Absence | |", "| 2 | Day Services Review | 3 - 3 |", "", "Published: 1 November 2022", "", "Page 1",
            "Information for Members of the Public", "", "Members of the public may film the meeting from the public gallery.", "",
            "Wi-Fi is available in the building: ask at reception for the code.", "", "Page 2",
            "9 November 2022", "", "ITEM: 2", "", "Day Services Review", "", "Report of: Kay Birch, Head of Day Services", "",
            "The review found that day centres are full on most weekdays and carers wait months for a place.", "",
            "Report Author:", "", "Kay Birch", "", "Page 3", "This page is intentionally left blank", "", "Page 4", "");

    @Test
    void layoutSinkIsToldWhichTextCarriesNoRecords() throws Exception {
        java.util.concurrent.atomic.AtomicReference<org.councilpapers.core.layout.LayoutDocument> layout =
                new java.util.concurrent.atomic.AtomicReference<>();
        java.util.concurrent.atomic.AtomicReference<org.councilpapers.core.layout.TextRanges> skip = new java.util.concurrent.atomic.AtomicReference<>();
        Extraction x = papers.extract(new ByteArrayInputStream(PACK_WITH_NOTES.getBytes(StandardCharsets.UTF_8)), "mercia-pack.txt", (l, s) -> {
            layout.set(l);
            skip.set(s);
        });
        assertEquals(org.councilpapers.core.DocumentKind.AGENDA_PACK, x.document().kind());
        String text = layout.get().text();
        assertTrue(skip.get().contains(text.indexOf("Members of the public may film")), skip.get().toString());
        assertTrue(skip.get().contains(text.indexOf("Wi-Fi is available")));
        assertTrue(skip.get().contains(text.indexOf("This page is intentionally left blank")));
        assertFalse(skip.get().contains(text.indexOf("The review found that day centres")));
        assertFalse(skip.get().contains(text.indexOf("Adult Social Care Scrutiny Panel")), "the front sheet carries the meeting");
    }

    @Test
    void aStreamIsHeldInMemoryUpToItsBoundThenSpooledAndNeverPastMaxBytes() throws Exception {
        byte[] small = "Minutes of the meeting of the Audit Committee held on 4 March 2022\n\nRESOLVED: That the report be noted.\n"
                .getBytes(StandardCharsets.UTF_8);
        Path file = dir.resolve("minutes.txt");
        Files.write(file, small);
        assertEquals(PaperJson.toJson(papers.extract(file)), PaperJson.toJson(papers.extract(new ByteArrayInputStream(small), "minutes.txt")));
        // Past the in-memory bound the stream goes to a file and reads the same: a text paper one byte longer than the bound.
        byte[] big = new byte[CouncilPapers.IN_MEMORY + 1];
        java.util.Arrays.fill(big, (byte) ' ');
        System.arraycopy(small, 0, big, 0, small.length);
        Files.write(file, big);
        assertEquals(PaperJson.toJson(papers.extract(file)).replace(file.getFileName().toString(), "x"),
                PaperJson.toJson(papers.extract(new ByteArrayInputStream(big), "minutes.txt")).replace("minutes.txt", "x"));
        // A limit under the bound still refuses a stream one byte over it, before the rest is read.
        CouncilPapers strict = CouncilPapers.builder().limits(org.councilpapers.extractors.read.PaperLimits.defaults()
                .withMaxBytes(small.length - 1)).build();
        var e = org.junit.jupiter.api.Assertions.assertThrows(org.councilpapers.extractors.read.PaperOverBudgetException.class,
                () -> strict.extract(new ByteArrayInputStream(small), "minutes.txt"));
        assertTrue(e.getMessage().contains("maxBytes"), e.getMessage());
    }
}
