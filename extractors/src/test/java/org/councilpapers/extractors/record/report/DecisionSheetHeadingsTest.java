package org.councilpapers.extractors.record.report;

import static org.councilpapers.testdata.LayoutFixtures.document;
import static org.councilpapers.testdata.LayoutFixtures.heading;
import static org.councilpapers.testdata.LayoutFixtures.para;
import static org.councilpapers.testdata.LayoutFixtures.row;
import static org.councilpapers.testdata.LayoutFixtures.table;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.councilpapers.core.DocumentKind;
import org.councilpapers.core.PartialDate;
import org.councilpapers.core.layout.LayoutDocument;
import org.councilpapers.core.record.Meeting;
import org.councilpapers.core.record.Recommendation;
import org.councilpapers.extractors.record.Harness;
import org.councilpapers.extractors.record.agenda.MeetingExtractor;
import org.junit.jupiter.api.Test;

/**
 * Proposed decision forms whose lines a reader took for headings (a form set in bold): the lead-in and the lettered parts
 * under "Decision:" are still the decision, and a part out of sequence or the form's next label ends it. And the two-column
 * "Decision to be taken by: | Decision no:" whose values a reading gives in the other column's order (the number first,
 * then the body). A unitary's proposed executive decision and a borough's proposed key decision.
 */
class DecisionSheetHeadingsTest {
    private static List<Recommendation> recommendations(LayoutDocument doc) {
        return Harness.run(new RecommendationExtractor(), DocumentKind.OTHER, doc).records(Recommendation.class);
    }

    private static LayoutDocument unitarysBoldForm() {
        return document(heading(1, "WESSEX UNITARY COUNCIL – PROPOSED EXECUTIVE DECISION"),
                heading(2, "Decision to be taken by: Reference:"), para("EX/25/014"), heading(2, "Executive"),
                heading(2, "Key decision: YES"),
                heading(2, "Title of Decision: Leisure Centres Management Contract 2025-2035"), heading(2, "Decision:"),
                heading(3, "The Executive agree to:"), heading(3, "a) award the leisure centres management contract to the preferred bidder"),
                heading(3, "b) delegate to the Director of Communities the signing of the contract"),
                heading(3, "c) note the capital contribution set out in the exempt appendix"),
                table(row("Reason(s) for decision:"), row("The current contract ends in March 2025."),
                        row("Consultation:"), row("The proposal will be considered by the Executive on 12 February 2025.")),
                para("signed date"));
    }

    @Test
    void partsSetInHeadingsUnderADecisionLabelAreTheDecisionsParts() {
        List<Recommendation> rs = recommendations(unitarysBoldForm());
        assertEquals(List.of("a", "b", "c"), rs.stream().map(Recommendation::number).toList());
        assertEquals("award the leisure centres management contract to the preferred bidder", rs.get(0).text());
        assertTrue(rs.stream().allMatch(r -> "Leisure Centres Management Contract 2025-2035".equals(r.itemTitle())));
    }

    @Test
    void theTakerReadAfterTheReferenceInATwoColumnLabelLineIsTheMeetingsBody() {
        List<Meeting> ms = Harness.run(new MeetingExtractor(), DocumentKind.OTHER, unitarysBoldForm()).records(Meeting.class);
        assertEquals(1, ms.size(), ms.toString());
        assertEquals("Executive", ms.get(0).committee());
        assertEquals(PartialDate.parse("2025-02-12"), ms.get(0).date());
    }

    @Test
    void aHeadingThatIsNoPartEndsTheDecision() {
        // A borough: the parts in bold, then the form's next heading, which is no lettered part.
        List<Recommendation> rs = recommendations(document(heading(1, "Proposed Key Decision"),
                para("Decision to be taken by: Cabinet on 9 April 2025"), para("Subject: Allotments Rent Review"), heading(2, "Decision:"),
                heading(3, "Cabinet is asked to:"), heading(3, "A. Approve the allotment rents for 2025-26"),
                heading(3, "B. Note the waiting list figures"), heading(2, "Financial Implications"),
                para("Rents rise by 3% a year.")));
        assertEquals(List.of("A", "B"), rs.stream().map(Recommendation::number).toList());
        assertEquals("Note the waiting list figures", rs.get(1).text());
    }
}
