package org.councilpapers.index;

import static org.councilpapers.index.Papers.paper;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.councilpapers.core.PartialDate;
import org.councilpapers.core.record.Action;
import org.councilpapers.core.record.Finding;
import org.councilpapers.core.record.FindingKind;
import org.councilpapers.core.record.Grade;
import org.councilpapers.core.record.Judgement;
import org.councilpapers.core.record.RagStatus;
import org.councilpapers.core.record.RecordType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PaperIndexTest {
    private PaperIndex index;

    @BeforeEach
    void open() throws IOException {
        index = newIndex();
    }

    /** The index each test starts with, empty; the solr module runs these tests again on a SolrCloud collection. */
    PaperIndex newIndex() throws IOException {
        return PaperIndex.inMemory();
    }

    @AfterEach
    void close() throws IOException {
        index.close();
    }

    // --- add, replace, delete

    @Test
    void addedRecordIsFoundWithItsPaperAndPage() throws IOException {
        index.add(paper("ilacs-2019.txt", "Thurrock", 2019, 11)
                .judgement("Overall effectiveness", Grade.GOOD, 2019, "Thurrock")
                .finding("Children who go missing do not always receive a return home interview")
                .build());

        SearchResult r = index.search(Query.text("missing"));

        assertEquals(1, r.total());
        assertTrue(r.totalExact());
        Hit hit = r.hits().get(0);
        Finding f = (Finding) hit.record();
        assertEquals("finding-ilacs-2019.txt-2", f.id());
        assertEquals("ilacs-2019.txt", hit.source());
        assertEquals(2, hit.page(), "the finding is the paper's second record, on page 2");
        assertEquals("2", hit.printedPage());
        assertEquals("Thurrock", hit.document().council());
        assertTrue(hit.score() > 0);
    }

    @Test
    void addingAPaperAgainReplacesAllItsRecords() throws IOException {
        Papers.Paper first = paper("plan.txt", "Thurrock", 2017, 4)
                .action("Audit return home interviews", RagStatus.RED, null)
                .action("Recruit foster carers", RagStatus.AMBER, null)
                .action("Train social workers", RagStatus.GREEN, null);
        index.add(first.build());
        Papers.Paper again = paper("plan.txt", "Thurrock", 2017, 4).action("Only one action is left", RagStatus.GREEN, null);
        assertEquals(first.id(), again.id(), "same bytes, same document");

        index.add(again.build());

        assertEquals(List.of("Only one action is left"), texts(index.search(Query.all())));
        assertEquals(1, index.document(first.id()).orElseThrow().records());
        assertTrue(index.record("action-plan.txt-2").isEmpty(), "the old second record is gone");
    }

    @Test
    void deleteRemovesThePaperAndAllItsRecords() throws IOException {
        Papers.Paper plan = paper("plan.txt", "Thurrock", 2017, 4).action("Audit return home interviews", RagStatus.RED, null);
        Papers.Paper other = paper("other.txt", "Thurrock", 2018, 1).finding("Return home interviews are late");
        index.add(plan.build());
        index.add(other.build());

        assertTrue(index.delete(plan.id()));

        assertFalse(index.contains(plan.id()));
        assertTrue(index.contains(other.id()));
        assertEquals(List.of("Return home interviews are late"), texts(index.search(Query.text("return home interviews"))));
        assertFalse(index.delete(plan.id()), "already gone");
    }

    @Test
    void containsKnowsAPaperWithoutRecords() throws IOException {
        Papers.Paper empty = paper("cover-letter.txt", "Thurrock", 2019, 1).warning("no records found");

        assertFalse(index.contains(empty.id()));
        index.add(empty.build());

        assertTrue(index.contains(empty.id()));
        IndexedDocument d = index.document(empty.id()).orElseThrow();
        assertEquals(0, d.records());
        assertEquals(1, d.warnings());
        assertEquals(0, index.search(Query.all()).total(), "the paper's own entry is never a hit");
    }

    @Test
    void addingFromALocationReplacesTheOtherVersionReadFromThere() throws IOException {
        Papers.Paper v1 = paper("plan.txt", "Thurrock", 2017, 4).version("v1").action("First wording", null, null);
        Papers.Paper v2 = paper("plan.txt", "Thurrock", 2017, 4).version("v2").action("Second wording", null, null);
        Papers.Paper copy = paper("plan-copy.txt", "Thurrock", 2017, 4).action("A copy elsewhere", null, null);
        index.add(v1.build(), "/papers/plan.txt");
        index.add(copy.build(), "/backup/plan-copy.txt");

        index.add(v2.build(), "/papers/plan.txt");

        assertFalse(index.contains(v1.id()));
        assertEquals("/papers/plan.txt", index.document(v2.id()).orElseThrow().location());
        assertEquals(Set.of("Second wording", "A copy elsewhere"), Set.copyOf(texts(index.search(Query.all()))));
    }

    // --- filters

    @Test
    void filtersNarrowByTypeGradeAuthorityAndCouncil() throws IOException {
        index.add(paper("thurrock-2019.txt", "Thurrock", 2019, 11)
                .judgement("Overall effectiveness", Grade.GOOD, 2019, "Thurrock Council")
                .judgement("Help and protection", Grade.REQUIRES_IMPROVEMENT, 2019, "Thurrock Council")
                .finding("Help and protection for children at risk is not consistent")
                .build());
        index.add(paper("essex-2019.txt", "Essex County Council", 2019, 6)
                .judgement("Overall effectiveness", Grade.OUTSTANDING, 2019, "Essex")
                .build());

        assertEquals(2, index.search(Query.all().type(RecordType.JUDGEMENT).authority("thurrock")).total(),
                "'thurrock' matches 'Thurrock Council'");
        assertEquals(List.of("Help and protection"), areas(index.search(Query.all().grade(Grade.REQUIRES_IMPROVEMENT))));
        assertEquals(List.of("Overall effectiveness"), areas(index.search(Query.all().council("ESSEX").type(RecordType.JUDGEMENT))));
        assertEquals(2, index.search(Query.text("protection")).total(), "a judgement's area is text too");
        assertEquals(1, index.search(Query.text("protection").type(RecordType.FINDING)).total());
        assertEquals(2, index.search(Query.all().grade(Grade.GOOD, Grade.OUTSTANDING)).total(), "values of one filter are alternatives");
        assertEquals(0, index.search(Query.all().grade(Grade.GOOD).council("Essex")).total(), "filters all hold");
    }

    @Test
    void filtersOnStatusKindCommitteeFrameworkAndDocument() throws IOException {
        Papers.Paper plan = paper("plan.txt", "Thurrock", 2017, 4)
                .action("Audit plans", RagStatus.RED, null)
                .action("Recruit carers", RagStatus.GREEN, null);
        index.add(plan.build());
        index.add(paper("report.txt", "Thurrock", 2019, 11)
                .finding("Plans are weak")
                .strength("Leaders know their services well")
                .judgement("Overall effectiveness", Grade.GOOD, 2019, "Thurrock", "SIF")
                .meeting("Children's Services Overview & Scrutiny Committee", PartialDate.of(2019, 12, 3))
                .build());

        assertEquals(List.of("Audit plans"), texts(index.search(Query.all().status(RagStatus.RED))));
        assertEquals(List.of("Leaders know their services well"), texts(index.search(Query.all().kind(FindingKind.STRENGTH))));
        assertEquals(1, index.search(Query.all().committee("children's services overview and scrutiny committee")).total(),
                "committee names match without case, apostrophes or '&'");
        assertEquals(1, index.search(Query.all().framework("sif")).total());
        assertEquals(2, index.search(Query.all().document(plan.id())).total());
    }

    @Test
    void fieldsCanBeNamedInQueryText() throws IOException {
        index.add(paper("report.txt", "Thurrock", 2019, 11)
                .judgement("Overall effectiveness", Grade.REQUIRES_IMPROVEMENT, 2019, "Thurrock")
                .judgement("Leadership", Grade.GOOD, 2019, "Thurrock")
                .finding("Plans are weak")
                .build());

        assertEquals(List.of("Overall effectiveness"), areas(index.search(Query.text("grade:\"requires improvement\""))));
        assertEquals(2, index.search(Query.text("type:judgement AND council:thurrock")).total());
        assertEquals(1, index.search(Query.text("type:finding OR grade:good").type(RecordType.FINDING)).total());
        assertEquals(3, index.search(Query.text("year:[2018 TO 2020]")).total());
        assertEquals(0, index.search(Query.text("year:2018")).total());
    }

    // --- years and dates

    @Test
    void yearIsTheJudgementsOwnThenTheRecordsDateThenThePapers() throws IOException {
        index.add(paper("report-2020.txt", "Thurrock", 2020, 1)
                .judgement("Overall effectiveness", Grade.REQUIRES_IMPROVEMENT, 2016, "Thurrock")
                .finding("Return home interviews are late", null, PartialDate.ofMonth(2019, 11))
                .action("Audit return home interviews", RagStatus.AMBER, PartialDate.ofMonth(2021, 3))
                .recommendation("Note the return home interview figures")
                .build());
        index.add(paper("undated.txt", null, null).recommendation("An undated recommendation").build());

        SearchResult r = index.search(Query.all().orderBy(Query.Order.DOCUMENT).limit(10));

        assertEquals(List.of(2016, 2019, 2021, 2020), r.hits().stream().filter(h -> h.source().equals("report-2020.txt"))
                .map(Hit::year).toList());
        Hit undated = r.hits().stream().filter(h -> h.source().equals("undated.txt")).findFirst().orElseThrow();
        assertNull(undated.year());
        assertNull(undated.date());
        assertEquals(PartialDate.ofMonth(2019, 11), r.hits().stream().filter(h -> h.record() instanceof Finding).findFirst()
                .orElseThrow().date());
        assertEquals(Set.of("Overall effectiveness", "Return home interviews are late"),
                Set.copyOf(texts(index.search(Query.all().years(2015, 2019)))), "undated records fail a year filter");
        assertEquals(List.of("Audit return home interviews"), texts(index.search(Query.all().years(2021, null))));
    }

    @Test
    void aDateGivenOnlyAsAMonthMatchesARangeThatOverlapsIt() throws IOException {
        index.add(paper("report.txt", "Thurrock", 2019, 1)
                .finding("November finding", null, PartialDate.ofMonth(2019, 11))
                .finding("Exact day finding", null, PartialDate.of(2019, 12, 3))
                .finding("Year only finding", null, PartialDate.ofYear(2018))
                .build());

        assertEquals(List.of("November finding"), texts(index.search(Query.all().dates(LocalDate.of(2019, 11, 20), LocalDate.of(2019, 11, 25)))));
        assertEquals(List.of("Exact day finding"), texts(index.search(Query.all().dates(LocalDate.of(2019, 12, 1), null))));
        assertEquals(List.of("Year only finding"), texts(index.search(Query.all().dates(null, LocalDate.of(2018, 1, 1)))));
    }

    // --- order, paging, facets

    @Test
    void pagesInDateOrderAreConsecutiveAndUndatedComeLast() throws IOException {
        Papers.Paper p = paper("plan.txt", null, null);
        for (int i = 0; i < 25; i++) {
            // Years out of order, so reading order and date order differ.
            p.action("Action number " + i, null, PartialDate.ofYear(2000 + (i * 7) % 25));
        }
        p.action("Undated action", null, null);
        index.add(p.build());

        List<Integer> years = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        for (int offset = 0; offset < 30; offset += 10) {
            SearchResult page = index.search(Query.text("action").orderBy(Query.Order.DATE).offset(offset).limit(10));
            assertEquals(26, page.total());
            page.hits().forEach(h -> {
                years.add(h.year());
                seen.add(h.record().id());
            });
        }
        assertEquals(26, seen.size());
        assertEquals(26, Set.copyOf(seen).size(), "no record on two pages");
        List<Integer> dated = years.subList(0, 25);
        assertEquals(dated.stream().sorted().toList(), dated, "oldest first");
        assertNull(years.get(25), "undated last");
        assertTrue(index.search(Query.text("action").orderBy(Query.Order.DATE)).hits().get(0).score() > 0,
                "hits sorted by date still carry their score");

        SearchResult newest = index.search(Query.all().orderBy(Query.Order.DATE_DESCENDING).limit(26));
        assertEquals(2024, newest.hits().get(0).year());
        assertNull(newest.hits().get(25).year(), "undated last in both directions");
    }

    @Test
    void facetsCountEveryMatchNotJustThePage() throws IOException {
        index.add(paper("a.txt", "Thurrock", 2019, 11)
                .judgement("Overall effectiveness", Grade.GOOD, 2019, "Thurrock")
                .judgement("Leadership", Grade.GOOD, 2019, "Thurrock")
                .judgement("Help and protection", Grade.INADEQUATE, 2019, "Thurrock")
                .finding("Help is slow")
                .build());
        index.add(paper("b.txt", "Essex", 2016, 3)
                .judgement("Overall effectiveness", Grade.GOOD, 2016, "Essex")
                .action("Speed up help", RagStatus.AMBER, null)
                .build());

        SearchResult r = index.search(Query.all().limit(1).withFacets(true));

        assertEquals(6, r.total());
        assertEquals(1, r.hits().size());
        assertEquals(List.of(new FacetCount("judgement", 4), new FacetCount("action", 1), new FacetCount("finding", 1)), r.facet(Facet.TYPE));
        assertEquals(List.of(new FacetCount("2016", 2), new FacetCount("2019", 4)), r.facet(Facet.YEAR), "years in year order");
        assertEquals(List.of(new FacetCount("GOOD", 3), new FacetCount("INADEQUATE", 1)), r.facet(Facet.GRADE));
        assertEquals(List.of(new FacetCount("AMBER", 1)), r.facet(Facet.STATUS));
        assertEquals(List.of(new FacetCount("Thurrock", 3), new FacetCount("Essex", 1)), r.facet(Facet.AUTHORITY));
        assertEquals(List.of(new FacetCount("Thurrock", 4), new FacetCount("Essex", 2)), r.facet(Facet.COUNCIL));
        assertTrue(index.search(Query.all()).facets().isEmpty(), "only when asked for");
    }

    // --- text: highlighting and bad queries

    @Test
    void snippetMarksTheMatchedWordsInTheirStemmedForms() throws IOException {
        index.add(paper("a.txt", "Thurrock", 2019, 11)
                .finding("Children who go missing are not always offered a return home interview, and interviews are late.")
                .build());

        Snippet s = index.search(Query.text("interviews")).hits().get(0).snippet();

        assertEquals(List.of("interview", "interviews"), s.matches());
        assertTrue(s.marked("[", "]").contains("return home [interview], and [interviews] are late"), s.marked("[", "]"));
    }

    @Test
    void snippetOfALongTextIsCutAroundTheMatch() throws IOException {
        String filler = "The service has a stable workforce and managers know their teams. ".repeat(10);
        index.add(paper("a.txt", "Thurrock", 2019, 11).finding(filler + "Return home interviews are not recorded. " + filler).build());

        Snippet s = index.search(Query.text("\"return home\"")).hits().get(0).snippet();

        assertTrue(s.text().length() < 400, s.text());
        assertTrue(s.marked("[", "]").contains("[Return home]") || s.marked("[", "]").contains("[Return] [home]"), s.marked("[", "]"));
    }

    @Test
    void snippetOfOneLongSentenceIsAWindowAroundTheMatch() throws IOException {
        String before = "the service has a stable workforce and managers know their teams and ".repeat(6);
        String after = " and leaders track the actions closely with partners across the whole area".repeat(6);
        index.add(paper("a.txt", "Thurrock", 2019, 11).finding(before + "return home interviews are not recorded" + after).build());

        Snippet s = index.search(Query.text("interviews")).hits().get(0).snippet();

        assertTrue(s.text().length() <= 190, s.text().length() + ": " + s.text());
        assertTrue(s.text().startsWith("… ") && s.text().endsWith(" …"), s.text());
        assertTrue(s.marked("[", "]").contains("return home [interviews] are not recorded"), s.marked("[", "]"));
        assertFalse(s.text().contains("  "), "cut at spaces, not inside words");
    }

    @Test
    void badQueryGivesPositionAndReason() throws IOException {
        BadQueryException dangling = assertThrows(BadQueryException.class, () -> index.search(Query.text("return AND")));
        assertEquals(10, dangling.position(), "at the end, where the other half is missing");
        assertTrue(dangling.getMessage().startsWith("bad query 'return AND' at character 11: "), dangling.getMessage());

        BadQueryException bracket = assertThrows(BadQueryException.class, () -> index.search(Query.text("home ) interviews")));
        assertEquals(5, bracket.position());
        assertEquals("unexpected ')'", bracket.reason());

        BadQueryException quote = assertThrows(BadQueryException.class, () -> index.search(Query.text("\"return home")));
        assertEquals("a quote is not closed", quote.reason());

        BadQueryException field = assertThrows(BadQueryException.class, () -> index.search(Query.text("missing colour:red")));
        assertEquals(8, field.position());
        assertTrue(field.reason().startsWith("unknown field 'colour'"), field.reason());

        BadQueryException year = assertThrows(BadQueryException.class, () -> index.search(Query.text("year:last")));
        assertTrue(year.reason().contains("year must be a number"), year.reason());

        // Lucene compiles a /regexp/ while parsing and says what is wrong by IllegalArgumentException: still a bad query.
        BadQueryException regex = assertThrows(BadQueryException.class, () -> index.search(Query.text("/[a-z/")));
        assertTrue(regex.reason().startsWith("a /regular expression/ that does not parse"), regex.reason());
        assertThrows(BadQueryException.class, () -> index.timeline(Query.text("/[a-z/")));
        assertThrows(BadQueryException.class, () -> index.trace("/[a-z/", Query.all()));
    }

    // --- timeline and trace

    @Test
    void timelineCountsTypesPerYearAndGradesPerYearAndArea() throws IOException {
        index.add(paper("2016.txt", "Thurrock", 2016, 5)
                .judgement("Overall effectiveness", Grade.REQUIRES_IMPROVEMENT, 2016, "Thurrock")
                .finding("Help for care leavers is weak")
                .recommendation("Improve help for care leavers")
                .build());
        index.add(paper("2019.txt", "Thurrock", 2019, 11)
                .judgement("Overall effectiveness", Grade.GOOD, 2019, "Thurrock")
                .judgement("Care leavers", Grade.GOOD, 2019, "Thurrock")
                .build());
        index.add(paper("undated.txt", "Thurrock", null).recommendation("Keep care leavers in touch").build());

        Timeline t = index.timeline(Query.all().council("Thurrock"));

        assertEquals(List.of(2016, 2019), t.years().stream().map(Timeline.Year::year).toList());
        Timeline.Counts y2016 = t.years().get(0).counts();
        assertEquals(3, y2016.total());
        assertEquals(1, y2016.of(RecordType.JUDGEMENT));
        assertEquals(1, y2016.of(RecordType.FINDING));
        assertEquals(1, y2016.of(RecordType.RECOMMENDATION));
        assertEquals(2, t.years().get(1).counts().of(RecordType.JUDGEMENT));
        assertEquals(1, t.undated().of(RecordType.RECOMMENDATION));
        assertEquals(List.of("2016 Overall effectiveness {REQUIRES_IMPROVEMENT=1}", "2019 Care leavers {GOOD=1}",
                "2019 Overall effectiveness {GOOD=1}"),
                t.grades().stream().map(g -> g.year() + " " + g.area() + " " + g.grades()).toList());

        Timeline leavers = index.timeline(Query.text("leavers"));
        assertEquals(4, leavers.years().stream().mapToLong(y -> y.counts().total()).sum() + leavers.undated().total());
    }

    /** The example: one subject from a 2016 recommendation to a 2021 focused-visit finding, with distractors. */
    private void indexReturnHomeStory() throws IOException {
        index.add(paper("committee-2016.txt", "Thurrock", 2016, 3)
                .recommendation("That the committee notes the low take-up of return home interviews for children who go missing")
                .recommendation("That the committee approves the fostering budget")
                .build());
        index.add(paper("plan-2017.txt", "Thurrock", 2017, 4)
                .action("Commission a new return home interview service for missing children", RagStatus.AMBER, PartialDate.ofMonth(2017, 9))
                .action("Recruit more foster carers", RagStatus.GREEN, PartialDate.ofMonth(2017, 12))
                .build());
        index.add(paper("ilacs-2019.txt", "Thurrock", 2019, 11)
                .finding("Children who go missing are not always offered a return home interview", "Thurrock", PartialDate.ofMonth(2019, 11))
                .judgement("Overall effectiveness", Grade.GOOD, 2019, "Thurrock")
                .build());
        index.add(paper("minutes-2020.txt", "Thurrock", 2020, 7)
                .resolution("The committee noted the improved take-up of return home interviews", PartialDate.of(2020, 7, 7))
                .build());
        index.add(paper("focused-visit-2021.txt", "Thurrock", 2021, 6)
                .finding("Return home interviews are now offered to all children who go missing", "Thurrock", PartialDate.ofMonth(2021, 6))
                .build());
        index.add(paper("essex-2018.txt", "Essex", 2018, 2)
                .finding("Return home interviews for missing children are timely", "Essex", PartialDate.ofMonth(2018, 2))
                .build());
    }

    @Test
    void traceFromQueryTextFollowsTheSubjectInDateOrder() throws IOException {
        indexReturnHomeStory();

        Trace t = index.trace("return home interviews", Query.all().council("Thurrock").limit(50));

        assertEquals(List.of("return", "home", "interview"), t.terms());
        assertEquals(2, t.minimumMatch());
        assertEquals(List.of("committee-2016.txt", "plan-2017.txt", "ilacs-2019.txt", "minutes-2020.txt", "focused-visit-2021.txt"),
                t.steps().stream().map(Hit::source).toList());
        assertEquals(List.of(RecordType.RECOMMENDATION, RecordType.ACTION, RecordType.FINDING, RecordType.RESOLUTION, RecordType.FINDING),
                t.steps().stream().map(h -> h.record().type()).toList());
        assertNull(t.seedRecord());
    }

    @Test
    void traceFromARecordStaysWithItsCouncilAndIncludesIt() throws IOException {
        indexReturnHomeStory();
        String seed = "finding-ilacs-2019.txt-1";

        Trace t = index.trace(seed);

        assertEquals(seed, t.seedRecord().record().id());
        assertTrue(t.terms().containsAll(List.of("return", "home", "interview", "miss")), t.terms().toString());
        List<String> sources = t.steps().stream().map(Hit::source).toList();
        assertTrue(sources.contains("ilacs-2019.txt"));
        assertFalse(sources.contains("essex-2018.txt"), "another council's paper");
        assertFalse(t.steps().stream().anyMatch(h -> h.record() instanceof Action a && a.text().contains("foster")), "unrelated plan row");
        List<PartialDate> dates = t.steps().stream().map(Hit::date).toList();
        assertEquals(dates.stream().sorted().toList(), dates, "oldest first");
        assertEquals("committee-2016.txt", sources.get(0));
        assertEquals("focused-visit-2021.txt", sources.get(sources.size() - 1));
    }

    /**
     * The 2019 report indexed a second time, as the PDF the text was taken from (whose reader kept the
     * finding's printed number): one step, with its copy beside it.
     */
    @Test
    void traceShowsARecordFoundInTwoFormsOfOnePaperOnce() throws IOException {
        indexReturnHomeStory();
        index.add(paper("ilacs-2019.pdf", "Thurrock", 2019, 11)
                .finding("3. Children who go missing are not always offered a return  home interview.", "Thurrock", PartialDate.ofMonth(2019, 11))
                .judgement("Overall effectiveness", Grade.GOOD, 2019, "Thurrock")
                .build());

        Trace t = index.trace("return home interviews", Query.all().council("Thurrock").limit(50));

        assertEquals(5, t.steps().size(), "the PDF's finding is the text's, so no sixth step: " + t.steps());
        Hit report = t.steps().get(2);
        assertEquals(2019, report.date().year());
        List<Hit> copies = t.copiesOf(report);
        assertEquals(1, copies.size(), copies.toString());
        assertEquals(Set.of("ilacs-2019.txt", "ilacs-2019.pdf"), Set.of(report.source(), copies.get(0).source()));
        assertEquals(List.of(), t.copiesOf(t.steps().get(0)), "the 2016 recommendation has no copy");

        // The limit counts steps, not copies: three steps, none a copy of another.
        Trace three = index.trace("return home interviews", Query.all().council("Thurrock").limit(3));
        assertEquals(3, three.steps().size());
        assertEquals(3, three.steps().stream().map(h -> h.record().type() + h.date().toString()).distinct().count());

        // From the copy's own id, the copy is the step that starts the trace, and the text's record is its copy.
        String pdfFinding = index.search(Query.text("missing").type(RecordType.FINDING).limit(20)).hits().stream()
                .filter(h -> h.source().equals("ilacs-2019.pdf")).findFirst().orElseThrow().id();
        Trace fromPdf = index.trace(pdfFinding);
        Hit start = fromPdf.steps().stream().filter(h -> h.id().equals(pdfFinding)).findFirst().orElseThrow();
        assertEquals(List.of("ilacs-2019.txt"), fromPdf.copiesOf(start).stream().map(Hit::source).toList());
    }

    @Test
    void traceWithoutMatchingWordsIsEmpty() throws IOException {
        indexReturnHomeStory();

        Trace t = index.trace("the of and");

        assertEquals(List.of(), t.terms(), "stop words only");
        assertEquals(List.of(), t.steps());
    }

    // --- stats

    @Test
    void statsCountPapersRecordsWarningsAndYears() throws IOException {
        index.add(paper("a.txt", "Thurrock", 2016, 5).finding("One").finding("Two").warning("odd table").warning("odd date").build());
        index.add(paper("b.txt", "Thurrock", 2021, 1).judgement("Overall effectiveness", Grade.GOOD, 2021, "Thurrock").build());
        index.add(paper("c.txt", "Thurrock", 2018, 1).build());

        IndexStats s = index.stats();

        assertEquals(3, s.documents());
        assertEquals(3, s.records());
        assertEquals(0, s.passages(), "added without passages");
        assertEquals(2, s.warnings());
        assertEquals(2L, s.byType().get(RecordType.FINDING));
        assertEquals(1L, s.byType().get(RecordType.JUDGEMENT));
        assertEquals(2016, s.firstYear());
        assertEquals(2021, s.lastYear());
        assertEquals(List.of("a.txt", "b.txt", "c.txt"), index.documents().stream().map(d -> d.document().source()).toList());
    }

    // --- folders, readers and writers

    @Test
    void readOnlyIndexSeesWhatTheWriterCommits(@TempDir Path tmp) throws IOException {
        Path dir = tmp.resolve("index");
        try (PaperIndex writer = PaperIndex.open(dir); PaperIndex reader = PaperIndex.openReadOnly(dir)) {
            assertEquals(0, reader.search(Query.all()).total(), "a new index is committed empty, so readers can open it");

            writer.add(paper("a.txt", "Thurrock", 2019, 11).finding("Return home interviews are late").build());

            assertEquals(1, reader.search(Query.text("interviews")).total());
            assertEquals(1, writer.search(Query.text("interviews")).total(), "the writer's own searches see it too");
        }
        assertTrue(PaperIndex.exists(dir));
    }

    @Test
    void aSecondWriterIsRefusedButReadersAreNot(@TempDir Path tmp) throws IOException {
        Path dir = tmp.resolve("index");
        try (PaperIndex writer = PaperIndex.open(dir)) {
            writer.add(paper("a.txt", "Thurrock", 2019, 11).finding("Late").build());

            IndexInUseException e = assertThrows(IndexInUseException.class, () -> PaperIndex.open(dir));
            assertEquals(dir + " is being written by another process", e.getMessage());
            try (PaperIndex reader = PaperIndex.openReadOnly(dir)) {
                assertEquals(1, reader.stats().documents());
            }
        }
    }

    @Test
    void aFolderWithoutAnIndexIsNotOpenedForReading(@TempDir Path tmp) throws IOException {
        assertFalse(PaperIndex.exists(tmp));
        assertFalse(PaperIndex.exists(tmp.resolve("missing")));
        assertThrows(FileNotFoundException.class, () -> PaperIndex.openReadOnly(tmp));
    }

    @Test
    void concurrentSearchesSeeWholePapersOnly() throws Exception {
        int papers = 40;
        int perPaper = 7;
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            AtomicBoolean writing = new AtomicBoolean(true);
            Future<List<Long>> seen = pool.submit(() -> {
                List<Long> totals = new ArrayList<>();
                while (writing.get()) {
                    totals.add(index.search(Query.text("interviews").limit(0).withFacets(true)).total());
                }
                return totals;
            });
            for (int i = 0; i < papers; i++) {
                Papers.Paper p = paper("paper-" + i + ".txt", "Thurrock", 2019, 11);
                for (int j = 0; j < perPaper; j++) {
                    p.finding("Return home interviews, point " + j);
                }
                index.add(p.build());
            }
            writing.set(false);
            List<Long> totals = seen.get(30, TimeUnit.SECONDS);
            assertFalse(totals.isEmpty());
            for (long t : totals) {
                assertEquals(0, t % perPaper, "a search saw part of a paper: " + t);
            }
            assertEquals(totals.stream().sorted().toList(), totals, "never goes backwards");
            assertEquals((long) papers * perPaper, index.search(Query.text("interviews").withFacets(true)).total());
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<String> texts(SearchResult r) {
        return r.hits().stream().map(h -> {
            if (h.record() instanceof Finding f) {
                return f.text();
            }
            if (h.record() instanceof Action a) {
                return a.text();
            }
            if (h.record() instanceof Judgement j) {
                return j.area();
            }
            if (h.record() instanceof org.councilpapers.core.record.Recommendation rec) {
                return rec.text();
            }
            return h.record().id();
        }).collect(Collectors.toList());
    }

    private static List<String> areas(SearchResult r) {
        return r.hits().stream().map(h -> ((Judgement) h.record()).area()).toList();
    }
}
