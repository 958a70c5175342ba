package org.councilpapers.extractors.record.minutes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.councilpapers.core.DocumentKind;
import org.councilpapers.core.record.Meeting;
import org.councilpapers.core.record.Person;
import org.councilpapers.extractors.record.Harness;
import org.councilpapers.extractors.record.Variants;
import org.councilpapers.extractors.record.agenda.MeetingExtractor;
import org.councilpapers.extractors.record.MeetingFacts;
import org.councilpapers.extractors.vocab.Authorities;
import org.councilpapers.extractors.vocab.NameLists;
import org.councilpapers.extractors.vocab.Roles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Meetings as more kinds of council minute them ({@code testdata/papers/variants}): a town council's title in capitals over a "Held
 * at … on …" line with the Mayor in the chair; a parish council's "held on … commencing at 7.30 pm"; a Scottish committee's
 * "Sederunt" and "Attending" lists with a Bailie; a Welsh community council's hybrid meeting with "Council Employees Present" and
 * "X sent her apologies"; a metropolitan panel's "Members present" table with a group column, a substitute and officers listed post
 * first; a district committee's "Minutes – date" title with the place and time told in a sentence. Read under every document kind:
 * the evidence, not the kind, gives the meeting. The expected values were written by reading the variants.
 */
class CouncilMinutesVariantsTest {

    @ParameterizedTest
    @EnumSource(DocumentKind.class)
    void townCouncilCapitalsTitleOverHeldAtLine(DocumentKind kind) {
        Meeting m = Variants.meeting(kind, "minutes-town-council-capitals-title-held-at-line-mayor-in-chair.txt");
        assertEquals("Branscombe Regis", m.council(), "a town council names its place");
        assertEquals("2024-03-12", String.valueOf(m.date()));
        assertEquals("7.00pm", m.time());
        assertEquals("Guildhall, Fore Street, Branscombe Regis", m.venue());
        assertEquals(Set.of("Ruth Penhale", "Owen Tregear", "Alice Boscawen", "Peter Jago", "Nadia Rowse", "Simon Vosper"), Set.copyOf(m.present()));
        assertEquals(List.of("Jenna Treloar", "Mark Angove"), m.apologies());
        assertEquals(List.of(new Person("Karen Polglase", "Town Clerk"), new Person("Dean Hosking", "Deputy Town Clerk")), m.inAttendance(),
                "'four members of the public' names no one");
    }

    @ParameterizedTest
    @EnumSource(DocumentKind.class)
    void parishCouncilHeldOnCommencingAt(DocumentKind kind) {
        Meeting m = Variants.meeting(kind, "minutes-parish-council-capitals-title-held-on-line-present-councillors.txt");
        assertEquals("Little Hadlow", m.council());
        assertEquals("Parish Council", m.committee());
        assertEquals("2019-05-13", String.valueOf(m.date()));
        assertEquals("7.30 pm", m.time());
        assertEquals("Reading Room, Church Lane, Little Hadlow", m.venue(), "the time the sentence runs on to is no part of the place");
        assertEquals(List.of("J Fairweather", "D Ashby", "P Collingwood", "H Dobbs", "R Everitt"), m.present());
        assertEquals(List.of("K Ingram"), m.apologies());
    }

    @ParameterizedTest
    @EnumSource(DocumentKind.class)
    void scottishSederuntAndAttending(DocumentKind kind) {
        Meeting m = Variants.meeting(kind, "minutes-scottish-sederunt-attending-convener-depute.txt");
        assertEquals("Glencairnie", m.council());
        assertEquals("Communities and Housing Committee", m.committee());
        assertEquals("Council Chambers, Burgh Buildings, Kilbrannan", m.venue());
        assertEquals(List.of("Morag Lindsay", "Ewan Baird", "Fiona Cruickshank", "Iain MacAulay", "Shona Petrie", "Hamish Urquhart"), m.present(),
                "'Sederunt' lists who was present; 'Bailie' is no part of a name; the councillors named in item 4's discussion add no one");
        assertEquals(List.of(new Person("Alasdair Menzies", "Executive Director of Communities"), new Person("Catriona Reid", "Head of Housing Services"),
                new Person("Gregor Blair", "Committee Services Officer")), m.inAttendance());
        assertEquals(List.of("Donald Kerr", "Elspeth Munro"), m.apologies());
    }

    @ParameterizedTest
    @EnumSource(DocumentKind.class)
    void welshCommunityCouncilHybridMeeting(DocumentKind kind) {
        Meeting m = Variants.meeting(kind, "minutes-welsh-community-council-hybrid-employees-present.txt");
        assertEquals("Pant-y-Celyn", m.council(), "the bilingual 'Cyngor Cymuned … Community Council' names one place");
        assertNull(m.committee(), "'the Ordinary Meeting' is the kind of meeting, not a body");
        assertEquals("2023-10-19", String.valueOf(m.date()));
        assertEquals("7.00 pm", m.time());
        assertEquals("Memorial Hall, Heol Fawr, Pant-y-Celyn and via Zoom", m.venue());
        assertEquals(List.of("G Pritchard", "M Rees", "T Bowen", "S Howells", "E Parry", "D Vaughan"), m.present(),
                "the labels run on after the list are lists of their own");
        assertEquals(List.of("H Morgan"), m.apologies(), "'Cllr H Morgan sent her apologies'");
        assertEquals(List.of(new Person("Nerys Jenkins", "Clerk/RFO"), new Person("A Lewis", null)), m.inAttendance(),
                "the clerk's post printed before her name; a named member of the public attends");
    }

    @ParameterizedTest
    @EnumSource(DocumentKind.class)
    void membersPresentTableGroupColumnAndOfficersPostFirst(DocumentKind kind) {
        Meeting m = Variants.meeting(kind, "minutes-metropolitan-members-present-table-officers-post-first.txt");
        assertEquals("Health and Adult Social Care Scrutiny Panel", m.committee());
        assertEquals(List.of("Dawn Ackroyd", "Tariq Bashir", "Moira Crowther", "Lewis Dyson", "Anwen Fielding"), m.present(),
                "the Group column's 'Liberal Democrat' is no member");
        assertEquals(List.of(new Person("Lewis Dyson", "Substitute")), m.substitutes(), "'substituting for Councillor …'");
        assertEquals(List.of("Jean Eckersley", "Robert Lumb"), m.apologies());
        assertEquals(List.of(new Person("Graham Holt", "Cabinet Member for Adult Social Care"),
                new Person("Karen Illingworth", "Director of Adult Social Services"), new Person("Paul Jessop", "Head of Commissioning"),
                new Person("Amy Kershaw", "Scrutiny Officer")), m.inAttendance(), "'Post – Name' entries");
    }

    @ParameterizedTest
    @EnumSource(DocumentKind.class)
    void minutesDashDateTitleWithPlaceAndTimeInASentence(DocumentKind kind) {
        Meeting m = Variants.meeting(kind, "minutes-district-prose-venue-time-apologies-sentence-one-a-line.txt");
        assertEquals("Eastwold", m.council());
        assertEquals("Licensing Committee", m.committee());
        assertEquals("2016-11-17", String.valueOf(m.date()));
        assertEquals("7pm", m.time());
        assertEquals("Council Chamber, Eastwold House, Saxon Way", m.venue());
        assertEquals(List.of("Brian Ogden", "Felicity Quayle", "Harold Radcliffe", "Imogen Sutton", "Victor Thorne"), m.present());
        assertEquals(List.of(new Person("Victor Thorne", "Substitute")), m.substitutes());
        assertEquals(List.of("Neil Upcott", "Carol Zeal"), m.apologies(), "'Apologies for absence were received from' in minute 1");
        assertEquals(List.of(new Person("Sarah Vaughan", "Licensing Manager"), new Person("Tom Whiteley", "Solicitor"),
                new Person("Gemma Yardley", "Committee Officer")), m.inAttendance());
    }

    @ParameterizedTest
    @EnumSource(DocumentKind.class)
    void presentInTwoColumns(DocumentKind kind) {
        Meeting m = Variants.meeting(kind, "minutes-county-present-two-columns-layout-in-attendance-posts.txt");
        assertEquals("Corporate Parenting Panel", m.committee());
        assertEquals(Set.of("Gillian Ashworth", "Colin Barraclough", "Denise Clegg", "Robert Finch", "Patricia Greenhalgh", "Stuart Hirst"),
                Set.copyOf(m.present()), "both columns, and no one twice");
        assertEquals(6, m.present().size());
        assertEquals(List.of("David Jowett", "Helen Kershaw"), m.apologies());
    }

    /** A cover that prints its meeting's date but no committee names a meeting a reader can find by the date; its committee is null. */
    @ParameterizedTest
    @EnumSource(value = DocumentKind.class, names = {"REPORT", "OTHER"})
    void reportCoverWithDateButNoCommitteeGivesItsMeeting(DocumentKind kind) {
        for (String[] v : new String[][] {{"cover-borough-meeting-date-no-committee-report-author.txt", "2021-01-21", "Wexley"},
                {"cover-district-agenda-item-dash-title-date-of-meeting.txt", "2025-03-12", "Dunmere"}}) {
            Meeting m = Variants.meeting(kind, v[0]);
            assertNull(m.committee(), v[0]);
            assertEquals(v[1], String.valueOf(m.date()), v[0]);
            assertNull(m.time(), v[0]);
            assertNull(m.venue(), v[0]);
            assertTrue(m.present().isEmpty() && m.inAttendance().isEmpty(), v[0]);
        }
        // A cover that names neither its committee nor its date names no meeting at all.
        assertTrue(Harness.run(new MeetingExtractor(), kind, Variants.read("cover-borough-item-colon-title-report-of-no-committee.txt"))
                .records(Meeting.class).isEmpty());
    }

    @Test
    void townParishAndCommunityCouncilsNameTheirPlace() {
        assertEquals("Kingsmere", Authorities.find("Kingsmere Town Council").orElseThrow());
        assertEquals("Little Hadlow", Authorities.find("LITTLE HADLOW PARISH COUNCIL").orElseThrow());
        assertEquals("Pant-y-Celyn", Authorities.find("Cyngor Cymuned Pant-y-Celyn Community Council").orElseThrow());
        assertEquals("Llanfair", Authorities.find("Cyngor Tref Llanfair Llanfair Town Council").orElseThrow());
        assertTrue(Authorities.find("the Town Council agreed").isEmpty(), "no place named");
        assertTrue(Authorities.find("Full Town Council").isEmpty(), "a meeting, not a place");
        assertTrue(Authorities.find("the Parish Council's clerk").isEmpty());
    }

    @Test
    void placeAndTimeToldInASentenceAndTheirLookAlikes() {
        String held = "The meeting was held in the Council Chamber, Town Hall, at 7pm.";
        assertEquals("Council Chamber, Town Hall", MeetingFacts.venueLine(held));
        assertEquals("7pm", MeetingFacts.startInProse(held));
        assertEquals("7.15 pm", MeetingFacts.startInProse("The meeting commenced at 7.15 pm"));
        assertNull(MeetingFacts.startInProse("The meeting closed at 8.42pm"), "when it ended is not its time");
        assertNull(MeetingFacts.venueLine("The meeting was told that the hall at 7pm was full."), "no 'held in' or 'held at'");
        assertEquals("Reading Room, Church Lane", MeetingFacts.withoutTail("Reading Room, Church Lane, commencing at 7.30 pm"));
        assertEquals("Guildhall, Fore Street", MeetingFacts.withoutTail("Guildhall, Fore Street on Tuesday 12th March 2024"));
    }

    @Test
    void postsBesideNamesAndTheirLookAlikes() {
        assertEquals(List.of(new Person("Karen Illingworth", "Director of Adult Social Services")),
                NameLists.people("Director of Adult Social Services – Karen Illingworth"));
        assertEquals(List.of(new Person("Amy Kershaw", "Scrutiny Officer")), NameLists.people("Amy Kershaw – Scrutiny Officer"));
        assertEquals(List.of(new Person("C Edwards", "Chair")), NameLists.people("Chair Cllr C Edwards"));
        assertTrue(NameLists.people("Budget Monitoring – Quarter 2").isEmpty(), "a title with a dash names no one");
        assertEquals("Substitute", Roles.normalise("substituting for Councillor Jean Eckersley"));
        assertEquals("Substitute", Roles.normalise("in place of Cllr Lumb"));
        assertEquals("Head of Place", Roles.normalise("Head of Place"));
    }
}
