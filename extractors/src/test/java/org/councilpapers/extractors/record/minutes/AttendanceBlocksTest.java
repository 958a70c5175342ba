package org.councilpapers.extractors.record.minutes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.councilpapers.CouncilPapers;
import org.councilpapers.core.DocumentKind;
import org.councilpapers.core.Extraction;
import org.councilpapers.core.Warnings;
import org.councilpapers.core.record.AgendaItem;
import org.councilpapers.core.record.Meeting;
import org.councilpapers.core.record.Person;
import org.councilpapers.core.record.Resolution;
import org.councilpapers.extractors.read.Source;
import org.councilpapers.extractors.read.text.TextLayoutReader;
import org.councilpapers.extractors.record.Harness;
import org.councilpapers.extractors.record.Variants;
import org.councilpapers.extractors.record.agenda.MeetingExtractor;
import org.councilpapers.testdata.TestPapers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The blocks of a minutes' attendance, in layouts that lost people before: one councillor a line with an office whose remit
 * lists its parts with commas ("Cabinet Member for Children, Young People and Schools"), labels printed with no colon over
 * their lists ("Present", "Co-opted members", "In attendance", "Apologies") which a reading runs on into the names, co-opted
 * members under "CO-OPTED:" or "Co-optees", young people named by first name with their group in brackets, officers printed
 * "Name - Post"; and minutes published as a web page, with the site's menus, breadcrumb and footer around them. Three
 * councils' text minutes and two councils' web pages in {@code testdata/papers/variants}.
 */
class AttendanceBlocksTest {
    private static final String COUNTY = "minutes-county-scrutiny-present-one-a-line-offices-with-commas-co-opted-youth.txt";
    private static final String BOROUGH = "minutes-borough-parenting-board-unpunctuated-labels-young-people-dash-officers.txt";
    private static final String CITY = "minutes-city-parenting-panel-labels-own-lines-co-optees-youth-council.txt";

    @ParameterizedTest
    @EnumSource(DocumentKind.class)
    void anOfficeWithCommasIsOnePersonsPostNotMorePeople(DocumentKind kind) {
        Meeting county = Variants.meeting(kind, COUNTY);
        assertEquals(List.of("Hannah Lister", "Owen Pryce", "Ada Rowe", "Neil Baptiste", "Faye Ormsby", "Duncan Crewe", "Peter Lyle",
                "Rukhsana Aziz"), county.present(), "'Young People', 'Schools', 'Health' and 'Wellbeing' are parts of offices, not members");
        Meeting city = Variants.meeting(kind, CITY);
        assertEquals(List.of("Rosa Delgado", "Ibrahim Nwosu", "Tom Beckett", "Olive Sandford"), city.present(),
                "'Care and Housing' is the remit of Cllr Nwosu's office, on a line of its own");
    }

    @ParameterizedTest
    @EnumSource(DocumentKind.class)
    void labelsWithoutAColonEachKeepTheirList(DocumentKind kind) {
        Meeting m = Variants.meeting(kind, BOROUGH);
        assertEquals(List.of("Martin Fogg", "Leah Duffield", "Samir Khalid", "Bethany Crane", "Alan Pimm", "Corinne Doyle"), m.present());
        assertEquals(List.of("Nadia Rhodes", "Ian Beck", "Gillian Moss"), m.apologies());
        assertEquals(List.of(new Person("Ellie", "Children in Care Council"), new Person("Josh", "Children in Care Council"),
                new Person("Marcus", "Care Leavers' Forum"), new Person("Gareth Wyn", "Assistant Director, Children's Social Care"),
                new Person("Priya Lal", "Head of the Virtual School"), new Person("Simon Treadwell", "Democratic Services Officer")),
                m.inAttendance(), "a post's comma is the post's; the next officer starts after it");
    }

    @ParameterizedTest
    @EnumSource(DocumentKind.class)
    void labelsOnLinesOfTheirOwnEachKeepTheirList(DocumentKind kind) {
        Meeting m = Variants.meeting(kind, CITY);
        assertEquals(List.of("Bernadette Quinn"), m.apologies());
        assertEquals(List.of(new Person("Amelie", "Pelsworth Youth Council"), new Person("Kwame", "Pelsworth Youth Council"),
                new Person("Darcy", "Pelsworth Youth Council"), new Person("Helen Marsh", "Corporate Director, People"),
                new Person("Liam O'Dowd", "Service Manager, Fostering")), m.inAttendance());
    }

    @ParameterizedTest
    @EnumSource(DocumentKind.class)
    void youngPeopleAttendWithTheirGroupAndAProseLineAddsNoOne(DocumentKind kind) {
        Meeting m = Variants.meeting(kind, COUNTY);
        assertEquals(List.of(new Person("Tia", "Children in Care Council"), new Person("Reuben", "Children in Care Council"),
                new Person("Kacey", "Care Leavers' Forum"), new Person("Mark Fennimore", "Director of Children's Services"),
                new Person("Jo Hallett", "Democratic Services Officer")), m.inAttendance(),
                "the line on how young people's views were gathered names no one");
        assertEquals(List.of("Gwen Tarrant"), m.apologies());
    }

    @Test
    void youngPeopleNeedTheirGroupInBrackets() {
        assertEquals(List.of(new Person("Ann", "Youth Forum"), new Person("Bo", "Youth Forum"), new Person("Cy", "Youth Forum"),
                new Person("Dee", "Care Leavers' Council")), MinutesParser.youngPeople("Ann, Bo and Cy (Youth Forum), Dee (Care Leavers' Council)"));
        assertEquals(List.of(), MinutesParser.youngPeople("Ellie and Josh"), "no group: not read as people");
        assertEquals(List.of(), MinutesParser.youngPeople("The Youth Council (twelve members) attended"), "a body, not given names");
    }

    @ParameterizedTest
    @EnumSource(DocumentKind.class)
    void aLabelWordOpeningProseStartsNoList(DocumentKind kind) {
        Meeting m = meetingOf(kind, """
                Fernby Parish Council

                Minutes of the meeting of the Amenities Committee held on Monday 3 November 2025 at 7.30 pm in the Village Hall, Fernby

                Present: Councillor Joan Ettrick (Chair), Councillor Paul Ruddock

                In attendance Councillors were reminded that the meeting was being recorded.

                Apologies Councillors had been asked to send any apologies to the Clerk.

                1. Allotments

                RESOLVED: That the allotment rents be held for 2026.
                """);
        assertEquals(List.of("Joan Ettrick", "Paul Ruddock"), m.present());
        assertEquals(List.of(), m.inAttendance());
        assertEquals(List.of(), m.apologies());
    }

    @Test
    void aWebPagesMinutesSentenceAndTitleGiveTheMeetingNotItsMenus() throws IOException {
        Extraction x = papers("minutes-district-overview-web-page-moderngov-nav-breadcrumb.html");
        assertEquals("Kelmarsh", x.document().council(), "named only in the page's <title>");
        Meeting m = only(x.records(Meeting.class));
        assertEquals("Kelmarsh", m.council());
        assertEquals("Overview and Scrutiny Committee", m.committee(), "not the breadcrumb's trail");
        assertEquals("2025-10-21", String.valueOf(m.date()));
        assertEquals("6.30 pm", m.time());
        assertEquals("Council Chamber, Kelmarsh House, Station Road, Kelmarsh", m.venue());
        assertEquals(List.of("Dawn Pilling", "Rhys Okafor", "Colm Brady", "Lesley Hart"), m.present());
        assertEquals(List.of("Imogen Shaw"), m.apologies());
        assertEquals(List.of(new Person("Tariq Mensah", "Portfolio Holder for Housing"), new Person("Emma Rudd", "Head of Housing"),
                new Person("Karl Voss", "Democratic Services Officer")), m.inAttendance());
        assertEquals(List.of("Apologies for absence", "Declarations of interest", "Housing allocations policy review"),
                x.records(AgendaItem.class).stream().map(AgendaItem::title).toList(), "no menu link is an item");
        assertEquals(1, x.records(Resolution.class).size());
    }

    @Test
    void aWebPagesSentenceUnderItsMenusAndNumberedBreadcrumbIsFound() throws IOException {
        Extraction x = papers("minutes-borough-licensing-web-page-cmis-menu-footer.html");
        assertEquals("Lenbridge", x.document().council());
        Meeting m = only(x.records(Meeting.class));
        assertEquals("Licensing and Regulatory Committee", m.committee());
        assertEquals("2025-09-03", String.valueOf(m.date()));
        assertEquals("10.00 am", m.time());
        assertEquals("Ashdown Room, Lenbridge Civic Centre", m.venue());
        assertEquals(List.of("Wendy Arkwright", "Basil Nyoni", "Cheryl Tamsin", "Ravi Solanki"), m.present());
        assertEquals(List.of("Harriet Vine"), m.apologies());
        assertEquals(List.of(new Person("Nadine Frost", "Licensing Manager"), new Person("Owen Laidlaw", "Solicitor")), m.inAttendance());
        assertEquals(List.of("Apologies for absence", "Street trading consents policy"),
                x.records(AgendaItem.class).stream().map(AgendaItem::title).toList(), "the breadcrumb's numbered links are no minutes");
        assertTrue(x.records(Resolution.class).stream().allMatch(r -> r.text().startsWith("That the revised street trading")));
    }

    private static Meeting meetingOf(DocumentKind kind, String text) {
        try {
            var doc = new TextLayoutReader().read(Source.of(text.getBytes(StandardCharsets.UTF_8), "fixture.txt"), new Warnings());
            return only(Harness.run(new MeetingExtractor(), kind, doc).records(Meeting.class));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Extraction papers(String name) throws IOException {
        return CouncilPapers.builder().build().extract(TestPapers.path("variants/" + name));
    }

    private static Meeting only(List<Meeting> ms) {
        assertEquals(1, ms.size(), ms.toString());
        return ms.get(0);
    }
}
