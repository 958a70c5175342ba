package org.councilpapers.extractors.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.councilpapers.core.DocumentKind;
import org.councilpapers.core.record.Classification;
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
 * Standalone reports for boards, forums and panels whose cover is a run of "Label: value" lines typed one under another
 * between rule lines (dashes, "=====", underscores), under a heading naming the board ("Brackenford City Council Health and
 * Wellbeing Board", "SCHOOLS FORUM"); and minutes or records of decisions whose committee line runs into its date ("Cabinet"
 * over "Tuesday 30 September 2025", "CABINET – Thursday …") or is printed in Welsh and English ("Cabinet / Cabinet",
 * "Pwyllgor … / Governance and Audit Committee"). The expected values were written by reading the variants.
 */
class BoardCoversAndCommitteeLinesTest {

    private static final List<DocumentKind> KINDS = List.of(DocumentKind.REPORT, DocumentKind.OTHER, DocumentKind.AGENDA_PACK,
            DocumentKind.MINUTES);

    /** variant, committee, date, item, title, author, wards, key decision, classification. */
    static Stream<Arguments> covers() {
        return Stream.of(
                Arguments.of("cover-city-hwb-rule-lines-labels.txt", "Health and Wellbeing Board", "2026-01-15", "7",
                        "Joint Local Health and Wellbeing Strategy refresh 2026-2030", "Tomasz Weller", "All wards", "No", Classification.PUBLIC),
                Arguments.of("cover-county-schools-forum-equals-rules.txt", "Schools Forum", "2026-02-26", "5",
                        "Central schools services block budget 2026/27", "Anjali Marsh", null, null, Classification.PUBLIC),
                Arguments.of("cover-borough-corporate-parenting-underscore-rules.txt", "Corporate Parenting Panel", "2026-03-04", null,
                        "Annual report of the Independent Reviewing Service 2024/25", "Halima Okafor", "None specific", "No",
                        Classification.PUBLIC));
    }

    static Stream<Arguments> coversUnderEveryKind() {
        return Variants.underEach(covers(), KINDS.toArray(DocumentKind[]::new));
    }

    @ParameterizedTest
    @MethodSource("coversUnderEveryKind")
    void aLabelledCoverBetweenRulesIsReadAsTheReport(String variant, String committee, String date, String item, String title,
            String author, String wards, String keyDecision, Classification classification, DocumentKind kind) {
        Report r = Variants.report(kind, variant);
        assertEquals(committee, r.committee(), variant + ": the label's committee, not the heading with the council's name");
        assertEquals(date, String.valueOf(r.meetingDate()), variant);
        assertEquals(item, r.itemNumber(), variant);
        assertEquals(title, r.title(), variant);
        assertEquals(author, r.author(), variant);
        assertEquals(wards, r.wardsAffected(), variant);
        assertEquals(keyDecision, r.keyDecision(), variant);
        assertEquals(classification, r.classification(), variant);
    }

    @ParameterizedTest
    @MethodSource("coversUnderEveryKind")
    void theCoverNamesTheMeetingAndItsItemTheRecommendations(String variant, String committee, String date, String item, String title,
            String author, String wards, String keyDecision, Classification classification, DocumentKind kind) {
        if (kind != DocumentKind.MINUTES) { // minutes record their own meeting; a report's cover names the one it is for
            Meeting m = Variants.meeting(kind, variant);
            assertEquals(committee, m.committee(), variant);
            assertEquals(date, String.valueOf(m.date()), variant);
            assertTrue(m.present().isEmpty(), variant + ": a cover says nothing of who came");
        }
        List<Recommendation> rs = Harness.run(new RecommendationExtractor(), kind, Variants.read(variant)).records(Recommendation.class);
        assertEquals(2, rs.size(), variant + " " + rs);
        for (Recommendation r : rs) {
            assertEquals(item, r.itemNumber(), variant);
            assertEquals(title, r.itemTitle(), variant);
        }
    }

    static Stream<Arguments> lookAlikes() {
        return Stream.of("lookalike-work-programme-labelled-blocks.txt", "lookalike-report-contacts-block-at-end.txt")
                .flatMap(v -> KINDS.stream().map(k -> Arguments.of(v, k)));
    }

    @ParameterizedTest
    @MethodSource("lookAlikes")
    void labelledLinesThatAreNoCoverGiveNoReport(String variant, DocumentKind kind) {
        List<Report> reports = Harness.run(new ReportExtractor(), kind, Variants.read(variant)).records(Report.class);
        assertEquals(List.of(), reports, variant + ": a work programme's entries and a report's contact details are no cover");
    }

    /** variant, committee, date. */
    static Stream<Arguments> minutes() {
        return Stream.of(
                Arguments.of("decisions-borough-cabinet-date-next-line.txt", "Cabinet", "2025-09-30"),
                Arguments.of("minutes-district-cabinet-dash-weekday.txt", "CABINET", "2026-02-12"),
                Arguments.of("minutes-welsh-bilingual-cabinet.txt", "Cabinet", "2025-10-21"),
                Arguments.of("minutes-welsh-bilingual-committee.txt", "Governance and Audit Committee", "2025-11-06"));
    }

    @ParameterizedTest
    @MethodSource("minutes")
    void theWeekdayBelongsToTheDateAndTheEnglishHalfNamesTheCommittee(String variant, String committee, String date) {
        for (DocumentKind kind : KINDS) {
            Meeting m = Variants.meeting(kind, variant);
            assertEquals(committee, m.committee(), variant + " as " + kind);
            assertEquals(date, String.valueOf(m.date()), variant + " as " + kind);
        }
    }
}
