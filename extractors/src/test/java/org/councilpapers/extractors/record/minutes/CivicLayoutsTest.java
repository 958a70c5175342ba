package org.councilpapers.extractors.record.minutes;

import static org.councilpapers.testdata.LayoutFixtures.document;
import static org.councilpapers.testdata.LayoutFixtures.para;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.councilpapers.core.DocumentKind;
import org.councilpapers.core.record.Meeting;
import org.councilpapers.core.record.Person;
import org.councilpapers.core.record.Resolution;
import org.councilpapers.core.record.ResolutionOutcome;
import org.councilpapers.extractors.record.Harness;
import org.councilpapers.extractors.record.Variants;
import org.councilpapers.extractors.record.agenda.MeetingExtractor;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Minutes in two more layouts. A Northern Irish borough's: the heading's sentence wrapped over two lines ("held in the Chamber, …,
 * Rathmoyle, on Thursday …"), labels in a left column ("In the Chair:", "Members Present:", "Officers in" over "Attendance:", "Also
 * in" over "Attendance:") with the list's later lines indented under the first, plural civic titles ("Aldermen F Corry and W J
 * Lennon") and officers as "Post (Mr Name)". A London borough's: the date line, then the place on a line of its own, "The Mayor
 * (Councillor …) in the Chair" and "The Deputy Mayor (Councillor …)" under "PRESENT:". Both close minutes with a bare "Noted." and
 * decide by "Proposed by …," / "Seconded by … and" / "AGREED – that …" over separate lines. Read under every document kind.
 */
class CivicLayoutsTest {
    private static final String NI = "minutes-ni-borough-two-column-labels-aldermen-noted.txt";
    private static final String LONDON = "minutes-london-borough-council-venue-line-deputy-mayor-noted.txt";

    private static List<String> resolutions(DocumentKind kind, String paper) {
        List<Resolution> rs = Harness.run(new ResolutionExtractor(), kind, Variants.read(paper)).records(Resolution.class);
        assertTrue(rs.stream().allMatch(r -> r.outcome() == ResolutionOutcome.RESOLVED), rs.toString());
        return rs.stream().map(r -> r.itemNumber() + " " + r.text()).toList();
    }

    @ParameterizedTest
    @EnumSource(DocumentKind.class)
    void twoColumnLabelsPluralTitlesAndTheWrappedHeading(DocumentKind kind) {
        Meeting m = Variants.meeting(kind, NI);
        assertEquals("Leisure and Estates Committee", m.committee());
        assertEquals("2025-10-09", String.valueOf(m.date()));
        assertEquals("6.30 pm", m.time());
        assertEquals("Chamber, Mourneview House, 22 Harbour Street, Rathmoyle", m.venue(), "the place stops before ', on <date>'");
        assertEquals(List.of("T Hagan", "F Corry", "W J Lennon", "M Agnew", "D Burns", "S McKeown"), m.present(),
                "'Aldermen' and 'Councillors' cover each name their 'and' joins");
        assertEquals(List.of("G Boyle"), m.apologies());
        assertEquals(List.of(new Person("P Devlin", "Director of Leisure"), new Person("R Kilfedder", "Head of Estates"),
                new Person("L Moore", "Member Services Officer"), new Person("E Doherty", null)), m.inAttendance(),
                "a label split over two lines is one label; the post first, its holder in brackets");
    }

    @ParameterizedTest
    @EnumSource(DocumentKind.class)
    void thePlaceOnItsOwnLineAndTheDeputyMayor(DocumentKind kind) {
        Meeting m = Variants.meeting(kind, LONDON);
        assertEquals("2025-09-17", String.valueOf(m.date()));
        assertEquals("7.30 pm", m.time());
        assertEquals("Council Chamber, Town Hall, 8 Ferry Lane, London SE19 7QT", m.venue());
        assertEquals(List.of("Amara Lewis", "Bernard Kaye", "Chidi Okoro", "Dana Price", "Emre Yilmaz", "Farah Siddiqui"), m.present(),
                "the Deputy Mayor is present as the Mayor is");
        assertEquals(List.of("Gordon Hale"), m.apologies());
        assertEquals(List.of(new Person("Helen Ward", "Chief Executive"), new Person("Ian Jacobs", "Borough Solicitor")), m.inAttendance());
    }

    @ParameterizedTest
    @EnumSource(DocumentKind.class)
    void bareNotedAndAgreedAfterProposerAndSeconderInEveryMinute(DocumentKind kind) {
        assertEquals(List.of("LE 101/25 Noted.", "LE 103/25 that the revised opening hours be approved from 5 January 2026.",
                "LE 104/25 Noted.", "LE 105/25 that the pitch hire charges for 2026/27 be approved as set out in Appendix 1."),
                resolutions(kind, NI));
        assertEquals(List.of("23 Noted.", "24 that the petition be referred to the Cabinet Member for Transport for a response within 28 days.",
                "25 Noted."), resolutions(kind, LONDON));
    }

    @ParameterizedTest
    @EnumSource(DocumentKind.class)
    void thePlaceOnTheLineUnderTheDateLineOfAHeldOnHeading(DocumentKind kind) {
        // "… held on:" over the date line, the place on the line under that: the place is read, the time is not taken for it.
        List<Meeting> ms = Harness.run(new MeetingExtractor(), kind, document(
                para("Minutes of the meeting of the Overview and Scrutiny Committee held on"),
                para("Tuesday 4 November 2025 at 6.00 pm"),
                para("Committee Room 2, Civic Offices, 3 Mill Street, Ashgrove AG4 9LP"),
                para("Present: Councillors R Neale (Chair), S Osei and T Pryor"),
                para("11. Budget Monitoring"),
                para("The Committee noted the report."))).records(Meeting.class);
        assertEquals(1, ms.size(), kind + " " + ms);
        assertEquals("Committee Room 2, Civic Offices, 3 Mill Street, Ashgrove AG4 9LP", ms.get(0).venue());
        assertEquals(List.of("R Neale", "S Osei", "T Pryor"), ms.get(0).present());
    }
}
