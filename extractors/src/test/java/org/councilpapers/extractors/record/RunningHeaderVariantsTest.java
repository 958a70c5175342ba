package org.councilpapers.extractors.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.councilpapers.core.DocumentKind;
import org.councilpapers.core.layout.LayoutDocument;
import org.councilpapers.core.record.Recommendation;
import org.councilpapers.core.record.Report;
import org.councilpapers.extractors.record.report.RecommendationExtractor;
import org.councilpapers.extractors.record.report.ReportExtractor;
import org.junit.jupiter.api.Test;

/**
 * Text papers with a running header atop their pages and a footer naming the council beside the page's number
 * ({@code testdata/papers/variants/text-*.txt}), their recommendations lettered "a." / "b." / "c.": the header and footer
 * are no part of any record, the lettered lines are the recommendations, and one cut by a page break is still read. The
 * expected values were written by reading the variants.
 */
class RunningHeaderVariantsTest {

    @Test
    void aRecommendationAfterTheRunningHeaderIsStillRead() {
        LayoutDocument doc = Variants.read("text-borough-report-lettered-recommendations-running-header-footer.txt");
        List<Report> reports = Harness.run(new ReportExtractor(), DocumentKind.REPORT, doc).records(Report.class);
        assertEquals(1, reports.size(), reports.toString());
        Report r = reports.get(0);
        assertEquals("Licensing Committee", r.committee(), "the cover's own line, which the running header repeats");
        assertEquals("2025-06-03", String.valueOf(r.meetingDate()));
        assertEquals("5", r.itemNumber());
        assertEquals("Review of Taxi and Private Hire Licensing Policy", r.title());
        assertEquals("Head of Regulatory Services", r.reportOf());

        List<Recommendation> recs = Harness.run(new RecommendationExtractor(), DocumentKind.REPORT, doc).records(Recommendation.class);
        List<Recommendation> lettered = recs.stream().filter(x -> x.number() != null && x.number().matches("[a-c]")).toList();
        assertEquals(List.of("a", "b", "c"), lettered.stream().map(Recommendation::number).toList(), recs.toString());
        assertEquals("notes that a final policy will be brought to the Committee in November 2025.", lettered.get(2).text());
        for (Recommendation x : recs) {
            assertFalse(x.text().contains("Page") || x.text().contains("3 June 2025"), "no header or footer in " + x.text());
        }
    }

    @Test
    void aHeaderOnEveryPageIsNoCommitteeLineAndTheOptionsAreNoRecommendations() {
        LayoutDocument doc = Variants.read("text-district-report-page-footer-council-lettered-dots.txt");
        List<Report> reports = Harness.run(new ReportExtractor(), DocumentKind.OTHER, doc).records(Report.class);
        assertEquals(1, reports.size(), reports.toString());
        Report r = reports.get(0);
        assertEquals("8", r.itemNumber());
        assertEquals("Car Parking Charges 2025/26", r.title());
        assertEquals("Director of Place", r.reportOf());
        assertEquals("Yes", r.keyDecision());
        assertNull(r.committee(), "the running header is the page's furniture, not the cover's line");

        List<Recommendation> recs = Harness.run(new RecommendationExtractor(), DocumentKind.OTHER, doc).records(Recommendation.class);
        assertEquals(List.of("a", "b"), recs.stream().map(Recommendation::number).toList(), recs.toString());
        assertEquals("delegate to the Director of Place the power to make the amending order.", recs.get(1).text());
    }
}
