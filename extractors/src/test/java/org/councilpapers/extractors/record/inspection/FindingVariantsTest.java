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

    @Test
    void fireAuthorityReportQuotingHmicfrsCauseOfConcernAndShouldAreas() throws IOException {
        List<Finding> fs = read("findings-fire-authority-report-hmicfrs-causes-and-areas.txt").records(Finding.class);
        assertEquals(List.of("The Service has not done enough to make sure its risk-based inspection programme covers the premises that present "
                        + "the highest risk to the public.",
                "The service should make sure that its firefighters can gain access to up-to-date risk information at incidents.",
                "The service should evaluate its prevention work so that it understands the benefits it brings to the community.",
                "The service should make sure it has an effective system to record and monitor the training and competence of its staff.",
                "The service should improve how it gathers and uses the views of staff from under-represented groups."),
                texts(fs, FindingKind.IMPROVEMENT), "the cause of concern and four areas; the lead-ins and the service's own priorities are none");
        assertTrue(texts(fs, FindingKind.STRENGTH).isEmpty(), "'areas of good practice … not listed as strengths' lists nothing");
        for (Finding f : fs) {
            assertEquals("Marshfield and Dunmore", f.authority());
            assertEquals("HMICFRS 2022", f.source(), "inspected October to November 2022, though published in 2023");
            assertEquals("2023-01-26", String.valueOf(f.date()));
        }
    }

    @Test
    void hmicfrsReportAreasForImprovementAreTheShouldParagraphsNotTheProseAfterThem() throws IOException {
        List<Finding> fs = read("inspection-2022-hmicfrs-report-area-for-improvement-boxes.txt").records(Finding.class);
        assertEquals(List.of("The service should make sure it targets its home fire safety checks at the people most at risk from fire.",
                "The service has not allocated enough resources to a prioritised and risk-based inspection programme.",
                "The service should make sure it works with local businesses to share information and expectations on compliance with fire "
                        + "safety regulations.",
                "The service should make sure it has a proportionate approach to reducing the number of unwanted fire signals.",
                "The service should make sure that incident commanders are assessed regularly and in a structured way.",
                "The service should make sure that fire control staff are included in its training and exercise programme."),
                texts(fs, FindingKind.IMPROVEMENT), "the recommendations under the cause of concern and the prose are none");
        for (Finding f : fs) {
            assertEquals("Hollinbrook", f.authority());
            assertEquals("HMICFRS 2022", f.source());
            assertEquals("2022-08-09", String.valueOf(f.date()));
        }
    }

    @Test
    void cqcAssessmentStrengthsAsBulletsAndAreasForImprovementAsATableColumn() throws IOException {
        List<Finding> fs = read("findings-adults-report-cqc-assessment-strengths-areas-table.txt").records(Finding.class);
        assertEquals(3, texts(fs, FindingKind.STRENGTH).size(), texts(fs, FindingKind.STRENGTH).toString());
        assertEquals(List.of("Waiting times for Care Act assessments were too long for some people.",
                "Unpaid carers did not always know about the support available to them.",
                "There were not enough care home places for people with complex dementia needs."), texts(fs, FindingKind.IMPROVEMENT),
                "the quality statements and scores are not findings, nor the self-assessment's priorities");
        for (Finding f : fs) {
            assertEquals("Corringham", f.authority());
            assertEquals("CQC 2024", f.source(), "the Care Act's 2014 is a law's year");
            assertEquals("2024-12-17", String.valueOf(f.date()));
        }
    }

    @Test
    void unannouncedContactReferralAndAssessmentLetterIsNoIlacsInspection() throws IOException {
        List<Finding> fs = read("inspection-2012-unannounced-cra-letter-strengths-development.txt").records(Finding.class);
        assertEquals(3, texts(fs, FindingKind.STRENGTH).size());
        assertEquals(List.of("Ensure that all initial assessments record the views of children and young people and take account of their "
                        + "ethnicity and culture.", "Ensure that the outcome of strategy discussions is routinely shared in writing with partner agencies."),
                texts(fs, FindingKind.IMPROVEMENT), "'Areas for development'; the sentence after them is none");
        for (Finding f : fs) {
            assertEquals("Ofsted unannounced inspection 2012", f.source());
            assertEquals("2012-03-21", String.valueOf(f.date()));
        }
    }

    @Test
    void slacLayoutTextTwoLeadParagraphsAndThreeTimescalesAcrossAPageBreak() throws IOException {
        List<Finding> fs = read("inspection-2010-slac-layout-areas-for-improvement-within-six-months.txt").records(Finding.class);
        List<String> improve = texts(fs, FindingKind.IMPROVEMENT);
        assertEquals(6, improve.size(), improve.toString());
        assertEquals("develop a workforce strategy that reduces the reliance on agency social workers.", improve.get(3), "'Within six months:'");
        assertEquals("ensure that all looked after children have an up-to-date health assessment", improve.get(4),
                "the looked after children's list after the running header");
        assertTrue(fs.stream().allMatch(f -> "Ofsted safeguarding and looked after children 2010".equals(f.source())
                && "2010-11-26".equals(String.valueOf(f.date()))));
    }

    @Test
    void jtaiAgencyListsEndInShouldParagraphsForTheAgenciesWithOnePoint() throws IOException {
        List<Finding> fs = read("inspection-2017-jtai-letter-agency-should-lead-ins.txt").records(Finding.class);
        List<String> improve = texts(fs, FindingKind.IMPROVEMENT);
        assertEquals(5, improve.size(), improve.toString());
        assertEquals("ensure that officers attending incidents routinely record the presence and views of children.", improve.get(2));
        assertEquals("Health partners should make sure that all midwives and health visitors routinely ask women about domestic abuse, and "
                + "record the answer.", improve.get(3));
        assertTrue(improve.stream().noneMatch(t -> t.contains("written statement")), "the next steps are none");
        assertEquals(2, texts(fs, FindingKind.STRENGTH).size(), "the case study is none");
    }

    @Test
    void monitoringVisitLeadersShouldImproveLeadsItsList() throws IOException {
        List<Finding> fs = read("inspection-2024-monitoring-visit-letter-leaders-should-improve.txt").records(Finding.class);
        assertEquals(List.of("the quality and timeliness of care plans, so that they reflect children's current needs",
                "the consistency of management oversight of decisions about children's contact with their families",
                "the matching of children with foster carers who can meet their needs in the long term."), texts(fs, FindingKind.IMPROVEMENT),
                "the headline findings' prose is none");
        assertTrue(fs.stream().allMatch(f -> "Ofsted monitoring visit 2024".equals(f.source()) && "Tollerby".equals(f.authority())));
    }

    @Test
    void numberedSubParagraphsAndLetteredStrengthsEndAtTheNextParagraph() throws IOException {
        List<Finding> fs = read("findings-cabinet-report-numbered-subparagraph-areas.txt").records(Finding.class);
        assertEquals(List.of("The timeliness of strategy discussions when children are at risk of significant harm.",
                "The recording of management decisions in the multi-agency safeguarding hub.",
                "The consistency of return home interviews for children who go missing."), texts(fs, FindingKind.IMPROVEMENT),
                "2.2.1 to 2.2.3; 2.3 and 2.4 are the report's own paragraphs, the self-assessment table none");
        assertEquals(List.of("Children at immediate risk of harm are protected quickly.", "Early help services are well coordinated with schools."),
                texts(fs, FindingKind.STRENGTH), "'… several areas of good practice:' right after the letter's list");
        for (Finding f : fs) {
            assertEquals("Ofsted focused visit 2024", f.source());
            assertEquals("2024-10-01", String.valueOf(f.date()), "'published in a letter dated 1 October 2024'");
        }
    }

    @Test
    void strengthsAndAreasForImprovementSideBySideAreTwoLists() throws IOException {
        List<Finding> fs = read("findings-scrutiny-report-send-inspection-two-column-table.txt").records(Finding.class);
        assertEquals(List.of("Children's needs are identified early in the early years.",
                "Parents value the support of the SEND information and advice service.",
                "The designated clinical officer gives health practitioners clear guidance on their statutory duties."),
                texts(fs, FindingKind.STRENGTH), "the blank cell is none; 'Areas of good practice …' heads strengths");
        assertEquals(List.of("The timeliness of education, health and care plans is too slow.",
                "Waiting times for neurodevelopmental assessments are too long.", "Preparation for adulthood starts too late for many young people."),
                texts(fs, FindingKind.IMPROVEMENT));
        assertTrue(fs.stream().allMatch(f -> "Ofsted SEND 2025".equals(f.source()) && "2025-02-28".equals(String.valueOf(f.date()))));
    }

    @Test
    void afiLabelsAndThePlanTableRestatingThemGiveEachFindingOnce() throws IOException {
        List<Finding> fs = read("findings-fire-authority-plan-afi-labels-table.txt").records(Finding.class);
        assertEquals(List.of("The service should make sure its prevention activity is targeted at those most at risk.",
                "The service should assure itself that its response standards are being met in rural areas.",
                "The service should improve the way it manages the wellbeing of on-call staff."), texts(fs, FindingKind.IMPROVEMENT),
                "the table's rows 1 to 3 restate AFI 1 to 3; internal audit's areas for improvement are no inspection's");
        assertTrue(fs.stream().allMatch(f -> "HMICFRS 2023".equals(f.source()) && "2024-01-30".equals(String.valueOf(f.date()))),
                "inspected in the autumn of 2023, published in January 2024");
    }

    @Test
    void aColonLeadInOverPlainLinesWhoseBulletsWereLost() throws IOException {
        List<Finding> fs = read("findings-briefing-note-what-needs-to-improve-plain-lines.txt").records(Finding.class);
        assertEquals(List.of("The timeliness of initial health assessments for children coming into care.",
                "The quality of supervision for social workers in the disabled children's team.", "Access to emotional health support for care leavers."),
                texts(fs, FindingKind.IMPROVEMENT), "the line referring back to 'these areas' ends the list; the Panel's own priorities are none");
        assertTrue(fs.stream().allMatch(f -> "Ofsted ILACS 2025".equals(f.source()) && "2025-05-02".equals(String.valueOf(f.date()))
                && "Brantwood".equals(f.authority())));
    }

    @Test
    void plainLinesEndAtTheReportsNextNumberedParagraphOrALabelledLine(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws IOException {
        // As a Word file whose bullets are plain paragraphs reads: the next numbered paragraph and the author's line are no items.
        java.nio.file.Path paper = dir.resolve("cabinet-report-areas-plain.txt");
        java.nio.file.Files.writeString(paper, String.join("\n\n", "# Harrowfield Council", "## Cabinet – 3 June 2025",
                "### Report title: Inspection of children's services", "2.1 Ofsted inspected children's services (ILACS) in March 2025.",
                "2.2 The areas for improvement were:", "the timeliness of return home interviews",
                "the quality of supervision in the assessment teams", "2.3 Officers have begun work on each of them and will report in the autumn.",
                "Contact officer: Dana Reeve, Head of Service", ""));
        Extraction x = PAPERS.extract(paper);
        assertEquals(List.of("the timeliness of return home interviews", "the quality of supervision in the assessment teams"),
                texts(x.records(Finding.class), FindingKind.IMPROVEMENT));
    }
}
