package org.councilpapers.extractors.record.inspection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.councilpapers.CouncilPapers;
import org.councilpapers.core.Extraction;
import org.councilpapers.core.record.Finding;
import org.councilpapers.core.record.FindingKind;
import org.councilpapers.core.record.Grade;
import org.councilpapers.core.record.Judgement;
import org.councilpapers.core.record.Recommendation;
import org.councilpapers.core.record.Report;
import org.councilpapers.testdata.TestPapers;
import org.junit.jupiter.api.Test;

/**
 * What a paper states around its grades and findings: the inspection a committee report is about (its framework and
 * dates) for the column of its own grades, the year of the inspection (not of a plan) in a finding's source, the
 * inspectorate a minute's title names, a monitoring letter's areas read once, and the cover's director and author.
 */
class InspectionSurroundingsVariantsTest {
    private static final CouncilPapers PAPERS = CouncilPapers.builder().nlp(false).build();

    private static Extraction read(String name) throws IOException {
        return PAPERS.extract(TestPapers.path("variants/" + name));
    }

    @Test
    void theCurrentColumnOfAThisAndPreviousGradeTableInheritsTheInspectionTheReportIsAbout() throws IOException {
        List<Judgement> js = read("inspection-report-ilacs-outcome-appendix-current-previous-layout-cover.txt").records(Judgement.class);
        assertEquals(10, js.size());
        List<Judgement> now = js.stream().filter(j -> Integer.valueOf(2025).equals(j.year())).toList();
        List<Judgement> before = js.stream().filter(j -> Integer.valueOf(2022).equals(j.year())).toList();
        assertEquals(5, now.size());
        assertEquals(5, before.size());
        for (Judgement j : now) {
            assertEquals("ILACS", j.framework(), "the title and the purpose name the framework");
            assertEquals("2025-10-06", String.valueOf(j.inspectionStart()));
            assertEquals("2025-10-17", String.valueOf(j.inspectionEnd()));
            assertTrue(j.inherited().containsAll(List.of("framework", "inspectionStart", "inspectionEnd")));
        }
        for (Judgement j : before) {
            assertNull(j.framework(), "the paper does not say which framework the March 2022 inspection was under");
            assertNull(j.inspectionStart());
            assertNull(j.inspectionEnd());
            assertEquals(Grade.REQUIRES_IMPROVEMENT, j.grade());
        }
        Judgement care = now.stream().filter(j -> j.area().equals("The experiences and progress of children in care")).findFirst().orElseThrow();
        assertEquals(Grade.REQUIRES_IMPROVEMENT, care.grade());
    }

    @Test
    void columnsHeadedThisAndPreviousInspectionAreTheAuthoritysInspectionsNotTwoAuthorities() throws IOException {
        List<Judgement> js = read("inspection-report-ilacs-outcome-this-previous-columns-plan-period.txt").records(Judgement.class);
        assertEquals(10, js.size());
        assertTrue(js.stream().allMatch(j -> "Pelham Vale".equals(j.authority())));
        List<Judgement> now = js.stream().filter(j -> "ILACS".equals(j.framework())).toList();
        assertEquals(5, now.size());
        for (Judgement j : now) {
            assertEquals(Integer.valueOf(2025), j.year());
            assertEquals("2025-06-02", String.valueOf(j.inspectionStart()));
            assertEquals("2025-06-13", String.valueOf(j.inspectionEnd()));
            assertTrue(j.inherited().containsAll(List.of("framework", "inspectionStart", "inspectionEnd", "year")));
        }
        List<Judgement> before = js.stream().filter(j -> j.framework() == null).toList();
        assertEquals(5, before.size());
        assertTrue(before.stream().allMatch(j -> j.year() == null && j.inspectionEnd() == null), "the previous inspection is not dated");
        assertEquals(Grade.INADEQUATE, before.get(0).grade());
    }

    @Test
    void aFindingsSourceCarriesTheInspectionsYearNotThePlanPeriodsInTheTitleNearIt() throws IOException {
        List<Finding> pelham = read("inspection-report-ilacs-outcome-this-previous-columns-plan-period.txt").records(Finding.class);
        assertEquals(3, pelham.size());
        assertTrue(pelham.stream().allMatch(f -> "Ofsted ILACS 2025".equals(f.source()) && f.kind() == FindingKind.IMPROVEMENT),
                "the heading's 'IMPROVEMENT PLAN 2026 TO 2029' is a plan's period");
        List<Finding> marshbrook = read("inspection-report-ilacs-outcome-appendix-current-previous-layout-cover.txt").records(Finding.class);
        assertEquals(3, marshbrook.size());
        assertTrue(marshbrook.stream().allMatch(f -> "Ofsted ILACS 2025".equals(f.source())), "the title's '2026-2028' is a plan's period");
    }

    @Test
    void aMinutesTitleNamingOfstedGivesTheInspectorateOfAGradeItsSentenceStatesWithoutOne() throws IOException {
        List<Judgement> hollinshead = read("minutes-ofsted-ilacs-update-heading-judged-good-sentence.txt").records(Judgement.class);
        Judgement good = hollinshead.stream().filter(j -> Integer.valueOf(2023).equals(j.year())).findFirst().orElseThrow();
        assertEquals(Grade.GOOD, good.grade());
        assertEquals("Ofsted", good.inspectorate());
        assertTrue(good.inherited().contains("inspectorate"));
        hollinshead.stream().filter(j -> Integer.valueOf(2024).equals(j.year()))
                .forEach(j -> assertNull(j.inspectorate(), "the youth justice minute names no inspectorate"));

        List<Judgement> brantwich = read("minutes-inspection-update-heading-names-ofsted-next-minute-silent.txt").records(Judgement.class);
        Judgement ri = brantwich.stream().filter(j -> Integer.valueOf(2022).equals(j.year())).findFirst().orElseThrow();
        assertEquals(Grade.REQUIRES_IMPROVEMENT, ri.grade());
        assertEquals("Ofsted", ri.inspectorate());
        brantwich.stream().filter(j -> Integer.valueOf(2024).equals(j.year()))
                .forEach(j -> assertNull(j.inspectorate(), "the next minute's title names no inspectorate"));
    }

    @Test
    void aMonitoringLettersPriorityActionsAreFindingsOnceAndItsRepeatAndNextVisitAreNothing() throws IOException {
        Extraction fernhill = read("inspection-2025-monitoring-visit-letter-priority-action-should-focus-on.txt");
        List<Finding> fs = fernhill.records(Finding.class);
        assertEquals(3, fs.size());
        assertTrue(fs.get(0).text().startsWith("Strategy discussions are not held quickly enough"));
        assertTrue(fs.stream().allMatch(f -> f.kind() == FindingKind.IMPROVEMENT && "Ofsted monitoring visit 2025".equals(f.source())));
        assertTrue(fs.stream().noneMatch(f -> f.text().contains("next monitoring visit")));
        assertTrue(fernhill.records(Recommendation.class).isEmpty());

        Extraction oakworth = read("inspection-2024-monitoring-visit-letter-priority-action-bullets-repeated-list.txt");
        List<Finding> os = oakworth.records(Finding.class);
        assertEquals(2, os.size());
        assertTrue(os.get(1).text().startsWith("Pathway plans are not updated"));
        assertTrue(os.stream().noneMatch(f -> f.text().contains("next monitoring visit") || f.text().startsWith("the suitability")));
        assertTrue(oakworth.records(Recommendation.class).isEmpty());
    }

    @Test
    void aLaidOutCoversLeadDirectorAndWrappedAuthorAreRead() throws IOException {
        Report marshbrook = read("inspection-report-ilacs-outcome-appendix-current-previous-layout-cover.txt").records(Report.class).get(0);
        assertEquals("Dawn Ashcroft, Corporate Director of Children's Services", marshbrook.accountableDirector());
        assertNull(marshbrook.reportOf(), "Lead director is the accountable director, not the report's 'Report of'");
        assertEquals("Kieran Lodge", marshbrook.author(), "the post wrapped onto a second line is not a second person");
        Report pelham = read("inspection-report-ilacs-outcome-this-previous-columns-plan-period.txt").records(Report.class).get(0);
        assertEquals("Rhona Featherstone, Strategic Director for People", pelham.accountableDirector());
        assertEquals("Imran Chaudhry", pelham.author());
        assertFalse(pelham.title().contains("Responsible"));
    }
}
