package org.councilpapers.extractors.record.minutes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.councilpapers.core.DocumentKind;
import org.councilpapers.core.record.Resolution;
import org.councilpapers.extractors.record.Harness;
import org.councilpapers.extractors.record.Variants;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Decisions minuted without RESOLVED in capitals, in three more councils' wordings, beside motions and amendments that were lost: "It
 * was moved by …, seconded by … and carried that …", "Resolved unanimously that …", "The recommendations were approved.", "AGREED –
 * (1) that …; (2) that …" run into one paragraph, "Decision: The Commission noted …", a Northern Irish "Proposed by … / Seconded by …
 * and / AGREED – that …" and "Agreed" over its "That …" paragraph, and "After discussion, it was agreed that …". An amendment "lost",
 * or a motion or amendment that "fell", is a decision not made (UNRESOLVED), and the substantive decision after it is still read.
 * Each read under every document kind.
 */
class MotionDecisionsTest {
    private static List<String> decisions(DocumentKind kind, String paper) {
        List<Resolution> rs = Harness.run(new ResolutionExtractor(), kind, Variants.read(paper)).records(Resolution.class);
        return rs.stream().map(r -> r.itemNumber() + (r.number() == null ? "" : "(" + r.number() + ")") + " " + r.outcome() + " " + r.text()).toList();
    }

    @ParameterizedTest
    @EnumSource(DocumentKind.class)
    void movedSecondedAndCarriedAndTheAmendmentsLost(DocumentKind kind) {
        assertEquals(List.of(
                "42 UNRESOLVED An amendment that the increase be limited to 3 per cent was moved by Councillor Marsh and seconded by "
                        + "Councillor Nowak. On being put to the vote the amendment was lost.",
                "42 RESOLVED that the revised table of fares at Appendix A be published for consultation for a period of 14 days.",
                "43 RESOLVED that the Street Trading Consent Policy 2025-2030 be recommended to Council for adoption.",
                "44 UNRESOLVED A motion to defer consideration to the next meeting fell.",
                "44 RESOLVED The recommendations were approved."),
                decisions(kind, "minutes-borough-licensing-held-at-moved-seconded-carried.txt"));
    }

    @ParameterizedTest
    @EnumSource(DocumentKind.class)
    void agreedPartsRunIntoOneParagraphAndADecisionLabel(DocumentKind kind) {
        assertEquals(List.of(
                "15(1) RESOLVED that the tree planting programme for 2022/23 be approved;",
                "15(2) RESOLVED that officers report on survival rates in twelve months.",
                "16 RESOLVED The Commission noted the Air Quality Annual Status Report and asked officers to circulate the monitoring map to all members.",
                "17 RESOLVED The Commission agreed to award grants to the four groups listed in the report."),
                decisions(kind, "minutes-town-commission-remote-teams-cllrs-present-agreed-numbered.txt"));
    }

    @ParameterizedTest
    @EnumSource(DocumentKind.class)
    void northernIrishProposedSecondedAgreedAndAnAmendmentThatFell(DocumentKind kind) {
        assertEquals(List.of(
                "PE 13/25 RESOLVED that the programme of playground refurbishment be approved at a cost of £420,000.",
                "PE 14/25 RESOLVED That the Council make the dog control orders as consulted upon, with fixed penalties of £100.",
                "PE 15/25 UNRESOLVED Councillor Toner proposed an amendment that rents be frozen for one year. The amendment fell on being put to the vote.",
                "PE 15/25 RESOLVED that allotment rents increase by 5 per cent from April 2025."),
                decisions(kind, "minutes-ni-district-committee-proposed-seconded-agreed-lines.txt"),
                "'Apologies were noted as above' under the apologies minute decides nothing");
    }

    @ParameterizedTest
    @EnumSource(DocumentKind.class)
    void resolvedUnanimouslyBeforeItsDash(DocumentKind kind) {
        assertEquals(List.of("31 RESOLVED That the Committee recommends the contract extension to the Cabinet."),
                decisions(kind, "minutes-district-overview-held-on-venue-run-on.txt"));
    }

    @Test
    void aPassiveDecisionNeedsTheRecommendationsApprovedNotDoubted() {
        assertTrue(ResolutionExtractor.isPlainDecision("The recommendations were approved."));
        assertTrue(ResolutionExtractor.isPlainDecision("The recommendations set out in the report were agreed unanimously."));
        assertFalse(ResolutionExtractor.isPlainDecision("The recommendations were not approved."));
        assertFalse(ResolutionExtractor.isPlainDecision("Members asked whether the recommendations were approved by the Board."),
                "a question about a decision is none");
    }
}
