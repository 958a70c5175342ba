package org.councilpapers.extractors.record.report;

import static org.councilpapers.testdata.LayoutFixtures.document;
import static org.councilpapers.testdata.LayoutFixtures.heading;
import static org.councilpapers.testdata.LayoutFixtures.item;
import static org.councilpapers.testdata.LayoutFixtures.pageBreak;
import static org.councilpapers.testdata.LayoutFixtures.para;
import static org.councilpapers.testdata.LayoutFixtures.row;
import static org.councilpapers.testdata.LayoutFixtures.table;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.councilpapers.core.DocumentKind;
import org.councilpapers.core.layout.LayoutDocument;
import org.councilpapers.core.record.Recommendation;
import org.councilpapers.extractors.record.Harness;
import org.junit.jupiter.api.Test;

/**
 * A recommendations list that goes on in a table: its first item read as a line (with the table's "Please refer to Section 3"
 * run onto it), the rest as rows of number | text | pointer after a page break, as a reading of aligned columns gives a
 * monitoring report's "2 | Recommendations". A table that does not carry the numbering on is no part of the list. Styles:
 * a county's finance monitoring, a borough's lettered list, a fire authority's numbered paragraphs.
 */
class RecommendationListContinuedTest {
    private static List<Recommendation> run(LayoutDocument doc) {
        return Harness.run(new RecommendationExtractor(), DocumentKind.REPORT, doc).records(Recommendation.class);
    }

    @Test
    void rowsAfterAPageBreakCarryTheNumberedListOnWithoutTheirPointers() {
        List<Recommendation> rs = run(document(heading(2, "3 | Recommendations"),
                item("3.1", "Note the forecast revenue underspend of £4.1m (excluding Schools) Please refer to Section 4"), pageBreak("5"),
                table(row("3.2", "Note the forecast capital slippage of £12.0m", "Please refer to Section 6"),
                        row("3.3", "Agree the virements set out in the report", "Please refer to Section 6, 7, and Appendix 2"),
                        row("3.4", "Consider and note the savings delivered to date", "Please refer to Section 5")),
                heading(2, "4 | Revenue Forecast"), para("The forecast is an underspend.")));
        assertEquals(List.of("3.1", "3.2", "3.3", "3.4"), rs.stream().map(Recommendation::number).toList());
        assertEquals("Note the forecast revenue underspend of £4.1m (excluding Schools)", rs.get(0).text());
        assertEquals("Agree the virements set out in the report", rs.get(2).text());
    }

    @Test
    void aLetteredListContinuedInATableTakesItsRows() {
        List<Recommendation> rs = run(document(heading(2, "Recommendations"), para("The Executive is asked to:"),
                item("a)", "approve the revised fees and charges for 2025-26;"), item("b)", "note the consultation responses;"),
                table(row("c)", "delegate to the Director of Place the setting of car park tariffs within the approved bands"),
                        row("d)", "agree that the charges take effect from 1 April 2025")),
                heading(2, "1. Background"), para("Fees are reviewed each year.")));
        assertEquals(List.of("a", "b", "c", "d"), rs.stream().map(Recommendation::number).toList());
        assertEquals("agree that the charges take effect from 1 April 2025", rs.get(3).text());
    }

    @Test
    void aTableThatDoesNotCarryTheNumberingOnIsNoPartOfTheList() {
        List<Recommendation> rs = run(document(heading(2, "2. Recommendations"),
                item("2.1", "That the Authority notes the revenue outturn for 2024-25."),
                table(row("1", "Employees costs for the whole service in the year", "24,100"),
                        row("2", "Premises costs for every station in the area", "3,200")),
                para("The figures above are provisional.")));
        assertEquals(1, rs.size(), rs.toString());
        assertEquals("That the Authority notes the revenue outturn for 2024-25.", rs.get(0).text());
    }
}
