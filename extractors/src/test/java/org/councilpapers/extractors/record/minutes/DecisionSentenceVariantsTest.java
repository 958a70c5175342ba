package org.councilpapers.extractors.record.minutes;

import static org.councilpapers.testdata.LayoutFixtures.document;
import static org.councilpapers.testdata.LayoutFixtures.heading;
import static org.councilpapers.testdata.LayoutFixtures.para;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.councilpapers.core.DocumentKind;
import org.councilpapers.core.layout.LayoutDocument;
import org.councilpapers.core.record.Resolution;
import org.councilpapers.extractors.record.Harness;
import org.junit.jupiter.api.Test;

/**
 * Minutes that record a decision in a plain sentence about the body, with no RESOLVED and no colon: "The Committee resolved
 * to approve …", "Council resolved that …", "Cabinet agreed to …". Many councils print every decision this way (a district's
 * policy committee, a county's cabinet, a borough's council meeting), so minutes in that style gave no resolution at all.
 */
class DecisionSentenceVariantsTest {
    private final ResolutionExtractor extractor = new ResolutionExtractor();

    private List<Resolution> run(LayoutDocument doc) {
        return Harness.run(extractor, DocumentKind.MINUTES, doc).records(Resolution.class);
    }

    @Test
    void aDistrictPolicyCommitteeResolvesInSentences() {
        List<Resolution> rs = run(document(
                para("Minutes of the meeting of the Corporate Policy and Resources Committee held on 12 February 2024 at 7.00 pm"),
                para("Present: Councillors J. Smith (Chair), A. Brown and C. Green"),
                heading(2, "37 Improvement and Recovery Plan Progress Update"),
                para("The Committee considered a report from the Interim Chief Executive detailing progress on the plan."),
                para("The Committee resolved to recommend to Council approval of the Improvement and Recovery Plan Progress Report."),
                heading(2, "38 Fees and Charges 2024/25"),
                para("Members discussed the proposed increases to car parking charges."),
                para("The Committee resolved to approve the fees and charges for 2024/25 as set out in Appendix 1.")));
        assertEquals(2, rs.size(), rs.toString());
        assertEquals("37", rs.get(0).itemNumber());
        assertEquals("38", rs.get(1).itemNumber());
        assertEquals("to approve the fees and charges for 2024/25 as set out in Appendix 1.", rs.get(1).text().replaceFirst("^(?i)the committee resolved ", ""));
    }

    @Test
    void aCountyCabinetAndABoroughCouncilDecideInSentences() {
        List<Resolution> rs = run(document(
                para("Minutes of a meeting of the Cabinet held on Tuesday 5 March 2024"),
                para("Present: Councillor R. Patel (Leader), Councillor S. Jones and Councillor T. Ahmed"),
                heading(2, "12. Highways Capital Programme"),
                para("Cabinet agreed to approve the highways capital programme for 2024/25."),
                heading(2, "13. Council Tax Support Scheme"),
                para("Council resolved that the local council tax support scheme for 2024/25 be adopted.")));
        assertEquals(2, rs.size(), rs.toString());
        assertEquals("12", rs.get(0).itemNumber());
        assertEquals("13", rs.get(1).itemNumber());
    }

    @Test
    void aSentenceThatOnlyReportsOrIsSaidOfAPersonDecidesNothing() {
        List<Resolution> rs = run(document(
                para("Minutes of the meeting of the Health Scrutiny Panel held on 3 April 2024"),
                para("Present: Councillors L. Ward (Chair) and P. Evans"),
                heading(2, "4. Dental Services"),
                para("The Chair agreed to circulate the slides after the meeting."),
                para("Members agreed that the presentation had been helpful."),
                para("The Panel noted that the Cabinet had resolved to consult on the proposals in January."),
                para("In 2019 the Council resolved to declare a climate emergency, as the report recalls.")));
        assertEquals(List.of(), rs);
    }

    @Test
    void aDecisionInCapitalsAfterTheMotionOrTheVote() {
        // Planning and licensing committees record who moved and seconded, or the vote, before the decision word.
        List<Resolution> rs = run(document(
                para("Minutes of the meeting of the Planning Committee held on 4 June 2024"),
                para("Present: Councillors A. Reed (Chair), B. Lake, C. Hale"),
                heading(2, "5. 23/01234/FUL Land at Mill Lane"),
                para("It was moved by Councillor Reed, seconded by Councillor Lake and RESOLVED that planning permission be granted "
                        + "subject to conditions."),
                heading(2, "6. 23/04567/OUT Former Depot, High Street"),
                para("On being put to the vote it was RESOLVED:"),
                para("That planning permission be refused for the reasons set out in the report."),
                heading(2, "7. Licensing Act 2003: Review of a Premises Licence"),
                para("Having considered the representations, the Sub-Committee AGREED that the licence be suspended for one month.")));
        assertEquals(List.of("5", "6", "7"), rs.stream().map(Resolution::itemNumber).toList(), rs.toString());
        assertEquals(true, rs.get(0).text().startsWith("that planning permission be granted") || rs.get(0).text().startsWith("That planning permission be granted"),
                rs.get(0).text());
        assertEquals("That planning permission be refused for the reasons set out in the report.", rs.get(1).text());
    }
}
