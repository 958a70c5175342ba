package org.councilpapers.extractors.record.minutes;

import static org.councilpapers.testdata.LayoutFixtures.document;
import static org.councilpapers.testdata.LayoutFixtures.para;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.councilpapers.core.DocumentKind;
import org.councilpapers.core.layout.LayoutDocument;
import org.councilpapers.core.record.Resolution;
import org.councilpapers.extractors.record.Harness;
import org.councilpapers.extractors.record.Variants;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Decisions in seven councils' wordings (Scottish, Welsh, London, district planning, town, combined authority, a decision page),
 * each family tried on two differently worded papers: minute numbers with the year first ("24/145") or the body's letters and a
 * space ("CA 101"); a minute in the hundreds whose decision paragraphs are numbered under it ("117.1"); the closing note of a vote
 * or of the member a decision falls to, which is not the decision ("(Unanimous)", "(For 5, Against 2)", "(Cabinet Member – …)");
 * "Decision: None." over business that decided nothing; an amendment "accordingly lost"; "To which the Committee AGREED that";
 * "The report was noted." closing its minute; "The Cabinet Member … decided to …"; and the look-alikes that decide nothing.
 * The minutes are read under every document kind.
 */
class DecisionWordingFamiliesTest {
    private static List<String> decisions(DocumentKind kind, LayoutDocument doc) {
        List<Resolution> rs = Harness.run(new ResolutionExtractor(), kind, doc).records(Resolution.class);
        return rs.stream().map(r -> r.itemNumber() + (r.number() == null ? "" : "(" + r.number() + ")") + " " + r.outcome() + " " + r.text()).toList();
    }

    private static List<String> decisions(DocumentKind kind, String paper) {
        return decisions(kind, Variants.read(paper));
    }

    private static LayoutDocument minutes(String... body) {
        List<String> lines = new java.util.ArrayList<>(List.of("Minutes of the meeting of the Policy Committee held on 4 March 2025 at 7.00 pm",
                "Present: Councillors Ann Lowe (Chair), Ben Marsh and Cara Nunn"));
        lines.addAll(List.of(body));
        return document(lines.stream().map(org.councilpapers.testdata.LayoutFixtures::para).toArray(org.councilpapers.testdata.LayoutFixtures.Part[]::new));
    }

    @ParameterizedTest
    @EnumSource(DocumentKind.class)
    void aScottishCommitteeAgreedOverRomanPartsAndAnAmendmentAccordinglyLost(DocumentKind kind) {
        assertEquals(List.of(
                "2 RESOLVED to approve the minute as a correct record.",
                "3(i) RESOLVED to note the projected underspend of £412,000 on the Housing Revenue Account;",
                "3(ii) RESOLVED to approve the virement of £150,000 from the repairs budget to the adaptations budget",
                "3(iii) RESOLVED to instruct the Head of Housing Services to report on void rent loss to the meeting in February 2025.",
                "4 UNRESOLVED On a division, there voted for the amendment 2, and for the motion 4. The amendment was accordingly lost.",
                "4(i) RESOLVED to consult tenants on the three rent options set out in the report",
                "4(ii) RESOLVED to note that the outcome of the consultation would be reported to the Committee in January 2025.",
                "5 RESOLVED The Committee agreed to continue consideration of the report to its next meeting to allow the tenants' federation to comment.",
                "6 RESOLVED in terms of Section 50A(4) of the Local Government (Scotland) Act 1973, to exclude the press and public from the meeting "
                        + "for the following item of business on the grounds that it involved the likely disclosure of exempt information as defined in "
                        + "paragraph 9 of Part I of Schedule 7A of the Act."),
                decisions(kind, "resolutions-scottish-committee-agreed-colon-dash-articles.txt"));
    }

    @ParameterizedTest
    @EnumSource(DocumentKind.class)
    void aWelshCabinetsResolvedDashThatWithTheCabinetMemberAndHundredsNumberedParagraphs(DocumentKind kind) {
        assertEquals(List.of(
                "114 RESOLVED That the minutes of the meeting held on 11 December 2024 be approved as a correct record.",
                "115 RESOLVED That the Housing Support Grant Delivery Plan 2025/26 be approved.",
                "116 RESOLVED that the report be accepted and the Litter and Dog Bin Policy be adopted as set out at Appendix 1. (Option 1)",
                "117(117.1) RESOLVED the consultation report be noted;",
                "117(117.2) RESOLVED the statutory notice be published to amalgamate the infant and junior schools from 1 September 2026",
                "117(117.3) RESOLVED a further report be brought to Cabinet following the objection period.",
                "118(a) RESOLVED That the Cabinet notes the capital outturn position as at 31 December 2024;",
                "118(b) RESOLVED That the Cabinet approves the reprofiling of £2.1m of highways schemes into 2025/26",
                "118(c) RESOLVED That the Cabinet recommends to Council the addition of the flood alleviation scheme to the programme."),
                decisions(kind, "resolutions-welsh-cabinet-resolved-dash-cabinet-member-option.txt"));
    }

    @Test
    void paragraphsNumberedUnderAMinuteInTheHundredsAreEachADecision() {
        assertEquals(List.of("203(203.1) RESOLVED That the revised scheme of delegation be approved.",
                "203(203.2) RESOLVED That the Monitoring Officer be asked to update the constitution accordingly."),
                decisions(DocumentKind.MINUTES, minutes("203. Scheme of Delegation", "The Monitoring Officer presented the report.", "RESOLVED:",
                        "203.1 That the revised scheme of delegation be approved.",
                        "203.2 That the Monitoring Officer be asked to update the constitution accordingly.")));
    }

    @ParameterizedTest
    @EnumSource(DocumentKind.class)
    void aLondonCabinetMovedSecondedAndResolvedToAcrossAPageBreak(DocumentKind kind) {
        assertEquals(List.of(
                "45 RESOLVED The minutes of the meeting held on 10 February 2025 were AGREED as a correct record.",
                "47(1) RESOLVED Note the outcome of the consultation on the Housing Allocations Scheme.",
                "47(2) RESOLVED Adopt the revised Housing Allocations Scheme at Appendix A with effect from 1 June 2025.",
                "47(3) RESOLVED Delegate authority to the Executive Director of Place, in consultation with the Cabinet Member for Housing, to make "
                        + "minor changes to the scheme before it is published.",
                "48(1) RESOLVED The performance of the current parking enforcement contract as set out in the report.",
                "48(2) RESOLVED That the contract expires on 30 September 2025.",
                "48(1) RESOLVED That the procurement of a new parking enforcement contract for five years with an option to extend by two years be approved.",
                "48(2) RESOLVED That the Executive Director of Place be authorised to award the contract to the most economically advantageous tender, "
                        + "provided the annual value does not exceed £3.2 million, and to enter into the contract documents.",
                "49 RESOLVED That the twelve school streets listed in Appendix 1 be made permanent, and that a further phase be brought forward in the autumn."),
                decisions(kind, "resolutions-london-cabinet-moved-seconded-resolved-to-numbered-page-break.txt"));
    }

    @Test
    void aDecisionLabelOverNothingDecidedGivesNoDecision() {
        // "Decision: None." (the London paper's declarations) and "Decision:" over "N/A" on the next line.
        assertEquals(List.of("12 RESOLVED That the annual report be approved."),
                decisions(DocumentKind.MINUTES, minutes("11. Declarations of Interest", "Decision:", "N/A", "12. Annual Report",
                        "Decision: That the annual report be approved.", "13. Urgent Business", "Decision: There were none.")));
    }

    @ParameterizedTest
    @EnumSource(DocumentKind.class)
    void aDistrictPlanningCommitteesMotionsLostCarriedAndToWhichTheCommitteeAgreed(DocumentKind kind) {
        assertEquals(List.of(
                "P.73 UNRESOLVED Councillor Marsh moved that the application be refused on the grounds of highway safety, seconded by Councillor "
                        + "Quinn. On being put to the vote the motion was LOST", // the tally closing it is the vote's, as after a decision made
                "P.73 RESOLVED that planning permission be granted subject to the conditions set out in the report and the completion of a section 106 "
                        + "agreement.",
                "P.74 RESOLVED that planning permission be granted.",
                "P.75 UNRESOLVED An amendment to defer the application for a site visit was proposed by Councillor Cole and seconded by Councillor "
                        + "Marsh. The amendment was put to the vote and declared lost.",
                "P.75 RESOLVED that outline planning permission be refused for the reasons set out in the report.",
                "P.76 RESOLVED The report was noted."),
                decisions(kind, "resolutions-district-planning-votes-amendment-lost-carried.txt"));
    }

    @Test
    void toWhichTheBodyAgreedAnAmendmentAccordinglyLostAndAReportNotedInOtherWords() {
        assertEquals(List.of(
                "7 UNRESOLVED The amendment was therefore lost.",
                "7 RESOLVED that the fees and charges be approved.",
                "8 RESOLVED The update was received and noted."),
                decisions(DocumentKind.MINUTES, minutes("7. Fees and Charges", "Councillor Marsh moved an amendment to freeze parking charges.",
                        "The amendment was therefore lost.", "Councillor Lowe moved the recommendations, to which the Committee AGREED that the fees "
                                + "and charges be approved.",
                        "8. Leisure Centre Update", "The Head of Leisure gave an update on the refurbishment.", "The update was received and noted.")));
    }

    @ParameterizedTest
    @EnumSource(DocumentKind.class)
    void aTownCouncilsYearFirstMinuteReferences(DocumentKind kind) {
        // "Resolved: to accept the apologies" after a sentence of narrative in its paragraph is read; "Noted" after one is not.
        assertEquals(List.of(
                "24/145 RESOLVED to accept the apologies for absence.",
                "24/147 RESOLVED that the minutes of the meeting held on 9 December 2024 be approved and signed by the Mayor as a correct record.",
                "24/148(a) RESOLVED that the budget for 2025/26 as presented be adopted;",
                "24/148(b) RESOLVED that a precept of £312,450 be requested from Hartswood District Council",
                "24/148(c) RESOLVED that the grants budget be held at £8,000.",
                "24/150 RESOLVED no objection to 24/0884/HOU, 3 Fern Close.",
                "24/151 RESOLVED that the Clerk reply to the Highways Authority supporting the request for a pedestrian crossing on Station Road."),
                decisions(kind, "resolutions-town-council-minute-refs-proposed-seconded-lines.txt"));
    }

    @Test
    void aParishsYearFirstReferencesInAnotherStyle() {
        assertEquals(List.of("23/101 RESOLVED that the quotation for grass cutting be accepted.", "23/102 RESOLVED that the grant be paid."),
                decisions(DocumentKind.MINUTES, minutes("23/100 Apologies", "None.", "23/101 Grass Cutting Contract",
                        "It was resolved that the quotation for grass cutting be accepted.", "23/102 Village Hall Grant",
                        "It was resolved that the grant be paid.")));
    }

    @ParameterizedTest
    @EnumSource(DocumentKind.class)
    void aCombinedAuthorityUnanimousDecidedAndTheCabinetMemberDecided(DocumentKind kind) {
        // "CA 104 Decisions taken under delegation" reads as a decision label, not a minute heading, so its table's rows fall under
        // CA 103 (not fixed: a minute titled with the words of a decision label).
        assertEquals(List.of(
                "CA 101 RESOLVED That the minutes of the meeting held on 31 January 2025 be approved as a correct record.",
                "CA 102(i) RESOLVED That the commissioning strategy for the Adult Skills Fund 2025/26 be approved.",
                "CA 102(ii) RESOLVED That the Director of Skills be authorised to award grant agreements in line with the strategy.",
                "CA 103 RESOLVED That the revised Bus Service Improvement Plan be submitted to the Department for Transport by 31 March 2025.",
                "CA 103 RESOLVED Grant of £1.4m approved subject to due diligence",
                "CA 103 RESOLVED Allocation of £620,000 to the Eastmoor cycle route approved",
                "CA 105 RESOLVED The Cabinet Member for Transport decided to approve the fares cap extension to 31 December 2025."),
                decisions(kind, "resolutions-combined-authority-unanimous-decided-cabinet-member.txt"));
    }

    @Test
    void aFireAuthoritysLettersAndNumberAndALeaderWhoResolved() {
        assertEquals(List.of("FA 23 RESOLVED That the pay policy statement be approved.",
                "FA 24 RESOLVED The Leader resolved that the consultation on the station review be extended to 30 June."),
                decisions(DocumentKind.MINUTES, minutes("FA 22 Apologies", "There were none.", "FA 23 Pay Policy Statement",
                        "RESOLVED: That the pay policy statement be approved. (Carried unanimously)", "FA 24 Station Review",
                        "The Cabinet Member agreed to circulate the response times to members.",
                        "The Leader resolved that the consultation on the station review be extended to 30 June.")));
    }

    @Test
    void aVoteTallyOrMemberNoteClosingADecisionIsNotItsText() {
        assertEquals("That the route be adopted.", ResolutionExtractor.withoutVote("That the route be adopted. (For 7, Against 2, Abstentions 1)"));
        assertEquals("That the route be adopted.", ResolutionExtractor.withoutVote("That the route be adopted. (7 for, 2 against)"));
        assertEquals("That the route be adopted.", ResolutionExtractor.withoutVote("That the route be adopted. (Unanimous)"));
        assertEquals("That the plan be approved.", ResolutionExtractor.withoutVote("That the plan be approved. (Portfolio Holder – Cllr Dee)"));
        assertEquals("That option B be chosen. (Option B)", ResolutionExtractor.withoutVote("That option B be chosen. (Option B)"));
        assertEquals("That the fund (£2m) be approved", ResolutionExtractor.withoutVote("That the fund (£2m) be approved"));
    }

    @Test
    void discussionRecommendationsAndHistoryDecideNothing() {
        assertEquals(List.of(), decisions(DocumentKind.MINUTES, minutes("5. Design Guide",
                "Members resolved to look at the design of rear extensions again when the guide was reviewed.",
                "Officers recommended that the Committee adopt the guide subject to the changes in the addendum.",
                "The report recommended that the Board approve the strategy.",
                "The Leader said the Cabinet had resolved last year to keep the programme under review.",
                "The Cabinet Member agreed to circulate the slides after the meeting.")));
    }

    // Read as a report, the page's decision is a report's quotation of one (as any report's): not asserted under REPORT.
    @ParameterizedTest
    @EnumSource(value = DocumentKind.class, names = "REPORT", mode = EnumSource.Mode.EXCLUDE)
    void aDecisionPageGivesItsDecisionNotItsReasonsOrAlternatives(DocumentKind kind) {
        assertEquals(List.of(
                "null(1) RESOLVED That the revised library opening hours set out at Appendix 2 be approved with effect from 1 April 2025.",
                "null(2) RESOLVED That the Director of Communities be authorised to agree the detailed staffing arrangements in consultation with the "
                        + "Cabinet Member for Leisure.",
                "null(3) RESOLVED That the consultation responses at Appendix 1 be noted."),
                decisions(kind, "resolutions-decision-page-reasons-alternatives-wards.txt"));
    }

    @Test
    void resolvedToOverNumberedPartsThenTheReasonForDecision() {
        assertEquals(List.of("31(1) RESOLVED Approve the expenditure of £271,600 on the replacement plant;",
                "31(2) RESOLVED Authorise the Head of Legal Services to enter into the contract."),
                decisions(DocumentKind.MINUTES, minutes("31. Replacement Heating Plant", "Cabinet considered a report on the failed plant.",
                        "Alternative options considered and rejected: not to fund the works.", "Resolved to:",
                        "1. Approve the expenditure of £271,600 on the replacement plant;",
                        "2. Authorise the Head of Legal Services to enter into the contract.", "Reason for Decision",
                        "The works are urgent following the failure of the boilers.")));
    }

    @ParameterizedTest
    @EnumSource(DocumentKind.class)
    void aMetropolitanScrutinysLetteredItemsAndTheLinesThatFollowADecision(DocumentKind kind) {
        // "Action by:", "Reason(s):" and "Voting:" lines run on in the decision's paragraph are not its text; "Councillor Fox asked
        // that her abstention be recorded." is (not fixed: a sentence of narrative after the decision in its paragraph).
        assertEquals(List.of(
                "4 RESOLVED That the minutes of the meeting held on 6 May 2025 be confirmed.",
                "5(a) RESOLVED That the report be noted and the Head of Performance circulate the sickness data.",
                "5(b)(1) RESOLVED That the task group's recommendations be endorsed.",
                "5(b)(2) RESOLVED That the recommendations be referred to Cabinet.",
                "6(a) RESOLVED to receive a further update in October.",
                "6(b) RESOLVED that the air quality action plan be supported, subject to the addition of a target for nitrogen dioxide at the three "
                        + "monitoring sites listed in the report. Councillor Fox asked that her abstention be recorded.",
                "7 UNRESOLVED Councillor Dent moved the motion, seconded by Councillor Hall. On being put to the vote the motion was not carried.",
                "8 RESOLVED That the work programme be approved.",
                "9(a) RESOLVED to support the recommendations;",
                "9(b) RESOLVED to ask Cabinet to report back in six months.",
                "10 RESOLVED Recommendations 1 to 3 were approved"),
                decisions(kind, "resolutions-metropolitan-scrutiny-item-sub-letters-action-by-reasons.txt"));
    }

    @Test
    void subLetteredMinutesAndAReasonForTheDecisionInTheSameParagraph() {
        assertEquals(List.of("12a RESOLVED That the Cabinet approves the disposal of the depot.",
                "12b RESOLVED That the lease be renewed for ten years.", "13 RESOLVED That the policy be adopted."),
                decisions(DocumentKind.MINUTES, minutes("12a. Former Depot, Mill Road",
                        "RESOLVED: That the Cabinet approves the disposal of the depot.\nReasons for the decision: The depot is surplus to need.",
                        "12b. Lease of Unit 4", "RESOLVED: That the lease be renewed for ten years. Action: Head of Property",
                        "13. Lettings Policy", "RESOLVED: That the policy be adopted.\nVoting Record\n6 For, 0 Against, 1 Abstention")));
    }

    @ParameterizedTest
    @EnumSource(DocumentKind.class)
    void aDecisionCutByAPageBreakGoesOnOverTheRunningHeader(DocumentKind kind) {
        // "Recommended to Council that …" in ordinary case and "The item was deferred." are not read (not fixed: neither is set
        // apart as a decision, and the conventions do not yet say whether a deferral is one).
        assertEquals(List.of(
                "CAB/101 RESOLVED that the minutes of the meeting held on 12 March 2025 be approved.",
                "CAB/102(a) RESOLVED that Cabinet approves the extension of the leisure management contract to 31 March 2028",
                "CAB/102(b) RESOLVED that Cabinet delegates authority to the Director of Place, in consultation with the Portfolio Holder for "
                        + "Leisure, to agree the final terms of the Deed of Variation with the operator.",
                "CAB/103 RESOLVED Approved for disposal by auction",
                "CAB/103 RESOLVED Deferred to the June meeting",
                "CAB/104 UNRESOLVED Councillor Moss proposed an amendment that the charges be frozen. The amendment was not carried.",
                "CAB/104 RESOLVED That the car parking charges set out in Appendix A be approved with effect from 1 June 2025.",
                "CAB/107 RESOLVED that the item be considered as urgent under section 100B(4)(b) of the Local Government Act 1972."),
                decisions(kind, "resolutions-district-cabinet-page-break-mid-decision-table.txt"));
    }

    @ParameterizedTest
    @EnumSource(DocumentKind.class)
    void aLeadInOnItsOwnParagraphAndPartsThatAreClausesOfTheirOwn(DocumentKind kind) {
        // "That Cabinet:" under "RESOLVED:" leads the parts and is no decision itself; "… be recommended to Council:-" over "(a) that …"
        // leads clauses complete on their own. The parts numbered "1." twice (a list whose numbers a conversion lost) keep the
        // numbers printed.
        assertEquals(List.of(
                "13(1) RESOLVED Approves the schools capital programme for 2025/26.",
                "13(1) RESOLVED Delegates authority to the Director of Education to award the contracts.",
                "14(1) RESOLVED The Highways Asset Management Plan be approved.",
                "14(2) RESOLVED The Director of Environment be authorised to publish the plan.",
                "15(a) RESOLVED that the treasury management outturn for 2024/25 be noted",
                "15(b) RESOLVED that the prudential indicators be approved.",
                "16 RESOLVED that under section 100A(4) of the Local Government Act 1972 the press and public be excluded from the meeting for the "
                        + "following item on the grounds that it involves the likely disclosure of exempt information as defined in paragraph 3 of "
                        + "Part 1 of Schedule 12A of the Act."),
                decisions(kind, "resolutions-county-cabinet-that-cabinet-lead-in-recommended-to-council.txt"));
    }

    @Test
    void aLeadInParagraphOverLetteredPartsInAnotherCouncilsWords() {
        assertEquals(List.of("21(a) RESOLVED Agree the revised fees for 2025/26;", "21(b) RESOLVED Note the consultation responses."),
                decisions(DocumentKind.MINUTES, minutes("21. Fees and Charges", "Decision:", "That the Committee:",
                        "(a) Agree the revised fees for 2025/26;", "(b) Note the consultation responses.")));
    }

    @Test
    void aDecisionRunOnAfterASentenceOfNarrativeInAParishsWords() {
        assertEquals(List.of("25/031 RESOLVED to accept the apologies.", "25/032 RESOLVED that the quotation from Parkway Play be accepted."),
                decisions(DocumentKind.MINUTES, minutes("25/031 Apologies", "Apologies were received from Cllr G Hart. Resolved: to accept the apologies.",
                        "25/032 Playground Inspection", "The Clerk reported on the three quotations received. RESOLVED that the quotation from "
                                + "Parkway Play be accepted.",
                        "25/033 Footpaths", "Cllr Dunn reported that the stile was broken. Members agreed that the matter was urgent. The Clerk "
                                + "will report it.")));
    }
}
