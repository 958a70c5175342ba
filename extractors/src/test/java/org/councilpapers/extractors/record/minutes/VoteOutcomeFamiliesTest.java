package org.councilpapers.extractors.record.minutes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.councilpapers.core.DocumentKind;
import org.councilpapers.core.record.Resolution;
import org.councilpapers.extractors.record.Harness;
import org.councilpapers.extractors.record.Variants;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Outcomes told as narrative in three councils' styles: an English full Council (an amendment moved with its wording quoted on the
 * next paragraph, LOST on a recorded vote listed "For: … Against: … Abstain: …", a page break before the next minute, a notice of
 * motion CARRIED in a paragraph of its own, "The recommendations of the Cabinet were agreed."), a Scottish committee ("moved as an
 * amendment …", "On a division, 4 voted for the amendment and 7 for the motion. The motion was accordingly carried and the amendment
 * fell.", "The Committee noted … and that …") and a fire authority ("It was RESOLVED that the Authority:" over "(a) notes …").
 * A motion or amendment lost is one UNRESOLVED record of the motion as moved, not of the vote's sentence; a noting run on into what
 * else members did is no decision. The minutes are read under every document kind.
 */
class VoteOutcomeFamiliesTest {
    private static List<String> decisions(DocumentKind kind, String paper) {
        List<Resolution> rs = Harness.run(new ResolutionExtractor(), kind, Variants.read(paper)).records(Resolution.class);
        return rs.stream().map(r -> r.itemNumber() + (r.number() == null ? "" : "(" + r.number() + ")") + " " + r.outcome() + " " + r.text()).toList();
    }

    @ParameterizedTest
    @EnumSource(DocumentKind.class)
    void aFullCouncilsAmendmentLostOnARecordedVoteAndTheMinutesAfterThePageBreak(DocumentKind kind) {
        assertEquals(List.of(
                "88 RESOLVED that the minutes of the meeting held on 27 January 2025 be confirmed as a correct record.",
                "89 UNRESOLVED An amendment was moved by Councillor Hebden and seconded by Councillor Ingham: \"That £120,000 be transferred from "
                        + "the General Fund reserve to the Highways Maintenance budget to repair unadopted footways in the outer estates.\"",
                "89 RESOLVED that the revenue budget for 2025/26 of £214.6 million and a Band D council tax of £1,842.17 be approved.",
                "90 RESOLVED It was moved by Councillor Dimmock and seconded by Councillor Evans that the Council asks the Cabinet Member for "
                        + "Transport to report on the powers available to the Council to restrict pavement parking.",
                "91 RESOLVED The recommendations of the Cabinet were agreed.",
                // 92: "Members noted the update and thanked the Monitoring Officer …" tells what members did, and decides nothing.
                "93 RESOLVED The recommendations set out in the report were approved."),
                decisions(kind, "resolutions-full-council-amendment-lost-recorded-vote-page-break.txt"));
    }

    @ParameterizedTest
    @EnumSource(DocumentKind.class)
    void aScottishCommitteesAmendmentThatFellOnADivision(DocumentKind kind) {
        assertEquals(List.of(
                "2 UNRESOLVED Councillor Cowie, seconded by Councillor Guthrie, moved as an amendment that the distance criteria remain unchanged "
                        + "and that a further report on the cost of free transport for pupils living within two miles of their school be brought "
                        + "to the next meeting.",
                "2 RESOLVED The Committee resolved to approve the revised school transport policy set out in Appendix 1 to the report, to take "
                        + "effect from August 2026.",
                // 3: "The Committee noted the progress made and that schools had spent …" is narrative; 4's decision is under "AGREED:".
                "4 RESOLVED to note the report.",
                "5 RESOLVED The recommendations were approved."),
                decisions(kind, "minutes-scottish-committee-amendment-fell-on-a-division.txt"));
    }

    @ParameterizedTest
    @EnumSource(DocumentKind.class)
    void aFireAuthoritysResolvedThatTheAuthorityOverItsClauses(DocumentKind kind) {
        assertEquals(List.of(
                "45/25 RESOLVED that the minutes of the meeting held on 25 September 2025 be confirmed as a correct record.",
                "46/25 UNRESOLVED Councillor Holt moved an amendment that the proposal to remove the second appliance at Eastbrook be withdrawn "
                        + "from the plan, seconded by Councillor Wild.",
                "46/25(a) RESOLVED notes the outcome of the consultation set out in Appendix A;",
                "46/25(b) RESOLVED approves the Community Risk Management Plan 2026-2030 for publication",
                "46/25(c) RESOLVED delegates to the Chief Fire Officer minor amendments to the plan before publication.",
                "47/25 RESOLVED The recommendations set out in the report were approved."),
                decisions(kind, "resolutions-fire-authority-resolved-that-the-authority-clauses.txt"));
    }
}
