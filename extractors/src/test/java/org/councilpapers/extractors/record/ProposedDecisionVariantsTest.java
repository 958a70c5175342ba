package org.councilpapers.extractors.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.councilpapers.core.DocumentKind;
import org.councilpapers.core.Extraction;
import org.councilpapers.core.PartialDate;
import org.councilpapers.core.record.Meeting;
import org.councilpapers.core.record.Recommendation;
import org.councilpapers.core.record.RecommendationOrigin;
import org.councilpapers.core.record.Resolution;
import org.councilpapers.extractors.record.agenda.MeetingExtractor;
import org.councilpapers.extractors.record.minutes.ResolutionExtractor;
import org.councilpapers.extractors.record.report.RecommendationExtractor;
import org.junit.jupiter.api.Test;

/**
 * Proposed decisions in four councils' styles (testdata/papers/variants/proposal-*, classify-proposed-record-of-decision): the
 * decision a form published before the meeting asks to be taken gives one recommendation a part, titled by the form, and the
 * meeting where the form says which body takes it and when; never a resolution.
 */
class ProposedDecisionVariantsTest {
    private static List<Recommendation> recommendations(String name, DocumentKind kind) {
        return Harness.run(new RecommendationExtractor(), kind, Variants.read(name)).records(Recommendation.class);
    }

    private static List<Meeting> meetings(String name, DocumentKind kind) {
        return Harness.run(new MeetingExtractor(), kind, Variants.read(name)).records(Meeting.class);
    }

    @Test
    void aCountysProposedKeyDecisionGivesItsNumberedPartsAndTheCabinetMeetingThatTakesIt() {
        String name = "proposal-county-proposed-key-decision-cabinet-recommended.txt";
        List<Recommendation> rs = recommendations(name, DocumentKind.OTHER);
        assertEquals(List.of("1", "2", "3"), rs.stream().map(Recommendation::number).toList());
        assertEquals("Delegate authority to the Director of Highways and Transport, in consultation with the Cabinet Member for Highways, "
                + "to vary the programme within the approved budget; and", rs.get(1).text(), "the wrapped line joined, the lead-in left out");
        assertTrue(rs.stream().allMatch(r -> r.origin() == RecommendationOrigin.REPORT
                && "Highways Maintenance Capital Programme 2025/26".equals(r.itemTitle())));
        List<Meeting> ms = meetings(name, DocumentKind.OTHER);
        assertEquals(1, ms.size(), "the scrutiny committee's earlier review is not the meeting that takes the decision");
        assertEquals("Cabinet", ms.get(0).committee());
        assertEquals(PartialDate.parse("2025-03-18"), ms.get(0).date());
        assertEquals(0, Harness.run(new ResolutionExtractor(), DocumentKind.OTHER, Variants.read(name)).records(Resolution.class).size());
    }

    @Test
    void aDistrictsDraftDecisionNoticeWithOneSentenceIsOneRecommendationAndItsDateOfDecisionTheMeeting() {
        String name = "proposal-district-draft-decision-notice-one-sentence.txt";
        List<Recommendation> rs = recommendations(name, DocumentKind.MINUTES);
        assertEquals(1, rs.size());
        assertEquals(null, rs.get(0).number());
        assertEquals("To approve the car parking tariffs set out in Appendix 1 to take effect from 1 April 2025.", rs.get(0).text());
        assertEquals("Car Parking Tariffs 2025/26", rs.get(0).itemTitle());
        List<Meeting> ms = meetings(name, DocumentKind.OTHER);
        assertEquals(1, ms.size());
        assertEquals("Executive", ms.get(0).committee());
        assertEquals(PartialDate.parse("2025-03-04"), ms.get(0).date());
        assertEquals(0, Harness.run(new ResolutionExtractor(), DocumentKind.MINUTES, Variants.read(name)).records(Resolution.class).size(),
                "a draft notice, even one taken for minutes, records no decision");
    }

    @Test
    void aLondonCabinetMembersProposedDecisionHasLetteredPartsAndNoMeeting() {
        String name = "proposal-london-cabinet-member-proposed-decision-lettered.txt";
        List<Recommendation> rs = recommendations(name, DocumentKind.OTHER);
        assertEquals(List.of("a", "b"), rs.stream().map(Recommendation::number).toList());
        assertEquals("award the responsive repairs contract for the north area to Brightwell Building Services Ltd for four years from "
                + "1 June 2025, with an option to extend for two further years; and", rs.get(0).text());
        assertEquals("Award of the Responsive Repairs Contract for the North Area", rs.get(1).itemTitle());
        assertEquals(0, meetings(name, DocumentKind.OTHER).size(),
                "a Cabinet Member takes it alone, and the scrutiny panel's date is not the decision's");
    }

    @Test
    void aProposedRecordOfDecisionTitledOnTheLineAfterItsLabelGivesItsRomanParts() {
        String name = "classify-proposed-record-of-decision.txt";
        List<Recommendation> rs = recommendations(name, DocumentKind.MINUTES);
        assertEquals(List.of("i", "ii"), rs.stream().map(Recommendation::number).toList());
        assertEquals("expand Hollins Park Primary School from 210 to 420 places from September 2026; and", rs.get(0).text());
        assertEquals("Expansion of Hollins Park Primary School", rs.get(0).itemTitle());
        assertEquals(0, meetings(name, DocumentKind.MINUTES).size(), "no date: the consulted committee's date is not the decision's");
        assertEquals(0, Harness.run(new ResolutionExtractor(), DocumentKind.MINUTES, Variants.read(name)).records(Resolution.class).size());
    }

    @Test
    void aSignedRecordOfADecisionTakenIsStillAResolutionAndNoRecommendation() {
        String name = "district-delegated-executive-decision-record.txt";
        assertEquals(0, recommendations(name, DocumentKind.MINUTES).size());
        Extraction x = Harness.run(new ResolutionExtractor(), DocumentKind.MINUTES, Variants.read(name));
        assertEquals(1, x.records(Resolution.class).size());
    }
}
