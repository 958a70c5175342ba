package org.councilpapers.index;

import static org.councilpapers.index.Papers.paper;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.councilpapers.core.Extraction;
import org.councilpapers.core.record.RecordType;
import org.junit.jupiter.api.Test;

/** Passages of body text in the index: kept apart from records, replaced with their paper, found by trace and timeline. */
class PaperIndexPassagesTest {
    private static Passage passage(String id, int page, int start, String text) {
        return new Passage(id, Passage.Kind.PARAGRAPH, page, Integer.toString(page), start, start + text.length(), "Missing children", text);
    }

    /** A 2019 report whose one finding (span 100..150) is about something else; its body text speaks of return home interviews. */
    private static Extraction report2019() {
        return paper("report-2019.txt", "Thurrock", 2019, 11).finding("Care leavers lack suitable accommodation.").build();
    }

    private static final Passage RHI_2019 = passage("passage-a", 4, 400, "Return home interviews do not take place routinely.");
    private static final Passage OTHER_2019 = passage("passage-b", 5, 500, "Social workers know their children well.");

    @Test
    void passageOnlyMatchIsLeftOutOfDefaultSearch() throws Exception {
        try (PaperIndex index = PaperIndex.inMemory()) {
            index.add(report2019(), List.of(RHI_2019, OTHER_2019));
            assertEquals(0, index.search(Query.text("routinely")).total());
            SearchResult both = index.search(Query.text("routinely").scope(Query.Scope.BOTH));
            assertEquals(1, both.total());
            Hit h = both.hits().get(0);
            assertTrue(h.isPassage());
            assertEquals("passage-a", h.id());
            assertEquals(4, h.page());
            assertEquals("report-2019.txt", h.source());
            assertEquals(2019, h.year());
            assertEquals("passage", h.kind());
            // Passages-only leaves the records out; the finding's own words find it in the default scope.
            assertEquals(2, index.search(Query.all().scope(Query.Scope.PASSAGES)).total());
            assertEquals(1, index.search(Query.text("accommodation")).total());
            assertEquals(0, index.search(Query.text("accommodation").scope(Query.Scope.PASSAGES)).total());
        }
    }

    @Test
    void reAddingAPaperReplacesItsPassages() throws Exception {
        try (PaperIndex index = PaperIndex.inMemory()) {
            Extraction x = report2019();
            index.add(x, List.of(RHI_2019, OTHER_2019));
            index.add(x, List.of(RHI_2019));
            index.add(x, List.of(RHI_2019));
            assertEquals(1, index.search(Query.all().scope(Query.Scope.PASSAGES)).total(), "no duplicates, the dropped one gone");
            assertEquals(1, index.document(x.document().id()).orElseThrow().passages());
            assertTrue(index.delete(x.document().id()));
            assertEquals(0, index.search(Query.all().scope(Query.Scope.BOTH)).total());
        }
    }

    @Test
    void statsCountPassagesAndFollowReplaceAndDelete() throws Exception {
        try (PaperIndex index = PaperIndex.inMemory()) {
            Extraction x = report2019();
            Extraction update = paper("update-2020.txt", "Thurrock", 2020, 7).build();
            index.add(x, List.of(RHI_2019, OTHER_2019));
            index.add(update, List.of(passage("passage-d", 2, 300, "Return home interviews are completed.")));
            IndexStats s = index.stats();
            assertEquals(2, s.documents());
            assertEquals(1, s.records(), "passages are not records");
            assertEquals(3, s.passages());

            index.add(x, List.of(RHI_2019));
            assertEquals(2, index.stats().passages(), "the replaced paper's dropped passage is gone");
            assertTrue(index.delete(update.document().id()));
            assertEquals(1, index.stats().passages());
            index.add(x);
            assertEquals(0, index.stats().passages(), "added without passages: none left");
        }
    }

    @Test
    void passageInsideARecordThatHoldsItsWordsIsNotKept() throws Exception {
        try (PaperIndex index = PaperIndex.inMemory()) {
            Extraction x = report2019();
            // Inside the finding's span (100..150): the finding already finds these words.
            Passage covered = passage("passage-c", 1, 100, "Care leavers lack suitable");
            index.add(x, List.of(covered, RHI_2019));
            List<Hit> hits = index.search(Query.all().scope(Query.Scope.PASSAGES)).hits();
            assertEquals(List.of("passage-a"), hits.stream().map(Hit::id).toList());
        }
    }

    @Test
    void traceRunsFromPlanRowThroughReportParagraphsToFinding() throws Exception {
        try (PaperIndex index = PaperIndex.inMemory()) {
            index.add(paper("plan-2017.txt", "Thurrock", 2017, 4).action("Monitor the take up of return home interviews weekly.", null, null)
                    .build());
            index.add(report2019(), List.of(RHI_2019, OTHER_2019));
            index.add(paper("update-2020.txt", "Thurrock", 2020, 7).build(),
                    List.of(passage("passage-d", 2, 300, "Return Home Interviews (RHIs) are completed for children who have been missing.")));
            index.add(paper("visit-2021.txt", "Thurrock", 2021, 8).finding("The take-up of return home interviews.").build());

            Trace t = index.trace("return home interviews");
            assertEquals(List.of("action", "passage", "passage", "finding"), t.steps().stream().map(Hit::kind).toList());
            assertEquals(List.of("plan-2017.txt", "report-2019.txt", "update-2020.txt", "visit-2021.txt"),
                    t.steps().stream().map(Hit::source).toList());
            assertEquals(4, t.steps().get(1).page());
            assertEquals(2, t.steps().get(2).page());

            Trace recordsOnly = index.trace("return home interviews", Query.all().limit(50).scope(Query.Scope.RECORDS));
            assertFalse(recordsOnly.steps().stream().anyMatch(Hit::isPassage));
            // A type filter narrows the records, not the passages.
            Trace findings = index.trace("return home interviews", Query.all().limit(50).type(RecordType.FINDING));
            assertEquals(List.of("passage", "passage", "finding"), findings.steps().stream().map(Hit::kind).toList());
        }
    }

    @Test
    void timelineCountsPassagesInTheirOwnColumn() throws Exception {
        try (PaperIndex index = PaperIndex.inMemory()) {
            index.add(paper("visit-2019.txt", "Thurrock", 2019, 8).finding("Return home interviews are late.").build(),
                    List.of(RHI_2019));
            Timeline all = index.timeline(Query.text("return home interviews"));
            assertEquals(1, all.years().size());
            Timeline.Counts c = all.years().get(0).counts();
            assertEquals(2019, all.years().get(0).year());
            assertEquals(1, c.total(), "total counts records");
            assertEquals(1, c.of(RecordType.FINDING));
            assertEquals(1, c.passages());
            assertEquals(0, index.timeline(Query.text("return home interviews").scope(Query.Scope.RECORDS)).years().get(0).counts().passages());
        }
    }

    @Test
    void nlpFlagIsKeptPerPaper() throws Exception {
        try (PaperIndex index = PaperIndex.inMemory()) {
            Extraction x = report2019();
            index.add(x);
            assertEquals(null, index.document(x.document().id()).orElseThrow().nlp());
            index.add(x, List.of(), "/papers/report-2019.txt", false);
            assertEquals(Boolean.FALSE, index.document(x.document().id()).orElseThrow().nlp());
            index.add(x, List.of(), "/papers/report-2019.txt", true);
            assertEquals(Boolean.TRUE, index.document(x.document().id()).orElseThrow().nlp());
        }
    }
}
