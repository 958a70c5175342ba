package org.councilpapers.extractors.record.report;

import static org.councilpapers.testdata.LayoutFixtures.document;
import static org.councilpapers.testdata.LayoutFixtures.heading;
import static org.councilpapers.testdata.LayoutFixtures.item;
import static org.councilpapers.testdata.LayoutFixtures.para;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.councilpapers.core.record.Classification;
import org.councilpapers.core.DocumentKind;
import org.councilpapers.core.layout.LayoutDocument;
import org.councilpapers.core.record.Meeting;
import org.councilpapers.core.record.Report;
import org.councilpapers.extractors.record.Harness;
import org.councilpapers.extractors.record.Variants;
import org.councilpapers.extractors.record.agenda.MeetingExtractor;
import org.junit.jupiter.api.Test;

/**
 * Report covers with no labels at all: "Report of the Director of …" / "Report to the … Panel" / "Joint report of …" over
 * or under the title, the committee and its date as lines of their own. The variants are the audit's (an English county's,
 * a district's, a unitary's, a borough's); the layouts built here add a Welsh county's joint report, a Scottish council's
 * "Report by" under its title in capitals, and a London borough's "Report of … to Cabinet" on one line. Every field the cover
 * does not state is asserted null; the paper's kind is OTHER, so the cover, not the kind, makes the report.
 */
class UnlabelledCoverTest {
    private static Report only(LayoutDocument doc) {
        List<Report> rs = Harness.run(new ReportExtractor(), DocumentKind.OTHER, doc).records(Report.class);
        assertEquals(1, rs.size(), rs.toString());
        return rs.get(0);
    }

    @Test
    void countyReportComparingAuthoritiesHasItsCommitteeLineAboveAndItsTitleBelow() {
        Report r = only(Variants.read("committee-report-comparison-of-authorities.txt"));
        assertEquals("Ofsted inspections of children's services: how we compare", r.title());
        assertEquals("Children and Young People Scrutiny Committee", r.committee(), "the committee's line, its date cut off");
        assertEquals("2012-03-14", String.valueOf(r.meetingDate()));
        assertEquals("Director of Children's Services", r.reportOf());
        assertNull(r.itemNumber());
        assertNull(r.author());
        assertEquals(Classification.PUBLIC, r.classification(), "no exemption stated");
    }

    @Test
    void districtReportToAPanelWithALabelledMeetingDate() {
        Report r = only(Variants.read("council-identity-footer-email-only.txt"));
        assertEquals("Temporary accommodation: spending and numbers", r.title());
        assertEquals("Overview and Scrutiny Panel", r.committee());
        assertEquals("2024-12-03", String.valueOf(r.meetingDate()), "'Meeting date: 3 December 2024'");
        assertEquals("Head of Housing", r.reportOf());
    }

    @Test
    void unitaryReportWithItsRecommendationsStraightAfterTheTitle() {
        Report r = only(Variants.read("table-report-appendix-ofsted-grades.txt"));
        assertEquals("Outcome of the inspection of local authority children's services", r.title());
        assertEquals("Children and Families Overview and Scrutiny Committee", r.committee());
        assertEquals("2022-12-07", String.valueOf(r.meetingDate()));
        assertEquals("Corporate Director, Children's Services", r.reportOf());
    }

    @Test
    void boroughReportNamingNoCommitteeIsAReportByItsPurposeSection() {
        Report r = only(Variants.read("classify-report-purpose-recommendations-no-cover-labels.txt"));
        assertEquals("Waste collection round changes", r.title());
        assertEquals("Director of Place", r.reportOf());
        assertEquals("Imran Shah", r.author(), "the contact officer at the report's end");
        assertNull(r.committee());
        assertNull(r.meetingDate());
    }

    @Test
    void welshCountyJointReportWithTheDateUnderTheCommittee() {
        Report r = only(document(heading(1, "Cyngor Sir Dyfnant / Dyfnant County Council"), heading(2, "Cabinet"),
                para("12 September 2023"), para("Joint report of the Director of Social Services and the Director of Education"),
                heading(2, "Additional learning needs: transformation programme"), heading(2, "1. Purpose of the report"),
                para("1.1 To update Cabinet on the programme.")));
        assertEquals("Cabinet", r.committee());
        assertEquals("2023-09-12", String.valueOf(r.meetingDate()));
        assertEquals("Director of Social Services and the Director of Education", r.reportOf());
        assertEquals("Additional learning needs: transformation programme", r.title());
    }

    @Test
    void scottishReportByUnderItsTitleInCapitals() {
        Report r = only(document(heading(1, "EDUCATION AND CHILDREN'S SERVICES COMMITTEE"), para("5 March 2024"),
                heading(2, "SCHOOL ESTATE STRATEGY 2024-2034"), para("Report by Executive Director (Education and Children's Services)"),
                heading(2, "1. PURPOSE OF REPORT"), para("1.1 This report seeks approval of the strategy.")));
        assertEquals("EDUCATION AND CHILDREN'S SERVICES COMMITTEE", r.committee());
        assertEquals("2024-03-05", String.valueOf(r.meetingDate()));
        assertEquals("SCHOOL ESTATE STRATEGY 2024-2034", r.title(), "the title printed above the 'Report by' line");
        assertEquals("Executive Director (Education and Children's Services)", r.reportOf());
    }

    @Test
    void londonBoroughReportOfToCabinetOnOneLine() {
        Report r = only(document(para("Report of the Strategic Director of Place to Cabinet, 8 July 2024"),
                heading(2, "Fees and charges for parking 2024/25"), heading(2, "Summary"), para("This report proposes new charges.")));
        assertEquals("Strategic Director of Place", r.reportOf());
        assertEquals("Cabinet", r.committee());
        assertEquals("2024-07-08", String.valueOf(r.meetingDate()));
        assertEquals("Fees and charges for parking 2024/25", r.title());
    }

    @Test
    void aTitlePrintedBetweenTwoLabelsIsTheTitleNotMoreOfTheCommittee() {
        // A pack's report: "Report to:" / the title / "Report of:", after the minutes' last decision on the page before.
        List<Report> rs = Harness.run(new ReportExtractor(), DocumentKind.AGENDA_PACK, Variants.read("barset-audit-committee-pack-page-ranges.txt"))
                .records(Report.class);
        assertEquals(1, rs.size());
        assertEquals("Internal Audit Progress Report", rs.get(0).title(), "not the decision 'AGREED: …' printed above the cover");
        assertEquals("Audit and Governance Committee", rs.get(0).committee());
        assertEquals("3", rs.get(0).itemNumber());
        assertEquals("Nora Gum, Chief Internal Auditor", rs.get(0).reportOf());
    }

    @Test
    void theMeetingAReportWithoutLabelsIsWrittenFor() {
        List<Meeting> ms = Harness.run(new MeetingExtractor(), DocumentKind.REPORT, Variants.read("committee-report-comparison-of-authorities.txt"))
                .records(Meeting.class);
        assertEquals(1, ms.size());
        assertEquals("Children and Young People Scrutiny Committee", ms.get(0).committee());
        assertEquals("2012-03-14", String.valueOf(ms.get(0).date()));
    }

    @Test
    void aReportOfLineDeepInAPaperOrWithoutATitleOrInMinutesIsNoCover() {
        // Deep in the body: a paragraph that happens to be a "Report of" line is a reference, not a cover.
        List<Report> deep = Harness.run(new ReportExtractor(), DocumentKind.OTHER, document(heading(1, "Highways maintenance"),
                para("1. Introduction"), para("1.1 The council maintains 2,400 miles of road."), para("1.2 Funding comes from the DfT."),
                para("2. Background"), para("2.1 The last plan was adopted in 2019."), para("2.2 It ran for five years."),
                para("2.3 A review followed."), para("Report of the Task Group on Potholes"), para("Highway defects"),
                para("Summary"))).records(Report.class);
        assertTrue(deep.isEmpty(), deep.toString());
        // Minutes telling what a report said.
        List<Report> minutes = Harness.run(new ReportExtractor(), DocumentKind.MINUTES, document(
                heading(1, "Minutes of the meeting of the Licensing Committee held on 3 May 2023"), para("Present: Councillors A Bell and C Dean"),
                heading(2, "12. Taxi licensing policy"), para("Report of the Head of Regulatory Services"),
                para("RESOLVED: That the policy be approved."))).records(Report.class);
        assertTrue(minutes.isEmpty(), minutes.toString());
        // A "Report of" line with no title, no committee, no date and no first section names no report.
        List<Report> bare = Harness.run(new ReportExtractor(), DocumentKind.OTHER, document(para("Report of the Director of Place"),
                item("•", "Ward members were consulted."))).records(Report.class);
        assertTrue(bare.isEmpty(), bare.toString());
    }
}
