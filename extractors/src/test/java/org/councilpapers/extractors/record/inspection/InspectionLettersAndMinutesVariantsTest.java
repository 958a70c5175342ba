package org.councilpapers.extractors.record.inspection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.councilpapers.CouncilPapers;
import org.councilpapers.core.DocumentKind;
import org.councilpapers.core.Extraction;
import org.councilpapers.core.record.Finding;
import org.councilpapers.core.record.FindingKind;
import org.councilpapers.core.record.Grade;
import org.councilpapers.core.record.Judgement;
import org.councilpapers.core.record.Recommendation;
import org.councilpapers.core.record.RecommendationOrigin;
import org.councilpapers.testdata.TestPapers;
import org.junit.jupiter.api.Test;

/**
 * Inspection letters and the minutes that report inspections, in shapes the held-out sets showed missing (session 12): an
 * annual performance assessment letter whose letterhead is printed in columns, a police panel's minute that names the
 * inspectorate in one sentence and grades in the next, a monitoring visit letter listing the visit's scope and the next
 * visit's, and a SIF report whose "What does the local authority need to improve?" heads its "Recommendations". Each
 * expectation was read off the variant.
 */
class InspectionLettersAndMinutesVariantsTest {
    private static final CouncilPapers PAPERS = CouncilPapers.builder().nlp(false).build();

    private static Extraction read(String name) throws IOException {
        return PAPERS.extract(TestPapers.path("variants/" + name));
    }

    private static Judgement find(List<Judgement> js, String area) {
        return js.stream().filter(j -> j.area().equals(area)).findFirst().orElseThrow(() -> new AssertionError(area + " in " + js));
    }

    // Ofsted is named only in the letterhead's columns, which the layout reads as a table: still Ofsted's letter. The year the
    // letter's title gives beside the assessment's name dates the findings; the joint area review quoted is its own judgement.
    @Test
    void anApaLetterWithItsLetterheadInColumnsAndAnEarlierJointAreaReviewGrade() throws IOException {
        Extraction x = read("inspection-2007-apa-letter-letterhead-columns-jar-grade.txt");
        assertEquals(DocumentKind.INSPECTION_LETTER, x.document().kind());
        List<Judgement> js = x.records(Judgement.class);
        assertEquals(2, js.size(), js.toString());
        Judgement overall = find(js, "Overall effectiveness");
        assertEquals("Ofsted", overall.inspectorate());
        assertEquals(2007, overall.year());
        assertEquals(Grade.GOOD, overall.grade());
        Judgement jar = find(js, "the services for looked after children");
        assertEquals("Ofsted", jar.inspectorate(), "the joint area review was Ofsted's");
        assertEquals(2006, jar.year(), "the review's own year, not the letter's");
        assertEquals(Grade.ADEQUATE, jar.grade());
        assertNull(jar.inspectionStart(), "a month only");
        List<Finding> fs = x.records(Finding.class);
        assertEquals(4, fs.size(), fs.toString());
        assertTrue(fs.stream().allMatch(f -> "Ofsted annual performance assessment 2007".equals(f.source())), fs.toString());
        assertEquals(2, fs.stream().filter(f -> f.kind() == FindingKind.STRENGTH).count());
        assertEquals("Improve the educational attainment of looked after children at Key Stage 4.",
                fs.get(fs.size() - 1).text());
    }

    // "The inspectorate graded the force adequate at …": the body the sentence before named, the year of its visit; the
    // recommendation under a reproduced cause of concern is the inspectorate's; Estyn's two areas with a grade each.
    @Test
    void aPolicePanelMinuteGradingInTheSentenceAfterTheInspectorateIsNamed() throws IOException {
        Extraction x = read("judgements-police-panel-minute-inspectorate-named-before.txt");
        List<Judgement> js = x.records(Judgement.class);
        assertEquals(5, js.size(), js.toString());
        Judgement managing = find(js, "managing offenders");
        assertEquals("HMICFRS", managing.inspectorate());
        assertEquals(2024, managing.year());
        assertEquals(Grade.ADEQUATE, managing.grade());
        assertEquals(Grade.GOOD, find(js, "protecting vulnerable people").grade());
        assertEquals(Grade.REQUIRES_IMPROVEMENT, find(js, "investigating crime").grade());
        Judgement support = find(js, "support for schools");
        assertEquals("Estyn", support.inspectorate());
        assertEquals(2024, support.year(), "dated by the sentence before, which tells of the inspection");
        assertEquals(Grade.GOOD, support.grade());
        Judgement leadership = find(js, "leadership");
        assertEquals(Grade.ADEQUATE, leadership.grade(), "the second area's own grade");
        assertEquals(2024, leadership.year());
        List<Recommendation> rs = x.records(Recommendation.class);
        assertEquals(1, rs.size(), rs.toString());
        assertEquals(RecommendationOrigin.INSPECTION, rs.get(0).origin());
        List<Finding> fs = x.records(Finding.class);
        assertEquals(1, fs.size(), fs.toString());
        assertEquals("HMICFRS 2024", fs.get(0).source());
    }

    // The visit's scope ("with a focus on:") and the next visit's ("The next monitoring visit will consider …") are neither
    // findings nor recommendations; the paragraphs under "Areas for priority action" are the findings.
    @Test
    void aMonitoringVisitLettersScopeAndNextVisitAreNoFindings() throws IOException {
        Extraction x = read("ofsted-2021-monitoring-visit-focus-list-next-visit.txt");
        List<Finding> fs = x.records(Finding.class);
        assertEquals(List.of("The consistency of management oversight of strategy discussions, so that every decision is recorded with its reasons.",
                "The timeliness of child protection enquiries for children referred out of hours."), fs.stream().map(Finding::text).toList());
        assertTrue(fs.stream().allMatch(f -> "Ofsted monitoring visit 2021".equals(f.source())), fs.toString());
        assertTrue(x.records(Recommendation.class).isEmpty(), x.records(Recommendation.class).toString());
        List<Judgement> js = x.records(Judgement.class);
        assertEquals(1, js.size(), js.toString());
        assertEquals(2019, js.get(0).year(), "the inspection that judged it inadequate, not the visit");
    }

    // "What does the local authority need to improve?" over "Recommendations": the list is the inspection's recommendations
    // only; the LSCB's statement gives the board's name as its area.
    @Test
    void aSifReportsRecommendationsUnderWhatNeedsToImproveAreNotFindingsToo() throws IOException {
        Extraction x = read("ofsted-2016-sif-need-to-improve-recommendations-lscb-sentence.txt");
        assertTrue(x.records(Finding.class).isEmpty(), x.records(Finding.class).toString());
        List<Recommendation> rs = x.records(Recommendation.class);
        assertEquals(2, rs.size(), rs.toString());
        assertTrue(rs.stream().allMatch(r -> r.origin() == RecommendationOrigin.INSPECTION), rs.toString());
        Judgement lscb = find(x.records(Judgement.class), "Local Safeguarding Children Board");
        assertEquals(Grade.GOOD, lscb.grade());
    }
}
