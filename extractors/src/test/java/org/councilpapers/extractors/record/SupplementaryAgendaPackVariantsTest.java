package org.councilpapers.extractors.record;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.councilpapers.core.DocumentKind;
import org.councilpapers.core.layout.LayoutDocument;
import org.councilpapers.core.record.Meeting;
import org.councilpapers.core.record.Recommendation;
import org.councilpapers.core.record.Report;
import org.councilpapers.extractors.record.report.RecommendationExtractor;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Supplementary agendas in three councils' wordings ({@code testdata/papers/variants/pack-*-supplementary-*} written this
 * round): a front part that is itself a short agenda (the committee, the date and time, the venue, "Items 6 and 8: reports to
 * follow" or "now attached" over the late items' list), then the reports it brings, each with a cover of its own kind - a label
 * table ("Report to: | Date: | Title:"), "Report of the Head of X" over the title, or the title alone over "1. Purpose". Each
 * report gives its item, its title, and the committee and meeting date, taken from the pack's front part where its own cover
 * does not print them; its recommendations carry its item; the pack gives the meeting. Read under every kind the classifier
 * might give the paper. The expected values were written by reading the variants.
 */
class SupplementaryAgendaPackVariantsTest {
    // The council each pack names over its front part, and the meeting's time as it prints it.
    private static final java.util.Map<String, String[]> MEETINGS = java.util.Map.of(
            "pack-borough-supplementary-agenda-scrutiny-three-covers.txt", new String[] {"Calderbrook", "6.30 pm"},
            "pack-district-supplementary-planning-policy-venue-label.txt", new String[] {"Hollinsford", "7.00 pm"},
            "pack-county-supplementary-papers-health-board-now-attached.txt", new String[] {"Thornleigh", "2.00 pm"});

    static Stream<Arguments> packs() {
        return Stream.of(
                Arguments.of("pack-borough-supplementary-agenda-scrutiny-three-covers.txt", "Overview and Scrutiny Committee", "2025-11-20",
                        List.of("6", "7", "8"), List.of("Housing Repairs Performance", "Review of Leisure Centre Opening Hours",
                                "Community Safety Partnership Annual Review"), List.of("6", "6", "7", "8")),
                Arguments.of("pack-district-supplementary-planning-policy-venue-label.txt", "Planning Policy Committee", "2026-02-03",
                        List.of("5", "9"), List.of("Local Plan Review: Response to the Regulation 18 Consultation",
                                "Self-build and Custom Housebuilding Register"), List.of("5", "5", "9")),
                Arguments.of("pack-county-supplementary-papers-health-board-now-attached.txt", "Health and Wellbeing Board", "2026-01-14",
                        List.of("4", "7"), List.of("Joint Local Health and Wellbeing Strategy: Annual Progress",
                                "Better Care Fund Quarter 2 Return"), List.of("4", "4", "7")));
    }

    static Stream<Arguments> packsUnderEveryKind() {
        return Variants.underEach(packs(), DocumentKind.AGENDA_PACK, DocumentKind.REPORT, DocumentKind.OTHER);
    }

    @ParameterizedTest
    @MethodSource("packsUnderEveryKind")
    void eachReportGivesItsItemTitleAndThePacksMeeting(String variant, String committee, String date, List<String> items,
            List<String> titles, List<String> recommendationItems, DocumentKind kind) {
        LayoutDocument doc = Variants.read(variant);
        List<Report> reports = Variants.reports(kind, doc);
        assertEquals(items, reports.stream().map(Report::itemNumber).toList(), variant + " " + kind + " " + reports);
        assertEquals(titles, reports.stream().map(Report::title).toList(), variant + " " + kind);
        for (Report r : reports) {
            assertEquals(committee, r.committee(), variant + " " + kind + " " + r.itemNumber() + ": the pack's committee");
            assertEquals(date, String.valueOf(r.meetingDate()), variant + " " + kind + " " + r.itemNumber() + ": the pack's date");
        }
        List<Recommendation> recs = Harness.run(new RecommendationExtractor(), kind, doc).records(Recommendation.class);
        assertEquals(recommendationItems, recs.stream().map(Recommendation::itemNumber).toList(), variant + " " + kind + " " + recs);
    }

    @ParameterizedTest
    @MethodSource("packsUnderEveryKind")
    void thePackGivesItsMeeting(String variant, String committee, String date, List<String> items, List<String> titles,
            List<String> recommendationItems, DocumentKind kind) {
        Meeting m = Variants.meeting(kind, variant);
        assertEquals(committee, m.committee(), variant + " " + kind);
        assertEquals(date, String.valueOf(m.date()), variant + " " + kind);
        String[] councilAndTime = MEETINGS.get(variant);
        assertEquals(councilAndTime[0], m.council(), variant + " " + kind);
        assertEquals(councilAndTime[1], m.time(), variant + " " + kind + ": the time as printed");
    }

    /**
     * The sheet's "Venue:" line is the meeting's place however the paper was classified: under a kind that does not cut the pack into
     * a front sheet, the covering sheet is read from the paper's opening, and its venue was lost there.
     */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.EnumSource(DocumentKind.class)
    void theSheetsVenueUnderEveryKind(DocumentKind kind) {
        Meeting m = Variants.meeting(kind, "pack-district-supplementary-planning-policy-venue-label.txt");
        assertEquals("Committee Room 2, Civic Offices, Station Road, Hollinsford", m.venue(), kind.toString());
    }
}
