package org.councilpapers.extractors.record.report;

import static org.councilpapers.testdata.LayoutFixtures.document;
import static org.councilpapers.testdata.LayoutFixtures.heading;
import static org.councilpapers.testdata.LayoutFixtures.item;
import static org.councilpapers.testdata.LayoutFixtures.para;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.councilpapers.core.record.Classification;
import org.councilpapers.core.DocumentKind;
import org.councilpapers.core.record.Recommendation;
import org.councilpapers.core.record.Report;
import org.councilpapers.extractors.record.Harness;
import org.councilpapers.extractors.record.Variants;
import org.junit.jupiter.api.Test;

/**
 * Standalone county reports that head what they ask "Proposals" or "Recommendation(s) to the Committee" over "The committee is
 * asked to:", with lettered items in the committee's voice ("(a) notes …", "a) endorses …"); and a "Proposals" heading over
 * options a report weighs, which asks nothing. A cover that says nothing of access is public: a council's papers are open
 * unless marked exempt.
 */
class ProposalsHeadingTest {
    private static List<Recommendation> recommendations(org.councilpapers.core.layout.LayoutDocument doc) {
        return Harness.run(new RecommendationExtractor(), DocumentKind.OTHER, doc).records(Recommendation.class);
    }

    @Test
    void proposalsHeadingOverLetteredItemsThatAsk() {
        List<Recommendation> rs = recommendations(Variants.read("report-county-proposals-lettered-key-decision.txt"));
        assertEquals(List.of("a", "b", "c"), rs.stream().map(Recommendation::number).toList(), rs.toString());
        assertTrue(rs.get(0).text().startsWith("notes the performance of the winter service"), rs.get(0).text());
        assertTrue(rs.get(2).text().startsWith("asks the Executive Director of Place"), rs.get(2).text());
        assertTrue(rs.stream().allMatch(r -> "Winter Service Plan 2025/26 Update".equals(r.itemTitle())), "the cover's title");
        assertTrue(rs.stream().noneMatch(r -> r.text().contains("1,200 miles")), "the background is no recommendation");
    }

    @Test
    void recommendationsToTheCommitteeOverALeadInAndLetteredItems() {
        List<Recommendation> rs = recommendations(Variants.read("report-county-committee-is-asked-to-lettered.txt"));
        assertEquals(List.of("a", "b", "c"), rs.stream().map(Recommendation::number).toList(), rs.toString());
        assertTrue(rs.get(1).text().startsWith("agrees the targets for 2026/27"), rs.get(1).text());
        assertEquals("Fostering Recruitment Campaign", rs.get(0).itemTitle());
    }

    @Test
    void proposalsOverOptionsAskNothing() {
        List<Recommendation> rs = recommendations(document(heading(2, "Proposals"),
                item("(a)", "Option A would keep the three depots open and recruit seasonal drivers."),
                item("(b)", "Option B would close the northern depot and extend routes from the other two."),
                heading(2, "Financial implications"), para("The cost of option A is £120,000 a year.")));
        assertTrue(rs.isEmpty(), rs.toString());
    }

    @Test
    void aCoverThatSaysNothingOfAccessHasNoClassification() {
        List<Report> rs = Harness.run(new ReportExtractor(), DocumentKind.OTHER, Variants.read("report-county-proposals-lettered-key-decision.txt"))
                .records(Report.class);
        assertEquals(1, rs.size(), rs.toString());
        assertEquals("No", rs.get(0).keyDecision());
        assertEquals(Classification.PUBLIC, rs.get(0).classification(), "no exemption stated: open, as the law has it");
    }
}
