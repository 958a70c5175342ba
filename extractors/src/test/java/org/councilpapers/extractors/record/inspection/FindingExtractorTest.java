package org.councilpapers.extractors.record.inspection;

import static org.councilpapers.testdata.LayoutFixtures.bold;
import static org.councilpapers.testdata.LayoutFixtures.document;
import static org.councilpapers.testdata.LayoutFixtures.heading;
import static org.councilpapers.testdata.LayoutFixtures.item;
import static org.councilpapers.testdata.LayoutFixtures.para;
import static org.councilpapers.testdata.LayoutFixtures.plainTable;
import static org.councilpapers.testdata.LayoutFixtures.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.councilpapers.core.DocumentKind;
import org.councilpapers.core.record.Finding;
import org.councilpapers.core.record.FindingKind;
import org.councilpapers.extractors.record.Harness;
import org.junit.jupiter.api.Test;

class FindingExtractorTest {
    private final FindingExtractor extractor = new FindingExtractor();

    @Test
    void whatNeedsToImproveItemsInAnInspectionReportCarryTheInspection() {
        List<Finding> fs = Harness.run(extractor, DocumentKind.INSPECTION_REPORT, document(
                heading(3, "Barset Council"), heading(3, "Inspection of children's social care services"),
                para("Inspection dates: 11 November 2019 to 22 November 2019"),
                heading(4, "What needs to improve"),
                item("-", "Planned transitions for disabled young people."),
                item("-", "Timeliness of initial health assessments."),
                heading(2, "The experiences and progress of children who need help and protection: Good"),
                item("1.", "Judicious, targeted investment in early help."))).records(Finding.class);
        assertEquals(2, fs.size());
        Finding f = fs.get(1);
        assertEquals(FindingKind.IMPROVEMENT, f.kind());
        assertEquals("Timeliness of initial health assessments.", f.text());
        assertEquals("Barset", f.authority());
        assertEquals("Ofsted ILACS 2019", f.source());
        assertNull(f.date(), "the report prints no date of its own; the inspection's last day is not the report's date");
    }

    @Test
    void aReportPrintingBothItsInspectionDatesAndItsPublicationDateDatesItsFindingsByThePublication() {
        List<Finding> fs = Harness.run(extractor, DocumentKind.INSPECTION_REPORT, document(
                heading(3, "Barset Council"), heading(3, "Inspection of local authority children's services"),
                para("Inspection dates: 20 to 24 January 2025"), para("Report published: 7 March 2025"),
                heading(4, "What needs to improve?"),
                item("-", "The quality of plans for children in need."))).records(Finding.class);
        assertEquals(1, fs.size());
        assertEquals("2025-03-07", fs.get(0).date().toString());
        assertEquals("Ofsted ILACS 2025", fs.get(0).source(), "the source's year is the inspection's");
    }

    @Test
    void aLettersFindingsCarryTheLettersDateNotTheVisitsDays() {
        List<Finding> fs = Harness.run(extractor, DocumentKind.INSPECTION_LETTER, document(
                para("7 March 2025"), para("Dear Ms Example"),
                para("This letter summarises the findings of the focused visit to Barset children's services on 28 and 29 January 2025."),
                heading(4, "What needs to improve in this area of social work practice?"),
                item("-", "The timeliness of strategy meetings."))).records(Finding.class);
        assertEquals(1, fs.size());
        assertEquals("2025-03-07", fs.get(0).date().toString());
    }

    @Test
    void aLeadInAfterTheParagraphNamingTheInspectionLeadsItsFindings() {
        List<Finding> fs = Harness.run(extractor, DocumentKind.REPORT, document(
                para("2.1 Ofsted's inspection of local authority children's services (ILACS) in June 2023 found that services are good."),
                para("2.2 The areas for improvement were:"),
                item("•", "the timeliness of child protection conferences"),
                para("2.3 The council will respond."))).records(Finding.class);
        assertEquals(List.of("the timeliness of child protection conferences"), fs.stream().map(Finding::text).toList());
        assertEquals("Ofsted ILACS 2023", fs.get(0).source());
        assertNull(fs.get(0).date(), "a month of inspection is no report's date");
    }

    @Test
    void aHeadingNamingAreasForImprovementInAPaperThatNamesNoInspectionLeadsNoFindings() {
        List<Finding> fs = Harness.run(extractor, DocumentKind.REPORT, document(
                para("The internal audit service completed 24 reviews."),
                bold("Areas for improvement"),
                item("-", "Reconciliation of the rents ledger."),
                para("The areas for improvement were:"),
                item("-", "Evidence for procurement waivers."))).records(Finding.class);
        assertEquals(0, fs.size(), () -> "an audit's list is no inspection's: " + fs);
    }

    @Test
    void leadInSentenceWithColonInACommitteeReport() {
        List<Finding> fs = Harness.run(extractor, DocumentKind.REPORT, document(
                para("Specific areas for improvement identified within the Ofsted Report:"),
                item("-", "Timeliness of initial health assessments when all children come into care."),
                para("These areas for development are explored in more detail in Section 3, below."),
                item("-", "Not a finding: the list ended."))).records(Finding.class);
        assertEquals(1, fs.size());
        assertEquals("Ofsted", fs.get(0).source());
        assertEquals("Thurrock", fs.get(0).authority(), "the paper's council");
        assertNull(fs.get(0).date());
    }

    @Test
    void boldAreasOfConcernAndStrengthsInOtherLayouts() {
        List<Finding> fs = Harness.run(extractor, DocumentKind.INSPECTION_LETTER, document(
                bold("Areas of concern"), item("a)", "The quality of EHC plans is too variable."),
                heading(2, "Strengths"), item("•", "Leaders know their local area well."))).records(Finding.class);
        assertEquals(2, fs.size());
        assertEquals(FindingKind.IMPROVEMENT, fs.get(0).kind());
        assertEquals(FindingKind.STRENGTH, fs.get(1).kind());
    }

    @Test
    void aLongParagraphMentioningImprovementIsNotALeadIn() {
        List<Finding> fs = Harness.run(extractor, DocumentKind.REPORT, document(
                para("What needs to improve is discussed at length in the sections that follow this introduction, where the "
                        + "service sets out the context of each of the recommendations and how it will respond to each in turn, "
                        + "with named leads and dates."),
                item("-", "A bullet that follows a long paragraph."))).records(Finding.class);
        assertEquals(0, fs.size());
    }

    @Test
    void findingsQuotedInAPackNameTheInspectionTheyCameFrom() {
        List<Finding> fs = Harness.run(extractor, DocumentKind.AGENDA_PACK, document(
                plainTable(row("12 October 2021", "ITEM: 10")),
                para("Dear Sheila"), para("9 August 2021"),
                para("This letter summarises the findings of a focused visit to Barset children's services on 30 June and 1 July 2021."),
                para("What needs to improve in this area of social work practice?"),
                item("-", "Earlier transition planning for care leavers."),
                plainTable(row("12 October 2021", "ITEM: 11")),
                para("This document addresses the areas of concern identified in the Local Area SEND Inspection, which took place 4th-8th March 2019."),
                item("-", "Area of Concern 1: Inaccurate and incomplete records meant leaders did not know where children were."),
                para("Area of concern 1: Records were inaccurate and incomplete, so leaders did not know where children were."),
                para("Area of concern 2: Quality assurance is not rigorous enough."))).records(Finding.class);
        assertEquals(3, fs.size(), () -> "the second wording of area of concern 1 is the same finding: " + fs);
        assertEquals("Ofsted focused visit 2021", fs.get(0).source());
        assertEquals("2021-08-09", fs.get(0).date().toString());
        assertEquals("Inaccurate and incomplete records meant leaders did not know where children were.", fs.get(1).text());
        assertEquals("Ofsted SEND 2019", fs.get(1).source());
        assertNull(fs.get(1).date());
        assertEquals("Quality assurance is not rigorous enough.", fs.get(2).text());
    }

    @Test
    void actionsUnderTimescaleLinesAfterALeadInSentenceAreEachAFinding() {
        List<Finding> fs = Harness.run(extractor, DocumentKind.INSPECTION_REPORT, document(
                heading(1, "Inspection of looked after children services"), para("Midshire County Council"),
                para("Inspection dates: 8 – 12 July 2013"), para("Published: 16 August 2013"),
                heading(2, "Areas for improvement"),
                item("15.", "In order to improve the quality of provision and services for looked after children, the local authority "
                        + "should take the following action."),
                bold("Immediately:"),
                item("-", "ensure all children have a care plan"),
                bold("Within three months:"),
                item("-", "ensure that social workers always provide a written report for the review of the child or"),
                org.councilpapers.testdata.LayoutFixtures.pageBreak("7"),
                para("young person, shared with the child before the review"),
                item("-", "ensure children know the complaints procedure."),
                heading(2, "Outcomes for looked after children"),
                item("16.", "Overall outcomes are inadequate."))).records(Finding.class);
        assertEquals(List.of("ensure all children have a care plan",
                "ensure that social workers always provide a written report for the review of the child or young person, shared with the "
                        + "child before the review",
                "ensure children know the complaints procedure."), fs.stream().map(Finding::text).toList());
        assertEquals("2013-08-16", fs.get(0).date().toString(), "the report's publication date");
        assertEquals("Ofsted looked after children 2013", fs.get(0).source());
    }

    @Test
    void aListOfStrengthsAndWeaknessesIsNeither() {
        List<Finding> fs = Harness.run(extractor, DocumentKind.INSPECTION_REPORT, document(
                heading(1, "Wessex Council"), heading(2, "Key strengths and weaknesses of the LSCB"),
                item("-", "The chair has the respect of partners; however, sub-groups meet too rarely."),
                heading(2, "Strengths"), item("-", "Partners attend well."))).records(Finding.class);
        assertEquals(1, fs.size());
        assertEquals(FindingKind.STRENGTH, fs.get(0).kind());
        assertEquals("Partners attend well.", fs.get(0).text());
    }

    @Test
    void itemsAfterTheLocalAuthorityHasTheFollowingStrengthsAreStrengths() {
        List<Finding> fs = Harness.run(extractor, DocumentKind.INSPECTION_REPORT, document(
                heading(1, "Wessex Council"), para("The local authority has the following strengths:"),
                item("35.", "Children at risk of immediate harm receive a good service."),
                item("36.", "There is good support for children in need."),
                heading(2, "Information about this inspection"))).records(Finding.class);
        assertEquals(2, fs.size());
        assertEquals(FindingKind.STRENGTH, fs.get(1).kind());
        assertEquals("There is good support for children in need.", fs.get(1).text());
    }

    @Test
    void aReportsNumberedParagraphsUnderTheNextHeadingDoNotCarryOnItsList() {
        List<Finding> fs = Harness.run(extractor, DocumentKind.INSPECTION_REPORT, document(
                heading(1, "Wessex Council"), para("Inspection dates: 2 June 2014 – 25 June 2014"),
                heading(2, "Areas for improvement"),
                item("140.", "Ensure partners hold each other to account for early help."),
                item("141.", "Develop a model for evaluating the impact of training."),
                heading(2, "The Board's work"),
                item("142.", "The Board has a clear protocol setting out its governance."))).records(Finding.class);
        assertEquals(List.of("Ensure partners hold each other to account for early help.",
                "Develop a model for evaluating the impact of training."), fs.stream().map(Finding::text).toList());
    }

    @Test
    void bulletsGroupedUnderAgencyHeadingsOfTheLeadsOwnLevelAreOneList() {
        List<Finding> fs = Harness.run(extractor, DocumentKind.INSPECTION_LETTER, document(
                para("Between 5 and 9 November 2018, Ofsted and the CQC undertook a joint targeted area inspection in Wessex."),
                heading(2, "Areas for improvement"),
                heading(2, "Health"), item("•", "Health visitors do not record the voice of the child."),
                heading(2, "Police"), item("•", "Disruption activity is not consistently recorded."),
                heading(2, "Next steps"), para("The local authority should prepare a written statement of proposed action."))).records(Finding.class);
        assertEquals(List.of("Health visitors do not record the voice of the child.", "Disruption activity is not consistently recorded."),
                fs.stream().map(Finding::text).toList());
        assertEquals("Ofsted JTAI 2018", fs.get(0).source());
    }

    @Test
    void paragraphsUnderAHeadingOfAnInspectionLetterAreItsItemsAndANoneFoundLineGivesNone() {
        List<Finding> fs = Harness.run(extractor, DocumentKind.INSPECTION_LETTER, document(
                heading(2, "Priority and immediate action"),
                para("The inspection did not find any areas for priority and immediate action."),
                bold("Areas for development"),
                para("Too few staff in mainstream schools have had training in recognising autism."),
                para("Outcomes in EHC plans are vague and are not used to measure progress."),
                para("Yours sincerely"))).records(Finding.class);
        assertEquals(List.of("Too few staff in mainstream schools have had training in recognising autism.",
                "Outcomes in EHC plans are vague and are not used to measure progress."), fs.stream().map(Finding::text).toList());
    }

    @Test
    void aSentenceNamingAreasForImprovementInAPaperThatNamesNoInspectionLeadsNoFindings() {
        List<Finding> fs = Harness.run(extractor, DocumentKind.REPORT, document(
                heading(2, "Staff survey"),
                para("Staff told us about the following areas for improvement in the new office:"),
                item("-", "More quiet rooms for confidential calls."))).records(Finding.class);
        assertEquals(0, fs.size(), "no inspectorate named: the staff survey's list is no inspection finding");
    }
}
