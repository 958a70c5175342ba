package org.councilpapers.extractors.record.minutes;

import static org.councilpapers.testdata.LayoutFixtures.document;
import static org.councilpapers.testdata.LayoutFixtures.para;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.councilpapers.core.DocumentKind;
import org.councilpapers.core.record.Meeting;
import org.councilpapers.extractors.record.Harness;
import org.councilpapers.extractors.record.agenda.MeetingExtractor;
import org.junit.jupiter.api.Test;

/**
 * Scottish councils print who was present as "Present:-" running on in the minute's opening paragraph, with the Convener (the
 * Scottish chair) named by a comma: "Present:- Councillor Davidson, Convener; and Councillors Blake, Clark and Hazel."
 */
class ScottishAttendanceTest {
    private static List<String> present(String... paragraphs) {
        var parts = new org.councilpapers.testdata.LayoutFixtures.Part[paragraphs.length];
        for (int i = 0; i < paragraphs.length; i++) {
            parts[i] = para(paragraphs[i]);
        }
        List<Meeting> ms = Harness.run(new MeetingExtractor(), DocumentKind.MINUTES, document(parts)).records(Meeting.class);
        assertEquals(1, ms.size(), ms.toString());
        return ms.get(0).present();
    }

    @Test
    void aRunOnPresentListWithTheConvenerByAComma() {
        assertEquals(List.of("Davidson", "Blake", "Clark", "Hazel"), present(
                "Minutes of the meeting of the Education and Children's Services Committee held on 5 March 2024",
                "Town House, ABERDEEN, 5 March 2024. Present:- Councillor Davidson, Convener; and Councillors Blake, Clark and Hazel.",
                "1. There was no urgent business."));
    }

    @Test
    void aPresentListWithTheViceConvenerInBrackets() {
        assertEquals(List.of("Jill Brown", "Ann Reid", "Kyle Moore", "Tam Hart"), present(
                "Minutes of the meeting of the Operational Delivery Committee held on 14 May 2024",
                "Present:- Councillor Jill Brown (Depute Convener); and Councillors Ann Reid, Kyle Moore and Tam Hart.",
                "1. Declarations of interest were made by no member."));
    }

    @Test
    void aMinuteOfMeetingTitleOverTheCommitteeNamesIt() {
        List<Meeting> ms = Harness.run(new MeetingExtractor(), DocumentKind.MINUTES, document(para("Aberdeen City Council"),
                para("MINUTE OF MEETING\nEDUCATION AND CHILDREN'S SERVICES COMMITTEE"),
                para("Town House, ABERDEEN, 5 March 2024. Present:- Councillor Davidson, Convener; and Councillors Blake, Clark and Hazel."),
                para("1. There was no urgent business."))).records(Meeting.class);
        assertEquals(1, ms.size(), ms.toString());
        assertEquals("Education and Children's Services Committee", ms.get(0).committee());
        assertEquals("2024-03-05", String.valueOf(ms.get(0).date()));
        // An English record titled the same way, with the body after "Minutes of" and the date on a line of its own.
        List<Meeting> en = Harness.run(new MeetingExtractor(), DocumentKind.MINUTES, document(para("Minutes of Cabinet"),
                para("Tuesday 12 March 2024"), para("Present: Councillors Raj Patel (Leader), Sam Jones and Tariq Ahmed"),
                para("1. Apologies for absence"))).records(Meeting.class);
        assertEquals("Cabinet", en.get(0).committee());
    }
}
