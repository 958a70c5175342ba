package org.councilpapers.extractors.record;

import static org.councilpapers.testdata.LayoutFixtures.document;
import static org.councilpapers.testdata.LayoutFixtures.para;
import static org.councilpapers.testdata.LayoutFixtures.plainTable;
import static org.councilpapers.testdata.LayoutFixtures.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.councilpapers.core.DocumentKind;
import org.councilpapers.core.record.Classification;
import org.councilpapers.core.record.Report;
import org.councilpapers.extractors.record.report.ReportExtractor;
import org.junit.jupiter.api.Test;

/**
 * Report covers in six councils' ways of printing them ({@code testdata/papers/variants/cover-*.txt}): labels with and
 * without colons, a value wrapped over two lines, "To" naming the committee and the date together, the title over the
 * labels, a label table with a contact block in columns. Each expected record was written from the variant by reading it;
 * every field the cover does not state is asserted null. The paper's kind is OTHER: the cover, not the kind, says it is a
 * report.
 */
class ReportCoverVariantsTest {
    static Report only(String variant) {
        List<Report> rs = Harness.run(new ReportExtractor(), DocumentKind.OTHER, Variants.read(variant)).records(Report.class);
        assertEquals(1, rs.size(), variant);
        return rs.get(0);
    }

    static void assertCountyFromToSubject(Report r) {
        assertEquals("Executive", r.committee(), "the text of \"Report to\" before its date");
        assertEquals("2024-05-14", String.valueOf(r.meetingDate()));
        assertEquals("Home to School Transport Policy 2025-26 and Post-16 Transport Statement", r.title(), "the subject's two lines joined");
        assertEquals("Councillor Hannah Pryce, Cabinet Member for Highways and Transport", r.reportOf());
        assertEquals("Yes", r.keyDecision());
        assertEquals(Classification.PUBLIC, r.classification(), "Part I – Public");
        assertEquals("Northfield; Southgate Rural", r.wardsAffected());
        assertEquals("Priya Nair", r.author(), "the contact officer at the report's end, without post, phone or address");
        assertNull(r.itemNumber());
        assertNull(r.accountableDirector());
    }

    static void assertDistrictByTo(Report r) {
        assertEquals("Housing Allocations Policy Review", r.title(), "the heading over the labels, not the call-in question");
        assertEquals("Director of Communities and Housing", r.reportOf());
        assertEquals("Cabinet", r.committee());
        assertEquals("2023-10-03", String.valueOf(r.meetingDate()));
        assertEquals(Classification.EXEMPT, r.classification());
        assertEquals("All", r.wardsAffected());
        assertEquals("Tom Reeve", r.author(), "\"role; name\": the name");
        assertNull(r.keyDecision());
        assertNull(r.itemNumber());
        assertNull(r.accountableDirector());
    }

    @Test
    void countyCoverFromToSubjectWithTheSubjectWrapped() {
        assertCountyFromToSubject(only("cover-county-report-from-to-subject-wrapped.txt"));
    }

    @Test
    void districtCoverWithLabelsWithoutColons() {
        assertDistrictByTo(only("cover-district-by-to-no-colons.txt"));
    }

    @Test
    void boroughCoverMeetingTitleLeadMemberLeadOfficer() {
        Report r = only("cover-borough-meeting-title-lead-member.txt");
        assertEquals("Overview and Scrutiny Committee", r.committee());
        assertEquals("2023-06-05", String.valueOf(r.meetingDate()));
        assertEquals("Annual report of the Local Safeguarding Adults Board", r.title());
        assertEquals("Grace Obi", r.author(), "the lead officer; the lead member is a councillor, not the author");
        assertEquals("All", r.wardsAffected());
        assertEquals("No", r.keyDecision());
        assertEquals(Classification.PUBLIC, r.classification());
        assertNull(r.reportOf(), "no 'report of' label: the lead member is not taken for it");
        assertNull(r.itemNumber());
    }

    @Test
    void unitaryCoverWithAnAgendaItemStampAndAReportTitleLabel() {
        Report r = only("cover-unitary-agenda-item-report-title.txt");
        assertEquals("6", r.itemNumber(), "the pack's 'Agenda Item 6' stamp over the cover");
        assertEquals("Better Care Fund Plan 2023-25", r.title());
        assertEquals("Health and Wellbeing Board", r.committee());
        assertEquals("2022-09-21", String.valueOf(r.meetingDate()));
        assertEquals("Director of Adult Social Services", r.reportOf());
        assertEquals("All wards", r.wardsAffected());
        assertEquals(Classification.PUBLIC, r.classification(), "'Public report' on a line of its own");
        assertNull(r.keyDecision());
        assertNull(r.author());
    }

    @Test
    void cityCoverWithSubjectContactOfficerAndGeneralRelease() {
        Report r = only("cover-city-subject-contact-officer-general-release.txt");
        assertEquals("Seafront Lighting Renewal Programme", r.title());
        assertEquals("2024-07-11", String.valueOf(r.meetingDate()));
        assertEquals("Executive Director, Economy, Environment and Culture", r.reportOf());
        assertEquals("Ali Khan", r.author(), "'Name: Ali Khan Tel: …'");
        assertEquals("Central Seafront; Westcliff", r.wardsAffected());
        assertEquals(Classification.PUBLIC, r.classification(), "'For general release'");
        assertNull(r.committee(), "the cover names no committee");
        assertNull(r.keyDecision());
        assertNull(r.itemNumber());
    }

    @Test
    void districtLabelTableWithAContactBlockInColumns() {
        Report r = only("cover-district-label-table-contact-columns.txt");
        assertEquals("Planning Enforcement Plan 2024", r.title(), "the heading over the table");
        assertEquals("Planning and Licensing Committee", r.committee(), "the final decision-maker");
        assertEquals("2024-01-17", String.valueOf(r.meetingDate()));
        assertEquals("Head of Development Management", r.reportOf());
        assertEquals("Mark Ellery", r.author());
        assertEquals(Classification.PUBLIC, r.classification());
        assertEquals("All", r.wardsAffected());
        assertEquals("Sonia Bright, Director of Place", r.accountableDirector(), "the column under 'Relevant director': name, post");
        assertNull(r.keyDecision());
        assertNull(r.itemNumber());
    }

    @Test
    void aDecisionNoticesLabelsAreNoReportCover() {
        assertEquals(0, Harness.run(new ReportExtractor(), DocumentKind.OTHER, Variants.read("cover-decision-notice-is-not-a-report.txt"))
                .records(Report.class).size());
    }

    @Test
    void theContactDetailsInColumnsAtTheReportsEndGiveAuthorAndDirector() {
        List<Report> rs = Harness.run(new ReportExtractor(), DocumentKind.OTHER, document(
                para("From: Cabinet Member for Adult Services"), para("To: Cabinet – 4 March 2025"), para("Subject: Day Opportunities Review"),
                para("Classification: Open"), para("Summary"), para("The review is complete."), para("8. Contact details"),
                plainTable(row("Report Author:", "Relevant Director:"), row("Nina Hale", "Omar Reid"),
                        row("Head of Commissioning", "Director of Adult Services"), row("Telephone number", "Telephone number"),
                        row("01632 960300", "01632 960301")))).records(Report.class);
        assertEquals(1, rs.size());
        assertEquals("Nina Hale", rs.get(0).author());
        assertEquals("Omar Reid, Director of Adult Services", rs.get(0).accountableDirector(), "the column's name and post, up to its phone");
        assertEquals("Day Opportunities Review", rs.get(0).title());
        assertEquals("Cabinet", rs.get(0).committee());
        assertEquals(Classification.PUBLIC, rs.get(0).classification());
    }

    @Test
    void twoColumnHeadingsOnOneLineNameNoAuthor() {
        List<Report> rs = Harness.run(new ReportExtractor(), DocumentKind.OTHER, document(
                para("From: Director of Place"), para("To: Cabinet – 4 March 2025"), para("Subject: Parking Strategy"), para("Summary"),
                para("A new strategy."), para("Report Author: Relevant Director:"), para("Kim Sato Lee Marsh"))).records(Report.class);
        assertEquals(1, rs.size());
        assertNull(rs.get(0).author(), "the second column's heading is no author, and the names run together are no one name");
    }
}
