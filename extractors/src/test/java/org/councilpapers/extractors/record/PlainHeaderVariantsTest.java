package org.councilpapers.extractors.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.councilpapers.core.DocumentKind;
import org.councilpapers.core.layout.LayoutDocument;
import org.councilpapers.core.record.Recommendation;
import org.councilpapers.core.record.Report;
import org.councilpapers.extractors.record.report.RecommendationExtractor;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Report headers printed as plain lines, with no labels, in four councils' ways ({@code testdata/papers/variants/report-*.txt}):
 * the committee, the date and "Agenda Item 7" over the title; "Item No. 9" under the committee and date; "Part I – Item 12";
 * "Agenda Item" over a right-aligned "4". Each gives one report with its committee, date, item and title, and its
 * recommendations carry that item and title. Read under every kind: the header, not the kind, says it is a report. The
 * expected values were written by reading the variants.
 */
class PlainHeaderVariantsTest {
    static Stream<Arguments> headers() {
        return Stream.of(
                Arguments.of("report-county-scrutiny-plain-header-agenda-item.txt", "Children and Young People Scrutiny Committee",
                        "2024-11-05", "7", "Edge of Care Support Service: Six-Month Review", List.of("2.1", "2.2")),
                Arguments.of("report-borough-licensing-item-no-under-date.txt", "Licensing and Regulatory Committee", "2025-01-14", "9",
                        "Review of the Statement of Gambling Policy 2025-2028", java.util.Arrays.asList((String) null)),
                Arguments.of("report-metropolitan-cabinet-part-one-item.txt", "Cabinet", "2024-12-11", "12",
                        "Household Support Fund: Allocation of the Sixth Round", List.of("a", "b")),
                Arguments.of("report-unitary-stacked-agenda-item-number.txt", "Adult Social Care and Health Committee", "2025-03-12", "4",
                        "Home Care Recommissioning: Outcome of the Consultation", List.of("1", "2")));
    }

    static Stream<Arguments> headersUnderEveryKind() {
        return Variants.underEach(headers(), DocumentKind.REPORT, DocumentKind.OTHER, DocumentKind.AGENDA_PACK);
    }

    @ParameterizedTest
    @MethodSource("headersUnderEveryKind")
    void aHeaderOfPlainLinesGivesTheReportAndItsItem(String variant, String committee, String date, String item, String title,
            List<String> numbers, DocumentKind kind) {
        LayoutDocument doc = Variants.read(variant);
        Report r = Variants.report(kind, variant);
        assertEquals(committee, r.committee(), variant);
        assertEquals(date, String.valueOf(r.meetingDate()), variant);
        assertEquals(item, r.itemNumber(), variant);
        assertEquals(title, r.title(), variant);
        assertNull(r.reportOf(), variant + ": no \"Report of\" line");

        List<Recommendation> recs = Harness.run(new RecommendationExtractor(), kind, doc).records(Recommendation.class);
        assertEquals(numbers, recs.stream().map(Recommendation::number).toList(), variant + " " + recs);
        for (Recommendation rec : recs) {
            assertEquals(item, rec.itemNumber(), variant + ": the report's item");
            assertEquals(title, rec.itemTitle(), variant + ": the report's title");
            assertTrue(rec.text().length() > 20, variant + ": a section's heading (\"Background\", \"Proposed model\") is no recommendation: "
                    + rec.text());
        }
    }
}
