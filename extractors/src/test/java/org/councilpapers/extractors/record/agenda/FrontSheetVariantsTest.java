package org.councilpapers.extractors.record.agenda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.councilpapers.core.DocumentKind;
import org.councilpapers.core.layout.LayoutDocument;
import org.councilpapers.core.record.AgendaItem;
import org.councilpapers.core.record.Meeting;
import org.councilpapers.core.record.PageRange;
import org.councilpapers.core.record.Person;
import org.councilpapers.extractors.record.Harness;
import org.councilpapers.extractors.record.Variants;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Agenda front sheets and records of decisions that print their meeting's facts and their items' pages in other ways than the
 * ModernGov sheet ({@code testdata/papers/variants/agenda-*-front-sheet-*} and {@code decisions-*}): fields run together on one
 * line ("Date: … Time: … Place: …"), "Location:" after the date line, members under a heading one to a line and co-opted members
 * in a table, pages after the title as "Pages 1 - 8", "pp. 47-60", "Page 61" or in a page column, a venue in the title's sentence
 * or on the line under the date. The records of decisions are read under several kinds: the kind a paper is taken for switches
 * no evidence off; the front sheets under the kind their opening gives them (a front sheet is found only in an agenda).
 */
class FrontSheetVariantsTest {

    private static List<AgendaItem> items(String file, DocumentKind kind) {
        LayoutDocument doc = Variants.read(file);
        return Harness.run(new AgendaItemExtractor(), kind, doc).records(AgendaItem.class);
    }

    @ParameterizedTest
    @EnumSource(value = DocumentKind.class, names = {"AGENDA_PACK"})
    void labelledFieldsOnOneLineAndCouncillorsOverSeveralLines(DocumentKind kind) {
        Meeting m = Variants.meeting(kind, "agenda-district-front-sheet-place-councillors-pages-after-title.txt");
        assertEquals("Overview and Scrutiny Committee", m.committee());
        assertEquals("2024-05-14", String.valueOf(m.date()));
        assertEquals("6.30 pm", m.time());
        assertEquals("The Assembly Room, Wyvern House, Church Lane, Stowbridge SB4 2JQ", m.venue(), "'Place:' run on after 'Time:'");
        assertEquals(List.of(new Person("Rosa Penhale", "Chair"), new Person("Declan Tully", "Vice-Chair"), new Person("Ahmed Qureshi", null),
                new Person("Bethan Morrow", null), new Person("Colin Yeats", null), new Person("Delia Frome", null),
                new Person("Eamon Stratton", null)), m.members());
        assertEquals("Philippa Grange", m.contactOfficer());
        assertEquals("2024-05-03", String.valueOf(m.published()));
    }

    @ParameterizedTest
    @EnumSource(value = DocumentKind.class, names = {"AGENDA_PACK"})
    void pagesAfterTheTitleInOtherWaysAndNoDescriptionInTheTitle(DocumentKind kind) {
        List<AgendaItem> items = items("agenda-district-front-sheet-place-councillors-pages-after-title.txt", kind);
        assertEquals(List.of("1", "2", "3", "4", "5", "6", "7"), items.stream().map(AgendaItem::number).toList());
        assertEquals("Minutes of the meeting held on 9 April 2024", items.get(2).title());
        assertEquals(new PageRange(1, 8), items.get(2).pages(), "'Pages 1 - 8' after the title");
        assertEquals("Review of the Council's Approach to Empty Homes and Second Homes Council Tax Premiums", items.get(3).title());
        assertEquals(new PageRange(9, 46), items.get(3).pages(), "'(Pages 9 - 46)' on the line after a wrapped title");
        assertEquals("Youth Services Provision Across the District", items.get(4).title(), "the report's 'Report of …' line is no title");
        assertEquals(new PageRange(47, 60), items.get(4).pages(), "'pp. 47-60'");
        assertEquals("Work Programme 2024/25", items.get(5).title());
        assertEquals(new PageRange(61, 61), items.get(5).pages(), "'Page 61': one page");
        assertNull(items.get(6).pages());
    }

    @ParameterizedTest
    @EnumSource(value = DocumentKind.class, names = {"AGENDA_PACK"})
    void locationAfterTheDateMembersOneALineAndCoOptedMembersInATable(DocumentKind kind) {
        Meeting m = Variants.meeting(kind, "agenda-city-front-sheet-location-members-one-per-line-page-column.txt");
        assertEquals("Children and Young People Scrutiny Panel", m.committee());
        assertEquals("2024-06-10", String.valueOf(m.date()));
        assertEquals("5.00 pm", m.time());
        assertEquals("Committee Room 3, Kingsmere Guildhall, High Street, Kingsmere KM1 1AA", m.venue());
        assertEquals(List.of(new Person("Hannah Oduya", "Chair"), new Person("Peter Lindqvist", "Vice-Chair"),
                new Person("Marcus Fairweather", null), new Person("Nadia Kowalczyk", null), new Person("Owen Tremlett", null),
                new Person("Gregory Aldous", "Co-opted"), new Person("Linda Achebe", "Co-opted")), m.members(),
                "whom a co-opted member represents is not their role");
        assertEquals("Simone Baptiste", m.contactOfficer());
    }

    @ParameterizedTest
    @EnumSource(value = DocumentKind.class, names = {"AGENDA_PACK"})
    void paddedLabelsEndEachOtherAndMembershipIsASentence(DocumentKind kind) {
        Meeting m = Variants.meeting(kind, "agenda-city-notice-of-meeting-padded-labels-membership-sentence.txt");
        // The committee as printed, in capitals: matching folds case.
        assertEquals("CHILDREN AND EDUCATION SCRUTINY COMMITTEE", m.committee());
        assertEquals("2026-01-15", String.valueOf(m.date()));
        assertEquals("6.30 pm", m.time());
        assertEquals("Committee Room 2, The Guildhall, Bridge Street, Fellbridge FB1 1GH", m.venue(),
                "'Contact:' ends the venue, and the indented 'Tel: … Email: …' line is the contact's");
        assertEquals("Harriet Ombasa", m.contactOfficer());
        assertEquals(List.of(new Person("Nasreen Akhtar", "Chair"), new Person("Jonathan Pellow", "Vice-Chair"),
                new Person("Beverley Ashdown", null), new Person("Callum Briggs", null), new Person("Deborah Fenwick", null),
                new Person("Imran Hussain", null), new Person("Louise Marchant", null), new Person("Megan Rowntree", null),
                new Person("Dominic Kearney", "Co-opted"), new Person("Alison Whitcombe", "Co-opted"), new Person("Kwame Asante", "Co-opted")),
                m.members(), "whom a co-opted member represents, in the column beside the name, is not their role");
    }

    @ParameterizedTest
    @EnumSource(value = DocumentKind.class, names = {"AGENDA_PACK"})
    void paddedLabelsWithContinuationsAndCouncillorsAsASentenceUnderAHeading(DocumentKind kind) {
        Meeting m = Variants.meeting(kind, "agenda-borough-padded-labels-enquiries-councillors-sentence-fr-co-opted.txt");
        assertEquals("HOUSING AND COMMUNITIES OVERVIEW COMMITTEE", m.committee());
        assertEquals("2026-03-04", String.valueOf(m.date()));
        assertEquals("7.00pm", m.time());
        assertEquals("The Council Chamber, Civic Offices, Market Square, Dunmere DN3 4PQ", m.venue());
        assertEquals("Rupert Langley", m.contactOfficer());
        assertEquals(List.of(new Person("Tobias Merriweather", "Chair"), new Person("Farah Siddiqui", "Vice-Chair"),
                new Person("Graham Oakes", null), new Person("Priya Lakhani", null), new Person("Stella Venn", null),
                new Person("Wilfred Coyle", null), new Person("Anselm Dorrington", "Co-opted"), new Person("Joy Okafor", "Co-opted")),
                m.members());
    }

    @ParameterizedTest
    @EnumSource(value = DocumentKind.class, names = {"AGENDA_PACK"})
    void aPageColumnWithPagesToFollowAndATitleThatKeepsItsKeyDecisionTag(DocumentKind kind) {
        List<AgendaItem> items = items("agenda-city-front-sheet-location-members-one-per-line-page-column.txt", kind);
        assertEquals(6, items.size());
        assertEquals(new PageRange(5, 12), items.get(1).pages());
        // The heading as printed (SCHEMA: the item's heading; the hand-checked goldens keep titles as printed): the tag stays.
        assertEquals("Elective Home Education Annual Report (Key Decision)", items.get(2).title());
        assertEquals(new PageRange(29, 29), items.get(3).pages());
        assertEquals("Placement Sufficiency Strategy Refresh", items.get(4).title(), "'To Follow' is the page column's, not the title's");
        assertNull(items.get(4).pages());
    }

    @ParameterizedTest
    @EnumSource(value = DocumentKind.class, names = {"MINUTES", "AGENDA_PACK", "OTHER"})
    void recordOfDecisionsTakenAtAMeetingGivesTimeAndVenueFromItsTitle(DocumentKind kind) {
        Meeting m = Variants.meeting(kind, "decisions-borough-record-of-decisions-taken-at-cabinet.txt");
        assertEquals("Cabinet", m.committee());
        assertEquals("2024-05-08", String.valueOf(m.date()));
        assertEquals("7.00 pm", m.time());
        assertEquals("Council Chamber, Town Hall, Quay Street, Longhaven", m.venue());
        assertEquals(List.of("Imogen Sutter", "Kwame Boateng", "Lorna Peake", "Matteo Russo", "Niamh Quill"), m.present());
        assertEquals(List.of("Oliver Rand"), m.apologies());
    }

    @ParameterizedTest
    @EnumSource(value = DocumentKind.class, names = {"MINUTES", "AGENDA_PACK", "OTHER"})
    void bodyDashDecisionsOverTheDateAndThePlace(DocumentKind kind) {
        Meeting m = Variants.meeting(kind, "decisions-unitary-cabinet-decisions-venue-after-date.txt");
        assertEquals("Cabinet", m.committee(), "'CABINET – DECISIONS' in the case prose uses");
        assertEquals("2024-09-12", String.valueOf(m.date()));
        assertEquals("10.00 am", m.time());
        assertEquals("Committee Room 1, The Guildhall, Porthaven PH2 4RT", m.venue());
        assertEquals(List.of("Gwen Trelawny", "Harry Polglase", "Iris Menhenick", "Jory Pascoe"), m.present());
        assertEquals(List.of(new Person("Keren Nance", "Chief Executive")), m.inAttendance());
    }
}
