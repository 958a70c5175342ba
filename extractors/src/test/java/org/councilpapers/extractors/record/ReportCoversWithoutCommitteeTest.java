package org.councilpapers.extractors.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.stream.Stream;
import org.councilpapers.core.DocumentKind;
import org.councilpapers.core.record.Classification;
import org.councilpapers.core.record.Report;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Report covers that name no committee ({@code testdata/papers/variants}): "Item 9: Title" over "Report of:", "Agenda item 6 –
 * Title" over "Date of meeting: 12th March 2025" and "Exempt: No", a label table with "Title of report" and "Exempt | No",
 * "Subject:" / "Report from:" lines, "Title of report:" over "Purpose of report", and headers of plain lines with the committee
 * and date but no item. A report that names no committee is still a report: its committee is null, and so is every field
 * its cover does not state. Read under every kind: the cover, not the kind, says it is a report. The expected values were
 * written by reading the variants.
 */
class ReportCoversWithoutCommitteeTest {

    /** variant, committee, date, item, title, report of, wards, key decision, classification. */
    static Stream<Arguments> covers() {
        return Stream.of(
                Arguments.of("cover-borough-item-colon-title-report-of-no-committee.txt", null, null, "9",
                        "Review of Allotment Rents and Tenancy Rules", "Director of Place and Environment", "All wards", "No", Classification.PUBLIC),
                Arguments.of("cover-district-agenda-item-dash-title-date-of-meeting.txt", null, "2025-03-12", "6",
                        "Empty Homes Strategy 2025-2030", "Head of Housing Services", null, null, Classification.PUBLIC),
                Arguments.of("cover-unitary-cover-table-title-of-report-exempt.txt", null, "2024-06-04", null,
                        "Home to school transport policy 2025/26", "Corporate Director of Children's Services", "All", "Yes",
                        Classification.PUBLIC),
                Arguments.of("cover-city-subject-report-from-wards-no-committee.txt", null, null, null,
                        "Library opening hours consultation outcome", "Assistant Director, Culture and Communities",
                        "Castle; Quayside; Riverside", "Yes", Classification.PUBLIC),
                Arguments.of("cover-county-title-of-report-purpose-no-item.txt", null, null, null,
                        "Annual review of the Minerals and Waste Local Development Scheme", "Executive Director, Growth and Environment",
                        "None specifically", null, Classification.PUBLIC),
                Arguments.of("findings-county-report-ofsted-identified-following-areas.txt", "Cabinet", "2025-04-09", "7",
                        "Response to the Ofsted inspection of children's services", null, null, "No", Classification.PUBLIC),
                Arguments.of("report-borough-committee-date-title-no-item.txt", "Environment and Transport Scrutiny Panel", "2024-09-18",
                        null, "Highway verge maintenance: review of the cutting regime", null, null, null, Classification.PUBLIC),
                Arguments.of("table-sif-2017-report-summary-abbreviated-areas.txt", "Children and Young People Scrutiny Committee",
                        "2017-07-11", null, "Ofsted inspection of children's services: outcome", null, null, null, Classification.PUBLIC));
    }

    static Stream<Arguments> coversUnderEveryKind() {
        return Variants.underEach(covers(), DocumentKind.REPORT, DocumentKind.OTHER, DocumentKind.AGENDA_PACK, DocumentKind.MINUTES);
    }

    @ParameterizedTest
    @MethodSource("coversUnderEveryKind")
    void aCoverWithNoCommitteeLineIsStillAReport(String variant, String committee, String date, String item, String title,
            String reportOf, String wards, String keyDecision, Classification classification, DocumentKind kind) {
        Report r = Variants.report(kind, variant);
        assertEquals(committee, r.committee(), variant);
        assertEquals(date, r.meetingDate() == null ? null : r.meetingDate().toString(), variant);
        assertEquals(item, r.itemNumber(), variant);
        assertEquals(title, r.title(), variant + ": the title without its item's number");
        assertEquals(reportOf, r.reportOf(), variant);
        assertEquals(wards, r.wardsAffected(), variant);
        assertEquals(keyDecision, r.keyDecision(), variant);
        assertEquals(classification, r.classification(), variant + ": public unless the cover marks it exempt (\"Exempt: No\" too)");
        assertNull(r.accountableDirector(), variant);
    }
}
