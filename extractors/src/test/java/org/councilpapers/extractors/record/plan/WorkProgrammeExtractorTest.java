package org.councilpapers.extractors.record.plan;

import static org.councilpapers.testdata.LayoutFixtures.document;
import static org.councilpapers.testdata.LayoutFixtures.pageBreak;
import static org.councilpapers.testdata.LayoutFixtures.para;
import static org.councilpapers.testdata.LayoutFixtures.plainTable;
import static org.councilpapers.testdata.LayoutFixtures.row;
import static org.councilpapers.testdata.LayoutFixtures.table;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.councilpapers.core.DocumentKind;
import org.councilpapers.core.layout.LayoutDocument;
import org.councilpapers.core.record.WorkProgrammeEntry;
import org.councilpapers.extractors.record.Harness;
import org.councilpapers.extractors.record.Variants;
import org.junit.jupiter.api.Test;

class WorkProgrammeExtractorTest {
    private final WorkProgrammeExtractor extractor = new WorkProgrammeExtractor();

    private List<WorkProgrammeEntry> run(LayoutDocument doc) {
        return Harness.run(extractor, DocumentKind.AGENDA_PACK, doc).records(WorkProgrammeEntry.class);
    }

    @Test
    void dateRowsHeadTheTopicsUnderThemAcrossAPageBreakWithoutAHeader() {
        List<WorkProgrammeEntry> es = run(document(
                para("Committee Work Programme 2021/22"),
                table(row("Topic", "Lead Officer", "Requested by Officer/Member"), row("13 July 2021", "", ""),
                        row("Youth Cabinet Verbal Update", "Roberta Fontaine", "Standing Item"), row("12 October 2021", "", "")),
                pageBreak("110"),
                plainTable(row("Savings Proposals", "Sheila Murphy", "Officers"),
                        row("11 November 2021 – Extraordinary Meeting at 6pm", "", ""),
                        row("High Risk Notifications – exempt extraordinary meeting TBC", "Sheila Murphy", "Members (requested February 2021)"),
                        row("To be confirmed", "", ""), row("Child Poverty Review", "Jo Broadbent", ""))));
        assertEquals(List.of("Youth Cabinet Verbal Update", "Savings Proposals", "High Risk Notifications – exempt extraordinary meeting TBC",
                "Child Poverty Review"), es.stream().map(WorkProgrammeEntry::topic).toList());
        assertEquals("2021-07-13", es.get(0).meetingDate().toString());
        assertEquals("Roberta Fontaine", es.get(0).leadOfficer());
        assertEquals("Standing Item", es.get(0).requestedBy());
        assertEquals("2021-10-12", es.get(1).meetingDate().toString(), "the date row before the page break carries on");
        assertEquals("2021-11-11", es.get(2).meetingDate().toString());
        assertEquals("11 November 2021 – Extraordinary Meeting at 6pm", es.get(2).meetingDateText());
        assertNull(es.get(3).meetingDate());
        assertEquals("To be confirmed", es.get(3).meetingDateText());
        assertNull(es.get(3).requestedBy());
    }

    @Test
    void aDateColumnWithMergedCellsAndDaysWithoutAYear() {
        List<WorkProgrammeEntry> es = run(Variants.read("scrutiny-work-programme-date-column.txt"));
        assertEquals(6, es.size());
        assertEquals("2022-06-14", es.get(1).meetingDate().toString(), "a blank date cell repeats the one above");
        assertEquals("Hospital Discharge Review", es.get(1).topic());
        assertEquals("2022-10-04", es.get(3).meetingDate().toString());
        assertEquals("2023-01-17", es.get(4).meetingDate().toString(), "January after October is in the next year");
        assertNull(es.get(5).meetingDate());
        assertEquals("TBC", es.get(5).meetingDateText());
        assertEquals("Panel (requested March 2022)", es.get(5).requestedBy());
    }

    @Test
    void columnsInAnotherOrderAndATableThatGoesOnAfterAPageNumber() {
        List<WorkProgrammeEntry> es = run(Variants.read("cabinet-forward-plan-other-order.txt"));
        assertEquals(5, es.size());
        assertEquals("Housing Allocations Policy", es.get(3).topic());
        assertEquals("Mona Nash", es.get(3).leadOfficer());
        assertEquals("Scrutiny", es.get(3).requestedBy());
        assertEquals("2023-04-12", es.get(3).meetingDate().toString());
        assertNull(es.get(4).meetingDate());
        assertEquals("To be confirmed", es.get(4).meetingDateText());
    }

    @Test
    void aDayWithoutAYearAndNoMunicipalYearStaysUndated() {
        List<WorkProgrammeEntry> es = run(document(table(row("Meeting", "Item", "Officer"), row("14 June", "Annual report", "Ann Lee"))));
        assertNull(es.get(0).meetingDate());
        assertEquals("14 June", es.get(0).meetingDateText());
    }

    @Test
    void otherTablesAndListsOfChangesAreNotEntries() {
        assertTrue(run(document(
                table(row("Action", "Timescale", "Responsible Officer"), row("Recruit foster carers", "March 2022", "Jo Bloggs")),
                para("The work programme was updated as follows:"), para("Ofsted Inspection Outcome – TBC for 12 October 2021."),
                table(row("", "Page"), row("1 Work Programme", "109 - 112")))).isEmpty());
    }

    @Test
    void theHeaderRepeatedDownTheTableIsNoEntry() {
        List<WorkProgrammeEntry> es = run(document(table(row("Meeting date", "Topic", "Lead officer"), row("5 May 2022", "Budget", "Ann Lee"),
                row("Meeting date", "Topic", "Lead officer"), row("7 July 2022", "Estates", "Bob Hill"))));
        assertEquals(List.of("Budget", "Estates"), es.stream().map(WorkProgrammeEntry::topic).toList());
    }

    @Test
    void aDateColumnWithoutAHeaderIsKnownByItsDates() {
        List<WorkProgrammeEntry> es = run(document(table(row("", "Topic", "Lead officer"), row("5 May 2022", "Budget", "Ann Lee"),
                row("", "Estates Strategy", "Bob Hill"), row("July 2022", "Annual Report", "Ann Lee"))));
        assertEquals(List.of("2022-05-05", "2022-05-05", "2022-07"), es.stream().map(e -> e.meetingDate().toString()).toList());
        assertEquals("Estates Strategy", es.get(1).topic());
    }

    @Test
    void aPdfReadingsWrappedCellsAreJoinedAsPrinted() {
        org.councilpapers.core.layout.Block title = org.councilpapers.core.layout.Block.paragraph("2020/21 Annual Complaints Report");
        org.councilpapers.core.layout.Block wrapped = org.councilpapers.core.layout.Block.listItem("–", 0, "Children’s Social Care");
        org.councilpapers.core.layout.Table t = new org.councilpapers.core.layout.Table(List.of(
                org.councilpapers.core.layout.Cell.of(0, 0, "Topic"), org.councilpapers.core.layout.Cell.of(0, 1, "Lead Officer"),
                org.councilpapers.core.layout.Cell.of(1, 0, 1, 1, false, List.of(title, wrapped), null),
                org.councilpapers.core.layout.Cell.of(1, 1, "Priscilla Bruce- Annan")), 2, 2, null);
        List<WorkProgrammeEntry> es = run(document(table(t)));
        assertEquals("2020/21 Annual Complaints Report – Children’s Social Care", es.get(0).topic());
        assertEquals("Priscilla Bruce-Annan", es.get(0).leadOfficer());
    }

    @Test
    void aProgrammeSetOutAsDatesWithTheirTopicsBulleted() {
        List<WorkProgrammeEntry> es = run(Variants.read("county-work-programme-list.txt"));
        assertEquals(List.of("Adult Social Care Charging Policy", "Carers Strategy refresh", "Hospital discharge winter plan",
                "Care market sustainability", "Annual complaints report", "Dementia services review"),
                es.stream().map(WorkProgrammeEntry::topic).toList());
        assertEquals("2022-06-14", es.get(0).meetingDate().toString());
        assertEquals("Jo Kent", es.get(0).leadOfficer());
        assertEquals("Councillor Shah", es.get(1).requestedBy());
        assertEquals("2022-07-05", es.get(2).meetingDate().toString(), "an extraordinary meeting is a meeting");
        assertEquals("Extraordinary meeting – 5 July 2022", es.get(2).meetingDateText());
        assertEquals("2022-09-13", es.get(4).meetingDate().toString());
        assertNull(es.get(5).meetingDate(), "a date to be confirmed is no date");
        assertEquals("Date to be confirmed", es.get(5).meetingDateText());
    }

    @Test
    void entriesOpeningWithTheirMonthAndNamingLeadAndRequesterOnTheLine() {
        List<WorkProgrammeEntry> es = run(Variants.read("wp-borough-children-scrutiny-dated-lines.txt"));
        assertEquals(List.of("School Place Planning: Secondary Places", "Youth Justice Plan", "Children's Social Care Workforce: Agency Use",
                "Holiday Activities and Food Programme", "Mental Health Support Teams in Schools"),
                es.stream().map(WorkProgrammeEntry::topic).toList(), "the colon inside a topic is no label");
        assertEquals("Head of School Organisation", es.get(0).leadOfficer());
        assertEquals("Councillor A Gill", es.get(0).requestedBy());
        assertEquals("2025-06", es.get(0).meetingDate().toString());
        assertNull(es.get(1).requestedBy());
        assertEquals("Assistant Director, Safeguarding", es.get(2).leadOfficer(), "a comma inside the value");
        assertEquals("the Panel", es.get(2).requestedBy());
        assertEquals("2025-09", es.get(2).meetingDate().toString());
        assertNull(es.get(3).leadOfficer());
        assertEquals("Councillor R Mensah", es.get(3).requestedBy());
        assertNull(es.get(4).meetingDate());
        assertEquals("To be scheduled", es.get(4).meetingDateText());
        assertEquals("Designated Clinical Officer, ICB", es.get(4).leadOfficer(), "the contact line after the list is no sub-line");
    }

    @Test
    void labelsInLowerCaseAfterDashesSemicolonsCommasAndInBrackets() {
        List<WorkProgrammeEntry> es = run(Variants.read("wp-county-education-semicolon-labels.txt"));
        assertEquals(List.of("Elective Home Education", "Attendance and persistent absence", "Annual report of the Virtual School",
                "Post-16 transport policy consultation", "SEND sufficiency strategy", "Apprenticeships and the levy"),
                es.stream().map(WorkProgrammeEntry::topic).toList());
        assertEquals(List.of("Head of Education Welfare", "Attendance Lead", "Virtual School Head", "Transport Commissioning Manager",
                "Assistant Director, Inclusion"), es.subList(0, 5).stream().map(WorkProgrammeEntry::leadOfficer).toList());
        assertEquals("the Committee", es.get(0).requestedBy());
        assertEquals("Councillor P Okafor", es.get(1).requestedBy());
        assertNull(es.get(2).requestedBy());
        assertEquals("Cabinet forward plan", es.get(3).requestedBy(), "a source is who or what asked for the item");
        assertEquals("Scrutiny Chairs' Group", es.get(4).requestedBy(), "the bracket closing the labels is not the value's");
        assertEquals("2024-09-18", es.get(0).meetingDate().toString());
        assertEquals("2024-11-20", es.get(4).meetingDate().toString());
        assertNull(es.get(5).leadOfficer());
        assertEquals("Councillor H Brandt", es.get(5).requestedBy());
        assertNull(es.get(5).meetingDate());
    }

    @Test
    void monthHeadingsOverBulletsWithLabelledSubLinesApartOrRunOnToTheTopic() {
        List<WorkProgrammeEntry> es = run(Variants.read("wp-district-month-headings-sub-lines.txt"));
        assertEquals(List.of("Community Safety Partnership annual update", "Leisure centre contract performance",
                "Homelessness and rough sleeping strategy", "Town centre regeneration programme", "Grants to voluntary organisations review"),
                es.stream().map(WorkProgrammeEntry::topic).toList());
        assertEquals("Community Safety Manager", es.get(0).leadOfficer());
        assertEquals("Standing item", es.get(0).requestedBy());
        assertEquals("Head of Leisure and Culture", es.get(1).leadOfficer(), "\"Officer:\" alone names the lead");
        assertEquals("Member suggestion (Cllr D Royle)", es.get(1).requestedBy());
        assertEquals("Housing Options Manager", es.get(2).leadOfficer());
        assertEquals("Cabinet referral", es.get(2).requestedBy());
        assertNull(es.get(3).leadOfficer(), "the next month's lines are not this topic's");
        assertNull(es.get(3).requestedBy());
        assertEquals("2023-10", es.get(3).meetingDate().toString());
        assertEquals("2024-01", es.get(4).meetingDate().toString());
        assertEquals("Communities Manager", es.get(4).leadOfficer());
        assertEquals("Councillor S Patel", es.get(4).requestedBy());
    }

    @Test
    void aLeadNamedInTheTopicCellFillsABlankLeadColumnOnly() {
        List<WorkProgrammeEntry> es = run(document(table(row("Meeting date", "Topic", "Lead officer"),
                row("5 May 2022", "Carers Strategy (Lead: Jo Kent) - requested by Councillor Shah", ""),
                row("7 July 2022", "Estates review (lead officer: Head of Property)", "Bob Hill"))));
        assertEquals("Carers Strategy", es.get(0).topic());
        assertEquals("Jo Kent", es.get(0).leadOfficer());
        assertEquals("Councillor Shah", es.get(0).requestedBy());
        assertEquals("Estates review (lead officer: Head of Property)", es.get(1).topic(), "the column's own lead stands; the cell is left as printed");
        assertEquals("Bob Hill", es.get(1).leadOfficer());
    }

    private static org.councilpapers.core.layout.Cell spanning(int r, int c, int cols, String text) {
        return org.councilpapers.core.layout.Cell.of(r, c, 1, cols, true, List.of(org.councilpapers.core.layout.Block.paragraph(text)), null);
    }

    private static org.councilpapers.core.layout.Cell cell(int r, int c, String text) {
        return org.councilpapers.core.layout.Cell.of(r, c, text);
    }

    @Test
    void aTitleAcrossTheTableAndAHeaderOfTwoLevelsAreReadThroughTheTableView() {
        // "Scrutiny Work Programme 2023/24" across the table, then "Meeting" over "Date | Venue" beside "Report title | Lead officer".
        org.councilpapers.core.layout.Table t = new org.councilpapers.core.layout.Table(List.of(
                spanning(0, 0, 4, "Scrutiny Work Programme 2023/24"),
                spanning(1, 0, 2, "Meeting"), spanning(1, 2, 1, "Report title"), spanning(1, 3, 1, "Lead officer"),
                spanning(2, 0, 1, "Date"), spanning(2, 1, 1, "Venue"), spanning(2, 2, 1, ""), spanning(2, 3, 1, ""),
                cell(3, 0, "20 June 2023"), cell(3, 1, "Council Chamber"), cell(3, 2, "Youth Justice Plan"), cell(3, 3, "Amir Shah"),
                cell(4, 0, ""), cell(4, 1, ""), cell(4, 2, "Fostering Annual Report"), cell(4, 3, "Head of Fostering"),
                cell(5, 0, "Date"), cell(5, 1, "Venue"), cell(5, 2, "Report title"), cell(5, 3, "Lead officer"),
                cell(6, 0, "9 January 2024"), cell(6, 1, "Room 2"), cell(6, 2, "Budget Scrutiny"), cell(6, 3, "Section 151 Officer")),
                7, 4, null);
        List<WorkProgrammeEntry> es = run(document(table(t)));
        assertEquals(List.of("Youth Justice Plan", "Fostering Annual Report", "Budget Scrutiny"), es.stream().map(WorkProgrammeEntry::topic).toList(),
                "the title row and the header printed again after a page break are no entries");
        assertEquals(List.of("2023-06-20", "2023-06-20", "2024-01-09"), es.stream().map(e -> e.meetingDate().toString()).toList());
        assertEquals("Head of Fostering", es.get(1).leadOfficer());
    }

    @Test
    void aLeadOfficerColumnWithoutAHeaderIsKnownByItsPeople() {
        List<WorkProgrammeEntry> es = run(document(table(row("Meeting date", "Topic", "", "Requested by"),
                row("5 May 2022", "Budget Monitoring", "Director of Finance", "Committee"),
                row("7 July 2022", "Estates Strategy", "Head of Property", "Councillor Reid"),
                row("7 July 2022", "Annual Complaints Report", "Ann Lee", ""))));
        assertEquals(List.of("Director of Finance", "Head of Property", "Ann Lee"), es.stream().map(WorkProgrammeEntry::leadOfficer).toList());
        assertEquals("Councillor Reid", es.get(1).requestedBy());
    }
}
