package org.councilpapers.extractors.record.inspection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.councilpapers.CouncilPapers;
import org.councilpapers.core.Extraction;
import org.councilpapers.core.record.Finding;
import org.councilpapers.core.record.FindingKind;
import org.councilpapers.core.record.Judgement;
import org.councilpapers.core.record.Recommendation;
import org.councilpapers.core.record.RecommendationOrigin;
import org.councilpapers.testdata.RecordAssertions;
import org.councilpapers.testdata.TestPapers;
import org.junit.jupiter.api.Test;

/**
 * Findings in the inspection generations and shapes the samples do not show ({@code testdata/papers/variants/inspection-*},
 * {@code findings-*}), written in made-up councils' styles and read through the whole pipeline, so the classifier's call
 * is part of what is tested. Each expectation was read off the paper.
 */
class FindingVariantsTest {
    private static final CouncilPapers PAPERS = CouncilPapers.builder().nlp(false).build();

    private static Extraction read(String name) throws IOException {
        Extraction x = PAPERS.extract(TestPapers.path("variants/" + name));
        RecordAssertions.assertWellFormed(x);
        return x;
    }

    private static List<String> texts(List<Finding> fs, FindingKind kind) {
        return fs.stream().filter(f -> f.kind() == kind).map(Finding::text).toList();
    }

    @Test
    void ilacsLayoutTextListsWithSymbolFontBulletsAcrossAPageBreak() throws IOException {
        List<Finding> fs = read("ofsted-2024-ilacs-pdftotext-layout-wrapped-grades.txt").records(Finding.class);
        List<String> improve = texts(fs, FindingKind.IMPROVEMENT);
        assertEquals(List.of("The quality of written plans for children in need, so that they say clearly what needs to change and by when.",
                "Management oversight of decisions for children who are at risk of exploitation outside the home.",
                "The sufficiency of local homes for children in care, including homes for brothers and sisters who need to live together.",
                "The offer of suitable accommodation to care leavers when they leave care.",
                "The timeliness of initial child protection conferences for children who live with domestic abuse.",
                "The recording of the views of children in assessments.",
                "The quality and timeliness of pathway plans for care leavers.",
                "The help care leavers receive to find work, training or education."), improve);
        assertTrue(texts(fs, FindingKind.STRENGTH).isEmpty());
        assertTrue(fs.stream().allMatch(f -> "Brackenford".equals(f.authority())), fs.toString());
    }

    @Test
    void ilacsLayoutTextBulletsWrappingUnderTheirText() throws IOException {
        List<Finding> fs = read("ofsted-2019-ilacs-pdftotext-layout-grade-on-last-line.txt").records(Finding.class);
        List<String> improve = texts(fs, FindingKind.IMPROVEMENT);
        assertEquals(4, improve.size(), improve.toString());
        assertEquals("The quality of pathway plans, which do not always set out how care leavers will be supported into education, "
                + "employment or training.", improve.get(2));
    }

    @Test
    void sifLayoutTextWorkingWellIsStrengthsAndAreasForImprovementAreImprovements() throws IOException {
        List<Finding> fs = read("ofsted-2015-sif-pdftotext-layout-numbered-grades.txt").records(Finding.class);
        assertEquals(List.of("Children at risk of immediate harm are seen quickly and protected.",
                "Adoption is considered early for children who cannot return home, and most children move to their adoptive families "
                        + "without delay.",
                "Care leavers speak highly of their personal advisers."), texts(fs, FindingKind.STRENGTH));
        List<String> improve = texts(fs, FindingKind.IMPROVEMENT);
        assertEquals(3, improve.size(), improve.toString());
        assertEquals("Improve the timeliness of initial health assessments for children who come into care.", improve.get(1));
        assertTrue(fs.stream().noneMatch(f -> f.text().startsWith("Social workers visit")), "the summary for children is no list of findings");
    }

    @Test
    void sifLayoutTextStrengthsAndAreasForImprovementAcrossARunningHeader() throws IOException {
        List<Finding> fs = read("ofsted-2017-sif-pdftotext-layout-overall-box-statement.txt").records(Finding.class);
        assertEquals(List.of("Children who go missing are offered return home interviews promptly.",
                "Most children in care live close to home."), texts(fs, FindingKind.STRENGTH));
        assertEquals(List.of("Ensure that strategy discussions include the police and health professionals.",
                "Make sure that managers oversee decisions about children at risk."), texts(fs, FindingKind.IMPROVEMENT));
    }

    @Test
    void areaSend2023ReportListsAndTablesOfPriorityActionsAndImprovements() throws IOException {
        Extraction x = read("inspection-2023-area-send-report-priority-actions.txt");
        List<Finding> fs = x.records(Finding.class);
        assertEquals(List.of("Leaders have a shared and accurate understanding of where the partnership's work is strong and where it is weak.",
                "Children and young people with complex health needs receive well-coordinated care from the community nursing team.",
                "The parent carer forum is an equal partner in planning and reviewing services."), texts(fs, FindingKind.STRENGTH),
                "'What is the area partnership doing that is effective?' lists strengths");
        List<String> improve = texts(fs, FindingKind.IMPROVEMENT);
        assertEquals(8, improve.size(), () -> "three to do better, two priority actions, three areas for improvement: " + improve);
        assertEquals("Too many education, health and care (EHC) plans are finalised outside the statutory 20-week timescale.", improve.get(0));
        assertEquals("Leaders should urgently reduce the time families wait for EHC needs assessments, so that plans are issued within "
                + "statutory timescales.", improve.get(3), "the priority action table's text column, not the responsible body");
        assertEquals("Leaders should ensure that the local offer website gives families accurate and up-to-date information.", improve.get(7));
        assertTrue(fs.stream().noneMatch(f -> f.text().startsWith("NHS Fernleigh")), "the partnership details table holds no finding");
        for (Finding f : fs) {
            assertEquals("Fernleigh", f.authority());
            assertEquals("Ofsted SEND 2023", f.source());
        }
        assertTrue(x.records(Judgement.class).isEmpty(), "an area SEND outcome is no grade");
    }

    @Test
    void send2017LetterPrintsStrengthsAndAreasForDevelopmentAsParagraphsThenTheWeaknessesAfterALongLeadIn() throws IOException {
        Extraction x = read("inspection-2017-send-local-area-letter-paragraph-lists.txt");
        List<Finding> fs = x.records(Finding.class);
        assertEquals(2, texts(fs, FindingKind.STRENGTH).size());
        assertEquals(List.of(
                "The identification of needs in the later years of secondary school is weak, and some young people's needs are not recognised "
                        + "until they reach college.",
                "Too few staff in mainstream schools have had training in recognising autism spectrum conditions.",
                "Outcomes in EHC plans are vague and are not used to measure progress.",
                "the slow and uneven implementation of the reforms across education, health and care",
                "the poor quality of EHC plans and the lack of health and social care advice in them",
                "the weak joint commissioning arrangements between the council and the clinical commissioning group"),
                texts(fs, FindingKind.IMPROVEMENT), "the lead-in sentence itself and the letter's close are not findings");
        assertEquals("Ofsted SEND 2017", fs.get(0).source());
        assertEquals("2017-05-18", fs.get(0).date().toString(), "the letter's date");
        assertEquals("Oakhurst", fs.get(0).authority());
        assertTrue(x.records(Judgement.class).isEmpty());
    }

    @Test
    void jtaiLetterNumberedStrengthsAndAreasForImprovementDatedByTheSentenceThatSaysWhenItTookPlace() throws IOException {
        List<Finding> fs = read("inspection-2022-jtai-letter-strengths-areas-for-improvement.txt").records(Finding.class);
        assertEquals(3, texts(fs, FindingKind.STRENGTH).size(), "'What is working well in the multi-agency response …?'");
        assertEquals(List.of("The quality of multi-agency early help assessments, so that they consider the needs of every child in the family.",
                "The partnership's use of audit to understand the difference early help makes to children.",
                "The involvement of adult mental health services in early help planning for families."), texts(fs, FindingKind.IMPROVEMENT),
                "the case study and next steps are not findings");
        assertEquals("Ofsted JTAI 2022", fs.get(0).source(), "'This inspection took place from 4 to 8 April 2022.'");
        assertEquals("Ashby Vale", fs.get(0).authority());
    }

    @Test
    void focusedVisitAreaForPriorityActionInAParagraphAndWhatNeedsToImproveInBullets() throws IOException {
        Extraction x = read("inspection-2019-focused-visit-letter-priority-action.txt");
        List<Finding> fs = x.records(Finding.class);
        assertEquals(4, fs.size(), () -> "the overview and findings paragraphs are not findings: " + fs);
        assertTrue(fs.get(0).text().startsWith("Senior leaders must take urgent action to ensure that strategy meetings are held"));
        assertEquals("The consideration of children's history in decisions about thresholds.", fs.get(3).text());
        assertTrue(fs.stream().allMatch(f -> f.kind() == FindingKind.IMPROVEMENT && "Ofsted focused visit 2019".equals(f.source())
                && "2019-10-11".equals(String.valueOf(f.date()))));
    }

    @Test
    void councilReportQuotingTheInspectionsListsAndItsTableOfResponsesGivesEachFindingOnce() throws IOException {
        Extraction x = read("findings-council-report-quoting-inspection-areas.txt");
        List<Finding> fs = x.records(Finding.class);
        assertEquals(List.of("the consistency of management oversight of plans for children in need",
                "the quality of return home conversations with children who go missing"), texts(fs, FindingKind.IMPROVEMENT),
                "the response table repeats the two areas for improvement");
        assertEquals(List.of("the stability of the social work workforce", "the effectiveness of the corporate parenting board"),
                texts(fs, FindingKind.STRENGTH), "'… recognised a number of strengths, including:'");
        for (Finding f : fs) {
            assertEquals("Stonebridge", f.authority());
            assertEquals("Ofsted ILACS 2023", f.source());
            assertEquals("2023-12-08", f.date().toString(), "'published its report on 8 December 2023'");
        }
        List<Recommendation> rs = x.records(Recommendation.class);
        assertTrue(rs.stream().noneMatch(r -> r.origin() == RecommendationOrigin.INSPECTION), "areas for improvement are findings only");
    }

    @Test
    void jtaiAreasForImprovementGroupedByAgencyUnderALeadInEndingInAFullStop() throws IOException {
        List<Finding> fs = read("inspection-2018-jtai-letter-agency-groups.txt").records(Finding.class);
        assertEquals(3, texts(fs, FindingKind.STRENGTH).size(), "the key strengths; the case study is none");
        assertEquals(List.of("The analysis of risk in assessments of children who are exploited is not always thorough enough.",
                "Plans for children at risk of exploitation do not always say what needs to change.",
                "Sexual health practitioners do not routinely record the views of the young people they see.",
                "Disruption activity against adults who exploit children is not consistently recorded."), texts(fs, FindingKind.IMPROVEMENT),
                "the agencies' names group one list; the lead-in sentence and the next steps are not findings");
        assertEquals("Ofsted JTAI 2018", fs.get(0).source(), "'Between 5 and 9 November 2018, Ofsted, …'");
        assertEquals("2018-12-14", fs.get(0).date().toString());
    }

    @Test
    void sifRecommendationsAreInspectionRecommendationsAndTheSummaryForChildrenIsNoFinding() throws IOException {
        Extraction x = read("inspection-2017-sif-report-recommendations-summary-for-children.txt");
        List<Recommendation> rs = x.records(Recommendation.class);
        assertEquals(List.of("1", "2", "3"), rs.stream().map(Recommendation::number).toList());
        assertTrue(rs.stream().allMatch(r -> r.origin() == RecommendationOrigin.INSPECTION));
        List<Finding> fs = x.records(Finding.class);
        assertEquals(List.of("The LSCB should evaluate the impact of its multi-agency training on practice.",
                "The LSCB should ensure that learning from serious case reviews reaches front-line staff."), texts(fs, FindingKind.IMPROVEMENT),
                "only the LSCB's areas for improvement: the recommendations are not findings too, the summary for children neither");
        assertTrue(fs.stream().allMatch(f -> "Ofsted SIF 2017".equals(f.source()) && "2017-03-21".equals(String.valueOf(f.date()))));
    }

    @Test
    void areasForImprovementLedInAfterTheParagraphThatSaysWhatTheInspectionFoundAreFindingsOfThatInspection() throws IOException {
        List<Finding> fs = read("findings-unitary-report-inspection-found-areas-were.txt").records(Finding.class);
        assertEquals(List.of("the timeliness of initial child protection conferences", "the quality of pathway plans for care leavers aged 18 to 21",
                "the oversight of children placed in unregistered provision"), texts(fs, FindingKind.IMPROVEMENT),
                "'The areas for improvement were:' follows the paragraph naming the inspection");
        for (Finding f : fs) {
            assertEquals("Kestrelford", f.authority());
            assertEquals("Ofsted ILACS 2023", f.source());
            assertNull(f.date(), "the paper gives the inspection's month, not the date of its report");
        }
    }

    @Test
    void ofstedIdentifiedTheFollowingAreasInACabinetReportDatedByTheReportsPublication() throws IOException {
        List<Finding> fs = read("findings-county-report-ofsted-identified-following-areas.txt").records(Finding.class);
        assertEquals(List.of("The consistency of direct work with children on child in need plans.",
                "The sufficiency of local homes for children with complex needs.", "The recording of management decisions at the front door."),
                texts(fs, FindingKind.IMPROVEMENT));
        for (Finding f : fs) {
            assertEquals("Harrowdale", f.authority());
            assertEquals("Ofsted ILACS 2025", f.source());
            assertEquals("2025-03-07", String.valueOf(f.date()), "the report's publication date, not the inspection's last day (24 January)");
        }
    }

    @Test
    void listsOfAreasForImprovementFromAuditsAndSurveysInPapersNamingNoInspectionAreNoFindings() throws IOException {
        List<Finding> fs = read("findings-late-papers-pack-improvement-bullets-no-inspection.txt").records(Finding.class);
        assertTrue(fs.isEmpty(), () -> "internal audit's and residents' areas for improvement are no inspection's: " + fs);
    }
}
