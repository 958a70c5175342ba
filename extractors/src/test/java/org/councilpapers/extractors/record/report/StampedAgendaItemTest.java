package org.councilpapers.extractors.record.report;

import static org.councilpapers.testdata.LayoutFixtures.document;
import static org.councilpapers.testdata.LayoutFixtures.heading;
import static org.councilpapers.testdata.LayoutFixtures.item;
import static org.councilpapers.testdata.LayoutFixtures.pageBreak;
import static org.councilpapers.testdata.LayoutFixtures.para;
import static org.councilpapers.testdata.LayoutFixtures.row;
import static org.councilpapers.testdata.LayoutFixtures.table;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.councilpapers.core.DocumentKind;
import org.councilpapers.core.layout.LayoutDocument;
import org.councilpapers.core.record.Recommendation;
import org.councilpapers.core.record.Report;
import org.councilpapers.extractors.record.Harness;
import org.junit.jupiter.api.Test;

/**
 * "Agenda Item 5" that a pack stamps over a report whose cover is a table of labels: the report is written for that item, and
 * so are its recommendations; the stamp is no cover of its own (a covering letter's lines above it are not a report's title).
 * A borough's supplementary pack and a district's agenda pack; and a stamp on another page is not this report's.
 */
class StampedAgendaItemTest {
    private static LayoutDocument boroughsSupplementaryPack() {
        return document(para("Dear Councillor"), para("EXECUTIVE - TUESDAY, 11 MARCH 2025"),
                para("Agenda Item No 5 Parks and Open Spaces Strategy 2025-2035"), para("(Pages 1 - 14)"), para("Yours faithfully"),
                pageBreak(""), para("Agenda Item 5"),
                table(row("Report to:", "Executive, 11 March 2025"), row("Report of:", "Director of Environment"),
                        row("Title:", "Parks and Open Spaces Strategy 2025-2035"), row("Wards affected:", "All"),
                        row("Key decision:", "Yes")),
                heading(2, "Recommendations"), para("The Executive is asked to:"),
                item("a)", "adopt the Parks and Open Spaces Strategy 2025-2035;"), item("b)", "note the action plan in Appendix 1."),
                heading(2, "1. Background"), para("The last strategy ran to 2024."));
    }

    @Test
    void theStampOverACoverTableGivesTheReportItsItem() {
        List<Report> rs = Harness.run(new ReportExtractor(), DocumentKind.AGENDA_PACK, boroughsSupplementaryPack()).records(Report.class);
        assertEquals(1, rs.size(), "the stamp and the covering letter above it are no second report: " + rs);
        assertEquals("5", rs.get(0).itemNumber());
        assertEquals("Parks and Open Spaces Strategy 2025-2035", rs.get(0).title());
    }

    @Test
    void theReportsRecommendationsCarryTheStampedItem() {
        List<Recommendation> rs = Harness.run(new RecommendationExtractor(), DocumentKind.AGENDA_PACK, boroughsSupplementaryPack())
                .records(Recommendation.class);
        assertEquals(List.of("a", "b"), rs.stream().map(Recommendation::number).toList());
        assertEquals(List.of("5", "5"), rs.stream().map(Recommendation::itemNumber).toList());
    }

    @Test
    void aStampOnThePageBeforeIsNotThisReportsItem() {
        // A district's pack: "Agenda Item 8" ends the page before; the cover table starts a page of its own.
        List<Report> rs = Harness.run(new ReportExtractor(), DocumentKind.REPORT, document(para("Agenda Item 8"), pageBreak(""),
                table(row("Meeting:", "Licensing Committee"), row("Date:", "2 April 2025"), row("Subject:", "Taxi Licensing Policy Review"),
                        row("Report of:", "Head of Licensing"), row("Wards:", "All")),
                heading(2, "Summary"), para("The policy is reviewed every five years."))).records(Report.class);
        assertEquals(1, rs.size(), rs.toString());
        assertNull(rs.get(0).itemNumber());
    }

    @Test
    void anItemLineAmongACoversPlainAndLabelledLinesIsTheReportsItem() {
        // A district's cover: committee and date as plain lines, "Agenda Item 9" on its own, the title, "Report of" without a
        // colon, then labelled lines; and a county's, its item line printed between the title and the labels.
        LayoutDocument district = document(para("BRAMWELL BOROUGH COUNCIL"), para("Overview and Scrutiny Panel"), para("12 March 2025"),
                para("Agenda Item 9"), para("Youth Services Review: Interim Findings"), para("Report of Jane Doe, Director of People"),
                para("Portfolio Holder: Councillor Tom Hay, Portfolio Holder for Young People"),
                para("Report author: Sam Lee, Youth Services Manager"), para("Wards affected: All"), para("Key decision: No"),
                heading(2, "1. Purpose of Report"), item("1.1", "To set out the interim findings of the review."),
                heading(2, "2. Recommendations"), item("1.", "That the panel notes the interim findings."));
        LayoutDocument county = document(para("Corporate Parenting Panel"), para("Thursday 6 February 2025"),
                para("Annual Report of the Virtual School Headteacher"), para("Agenda item no. 12"),
                para("Cabinet Member: Councillor Ruth Amos"), para("Divisions affected: All divisions"), para("Key decision: No"),
                heading(2, "Summary"), para("The Virtual School supports children in care in education."));
        List<Report> d = Harness.run(new ReportExtractor(), DocumentKind.REPORT, district).records(Report.class);
        assertEquals(1, d.size(), d.toString());
        assertEquals("9", d.get(0).itemNumber());
        assertEquals("Youth Services Review: Interim Findings", d.get(0).title());
        List<Recommendation> recs = Harness.run(new RecommendationExtractor(), DocumentKind.REPORT, district).records(Recommendation.class);
        assertEquals(List.of("9"), recs.stream().map(Recommendation::itemNumber).toList());
        List<Report> c = Harness.run(new ReportExtractor(), DocumentKind.REPORT, county).records(Report.class);
        assertEquals(1, c.size(), c.toString());
        assertEquals("12", c.get(0).itemNumber());
        assertEquals("Annual Report of the Virtual School Headteacher", c.get(0).title());
    }
}
