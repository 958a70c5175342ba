package org.councilpapers.extractors.record.report;

import static org.councilpapers.testdata.LayoutFixtures.bold;
import static org.councilpapers.testdata.LayoutFixtures.document;
import static org.councilpapers.testdata.LayoutFixtures.heading;
import static org.councilpapers.testdata.LayoutFixtures.item;
import static org.councilpapers.testdata.LayoutFixtures.para;
import static org.councilpapers.testdata.LayoutFixtures.plainTable;
import static org.councilpapers.testdata.LayoutFixtures.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.councilpapers.core.DocumentKind;
import org.councilpapers.core.record.Recommendation;
import org.councilpapers.core.record.RecommendationOrigin;
import org.councilpapers.extractors.record.Harness;
import org.councilpapers.extractors.record.Variants;
import org.junit.jupiter.api.Test;

class RecommendationExtractorTest {
    private final RecommendationExtractor extractor = new RecommendationExtractor();

    @Test
    void recommendationsPrintedAgainLaterInTheReportAreOneEach() {
        List<Recommendation> rs = Harness.run(extractor, DocumentKind.REPORT, document(heading(2, "Recommendations"),
                para("Cabinet is asked to:"), item("a)", "note the forecast revenue overspend of £23.3m (excluding Schools' Delegated Budgets);"),
                item("b)", "agree the capital budget changes."), heading(2, "2. Background"), para("The forecast has worsened."),
                heading(2, "4. Recommendations"), para("Cabinet is asked to:"),
                item("a)", "NOTE the forecast revenue overspend of £23.3m (excluding Schools)."),
                item("b)", "AGREE the capital budget changes."),
                heading(2, "5. Recommendations"), para("County Council is asked to:"),
                item("a)", "approve the revised Treasury Management Strategy."))).records(Recommendation.class);
        assertEquals(List.of("a", "b", "a"), rs.stream().map(Recommendation::number).toList(),
                "the last section asks for something else under the same letter, so it stays");
        assertEquals("note the forecast revenue overspend of £23.3m (excluding Schools' Delegated Budgets);", rs.get(0).text());
        assertEquals("approve the revised Treasury Management Strategy.", rs.get(2).text());

        // Templated lists that differ only in a figure are other reports' (or other sums'), not a repeat.
        List<Recommendation> templated = Harness.run(extractor, DocumentKind.REPORT, document(heading(2, "Recommendations"),
                item("1.1", "That the Committee notes the update in report 1 and the actions in paragraph 2."),
                heading(2, "Recommendations"), item("1.1", "That the Committee notes the update in report 2 and the actions in paragraph 2.")))
                .records(Recommendation.class);
        assertEquals(2, templated.size());
    }

    @Test
    void letteredParagraphsAPdfLeftUnlistedAreRecommendationsInSequence() {
        // A PDF reading keeps "A." and "b)" items as paragraphs, and their wrapped lines as paragraphs of their own.
        List<Recommendation> upper = Harness.run(extractor, DocumentKind.OTHER, document(heading(2, "Recommendation(s):"),
                para("Cabinet is asked to:"), para("A. Agree to TRANSFER the statutory functions of the transitions team"),
                para("to the Adult Social Care Directorate from 1 April 2025; and"),
                para("B. DELEGATE authority to the Corporate Director to take the relevant actions to"),
                para("implement the decision."), heading(2, "1. Introduction"), para("A. Smith wrote this report."))).records(Recommendation.class);
        assertEquals(List.of("A", "B"), upper.stream().map(Recommendation::number).toList());
        assertEquals("Agree to TRANSFER the statutory functions of the transitions team to the Adult Social Care Directorate "
                + "from 1 April 2025; and", upper.get(0).text());
        assertEquals("DELEGATE authority to the Corporate Director to take the relevant actions to implement the decision.",
                upper.get(1).text());

        List<Recommendation> lower = Harness.run(extractor, DocumentKind.REPORT, document(heading(2, "Recommendations"),
                para("The Committee is recommended to:"), para("a) note the outturn for the year;"),
                para("b) approve the carry-forward of £120,000 to 2025/26."))).records(Recommendation.class);
        assertEquals(List.of("a", "b"), lower.stream().map(Recommendation::number).toList());

        // Out of sequence, a paragraph that opens with an initial is prose after the list, not an item.
        assertEquals(0, Harness.run(extractor, DocumentKind.REPORT, document(heading(2, "Recommendations"),
                para("B. Jones asked that the report be noted."))).records(Recommendation.class).size());
    }

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

    @Test
    void linesAPdfReadingSetApartGoOnTheItemTheyWrap() {
        List<Recommendation> rs = Harness.run(extractor, DocumentKind.REPORT, document(
                para("ITEM: 10"), para("Ofsted Focused Visit"),
                item("1.", "Recommendation(s)"),
                item("1.1", "That the Committee consider the Ofsted letter and"),
                para("provide comment or challenge in respect of the outcomes"),
                item("1.2", "That the Committee Members are conversant with the updated Thurrock"),
                para("Children's Services Development Plan."),
                item("2.", "Introduction and Background"),
                para("This paragraph is the report's, not a recommendation's."))).records(Recommendation.class);
        assertEquals(List.of("That the Committee consider the Ofsted letter and provide comment or challenge in respect of the outcomes",
                "That the Committee Members are conversant with the updated Thurrock Children's Services Development Plan."),
                rs.stream().map(Recommendation::text).toList());
        assertEquals(List.of("1.1", "1.2"), rs.stream().map(Recommendation::number).toList());
    }

    @Test
    void aNumberBehindABulletIsTheItemsWhateverItsSectionIsNumbered() {
        List<Recommendation> rs = Harness.run(extractor, DocumentKind.REPORT, document(
                para("ITEM: 8"), para("Children's Services Savings"),
                item("3.", "Recommendation(s)"),
                item("•", "1.1 That the Committee note the proposals.**"),
                item("•", "1.2 That the Committee comment on the items in its remit."),
                item("4.", "Introduction and Background"),
                item("•", "4.1 Not a recommendation."))).records(Recommendation.class);
        assertEquals(List.of("1.1", "1.2"), rs.stream().map(Recommendation::number).toList());
        assertEquals("That the Committee note the proposals.", rs.get(0).text(), "the stars a conversion left are no words");
    }

    @Test
    void aReportWithoutACoverTakesTheItemItsPagesHaveOnTheAgenda() {
        // Items 2 and 3 start on printed pages 2 and 3 (each page's footer prints its number); neither report prints an "ITEM" line.
        org.councilpapers.core.layout.LayoutDocument doc = document(
                para("Agenda"), item("1.", "Apologies"), item("2.", "Budget Monitoring (Pages 2 - 2)"), item("3.", "School Places (Pages 3 - 3)"),
                org.councilpapers.testdata.LayoutFixtures.pageBreak("1"),
                para("Budget Monitoring"), para("Recommendations"), item("1.", "That Cabinet note the forecast."),
                org.councilpapers.testdata.LayoutFixtures.pageBreak("2"),
                para("School Places"), para("Recommendations"), item("1.", "That Cabinet agree the plan."),
                org.councilpapers.testdata.LayoutFixtures.pageBreak("3"));
        List<Recommendation> rs = Harness.run(extractor, DocumentKind.AGENDA_PACK, doc).records(Recommendation.class);
        assertEquals(List.of("2", "3"), rs.stream().map(Recommendation::itemNumber).toList());
        assertEquals("School Places", rs.get(1).itemTitle());
    }

    @Test
    void recommendationsTakeTheirItemFromACoverTable() {
        List<Recommendation> rs = Harness.run(extractor, DocumentKind.REPORT,
                Variants.read("district-report-cover-table-colons.txt")).records(Recommendation.class);
        assertEquals(List.of("2.1", "2.2"), rs.stream().map(Recommendation::number).toList());
        assertEquals("That the Committee endorses the plan to recruit thirty new foster carers by March 2025.", rs.get(1).text());
        for (Recommendation r : rs) {
            assertEquals("7", r.itemNumber());
            assertEquals("Children's social care placements", r.itemTitle());
        }
        rs = Harness.run(extractor, DocumentKind.REPORT, Variants.read("county-report-cover-table-no-colons.txt"))
                .records(Recommendation.class);
        assertEquals(List.of("a", "b"), rs.stream().map(Recommendation::number).toList());
        assertEquals("9", rs.get(0).itemNumber());
        assertEquals("Care leavers' local offer: annual review", rs.get(0).itemTitle());
        rs = Harness.run(extractor, DocumentKind.REPORT, Variants.read("unitary-report-cover-table-title-and-item.txt"))
                .records(Recommendation.class);
        assertEquals(List.of("1.1", "1.2"), rs.stream().map(Recommendation::number).toList(), "reasons are not recommendations");
        assertEquals("5", rs.get(1).itemNumber());
        assertEquals("Fostering sufficiency strategy 2024-27", rs.get(1).itemTitle());
    }

    @Test
    void eachCoverTableInAPackGivesItsOwnRecommendationsTheirItem() {
        List<Recommendation> rs = Harness.run(extractor, DocumentKind.AGENDA_PACK, document(
                plainTable(row("Report title", "Youth justice plan"), row("Agenda item", "4"), row("Report by", "Head of Youth Justice"),
                        row("Key decision", "No")),
                heading(2, "Recommendations"), item("1.", "That the plan is approved."),
                heading(2, "Background"), para("The plan is renewed each year."),
                plainTable(row("Report title", "School admissions 2026/27"), row("Agenda item", "5"), row("Report by", "Director of Education"),
                        row("Key decision", "Yes")),
                heading(2, "Recommendations"), item("1.", "That the arrangements are determined."))).records(Recommendation.class);
        assertEquals(2, rs.size());
        assertEquals("4", rs.get(0).itemNumber());
        assertEquals("Youth justice plan", rs.get(0).itemTitle());
        assertEquals("5", rs.get(1).itemNumber());
        assertEquals("School admissions 2026/27", rs.get(1).itemTitle());
    }

    @Test
    void theListEndsAtTheReportsNextSectionInCapitalsOrNumberedUnderAnother() {
        List<Recommendation> rs = Harness.run(extractor, DocumentKind.OTHER, document(
                heading(2, "RECOMMENDATIONS"),
                para("1.1 That Cabinet approves the revised fostering allowances"),
                para("1.2 That Cabinet notes the consultation responses"),
                para("2. INTRODUCTION AND BACKGROUND"),
                para("2.1 The allowances were last reviewed in 2016 and fall below the national minimum."),
                para("2.2 Carers have asked for the review."))).records(Recommendation.class);
        assertEquals(List.of("1.1", "1.2"), rs.stream().map(Recommendation::number).toList());
        assertEquals("That Cabinet notes the consultation responses", rs.get(1).text());
    }

    @Test
    void aDottedNumberUnderAnotherSectionEndsTheListWithoutAHeading() {
        List<Recommendation> rs = Harness.run(extractor, DocumentKind.REPORT, document(
                bold("Recommendations"),
                para("1.1 That the Board agree the strategy"),
                para("1.2 That the Board receive an update in six months"),
                para("2.1 Background: the strategy was drafted with partners"))).records(Recommendation.class);
        assertEquals(2, rs.size());
    }

    @Test
    void anInspectionsRecommendationsReproducedInAnAppendixAreTheInspectorates() {
        List<Recommendation> rs = Harness.run(extractor, DocumentKind.REPORT, document(
                para("Report to the Corporate Parenting Panel"), heading(2, "Recommendations"),
                item("1.", "That the Panel notes the outcome of the inspection."),
                heading(2, "Appendix B: Ofsted inspection report"),
                heading(3, "Recommendations"),
                item("•", "Improve the timeliness of initial health assessments for children coming into care."),
                item("•", "Strengthen management oversight of pathway planning."))).records(Recommendation.class);
        assertEquals(3, rs.size());
        assertEquals(RecommendationOrigin.REPORT, rs.get(0).origin());
        assertEquals(RecommendationOrigin.INSPECTION, rs.get(1).origin());
        assertEquals(RecommendationOrigin.INSPECTION, rs.get(2).origin());
    }

    @Test
    void aLeadInNamingTheInspectorsMakesTheListTheirsWhateverThePapersKind() {
        List<Recommendation> rs = Harness.run(extractor, DocumentKind.MINUTES, document(
                para("Ofsted's recommendations for the local authority:"),
                item("1.", "Ensure that return home interviews are offered to every child."),
                item("2.", "Improve the quality of supervision."))).records(Recommendation.class);
        assertEquals(2, rs.size());
        assertEquals(RecommendationOrigin.INSPECTION, rs.get(0).origin());
    }

    @Test
    void itemsAskingTheCommitteeAreTheReportsEvenUnderAnInspectionsTitle() {
        List<Recommendation> rs = Harness.run(extractor, DocumentKind.INSPECTION_REPORT, document(
                heading(1, "Inspection of Wessex local authority children's services"),
                heading(2, "Recommendations"),
                item("1.1", "That the Committee notes the inspection outcome."))).records(Recommendation.class);
        assertEquals(RecommendationOrigin.REPORT, rs.get(0).origin());
    }

    @Test
    void letteredRecommendationsInlineUnderAProseCoverAreOneEach() {
        List<Recommendation> rs = Harness.run(extractor, DocumentKind.REPORT, document(
                para("Recommendation: That Cabinet (a) approves the Local Plan for consultation; (b) notes the risks in section 6; "
                        + "and (c) delegates minor changes to the Director of Place."))).records(Recommendation.class);
        assertEquals(List.of("a", "b", "c"), rs.stream().map(Recommendation::number).toList());
        assertEquals("That Cabinet notes the risks in section 6", rs.get(1).text());
        assertEquals("That Cabinet delegates minor changes to the Director of Place.", rs.get(2).text());
    }
}
