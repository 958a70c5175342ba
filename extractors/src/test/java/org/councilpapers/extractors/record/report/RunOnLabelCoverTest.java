package org.councilpapers.extractors.record.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;
import org.councilpapers.CouncilPapers;
import org.councilpapers.core.Extraction;
import org.councilpapers.core.PartialDate;
import org.councilpapers.core.record.Meeting;
import org.councilpapers.core.record.Recommendation;
import org.councilpapers.core.record.Report;
import org.councilpapers.testdata.TestPapers;
import org.junit.jupiter.api.Test;

/**
 * A standalone report's label-value cover printed a label a line with no blank lines between ("Meeting: / Meeting date: / Agenda
 * item: / Report title: / Report of: / Lead officer:"), which a text reading runs into one line: parted at its labels, it gives the
 * meeting, the report and the item its recommendations belong to.
 */
class RunOnLabelCoverTest {
    @Test
    void labelValueLinesRunTogetherGiveTheCover() throws IOException {
        Extraction x = CouncilPapers.builder().build().extract(TestPapers.path("variants/cover-city-label-value-lines-run-together.txt"));
        List<Report> reports = x.records(Report.class);
        assertEquals(1, reports.size(), reports.toString());
        Report r = reports.get(0);
        assertEquals("Overview and Scrutiny Committee", r.committee());
        assertEquals(PartialDate.parse("2026-03-09"), r.meetingDate());
        assertEquals("6", r.itemNumber());
        assertEquals("Home to School Transport: Review of Eligibility", r.title(), "the colon inside the title parts nothing");
        assertEquals("Owen Greatorex", r.author(), "the lead officer, without post or phone");
        assertEquals("No", r.keyDecision());
        List<Meeting> meetings = x.records(Meeting.class);
        assertEquals(1, meetings.size());
        assertEquals("Overview and Scrutiny Committee", meetings.get(0).committee());
        assertEquals(List.of("6 2.1", "6 2.2"), x.records(Recommendation.class).stream().map(c -> c.itemNumber() + " " + c.number()).toList(),
                "the recommendations are the cover's item's");
    }

    @Test
    void aSentenceWithColonsIsNotParted() {
        String s = "The Panel noted the following: the budget was on track; the savings were at risk: see section 4 of the report.";
        assertEquals(List.of(s), ReportExtractor.runOnLabels(s));
    }
}
