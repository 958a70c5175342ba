package org.councilpapers.extractors.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.councilpapers.CouncilPapers;
import org.councilpapers.core.Extraction;
import org.councilpapers.core.record.Action;
import org.councilpapers.core.record.Grade;
import org.councilpapers.core.record.Judgement;
import org.councilpapers.core.record.RagStatus;
import org.councilpapers.core.record.Recommendation;
import org.councilpapers.core.record.RecommendationOrigin;
import org.councilpapers.testdata.TestPapers;
import org.junit.jupiter.api.Test;

/**
 * The table variants ({@code testdata/papers/variants/table-*}), written in made-up councils' styles, read through the
 * whole pipeline. The expectations were written from reading each paper.
 */
class TableVariantsTest {
    private static final CouncilPapers PAPERS = CouncilPapers.builder().nlp(false).build();

    private static Extraction read(String name) throws IOException {
        return PAPERS.extract(TestPapers.path("variants/" + name));
    }

    @Test
    void aCommitteeReportsAppendixGradeTableInheritsTheAuthorityAndInspectionTheReportNames() throws IOException {
        Extraction x = read("table-report-appendix-ofsted-grades.txt");
        List<Judgement> js = x.records(Judgement.class);
        assertEquals(5, js.size());
        for (Judgement j : js) {
            assertEquals("Kestrel Vale", j.authority());
            assertEquals(Integer.valueOf(2022), j.year());
            assertEquals("2022-10-10", j.inspectionStart().toString());
            assertEquals("2022-10-21", j.inspectionEnd().toString());
            assertEquals("ILACS", j.framework());
            assertTrue(j.inherited().containsAll(List.of("authority", "year", "framework")));
        }
        assertEquals(Grade.REQUIRES_IMPROVEMENT, js.get(4).grade());
        assertEquals("Overall effectiveness", js.get(4).area());

        List<Recommendation> rs = x.records(Recommendation.class);
        assertEquals(List.of("1.1", "1.2"), rs.stream().filter(r -> r.origin() == RecommendationOrigin.REPORT).map(Recommendation::number).toList(),
                "the report's own list ends at 2. INTRODUCTION AND BACKGROUND");
        List<Recommendation> ofsted = rs.stream().filter(r -> r.origin() == RecommendationOrigin.INSPECTION).toList();
        assertEquals(2, ofsted.size(), "the inspection's recommendations reproduced in Appendix B");
        assertEquals("The timeliness of initial child protection conferences.", ofsted.get(0).text());
    }

    @Test
    void aRegionalMatrixWithAreasAsRowsGivesOneJudgementPerCouncilAndArea() throws IOException {
        List<Judgement> js = read("table-regional-matrix-transposed.txt").records(Judgement.class);
        assertEquals(9, js.size());
        Judgement adoption = js.stream().filter(j -> j.authority().equals("Eastwick") && j.area().equals("Adoption performance")).findFirst()
                .orElseThrow();
        assertEquals("Children looked after", adoption.group());
        assertEquals(Grade.REQUIRES_IMPROVEMENT, adoption.grade());
        assertEquals("SIF", adoption.framework(), "the lead-in says single inspections");
        assertTrue(adoption.inherited().contains("framework"));
        assertNull(adoption.year(), "the councils were inspected at different times; the paper gives no year for each");
        assertEquals(List.of("Harrowfield", "Longmere", "Eastwick"), js.stream().limit(3).map(Judgement::authority).toList());
    }

    @Test
    void aThreeLevelHeaderGivesEachGradedCellItsAreaAndTheGroupOverIt() throws IOException {
        List<Judgement> js = read("judgement-committee-report-three-level-header-region.txt").records(Judgement.class);
        assertEquals(12, js.size(), "three councils, four graded columns each");
        Judgement inCare = js.stream().filter(j -> j.authority().equals("Merebrook") && j.area().equals("In care")).findFirst().orElseThrow();
        assertEquals("Experiences and progress of children", inCare.group(), "the middle header row, spanning three columns");
        assertEquals(Grade.REQUIRES_IMPROVEMENT, inCare.grade());
        assertEquals(Integer.valueOf(2025), inCare.year(), "each council's own year column");
        assertEquals("ILACS", inCare.framework(), "the top header row names the framework");
        Judgement overall = js.stream().filter(j -> j.authority().equals("Ashwold") && j.area().equals("Overall effectiveness")).findFirst()
                .orElseThrow();
        assertNull(overall.group(), "overall effectiveness stands under no group");
        assertEquals(Grade.OUTSTANDING, overall.grade());
    }

    @Test
    void aGradeTableContinuedOverAPageWithItsHeaderRepeatedIsReadAsOne() throws IOException {
        List<Judgement> js = read("judgement-committee-report-neighbours-continued-repeated-header.txt").records(Judgement.class);
        assertEquals(20, js.size(), "five councils, four areas each; the repeated header is no council");
        assertEquals(List.of("Kellingley", "Otterbourne", "Wyvernsea", "Ashwold", "Merebrook"),
                js.stream().map(Judgement::authority).distinct().toList());
        for (Judgement j : js) {
            assertEquals("ILACS", j.framework(), j.authority() + ": the lead-in before the first page's part leads into the second's");
            assertTrue(j.inherited().contains("framework"));
        }
        Judgement ashwold = js.stream().filter(j -> j.authority().equals("Ashwold") && j.area().equals("Children in care")).findFirst()
                .orElseThrow();
        assertEquals(Integer.valueOf(2025), ashwold.year());
        assertEquals(Grade.REQUIRES_IMPROVEMENT, ashwold.grade());
    }

    @Test
    void aPlanWithShuffledRenamedColumnsLinksEachActionToTheRecommendationItAnswers() throws IOException {
        Extraction x = read("table-plan-shuffled-columns-progress-words.txt");
        List<Recommendation> rs = x.records(Recommendation.class);
        assertEquals(3, rs.size());
        assertTrue(rs.stream().allMatch(r -> r.origin() == RecommendationOrigin.INSPECTION));
        List<Action> actions = x.records(Action.class);
        assertEquals(5, actions.size());
        assertEquals(List.of("1", "1", "2", "3", "3"), actions.stream().map(Action::reference).toList(),
                "a blank recommendation cell is the recommendation above");
        for (Action a : actions) {
            Recommendation answered = rs.get(Integer.parseInt(a.reference()) - 1);
            assertEquals(answered.id(), a.recommendationId(), a.text());
        }
        assertEquals(List.of(RagStatus.GREEN, RagStatus.AMBER, RagStatus.COMPLETED, RagStatus.RED, RagStatus.GREEN),
                actions.stream().map(Action::status).toList(), "status only as words opening the progress update");
        assertEquals("Participation Lead", actions.get(2).owner());
        assertEquals("February 2023", actions.get(2).due());
        assertEquals("Add a section for the child's own words to the care plan template", actions.get(2).text());
    }

    @Test
    void anInspectionsRecommendationsReproducedInATableAreInspectionRecommendationsAndItsWhatNeedsToImproveListFindings()
            throws IOException {
        Extraction x = read("table-report-ofsted-recommendations-table.txt");
        List<Recommendation> rs = x.records(Recommendation.class);
        List<Recommendation> ofsted = rs.stream().filter(r -> r.origin() == RecommendationOrigin.INSPECTION).toList();
        assertEquals(List.of("1", "2", "3"), ofsted.stream().map(Recommendation::number).toList(), rs.toString());
        assertEquals("Ensure that care leavers have access to their health histories.", ofsted.get(1).text());
        assertEquals(List.of("3.1"), rs.stream().filter(r -> r.origin() == RecommendationOrigin.REPORT).map(Recommendation::number).toList());
        List<org.councilpapers.core.record.Finding> fs = x.records(org.councilpapers.core.record.Finding.class);
        assertEquals(List.of("The timeliness of assessments for children in need.",
                "Management oversight of plans for children on the edge of care."), fs.stream().map(org.councilpapers.core.record.Finding::text).toList());
        assertTrue(rs.stream().noneMatch(r -> r.text().startsWith("The timeliness of assessments")),
                "a 'What needs to improve' item is a finding, not also a recommendation");
    }

    /**
     * A table of recommendations that only puts a lead and a date beside each (no action column, nothing tracked) is the
     * recommendations, in two wordings: Ofsted's reproduced under "Lead officer | Timescale", and a joint inspection's under
     * "Responsible officer | Target date". Neither is a plan, so neither gives actions.
     */
    @Test
    void recommendationsWithOnlyALeadAndADateAreRecommendationsNotActions() throws IOException {
        for (String name : List.of("table-report-ofsted-recommendations-table.txt", "table-report-peer-review-recommendations-responsible-officer-html.txt")) {
            Extraction x = read(name);
            assertEquals(List.of(), x.records(Action.class), name + ": a lead and a date make no plan");
            assertEquals(List.of("1", "2", "3"), inspection(x).stream().map(Recommendation::number).toList(), name);
        }
        assertEquals("Strengthen the sharing of information between schools and the exploitation hub.",
                inspection(read("table-report-peer-review-recommendations-responsible-officer-html.txt")).get(1).text());
    }

    /** The look-alike: the same columns with a progress column beside them track the recommendations, so they are a plan's actions. */
    @Test
    void aRecommendationTrackerWithProgressIsAPlan() throws IOException {
        Extraction x = read("table-plan-recommendations-tracker-progress-pipe.txt");
        List<Action> actions = x.records(Action.class);
        assertEquals(List.of("1", "2", "3"), actions.stream().map(Action::reference).toList(), actions.toString());
        assertEquals(List.of("Housing Services Manager", "Head of Housing Operations", "Head of Housing Operations"),
                actions.stream().map(Action::owner).toList());
        assertEquals("Introduce a text message reminder the day before each repairs appointment.", actions.get(1).text());
        assertEquals("Under way: the system goes live in October.", actions.get(1).progress());
        assertEquals(List.of(), inspection(x), "a review's own recommendations tracked are no inspection's");
    }

    private static List<Recommendation> inspection(Extraction x) {
        return x.records(Recommendation.class).stream().filter(r -> r.origin() == RecommendationOrigin.INSPECTION).toList();
    }

    @Test
    void anInspectionsRecommendationsTableUnderALeadInIsReadOnceWithItsLetteredRefs() throws IOException {
        Extraction x = read("table-report-ofsted-made-recommendations-ref-table.txt");
        List<Recommendation> ofsted = inspection(x);
        assertEquals(List.of("1", "2a", "2b", "3"), ofsted.stream().map(Recommendation::number).toList(), ofsted.toString());
        assertEquals("The timeliness of reviews of those plans when a child moves placement.", ofsted.get(2).text());
        assertEquals(List.of("2.1", "2.2"), x.records(Recommendation.class).stream().filter(r -> r.origin() == RecommendationOrigin.REPORT)
                .map(Recommendation::number).toList(), "the lead-in '3.1 Ofsted made the following recommendations:' is none of them");
    }

    @Test
    void anHtmlRecommendationsTableAfterTheInspectorsRecommendedIsReadOnce() throws IOException {
        List<Recommendation> ofsted = inspection(read("table-report-inspectors-recommended-html-table.txt"));
        assertEquals(List.of("1", "2", "3a", "3b"), ofsted.stream().map(Recommendation::number).toList(), ofsted.toString());
        assertEquals("Strengthen the oversight by managers of children who are placed in homes that are not registered.", ofsted.get(0).text(),
                "a cell's <br> lines are one recommendation");
    }

    @Test
    void anAreasForImprovementTableIsFindingsOnceAndNoRecommendations() throws IOException {
        Extraction x = read("table-report-areas-for-improvement-ofsted-table.txt");
        assertEquals(List.of(), inspection(x), "areas for improvement are findings (SCHEMA.md), not recommendations too");
        List<org.councilpapers.core.record.Finding> fs = x.records(org.councilpapers.core.record.Finding.class);
        assertEquals(3, fs.size(), fs.toString());
        assertEquals("The stability of the workforce in the children in care teams.", fs.get(2).text());
    }

    @Test
    void aGradeTableAfterAParagraphAboutAnotherCouncilTakesThePapersOwnAuthority() throws IOException {
        List<Judgement> js = read("table-report-grades-after-neighbour-paragraph.txt").records(Judgement.class);
        List<Judgement> table = js.stream().filter(j -> j.grade() != Grade.OUTSTANDING).toList();
        assertEquals(5, table.size(), js.toString());
        for (Judgement j : table) {
            assertEquals("Ravensmoor", j.authority(), "not Northfleet, whom the paragraph before the table compares");
            assertEquals(Integer.valueOf(2024), j.year());
            assertEquals("ILACS", j.framework());
            assertTrue(j.inherited().containsAll(List.of("authority", "year", "framework")), j.inherited().toString());
        }
        Judgement neighbour = js.stream().filter(j -> j.grade() == Grade.OUTSTANDING).findFirst().orElseThrow();
        assertEquals("Northfleet", neighbour.authority(), "the council the sentence names");
        assertEquals(Integer.valueOf(2022), neighbour.year());
    }
}
