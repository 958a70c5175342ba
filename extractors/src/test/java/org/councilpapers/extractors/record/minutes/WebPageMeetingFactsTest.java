package org.councilpapers.extractors.record.minutes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;
import org.councilpapers.CouncilPapers;
import org.councilpapers.core.PartialDate;
import org.councilpapers.core.record.Meeting;
import org.councilpapers.extractors.record.MeetingFacts;
import org.councilpapers.testdata.TestPapers;
import org.junit.jupiter.api.Test;

/**
 * A meeting's facts as council web pages print them: a breadcrumb trail over the title ("Home / Council and democracy / Committee
 * meetings / Cabinet"), which names no committee; a summary table of Meeting / Date / Start time / Location / Date published rows;
 * and the link a meeting page sets after the place ("… TH4 2XY. View directions", "Get directions"), no part of the venue.
 */
class WebPageMeetingFactsTest {
    private static Meeting meeting(String name) throws IOException {
        List<Meeting> ms = CouncilPapers.builder().build().extract(TestPapers.path("variants/" + name)).records(Meeting.class);
        assertEquals(1, ms.size(), ms.toString());
        return ms.get(0);
    }

    @Test
    void summaryTableUnderABreadcrumbGivesTheMeetingsFacts() throws IOException {
        Meeting m = meeting("minutes-district-web-record-breadcrumb-summary-table.html");
        assertEquals("Cabinet", m.committee(), "the trail's last crumb is the page, the table's Meeting row the body");
        assertEquals("6.30 pm", m.time());
        assertEquals("Thornsett Room, Pellingford Civic Offices, Market Street, Pellingford", m.venue(), "without 'Get directions'");
        assertEquals(PartialDate.parse("2026-02-12"), m.published(), "the 'Date published' row");
        assertEquals(List.of("Moira Haddon", "Kwame Asante", "Lydia Frobisher"), m.present());
    }

    @Test
    void modernGovLocationWithoutItsDirectionsLink() throws IOException {
        Meeting m = meeting("minutes-moderngov-location-view-directions.html");
        assertEquals("Licensing Committee", m.committee());
        assertEquals("Council Chamber, Thornsett Town Hall, High Street, Thornsett TH4 2XY", m.venue());
    }

    @Test
    void directionsLinksAreCutAndPlacesKept() {
        assertEquals("Committee Room 3, Town Hall", MeetingFacts.withoutDirections("Committee Room 3, Town Hall. View directions"));
        assertEquals("Guildhall, High Street", MeetingFacts.withoutDirections("Guildhall, High Street (map)"));
        assertEquals("Council Chamber, Civic Centre", MeetingFacts.withoutDirections("Council Chamber, Civic Centre"));
        assertEquals("Heritage Map Room", MeetingFacts.withoutDirections("Heritage Map Room"), "a room's name is kept");
    }

    @Test
    void breadcrumbTrailIsNoCommitteeLine() {
        assertEquals(false, MeetingFacts.isCommitteeLine("Your council / Meetings, agendas and minutes / Executive"));
        assertEquals(true, MeetingFacts.isCommitteeLine("Pwyllgor Archwilio / Audit Committee"), "a bilingual name keeps its one slash");
    }
}
