package org.councilpapers.extractors.record;

import static org.councilpapers.testdata.LayoutFixtures.document;
import static org.councilpapers.testdata.LayoutFixtures.heading;
import static org.councilpapers.testdata.LayoutFixtures.para;
import static org.councilpapers.testdata.LayoutFixtures.plainTable;
import static org.councilpapers.testdata.LayoutFixtures.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.councilpapers.core.DocumentKind;
import org.councilpapers.core.record.Recommendation;
import org.councilpapers.core.record.RecommendationOrigin;
import org.councilpapers.extractors.record.report.RecommendationExtractor;
import org.junit.jupiter.api.Test;

/** Recommendations set out as a table, in three councils' styles: one recommendation a row. */
class RecommendationTablesTest {
    private final RecommendationExtractor extractor = new RecommendationExtractor();

    @Test
    void aRecommendationsHeadingOverANumberAndTextTable() {
        // A metropolitan borough's report: the section's items in a two-column table under the heading and its lead-in.
        List<Recommendation> rs = Harness.run(extractor, DocumentKind.REPORT, document(heading(2, "1. Recommendations"),
                para("The Cabinet is asked to:"),
                plainTable(row("1.1", "Approve the Local Transport Plan delivery programme for 2025/26."),
                        row("1.2", "Delegate to the Director of Place the award of the resurfacing contracts within the budget.")),
                heading(2, "2. Background"), para("The programme is set each year."))).records(Recommendation.class);
        assertEquals(List.of("1.1", "1.2"), rs.stream().map(Recommendation::number).toList());
        assertEquals("Approve the Local Transport Plan delivery programme for 2025/26.", rs.get(0).text());
        assertEquals(RecommendationOrigin.REPORT, rs.get(1).origin());
    }

    @Test
    void aTableHeadedRecommendationsWithANumberInTheTextCellAndACrossReference() {
        // A county's finance report: "2 | Recommendations", each row's number opening its text cell (for one, in the middle of
        // the cell, where a PDF centred it), beside a pointer to the section that discusses it.
        List<Recommendation> rs = Harness.run(extractor, DocumentKind.OTHER, document(heading(1, "Revenue Monitoring Quarter 3"),
                plainTable(row("2", "Recommendations"),
                        row("2.1 Note the forecast revenue overspend of £4.2m for the year.", "Please refer to Section 3"),
                        row("2.2 Agree the transfer of £1.1m to the insurance reserve.", "See section 4"),
                        row("Note the capital programme changes set out\n2.3 in table 6, including the reprofiling of £12m to 2026/27.",
                                "Please refer to Section 5")),
                heading(2, "3. Revenue"), para("The overspend is mostly in adult social care."))).records(Recommendation.class);
        assertEquals(List.of("2.1", "2.2", "2.3"), rs.stream().map(Recommendation::number).toList());
        assertEquals("Agree the transfer of £1.1m to the insurance reserve.", rs.get(1).text());
        assertEquals("Note the capital programme changes set out in table 6, including the reprofiling of £12m to 2026/27.", rs.get(2).text());
    }

    @Test
    void aNumberRecommendationParagraphTableAndAnActionPlanIsNone() {
        // A district's scrutiny review: "No. | Recommendation | Paragraph".
        List<Recommendation> rs = Harness.run(extractor, DocumentKind.REPORT, document(heading(2, "Summary"),
                plainTable(row("No.", "Recommendation", "Paragraph"),
                        row("1", "That the Council publishes its tenancy strategy in plain English by March 2026.", "4.3"),
                        row("2", "That repairs reporting is offered by text message to all tenants.", "5.1"),
                        row("3", "Tenants' panel members are paid their travel expenses.", "6.2")))).records(Recommendation.class);
        assertEquals(List.of("1", "2", "3"), rs.stream().map(Recommendation::number).toList());
        assertEquals("Tenants' panel members are paid their travel expenses.", rs.get(2).text());

        // An action plan's "Recommendation | Action | Owner | Due" is PlanTables', and a table of figures under the heading none.
        assertEquals(0, Harness.run(extractor, DocumentKind.REPORT, document(heading(2, "Summary"),
                plainTable(row("Recommendation", "Action", "Owner"),
                        row("1. Improve the timeliness of assessments", "Weekly tracking meeting", "Head of Service")),
                heading(2, "Recommendations"),
                plainTable(row("2023/24", "£1.2m"), row("2024/25", "£1.4m")))).records(Recommendation.class).size());
    }

    @Test
    void aHeadingSetOffByABarOverRowsAReadingWithoutRulingsLeftAsLines() {
        // The same finance report read without its table: each row a line with its pointer run on, and a number printed level
        // with the middle of its three-line text, so the text's first line stands above it.
        List<Recommendation> rs = Harness.run(extractor, DocumentKind.OTHER, document(heading(1, "Revenue Monitoring Quarter 3"),
                para("2 | Recommendations"),
                para("2.1 Note the forecast revenue overspend of £4.2m for the year. Please refer to Section 3"),
                para("Note the capital programme changes set out in table 6,"),
                para("2.2 including the reprofiling of £12m to 2026/27 and the Please refer to Section 5"),
                para("new schemes in Appendix 2."),
                heading(2, "3 | Revenue"), para("The overspend is mostly in adult social care."))).records(Recommendation.class);
        assertEquals(List.of("2.1", "2.2"), rs.stream().map(Recommendation::number).toList());
        assertEquals("Note the forecast revenue overspend of £4.2m for the year.", rs.get(0).text());
        assertEquals("Note the capital programme changes set out in table 6, including the reprofiling of £12m to 2026/27 and the "
                + "Please refer to Section 5 new schemes in Appendix 2.", rs.get(1).text(),
                "a pointer run into the middle of a wrapped row stays: only one after the sentence's end is told apart");
    }

    @Test
    void aRowWithoutANumberGoingOnInLowerCaseIsTheRowAbove() {
        List<Recommendation> rs = Harness.run(extractor, DocumentKind.REPORT, document(heading(2, "Recommendation(s)"),
                plainTable(row("a)", "Approve the revised fees and charges for 2025/26 as set out in Appendix 1,"),
                        row("", "with effect from 1 April 2025."),
                        row("b)", "Note the equality impact assessment.")))).records(Recommendation.class);
        assertEquals(2, rs.size());
        assertEquals("Approve the revised fees and charges for 2025/26 as set out in Appendix 1, with effect from 1 April 2025.", rs.get(0).text());
        assertNull(rs.stream().filter(r -> r.number() == null).findFirst().orElse(null));
    }
}
