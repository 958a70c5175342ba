package org.councilpapers.extractors.record.minutes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.councilpapers.CouncilPapers;
import org.councilpapers.core.Extraction;
import org.councilpapers.core.record.Meeting;
import org.councilpapers.core.record.Resolution;
import org.councilpapers.testdata.TestPapers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A decision one person took, printed on a page of its own: ModernGov's "Decision details" page (the decision's title under the
 * heading, "Decision maker:", "Decision:" run on with "Councillor X, Cabinet Member for …, has decided:" over (1)–(3), and a foot
 * table "Report author: / Publication date: / Date of decision: / Effective from:"), as text and as HTML, and an officer's record of
 * decision typed as a block of labels ("Subject:", "Decision taken by:", "Date of decision:") that a reader runs into one paragraph.
 * Each decision carries the decision's title and the date it was taken (not published, not in effect), no item number, and no
 * meeting is recorded.
 */
class SingleDecisionPagesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "decision-details-moderngov-cabinet-member-page-text.txt|Wendlebury Lane area 20mph speed limit - objections to the traffic order|2025-06-02|3",
        "decision-details-moderngov-portfolio-holder-page.html|Quarrington Market car park charges 2025/26|2025-05-16|3",
        "decision-record-officer-pdftotext-layout-labels-run-on.txt|Extension of the household waste recycling centre van permit scheme|2025-08-14|2",
    })
    void theDecisionsTitleAndDateNoMeeting(String paper, String title, String date, int count) throws IOException {
        Extraction x = CouncilPapers.builder().build().extract(TestPapers.path("variants/" + paper));
        List<Resolution> rs = x.records(Resolution.class);
        assertEquals(count, rs.size(), rs.toString());
        for (int i = 0; i < count; i++) {
            Resolution r = rs.get(i);
            assertEquals(String.valueOf(i + 1), r.number());
            assertEquals(title, r.itemTitle(), r.toString());
            assertEquals(date, String.valueOf(r.meetingDate()), "the date of decision, not of publication or effect");
            assertEquals(null, r.itemNumber());
        }
        assertTrue(rs.stream().noneMatch(r -> r.text().contains("Reasons") || r.text().contains("rejected")), rs.toString());
        assertEquals(List.of(), x.records(Meeting.class), "one person's decision is taken at no meeting");
    }
}
