package org.councilpapers.extractors.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.councilpapers.core.DocumentKind;
import org.councilpapers.core.layout.LayoutDocument;
import org.councilpapers.core.record.Meeting;
import org.councilpapers.core.record.Recommendation;
import org.councilpapers.core.record.Report;
import org.councilpapers.extractors.record.agenda.MeetingExtractor;
import org.councilpapers.extractors.record.report.RecommendationExtractor;
import org.councilpapers.extractors.record.report.ReportExtractor;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Late-papers packs in five councils' wordings ({@code testdata/papers/variants/pack-*-letter-*}, {@code pack-*-supplementary-*}):
 * a covering letter or sheet lists the items whose papers it brings, and each paper follows with its title over its first
 * section ("Purpose of the report", "Summary", "Recommendations"), with no "Report of" line or item line of its own. Each
 * paper gives a report with the item number and title the list gives it (a title wrapped over two lines, or read as a date,
 * still matches), and its recommendations carry that item. The letter itself gives no report. Read under every kind the
 * classifier might give the paper.
 */
class LatePapersPackVariantsTest {
    static Stream<Arguments> packs() {
        return Stream.of(
                Arguments.of("pack-borough-letter-late-reports-wrapped-titles.txt", List.of("5", "8"),
                        List.of("Land north of Mill Lane, Fernbury: outline application for up to 140 dwellings and associated access",
                                "Appeals lodged and determined since the last meeting"),
                        List.of("5", "8")),
                Arguments.of("pack-unitary-letter-papers-for-meeting-of.txt", List.of("7", "10"),
                        List.of("Better Care Fund Plan 2024-25", "Pharmaceutical Needs Assessment: supplementary statement"),
                        List.of("7", "7", "10")),
                Arguments.of("pack-district-letter-enclosed-reports-summary-recommendations.txt", List.of("6", "9"),
                        List.of("Council Tax Support Scheme 2025/26", "Review of Car Parking Charges"), List.of("6", "6", "9")),
                Arguments.of("pack-county-late-papers-letter-wrapped-report-title.txt", List.of("5", "8"),
                        List.of("Sufficiency Strategy for Children in Care and Care Leavers 2025-2028",
                                "Virtual School Headteacher's Annual Report"), List.of("5", "5", "8")),
                Arguments.of("pack-metropolitan-supplementary-sheet-reports-to-follow.txt", List.of("11", "12"),
                        List.of("Highways Capital Programme 2025/26", "Procurement of Waste Collection Vehicles"), List.of("11", "11", "12")));
    }

    static Stream<Arguments> packsUnderEveryKind() {
        return Variants.underEach(packs(), DocumentKind.AGENDA_PACK, DocumentKind.REPORT, DocumentKind.OTHER);
    }

    @ParameterizedTest
    @MethodSource("packsUnderEveryKind")
    void eachListedPaperGivesItsReportAndItsRecommendationsTheListedItem(String variant, List<String> items, List<String> titles,
            List<String> recommendationItems, DocumentKind kind) {
        LayoutDocument doc = Variants.read(variant);
        List<Report> reports = Variants.reports(kind, doc);
        assertEquals(items, reports.stream().map(Report::itemNumber).toList(), variant + " " + kind + " " + reports);
        assertEquals(titles, reports.stream().map(Report::title).toList(), variant);
        List<Recommendation> recs = Harness.run(new RecommendationExtractor(), kind, doc).records(Recommendation.class);
        assertEquals(recommendationItems, recs.stream().map(Recommendation::itemNumber).toList(), variant + " " + kind + " " + recs);
    }

    static Stream<Arguments> meetingDates() {
        return Stream.of(
                Arguments.of("pack-borough-letter-late-reports-wrapped-titles.txt", "2024-06-05"),
                Arguments.of("pack-unitary-letter-papers-for-meeting-of.txt", "2024-07-09"),
                Arguments.of("pack-district-letter-enclosed-reports-summary-recommendations.txt", "2025-02-20"),
                Arguments.of("pack-county-late-papers-letter-wrapped-report-title.txt", "2025-03-03"),
                Arguments.of("pack-metropolitan-supplementary-sheet-reports-to-follow.txt", "2025-03-25"));
    }

    /**
     * The papers print no committee and no date of their own: they are written for the meeting the letter or sheet names (not
     * the letter's own date, days before), so each report takes that meeting's body and date, as its meeting record gives them.
     */
    @ParameterizedTest
    @MethodSource("meetingDates")
    void eachListedPaperIsForTheMeetingTheLetterNames(String variant, String date) {
        LayoutDocument doc = Variants.read(variant);
        List<Meeting> meetings = Harness.run(new MeetingExtractor(), DocumentKind.AGENDA_PACK, doc).records(Meeting.class);
        assertEquals(1, meetings.size(), variant + " " + meetings);
        assertNotNull(meetings.get(0).committee(), variant);
        List<Report> reports = Harness.run(new ReportExtractor(), DocumentKind.AGENDA_PACK, doc).records(Report.class);
        for (Report r : reports) {
            assertEquals(date, String.valueOf(r.meetingDate()), variant + " " + r.itemNumber());
            // A paper that prints its body ("Report to Planning Committee") keeps its own casing of the letter's "PLANNING COMMITTEE".
            assertTrue(meetings.get(0).committee().equalsIgnoreCase(String.valueOf(r.committee())),
                    variant + " " + r.itemNumber() + ": " + r.committee() + " against " + meetings.get(0).committee());
        }
    }
}
