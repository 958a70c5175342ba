package org.councilpapers.extractors.record.plan;

import static org.councilpapers.testdata.LayoutFixtures.document;
import static org.councilpapers.testdata.LayoutFixtures.para;
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

/**
 * Work programmes printed as labelled blocks rather than a table, as fire and police bodies and districts print them: a
 * meeting's date on a line of its own ("Meeting: 21 January 2026", "3 February 2026"), then per entry "Item:" or "Topic:",
 * "Lead officer:", "Requested by:", "Purpose:", and a closing list of entries with no meeting yet ("Items awaiting a date",
 * "Unscheduled items"). Three bodies' wordings, one of them under no work programme title at all.
 */
class LabelledBlockProgrammeTest {
    private static List<WorkProgrammeEntry> run(LayoutDocument doc) {
        return Harness.run(new WorkProgrammeExtractor(), DocumentKind.OTHER, doc).records(WorkProgrammeEntry.class);
    }

    private static List<String> topics(List<WorkProgrammeEntry> es) {
        return es.stream().map(WorkProgrammeEntry::topic).toList();
    }

    @Test
    void fireAuthorityMeetingLinesOverItemBlocksAndItemsAwaitingADate() {
        List<WorkProgrammeEntry> es = run(Variants.read("wp-fire-authority-labelled-item-blocks.txt"));
        assertEquals(List.of("Internal Audit Progress Report", "Treasury Management Mid-Year Review", "Corporate Risk Register",
                "Firefighter Pension Scheme Annual Update", "Station Estates Condition Survey", "Collaboration with the Ambulance Trust"),
                topics(es), "the 'Item:' label is not the topic's");
        assertEquals("2026-01-21", String.valueOf(es.get(0).meetingDate()));
        assertEquals("2026-01-21", String.valueOf(es.get(1).meetingDate()));
        assertEquals("2026-03-18", String.valueOf(es.get(2).meetingDate()));
        assertEquals("Head of Internal Audit", es.get(0).leadOfficer());
        assertEquals("Statutory", es.get(0).requestedBy());
        assertEquals("Councillor R Okafor", es.get(3).requestedBy());
        assertNull(es.get(4).meetingDate(), "an item awaiting a date has none");
        assertEquals("Items awaiting a date", es.get(4).meetingDateText());
        assertNull(es.get(5).meetingDate());
        assertEquals("Deputy Chief Fire Officer", es.get(5).leadOfficer());
        assertEquals("Councillor M Hale", es.get(5).requestedBy());
        assertTrue(es.stream().noneMatch(e -> e.topic().startsWith("To ")), "a 'Purpose:' line is no entry");
    }

    @Test
    void policePanelDateHeadingsOverEntriesWithLongPurposes() {
        List<WorkProgrammeEntry> es = run(Variants.read("wp-police-panel-date-headings-labelled-items.txt"));
        assertEquals(List.of("Proposed Police Precept 2026/27", "Complaints Review Annual Report", "Police and Crime Plan Delivery Update",
                "Victim Services Commissioning"), topics(es));
        assertEquals("2026-02-03", String.valueOf(es.get(0).meetingDate()), "an entry whose purpose runs long is still one");
        assertEquals("Chief Finance Officer, Office of the Police and Crime Commissioner", es.get(0).leadOfficer());
        assertEquals("Panel", es.get(1).requestedBy());
        assertEquals("2026-03-24", String.valueOf(es.get(2).meetingDate()));
        assertNull(es.get(3).meetingDate());
        assertEquals("Unscheduled items", es.get(3).meetingDateText());
        assertEquals("Councillor T Brennan", es.get(3).requestedBy());
    }

    @Test
    void districtTopicBlocksUnderNoProgrammeTitleAreFoundByTheirEntries() {
        List<WorkProgrammeEntry> es = run(Variants.read("wp-district-overview-topic-labels-unscheduled.txt"));
        assertEquals(List.of("Council Tax Support Scheme Review", "Waste Collection Contract Performance", "Planning Enforcement Backlog",
                "Car Parking Strategy"), topics(es));
        assertEquals("2026-01-14", String.valueOf(es.get(0).meetingDate()));
        assertEquals("Revenues and Benefits Manager", es.get(0).leadOfficer(), "'Officer:' names the lead");
        assertEquals("Cabinet", es.get(0).requestedBy());
        assertEquals("2026-03-11", String.valueOf(es.get(2).meetingDate()));
        assertNull(es.get(3).meetingDate());
        assertEquals("Councillor P Adeyemi", es.get(3).requestedBy());
    }

    @Test
    void combinedAuthorityNumberedItemsUnderCommitteeDateLabels() {
        List<WorkProgrammeEntry> es = run(Variants.read("wp-combined-authority-numbered-items-committee-date.txt"));
        assertEquals(List.of("Bus Service Improvement Plan Refresh", "Active Travel Fund Allocations", "Local Transport Plan Consultation Findings",
                "Rail Station Accessibility Programme"), topics(es), "'Item 1:' numbers the entry; it is no part of the topic");
        assertEquals("2025-11-26", String.valueOf(es.get(1).meetingDate()), "'Committee date:' dates the entries under it");
        assertEquals("2026-02-04", String.valueOf(es.get(2).meetingDate()));
        assertEquals("Director of Transport", es.get(0).leadOfficer(), "'Contact officer:' names the lead");
        assertEquals("Statutory requirement", es.get(0).requestedBy(), "'Source of request:' says who asked");
        assertEquals("Mayor's Office", es.get(1).requestedBy());
        assertNull(es.get(3).meetingDate());
        assertEquals("Councillor E Varga", es.get(3).requestedBy());
    }

    @Test
    void labelsSetApartByDashesAndMeetingDatesWithoutAYear() {
        List<WorkProgrammeEntry> es = run(Variants.read("wp-fire-dash-labels-dates-without-year.txt"));
        assertEquals(List.of("Prevention Activity Annual Report", "On-call Availability Review", "Annual Performance Indicators",
                "Home Fire Safety Visit Backlog"), topics(es));
        assertEquals("2025-12-09", String.valueOf(es.get(0).meetingDate()), "December of the programme's year '2025 to 2026'");
        assertEquals("2026-02-24", String.valueOf(es.get(2).meetingDate()), "February after December is in the next year");
        assertEquals("Area Manager (Response)", es.get(1).leadOfficer(), "'Lead officer – …' is a label as 'Lead officer:' is");
        assertEquals("Councillor D Ashworth", es.get(1).requestedBy());
        assertNull(es.get(3).meetingDate());
        assertEquals("Awaiting a date", es.get(3).meetingDateText());
    }

    @Test
    void aTitlesOwnDashesAreNoLabels() {
        List<WorkProgrammeEntry> es = run(document(para("Work Programme 2025/26"), para("Meeting: 9 December 2025"),
                para("Item: Annual Report – Outcomes – Quarter 3"), para("Lead officer: Head of Audit"),
                para("Item: Risk Register"), para("Lead officer: Treasurer")));
        assertEquals(List.of("Annual Report – Outcomes – Quarter 3", "Risk Register"), topics(es));
    }

    @Test
    void aReportCoverWithAMeetingDateASubjectAndAnAuthorIsNoProgramme() {
        List<WorkProgrammeEntry> es = run(document(para("Cabinet"), para("Meeting date: 15 January 2026"),
                para("Subject: Leisure Centre Investment"), para("Report author: Head of Leisure"), para("Wards affected: All"),
                para("1. Purpose of the report")));
        assertTrue(es.isEmpty(), es.toString());
    }
}
