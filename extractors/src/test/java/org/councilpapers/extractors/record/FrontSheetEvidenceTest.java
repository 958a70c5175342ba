package org.councilpapers.extractors.record;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.councilpapers.core.DocumentKind;
import org.councilpapers.core.layout.LayoutDocument;
import org.councilpapers.core.record.AgendaItem;
import org.councilpapers.core.record.Meeting;
import org.councilpapers.extractors.record.agenda.AgendaItemExtractor;
import org.councilpapers.extractors.record.agenda.MeetingExtractor;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Front sheets in papers that are no agenda pack ({@code testdata/papers/variants/frontsheet-*.txt}): a planning committee's
 * agenda over the one report it calls, and a town council committee's agenda over the minutes of the same meeting. The
 * front sheet's meeting and items are read whatever the paper is taken for; the minutes' items, which are the agenda's, are
 * given once, and so is the meeting. The expected values were written by reading the variants.
 */
class FrontSheetEvidenceTest {

    @ParameterizedTest
    @EnumSource(value = DocumentKind.class, names = {"AGENDA_PACK", "REPORT", "OTHER", "MINUTES"})
    void aFrontSheetOverOneReportGivesItsMeetingAndItems(DocumentKind kind) {
        LayoutDocument doc = Variants.read("frontsheet-borough-planning-agenda-then-one-report.txt");
        List<Meeting> meetings = Harness.run(new MeetingExtractor(), kind, doc).records(Meeting.class);
        assertEquals(1, meetings.size(), kind + " " + meetings);
        Meeting m = meetings.get(0);
        assertEquals("Planning Applications Committee", m.committee(), kind.toString());
        assertEquals("2025-07-09", String.valueOf(m.date()), kind.toString());

        List<AgendaItem> items = Harness.run(new AgendaItemExtractor(), kind, doc).records(AgendaItem.class);
        assertEquals(List.of("1", "2", "3"), items.stream().map(AgendaItem::number).toList(), kind + " " + items);
        assertEquals("Land at Mill Lane, Eastbury: 24/01234/FUL", items.get(2).title(), kind.toString());
        assertEquals(3, items.get(2).pages().from(), kind.toString());
        assertEquals(18, items.get(2).pages().to(), kind.toString());
    }

    @ParameterizedTest
    @EnumSource(value = DocumentKind.class, names = {"MINUTES", "REPORT", "OTHER"})
    void minutesUnderTheirAgendaGiveEachItemAndTheMeetingOnce(DocumentKind kind) {
        LayoutDocument doc = Variants.read("frontsheet-town-agenda-then-minutes-same-meeting.txt");
        List<Meeting> meetings = Harness.run(new MeetingExtractor(), kind, doc).records(Meeting.class);
        assertEquals(1, meetings.size(), kind + " " + meetings);
        assertEquals("2025-03-17", String.valueOf(meetings.get(0).date()), kind.toString());

        List<AgendaItem> items = Harness.run(new AgendaItemExtractor(), kind, doc).records(AgendaItem.class);
        assertEquals(List.of("1", "2", "3", "4"), items.stream().map(AgendaItem::number).toList(), kind + " " + items);
        assertEquals("Budget monitoring to 28 February 2025", items.get(3).title(), kind.toString());
        for (AgendaItem i : items) {
            assertEquals("2025-03-17", String.valueOf(i.meetingDate()), kind + " " + i);
        }
    }
}
