package org.councilpapers.extractors.record.report;

import static org.councilpapers.testdata.LayoutFixtures.document;
import static org.councilpapers.testdata.LayoutFixtures.heading;
import static org.councilpapers.testdata.LayoutFixtures.item;
import static org.councilpapers.testdata.LayoutFixtures.para;
import static org.councilpapers.testdata.LayoutFixtures.plainTable;
import static org.councilpapers.testdata.LayoutFixtures.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.councilpapers.CouncilPapers;
import org.councilpapers.core.DocumentKind;
import org.councilpapers.core.Extraction;
import org.councilpapers.core.record.Classification;
import org.councilpapers.core.record.PaperRecord;
import org.councilpapers.core.record.RecordType;
import org.councilpapers.core.record.Report;
import org.councilpapers.extractors.record.Harness;
import org.councilpapers.extractors.record.Variants;
import org.councilpapers.testdata.TestPapers;
import org.junit.jupiter.api.Test;

class ReportExtractorTest {
    private final ReportExtractor extractor = new ReportExtractor();

    @Test
    void coverLaidOutAsPlainLines() {
        List<Report> rs = Harness.run(extractor, DocumentKind.REPORT, document(
                para("7 July 2020"), para("ITEM: 9"), para("Children's Services Overview and Scrutiny Committee"),
                para("Update on the Continuous Development Plan"),
                para("Wards and communities affected:Key Decision:AllN/A"),
                para("Report of: Joe Tynan, Interim Assistant Director"),
                para("Accountable Assistant Director: Joe Tynan, Interim Assistant Director"),
                para("Accountable Director: Sheila Murphy, Corporate Director of Children's Services"),
                para("This report is public"), para("Executive Summary"), para("This report informs Members."),
                item("8.", "Appendices to the report"), item("•", "Appendix 1 – Development Plan, April 2020"),
                para("Report Author:"), para("Joe Tynan, Interim Assistant Director"))).records(Report.class);
        assertEquals(1, rs.size());
        Report r = rs.get(0);
        assertEquals("2020-07-07", r.meetingDate().toString());
        assertEquals("9", r.itemNumber());
        assertEquals("Children's Services Overview and Scrutiny Committee", r.committee());
        assertEquals("Update on the Continuous Development Plan", r.title());
        assertEquals("All", r.wardsAffected());
        assertEquals("N/A", r.keyDecision());
        assertEquals("Joe Tynan, Interim Assistant Director", r.reportOf());
        assertEquals("Joe Tynan, Interim Assistant Director", r.accountableAssistantDirector());
        assertEquals("Sheila Murphy, Corporate Director of Children's Services", r.accountableDirector());
        assertEquals(Classification.PUBLIC, r.classification());
        assertEquals("This report informs Members.", r.executiveSummary());
        assertEquals(List.of("Appendix 1 – Development Plan, April 2020"), r.appendices());
        assertEquals("Joe Tynan", r.author());
    }

    @Test
    void coversLaidOutAsTablesInAPackGiveOneReportEach() {
        List<Report> rs = Harness.run(extractor, DocumentKind.AGENDA_PACK, document(
                plainTable(row("12 October 2021", "ITEM: 6"), row("Children’s Services Overview and Scrutiny Committee", ""),
                        row("Report from the Safeguarding Partnership.", ""),
                        row("Wards and communities affected: All", "Key Decision: N/A"),
                        row("Report of: Priscilla Bruce-Annan, Business Manager", ""), row("This report is public.", "")),
                heading(2, "Executive Summary"), para("Progress against priorities."),
                para("Report Author:"), para("Priscilla Bruce-Annan"),
                plainTable(row("12 October 2021", "Item 7"), row("Cabinet", ""), row("Annual Complaints Report", ""),
                        row("Wards and communities affected: Aveley", "Key Decision: Non Key"), row("This Report is: Exempt", "")))).records(Report.class);
        assertEquals(2, rs.size());
        assertEquals("6", rs.get(0).itemNumber());
        assertEquals("Report from the Safeguarding Partnership.", rs.get(0).title());
        assertEquals("Priscilla Bruce-Annan", rs.get(0).author());
        assertEquals("N/A", rs.get(0).keyDecision());
        assertEquals("7", rs.get(1).itemNumber());
        assertEquals("Cabinet", rs.get(1).committee());
        assertEquals("Aveley", rs.get(1).wardsAffected());
        assertEquals("Non Key", rs.get(1).keyDecision());
        assertEquals(Classification.EXEMPT, rs.get(1).classification());
        assertNull(rs.get(1).author());
        assertNull(rs.get(1).reportOf());
    }

    @Test
    void anItemNumberInsideProseIsNotACover() {
        assertEquals(0, Harness.run(extractor, DocumentKind.MINUTES, document(
                para("The Committee discussed item 7 at length."), para("Item 7 was deferred to the next meeting.")))
                .records(Report.class).size());
    }

    @Test
    void coverLaidOutAsTabSeparatedLinesWithAnItemWordInCapitals() {
        List<Report> rs = Harness.run(extractor, DocumentKind.REPORT, document(
                para("15 March 2023\tITEM 7"), para("Corporate Parenting Panel"), para("Care Leavers Local Offer"),
                para("Wards and communities affected:\tAll\tKey Decision:\tKey"),
                para("Report of:\tAmy Lark, Head of Service"), para("This report is:\tExempt"),
                para("Executive Summary"), para("The offer was refreshed."))).records(Report.class);
        assertEquals(1, rs.size());
        Report r = rs.get(0);
        assertEquals("7", r.itemNumber());
        assertEquals("2023-03-15", r.meetingDate().toString());
        assertEquals("Corporate Parenting Panel", r.committee());
        assertEquals("Care Leavers Local Offer", r.title());
        assertEquals("Amy Lark, Head of Service", r.reportOf());
        assertEquals(Classification.EXEMPT, r.classification());
        assertEquals("The offer was refreshed.", r.executiveSummary());
    }

    // Covers set out as tables of labels, in three councils' wordings (testdata/papers/variants).

    @Test
    void coverTableWithColonLabels() {
        Report r = onlyReport("district-report-cover-table-colons.txt");
        assertEquals("7", r.itemNumber());
        assertEquals("Children's social care placements", r.title());
        assertEquals("Children and Families Scrutiny Committee", r.committee());
        assertEquals("2024-03-14", r.meetingDate().toString());
        assertEquals("Director of Children's Services", r.reportOf());
        assertEquals("Jane Doe", r.author());
        assertEquals("All", r.wardsAffected());
        assertEquals("No", r.keyDecision());
        assertEquals(Classification.PUBLIC, r.classification(), "the cover states no exemption: open by default");
    }

    @Test
    void coverTableWithoutColonsInHtml() {
        Report r = onlyReport("county-report-cover-table-no-colons.txt");
        assertEquals("9", r.itemNumber());
        assertEquals("Care leavers' local offer: annual review", r.title());
        assertEquals("Corporate Parenting Panel", r.committee());
        assertEquals("2023-10-03", r.meetingDate().toString());
        assertEquals("Executive Director, People", r.reportOf());
        assertEquals("Sam Hughes", r.author());
        assertEquals("All", r.wardsAffected());
        assertEquals("No", r.keyDecision());
        assertEquals(Classification.PUBLIC, r.classification());
    }

    @Test
    void coverTableWithTitleAndItemInOneRow() {
        Report r = onlyReport("unitary-report-cover-table-title-and-item.txt");
        assertEquals("5", r.itemNumber());
        assertEquals("Fostering sufficiency strategy 2024-27", r.title());
        assertEquals("Cabinet", r.committee());
        assertEquals("2024-06-12", r.meetingDate().toString());
        assertEquals("Corporate Director, Children and Education", r.reportOf());
        assertEquals("Priya Shah", r.author());
        assertEquals("All wards", r.wardsAffected());
        assertEquals("Yes", r.keyDecision());
    }

    @Test
    void anItemLineOverACoverTableMakesOneReport() {
        List<Report> rs = Harness.run(extractor, DocumentKind.REPORT, document(
                para("ITEM 4"), plainTable(row("Report title", "Youth justice plan"), row("Report by", "Head of Youth Justice"),
                        row("Wards affected", "All"), row("Key decision", "No")),
                heading(2, "Recommendations"), item("1.", "That the plan is approved."))).records(Report.class);
        assertEquals(1, rs.size());
        assertEquals("4", rs.get(0).itemNumber());
        assertEquals("Youth justice plan", rs.get(0).title());
        assertEquals("Head of Youth Justice", rs.get(0).reportOf());
    }

    @Test
    void aTitleHeadingOverACoverTableWithoutATitleRow() {
        Report r = Harness.run(extractor, DocumentKind.REPORT, document(
                heading(1, "School admissions arrangements 2026/27"),
                plainTable(row("Meeting", "Cabinet"), row("Agenda item", "11"), row("Report of", "Director of Education"),
                        row("Key decision", "Yes")),
                para("The arrangements are consulted on each year."))).records(Report.class).get(0);
        assertEquals("11", r.itemNumber());
        assertEquals("School admissions arrangements 2026/27", r.title());
        assertEquals("Cabinet", r.committee());
    }

    @Test
    void aCoverTableIsNotAlsoARagTableOrAWorkProgramme() throws IOException {
        CouncilPapers papers = CouncilPapers.builder().build();
        for (String name : List.of("district-report-cover-table-colons.txt", "county-report-cover-table-no-colons.txt",
                "unitary-report-cover-table-title-and-item.txt")) {
            Extraction x = papers.extract(TestPapers.path("variants/" + name));
            assertEquals(DocumentKind.REPORT, x.document().kind(), name);
            // The meeting the report is written for comes too where its cover names the committee and the date (SCHEMA.md).
            assertEquals(Set.of(RecordType.REPORT, RecordType.RECOMMENDATION),
                    x.records().stream().map(PaperRecord::type).filter(t -> t != RecordType.MEETING).collect(Collectors.toSet()), name);
            assertTrue(x.records().stream().filter(r -> r.type() == RecordType.MEETING).count() <= 1, name);
        }
    }

    @Test
    void aCoverTablesContactGivesTheNameOnlyWhereItNamesSomeone() {
        Report r = Harness.run(extractor, DocumentKind.REPORT, document(plainTable(row("Report title", "Play areas review"),
                row("Report by", "Head of Leisure"), row("Contact officer", "Sam Lee (01234 567890, sam.lee@northbrook.gov.uk)"),
                row("Key decision", "No")))).records(Report.class).get(0);
        assertEquals("Sam Lee", r.author());
        assertNull(r.itemNumber(), "the cover prints no item number");
        r = Harness.run(extractor, DocumentKind.REPORT, document(plainTable(row("Report title", "Play areas review"),
                row("Report by", "Director of Place"), row("Report author", "Head of Leisure"), row("Key decision", "No"))))
                .records(Report.class).get(0);
        assertNull(r.author(), "a job title names no one");
        assertEquals("Director of Place", r.reportOf());
    }

    private Report onlyReport(String variant) {
        List<Report> rs = Harness.run(extractor, DocumentKind.REPORT, Variants.read(variant)).records(Report.class);
        assertEquals(1, rs.size(), variant);
        return rs.get(0);
    }
}
