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
}
