package org.councilpapers.extractors.record.agenda;

import static org.councilpapers.testdata.LayoutFixtures.document;
import static org.councilpapers.testdata.LayoutFixtures.para;
import static org.councilpapers.testdata.LayoutFixtures.plainTable;
import static org.councilpapers.testdata.LayoutFixtures.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.councilpapers.core.DocumentKind;
import org.councilpapers.core.layout.LayoutDocument;
import org.councilpapers.core.record.AgendaItem;
import org.councilpapers.core.record.Meeting;
import org.councilpapers.core.record.PageRange;
import org.councilpapers.extractors.record.Harness;
import org.councilpapers.extractors.record.Variants;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The covering letter of papers sent after the agenda ("I am now able to enclose … the following reports that were unavailable when
 * the agenda was printed", "Please find attached the following papers, which were not available at the time the agenda was
 * published, for the meeting of …") gives the items it lists and the meeting they are for, whatever the paper is taken for; the
 * letter's own date ("Date: 29 May 2024" in its letterhead) is not the meeting's. Two councils' letters in
 * {@code testdata/papers/variants/pack-*-letter-*}, and a PDF's reading of a third, which splits a wrapped title and its pages
 * into lines of their own and the drop capital of "Agenda".
 */
class CoveringLetterTest {
    private static List<AgendaItem> items(DocumentKind kind, LayoutDocument doc) {
        return Harness.run(new AgendaItemExtractor(), kind, doc).records(AgendaItem.class);
    }

    private static List<Meeting> meetings(DocumentKind kind, LayoutDocument doc) {
        return Harness.run(new MeetingExtractor(), kind, doc).records(Meeting.class);
    }

    @ParameterizedTest
    @EnumSource(value = DocumentKind.class, names = {"AGENDA_PACK", "REPORT", "OTHER"})
    void aLetterHeadedByTheMeetingGivesItsLateItemsAndTheMeeting(DocumentKind kind) {
        LayoutDocument doc = Variants.read("pack-borough-letter-late-reports-wrapped-titles.txt");
        List<AgendaItem> items = items(kind, doc);
        assertEquals(List.of("5", "8"), items.stream().map(AgendaItem::number).toList(), kind + " " + items);
        assertEquals("Land north of Mill Lane, Fernbury: outline application for up to 140 dwellings and associated access",
                items.get(0).title());
        assertEquals(new PageRange(1, 36), items.get(0).pages());
        assertEquals(new PageRange(37, 42), items.get(1).pages());
        assertEquals("2024-06-05", String.valueOf(items.get(0).meetingDate()), "the meeting's date, not the letter's (29 May)");

        List<Meeting> meetings = meetings(kind, doc);
        assertEquals(1, meetings.size(), kind + " " + meetings);
        assertTrue("Planning Committee".equalsIgnoreCase(meetings.get(0).committee()), meetings.get(0).committee());
        assertEquals("2024-06-05", String.valueOf(meetings.get(0).date()));
    }

    @ParameterizedTest
    @EnumSource(value = DocumentKind.class, names = {"AGENDA_PACK", "REPORT", "OTHER"})
    void aLetterNamingTheMeetingInASentenceGivesItsBodyDateAndTime(DocumentKind kind) {
        LayoutDocument doc = Variants.read("pack-unitary-letter-papers-for-meeting-of.txt");
        List<AgendaItem> items = items(kind, doc);
        assertEquals(List.of("7", "10"), items.stream().map(AgendaItem::number).toList(), kind + " " + items);
        assertEquals("Pharmaceutical Needs Assessment: supplementary statement", items.get(1).title());
        assertEquals("2024-07-09", String.valueOf(items.get(1).meetingDate()), "the meeting's date, not the letter's (3 July)");

        List<Meeting> meetings = meetings(kind, doc);
        assertEquals(1, meetings.size(), kind + " " + meetings);
        Meeting m = meetings.get(0);
        assertEquals("Health and Wellbeing Board", m.committee());
        assertEquals("2024-07-09", String.valueOf(m.date()));
        assertEquals("2.00 pm", m.time());
    }

    @ParameterizedTest
    @EnumSource(value = DocumentKind.class, names = {"AGENDA_PACK", "OTHER"})
    void aPdfsLinesOfOneLetterAreReadWhole(DocumentKind kind) {
        // A county's letter as a PDF reader gives it: the letterhead as a table, "A genda" split from its drop capital, the
        // column's heading run into the first item, its title wrapped and its pages on lines of their own.
        LayoutDocument doc = document(
                plainTable(row("Ask for:", "Rhiannon Pugh"), row("Date:", "14 November 2024")),
                para("Dear Member"),
                para("CORPORATE PARENTING PANEL - THURSDAY, 21 NOVEMBER 2024"),
                para("I am now able to enclose, for consideration, the following documents that were unavailable when the agenda was issued."),
                para("A genda Item No 4 Annual Report of the Independent Reviewing Officer Service"),
                para("(Pages 1 - 22)"),
                para("6 Sufficiency Strategy for Children in Care and Care Leavers 2025-28: consultation"),
                para("responses (Pages 23 - 40)"),
                para("Yours sincerely"));
        List<AgendaItem> items = items(kind, doc);
        assertEquals(List.of("4", "6"), items.stream().map(AgendaItem::number).toList(), kind + " " + items);
        assertEquals("Annual Report of the Independent Reviewing Officer Service", items.get(0).title());
        assertEquals(new PageRange(1, 22), items.get(0).pages());
        assertEquals("Sufficiency Strategy for Children in Care and Care Leavers 2025-28: consultation responses", items.get(1).title());
        assertEquals(new PageRange(23, 40), items.get(1).pages());
        assertEquals("2024-11-21", String.valueOf(items.get(0).meetingDate()));

        List<Meeting> meetings = meetings(kind, doc);
        assertEquals(1, meetings.size(), kind + " " + meetings);
        assertTrue("Corporate Parenting Panel".equalsIgnoreCase(meetings.get(0).committee()), meetings.get(0).committee());
        assertEquals("2024-11-21", String.valueOf(meetings.get(0).date()));
    }

    @ParameterizedTest
    @EnumSource(value = DocumentKind.class, names = {"REPORT", "OTHER"})
    void aLetterThatEnclosesNoAgendaItemsGivesNoMeeting(DocumentKind kind) {
        // A letter about a meeting that lists no late item with its pages is no covering sheet: no item and no meeting is made up.
        LayoutDocument doc = document(
                para("Dear Councillor"),
                para("I am now able to enclose the notes of the site visit held before the meeting of the Planning Committee on 5 June 2024."),
                para("1. The visit began at 10.00 am."),
                para("2. Members viewed the site from Mill Lane."),
                para("Yours sincerely"));
        assertTrue(items(kind, doc).isEmpty());
        assertTrue(meetings(kind, doc).isEmpty());
    }
}
