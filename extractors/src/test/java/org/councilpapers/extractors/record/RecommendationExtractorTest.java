package org.councilpapers.extractors.record;

import static org.councilpapers.testdata.LayoutFixtures.bold;
import static org.councilpapers.testdata.LayoutFixtures.document;
import static org.councilpapers.testdata.LayoutFixtures.heading;
import static org.councilpapers.testdata.LayoutFixtures.item;
import static org.councilpapers.testdata.LayoutFixtures.para;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.councilpapers.core.DocumentKind;
import org.councilpapers.core.record.Recommendation;
import org.councilpapers.core.record.RecommendationOrigin;
import org.junit.jupiter.api.Test;

class RecommendationExtractorTest {
    private final RecommendationExtractor extractor = new RecommendationExtractor();

    @Test
    void numberedRecommendationsUnderANumberedSectionWithTheItemTheyBelongTo() {
        List<Recommendation> rs = Harness.run(extractor, DocumentKind.REPORT, document(
                para("7 July 2020"), para("ITEM: 9"), para("Children's Services Overview and Scrutiny Committee"),
                para("Update on the Continuous Development Plan"),
                item("1.", "Recommendation(s)"),
                item("1.1", "That the Committee note the updated plan."),
                item("1.2", "That the Committee comment on the priorities."),
                item("2.", "Introduction and Background"),
                item("2.1", "Not a recommendation."))).records(Recommendation.class);
        assertEquals(2, rs.size());
        Recommendation r = rs.get(1);
        assertEquals("1.2", r.number());
        assertEquals("That the Committee comment on the priorities.", r.text());
        assertEquals(RecommendationOrigin.REPORT, r.origin());
        assertEquals("9", r.itemNumber());
        assertEquals("Update on the Continuous Development Plan", r.itemTitle());
    }

    @Test
    void committeeIsAskedToWithLetteredItemsEndsAtReasons() {
        List<Recommendation> rs = Harness.run(extractor, DocumentKind.REPORT, document(
                para("Item 4"), para("Annual complaints report"),
                bold("The Committee is asked to:"),
                item("a)", "note the report;"), item("b)", "agree the actions in section 5."),
                heading(2, "Reasons for Recommendation"),
                item("a)", "The report is for noting."))).records(Recommendation.class);
        assertEquals(2, rs.size());
        assertEquals("a", rs.get(0).number());
        assertEquals("4", rs.get(1).itemNumber());
        assertEquals("Annual complaints report", rs.get(1).itemTitle());
    }

    @Test
    void bulletedRecommendationsHaveNoNumberAndInspectionOnesTheirOrigin() {
        List<Recommendation> rs = Harness.run(extractor, DocumentKind.INSPECTION_REPORT, document(
                heading(2, "Recommendations"),
                item("•", "Ensure that return home interviews are offered to all children."),
                para("Summary for children and young people"))).records(Recommendation.class);
        assertEquals(1, rs.size());
        assertNull(rs.get(0).number());
        assertEquals(RecommendationOrigin.INSPECTION, rs.get(0).origin());
    }

    @Test
    void reasonsForRecommendationIsNotASection() {
        List<Recommendation> rs = Harness.run(extractor, DocumentKind.REPORT, document(
                heading(2, "Reasons for Recommendations"), item("1.", "Because the law says so."))).records(Recommendation.class);
        assertEquals(0, rs.size());
    }

    @Test
    void numbersPrintedInTheTextAsWordAndPdfRenderingsGiveThem() {
        List<Recommendation> rs = Harness.run(extractor, DocumentKind.REPORT, document(
                para("ITEM: 8"), para("Children's Services Savings"),
                item("1.", "Recommendation(s)"),
                para("1.1 That the Committee note the proposals."),
                item("•", "1.2 This report seeks comment on the items within its remit."),
                item("2.", "Introduction and Background"),
                para("2.1 Not a recommendation."))).records(Recommendation.class);
        assertEquals(2, rs.size());
        assertEquals("1.1", rs.get(0).number());
        assertEquals("That the Committee note the proposals.", rs.get(0).text());
        assertEquals("1.2", rs.get(1).number());
        assertEquals("This report seeks comment on the items within its remit.", rs.get(1).text());
        assertEquals("8", rs.get(1).itemNumber());
    }
}
