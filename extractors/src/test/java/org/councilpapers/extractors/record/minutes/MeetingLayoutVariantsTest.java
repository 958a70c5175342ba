package org.councilpapers.extractors.record.minutes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.councilpapers.core.DocumentKind;
import org.councilpapers.core.record.Meeting;
import org.councilpapers.core.record.Person;
import org.councilpapers.extractors.record.Variants;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A meeting's place and people as three more councils print them in their minutes: "Held at the Council Chamber, … on Tuesday …"
 * on the line under the title, with members as "Councillors A (Chair), B (Vice-Chair), … and F" in one paragraph, apologies in a
 * sentence and officers as "Ms A Patel (Head of …), Mr B Okafor (…)"; "Date:" / "Time:" / "Venue: Meeting held remotely via
 * Microsoft Teams" lines, "Present: Cllrs …", "Also present:" and clerical honorifics ("Fr.", "Prof"); a Northern Irish district's
 * "In the Chair: Alderman …", "Alderman Sir …", "Dame …" and officers listed post first with the holder in brackets. Read under
 * every document kind: the kind never switches the reading off.
 */
class MeetingLayoutVariantsTest {
    @ParameterizedTest
    @EnumSource(DocumentKind.class)
    void heldAtTheVenueOnTheLineUnderTheTitleAndOfficersWithCourtesyTitles(DocumentKind kind) {
        Meeting m = Variants.meeting(kind, "minutes-borough-licensing-held-at-moved-seconded-carried.txt");
        assertEquals("Licensing and Regulatory Committee", m.committee());
        assertEquals("2025-03-04", String.valueOf(m.date()));
        assertEquals("6.30 pm", m.time());
        assertEquals("Council Chamber, Town Hall, Market Place, Fenwold", m.venue());
        assertEquals(List.of("Amrit Sohal", "Bethan Jones", "Colin Marsh", "Dorota Nowak", "Edward Pryce", "Fiona Lyle"), m.present(),
                "'Revd' is no part of the name");
        assertEquals(List.of("Gareth Hume", "Helen Ives"), m.apologies());
        assertEquals(List.of(new Person("Asha Patel", "Head of Regulatory Services"), new Person("Bayo Okafor", "Senior Solicitor"),
                new Person("Carol Dent", "Licensing Team Leader"), new Person("Dana Reeve", "Democratic Services Officer")), m.inAttendance(),
                "each courtesy title starts the next person, and no one's role takes it");
    }

    @ParameterizedTest
    @EnumSource(DocumentKind.class)
    void atAMeetingOfTheBodyHeldWithNoMinutesWord(DocumentKind kind) {
        // "At a meeting of the … held in … on … at …": the opening many councils print instead of "Minutes of …".
        Meeting m = Variants.meeting(kind, "minutes-at-a-meeting-of-panel-no-minutes-word.txt");
        assertEquals("Scarthwick and Ulverby Police and Crime Panel", m.committee());
        assertEquals("2025-02-03", String.valueOf(m.date()));
        assertEquals("10.00 am", m.time());
        assertEquals("Committee Room 2, County Hall, Scarthwick", m.venue());
        assertEquals(List.of("A Haddow", "B Kirtley", "C Mossop", "D Tebay"), m.present());
        assertEquals(List.of("E Dobby"), m.apologies());
    }

    @ParameterizedTest
    @EnumSource(DocumentKind.class)
    void proceedingsOfAMeetingOfTheCommitteeHeldAtTheVenue(DocumentKind kind) {
        Meeting m = Variants.meeting(kind, "minutes-proceedings-of-a-meeting-of-council.txt");
        assertEquals("Licensing Committee", m.committee());
        assertEquals("2025-03-12", String.valueOf(m.date()));
        assertEquals("2.00 pm", m.time());
        assertEquals("Town Hall, Market Street, Oxenholt", m.venue());
        assertEquals(List.of("F Whinray", "G Nixey", "H Dunsop", "J Kettleshaw"), m.present());
    }

    @ParameterizedTest
    @EnumSource(DocumentKind.class)
    void aRemoteMeetingsVenueLineAndCllrsPresent(DocumentKind kind) {
        Meeting m = Variants.meeting(kind, "minutes-town-commission-remote-teams-cllrs-present-agreed-numbered.txt");
        assertEquals("Environment and Communities Commission", m.committee());
        assertEquals("2022-01-12", String.valueOf(m.date()));
        assertEquals("7.00 pm", m.time());
        assertEquals("Meeting held remotely via Microsoft Teams", m.venue(), "the 'Venue:' line's words as printed");
        assertEquals(List.of("P Adeyemi", "R Brennan", "S Clough", "T Duffy", "U Eze"), m.present());
        assertEquals(List.of("Q Kaye"), m.apologies());
        assertEquals(List.of(new Person("V Farrant", "Cabinet Member for Climate and Environment"), new Person("Wyn Garside", "Chaplaincy Liaison"),
                new Person("Xena Hall", "Climate Adviser"), new Person("Yusuf Iqbal", "Head of Environmental Services"),
                new Person("Zoe Jarvis", "Committee Clerk")), m.inAttendance(), "a councillor also present is not a member of the commission");
    }

    @ParameterizedTest
    @EnumSource(DocumentKind.class)
    void inTheChairAldermenAndOfficersListedPostFirst(DocumentKind kind) {
        Meeting m = Variants.meeting(kind, "minutes-ni-district-committee-proposed-seconded-agreed-lines.txt");
        assertEquals("Place and Environment Committee", m.committee());
        assertEquals("Council Chamber, Civic Centre, Brackan", m.venue());
        assertEquals(List.of("Niall Quigley", "Roy Hamill", "Aoife Dunne", "Ciaran Mallon", "Kathleen Orr", "Seamus Toner"), m.present(),
                "the one in the chair is present; 'Alderman', 'Sir' and 'Dame' are no part of a name");
        assertEquals(List.of("Martin Lavery"), m.apologies());
        assertEquals(List.of(new Person("Declan Rafferty", "Director of Environment"), new Person("Una Kerr", "Head of Parks"),
                new Person("Jill Boyd", "Democratic Services Officer")), m.inAttendance(), "the post first, its holder in brackets");
    }

    @ParameterizedTest
    @EnumSource(DocumentKind.class)
    void thePlaceUnderTheHeadingsSentence(DocumentKind kind) {
        Meeting m = Variants.meeting(kind, "minutes-unitary-scrutiny-venue-line-under-held-on.txt");
        assertEquals("Committee Room 3, Westmarsh House, Quay Street, Westmarsh WM1 2AB", m.venue(), "a paragraph of its own");
        assertEquals("5.30 pm", m.time());
        assertEquals(List.of("Rhys Owen", "Beth Ward", "Ian Frost"), m.present());
        assertEquals(List.of("Nia Bell"), m.apologies());
        Meeting run = Variants.meeting(kind, "minutes-district-overview-held-on-venue-run-on.txt");
        assertEquals("Council Chamber, Tarnby Civic Centre, Mill Lane, Tarnby", run.venue(), "run on after the time, and the time is not in it");
        assertEquals(List.of("Gwen Pike", "Hugo Reyes", "Iris Salt", "Jack Tovey"), run.present(),
                "'ALSO PRESENT:' run on is one label: the portfolio holder is not a member present");
        assertEquals(List.of(new Person("Kay Upton", "Portfolio Holder for Leisure"), new Person("Leo Vance", "Head of Leisure Services"),
                new Person("Mia West", "Democratic Services Officer")), run.inAttendance());
    }
}
