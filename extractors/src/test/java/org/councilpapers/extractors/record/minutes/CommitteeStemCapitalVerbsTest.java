package org.councilpapers.extractors.record.minutes;

import static org.councilpapers.testdata.LayoutFixtures.document;
import static org.councilpapers.testdata.LayoutFixtures.para;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.councilpapers.core.DocumentKind;
import org.councilpapers.core.record.Resolution;
import org.councilpapers.extractors.record.Harness;
import org.councilpapers.extractors.record.Variants;
import org.junit.jupiter.api.Test;

/**
 * Scottish minutes set a minute's decisions under the body alone ("The Committee:", "The Sub-Committee:", "Following discussion,
 * the Committee:") with a roman-numbered line for each, opening with its verb in capitals ("(i) NOTED …", "ii. APPROVED …",
 * "(iii) REQUESTED that …"). Each line is a resolution numbered as printed, its text as printed with its verb; the stem alone is
 * never a resolution's text, and the list's glue ("; and", "; or") is not part of the decision.
 */
class CommitteeStemCapitalVerbsTest {
    private static List<String> resolutions(String variant) {
        return Harness.run(new ResolutionExtractor(), DocumentKind.MINUTES, Variants.read(variant)).records(Resolution.class).stream()
                .map(r -> r.itemNumber() + "|" + r.number() + "|" + r.text()).toList();
    }

    @Test
    void anAreaCommitteesStemOverBracketedNumerals() {
        assertEquals(List.of(
                "2|i|NOTED the balance remaining in the Ward Discretionary Fund for 2024/25;",
                "2|ii|APPROVED grants of £1,500 to Kingsmill Gala Committee and £750 to Lochside Hall Trust",
                "2|iii|AGREED that the Ward Manager report on uptake of the Fund at the next meeting.",
                "3|i|NOTED the roads maintenance programme for 2024/25",
                "3|ii|REQUESTED that a briefing on winter gritting routes be circulated to Members."),
                resolutions("scottish-area-committee-minute-committee-stem-capital-verbs.txt"));
    }

    @Test
    void aStemAfterALeadInAndAStemRunningOnInItsParagraph() {
        assertEquals(List.of(
                "2|i|NOTED the outcome of the public consultation;",
                "2|ii|APPROVED the revised School Transport Policy set out in Appendix 1",
                "2|iii|DECIDED that the revised Policy take effect from August 2024.",
                "3|i|NOTED the progress made in expanding early learning and childcare;",
                "3|ii|AGREED to receive a further update in December 2024",
                "3|iii|REQUESTED that the Head of Education consult parent councils on extended hours."),
                resolutions("scottish-education-committee-minute-decided-run-in.txt"));
    }

    @Test
    void aSubCommitteesStemWithOneLineAndWithAnAlternative() {
        assertEquals(List.of(
                "1|i|APPROVED the minute as a correct record.",
                "2|i|NOTED the report;",
                "2|ii|AGREED the draft Homelessness Prevention Strategy 2024-29 for consultation",
                "2|iii|DECIDED to defer the strategy should the consultation period be extended."),
                resolutions("scottish-licensing-board-minute-sub-committee-stem-numbered.txt"));
    }

    private static List<String> resolutions(String... paragraphs) {
        var parts = new org.councilpapers.testdata.LayoutFixtures.Part[paragraphs.length];
        for (int i = 0; i < paragraphs.length; i++) {
            parts[i] = para(paragraphs[i]);
        }
        return Harness.run(new ResolutionExtractor(), DocumentKind.MINUTES, document(parts)).records(Resolution.class).stream()
                .map(r -> r.number() + "|" + r.text()).toList();
    }

    @Test
    void theStemOverPointsOfDiscussionDecidesNothing() {
        // "The Committee:" over lines in ordinary case is the start of a list of what members did, not a set of decisions.
        assertEquals(List.of(), resolutions(
                "Minutes of the meeting of the Audit Committee held on 4 March 2024",
                "Present: Councillor Jo Bell (Chair), Councillors Amir Khan and Lucy Hart.",
                "1. Internal Audit Progress Report",
                "The Committee:",
                "(i) heard from the Chief Internal Auditor about the three limited assurance reports;",
                "(ii) discussed the late responses to audit actions.",
                "The meeting closed at 3.10 pm."));
    }

    @Test
    void listGlueIsTakenOffEveryKindOfDecisionList() {
        // An English stem "That Cabinet:" is not carried into its parts in lower case (read as printed); the "; and" / ", and" that
        // joins the parts is the list's.
        assertEquals(List.of(
                "a|approves the fees and charges for 2025/26",
                "b|delegates the final schedule to the Director of Finance",
                "c|notes the risks set out in section 6."),
                resolutions(
                        "Minutes of the meeting of the Cabinet held on 12 February 2025",
                        "Present: Councillor Raj Patel (Leader), Councillors Sam Jones and Tariq Ahmed.",
                        "1. Fees and Charges 2025/26",
                        "RESOLVED – That Cabinet:",
                        "(a) approves the fees and charges for 2025/26;  and",
                        "(b) delegates the final schedule to the Director of Finance, and",
                        "(c) notes the risks set out in section 6."));
        // A semicolon alone, and "and" that is the decision's own word, stay.
        assertEquals(List.of("null|that the report be noted and the actions agreed; the next update to come in June."),
                resolutions(
                        "Minutes of the meeting of the Cabinet held on 12 February 2025",
                        "Present: Councillor Raj Patel (Leader), Councillors Sam Jones and Tariq Ahmed.",
                        "1. Performance Report",
                        "RESOLVED that the report be noted and the actions agreed; the next update to come in June."));
    }
}
