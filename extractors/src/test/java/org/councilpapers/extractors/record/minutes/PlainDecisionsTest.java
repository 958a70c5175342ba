package org.councilpapers.extractors.record.minutes;

import static org.councilpapers.testdata.LayoutFixtures.document;
import static org.councilpapers.testdata.LayoutFixtures.heading;
import static org.councilpapers.testdata.LayoutFixtures.para;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.councilpapers.core.DocumentKind;
import org.councilpapers.core.record.Resolution;
import org.councilpapers.core.record.ResolutionOutcome;
import org.councilpapers.extractors.record.Harness;
import org.councilpapers.extractors.record.Variants;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Decisions minuted without RESOLVED: "The Board noted the report.", "The Board endorsed the … plan", "Cabinet approved …", "Members
 * agreed to refer …", "It was agreed that …", "DECISION:", "Decision made:", "Outcome:". A sentence of discussion in the same minute
 * ("Members noted that staffing … had been difficult", "Members agreed that the new dashboard was easier to read", "The Board received
 * a report of …") decides nothing. Three councils' minutes in {@code testdata/papers/variants}, each read under every document kind.
 */
class PlainDecisionsTest {
    private static List<Resolution> resolutions(DocumentKind kind, String paper) {
        return Harness.run(new ResolutionExtractor(), kind, Variants.read(paper)).records(Resolution.class);
    }

    private static List<String> texts(List<Resolution> rs) {
        return rs.stream().map(r -> r.itemNumber() + " " + r.text()).toList();
    }

    @ParameterizedTest
    @EnumSource(DocumentKind.class)
    void aBoardNotesAndEndorsesButDoesNotDecideByDiscussing(DocumentKind kind) {
        List<Resolution> rs = resolutions(kind, "minutes-borough-health-board-present-wrapped-board-noted.txt");
        assertEquals(List.of("15 The Board noted the report.",
                "16 The Board endorsed the Better Care Fund plan for 2024/25 for submission to NHS England."), texts(rs));
        assertTrue(rs.stream().allMatch(r -> r.outcome() == ResolutionOutcome.RESOLVED));
    }

    @ParameterizedTest
    @EnumSource(DocumentKind.class)
    void aPanelAgreesAndGivesAnOutcome(DocumentKind kind) {
        List<Resolution> rs = resolutions(kind, "minutes-district-panel-councillors-present-heading-panel-agreed.txt");
        assertEquals(List.of("7 The Panel agreed to ask the Partnership to report on the street warden pilot at its next meeting.",
                "8 that the draft policy be recommended to Cabinet for adoption, subject to the changes in paragraph 4.2.",
                "9 The work programme was agreed with the addition of a review of temporary accommodation."), texts(rs));
    }

    @ParameterizedTest
    @EnumSource(DocumentKind.class)
    void aCabinetsLabelsAndSentences(DocumentKind kind) {
        List<Resolution> rs = resolutions(kind, "minutes-county-committee-decision-labels-cabinet-approved.txt");
        assertEquals(List.of("41 Cabinet approved the home to school transport policy for 2025/26 as set out in Appendix A.",
                "42 That the contract be awarded to the preferred bidder set out in the exempt appendix.",
                "43 Cabinet approved the consultation on the future of youth services, to run for twelve weeks from 1 September 2024.",
                "44 Members agreed to refer the sickness absence figures to the Audit Committee."), texts(rs));
    }

    @Test
    void aMinuteWithRESOLVEDGivesOnlyThatDecision() {
        List<Resolution> rs = Harness.run(new ResolutionExtractor(), DocumentKind.MINUTES, document(
                para("Minutes of the meeting of the Audit Committee held on 4 March 2024"),
                para("Present: Councillors A Reed (Chair), B Lake and C Hale"),
                heading(2, "5. Internal Audit Progress"),
                para("The Committee noted the report and asked about overdue actions."),
                para("RESOLVED: That the progress report be noted."))).records(Resolution.class);
        assertEquals(List.of("That the progress report be noted."), rs.stream().map(Resolution::text).toList(),
                "a plain sentence is read only where the minute sets no decision apart");
    }

    @Test
    void onlyTheMinutesClosingLineDecidesAndNotingMustStandAlone() {
        List<Resolution> rs = Harness.run(new ResolutionExtractor(), DocumentKind.MINUTES, document(
                para("Minutes of the meeting of the Audit Committee held on 4 March 2024"),
                para("Present: Councillors A Reed (Chair), B Lake and C Hale"),
                heading(2, "5. Treasury Management Update"),
                para("Cabinet approved the strategy in 2019, the report recalled."),
                para("Members asked about the counterparty list. The Committee noted the update."),
                heading(2, "6. Risk Register"),
                para("Members discussed the cyber security risk."),
                para("The Committee noted the risk register."),
                para("The meeting closed at 8.05 pm."),
                heading(2, "7. Minutes of the Previous Meeting"),
                para("The Committee agreed the minutes of the meeting held on 5 February 2024."))).records(Resolution.class);
        assertEquals(List.of("6 The Committee noted the risk register."), texts(rs),
                "a sentence of discussion before the closing line, noting inside a paragraph of discussion, and the last minutes' "
                        + "business decide nothing; the closing line set apart does, whatever closes the meeting after it");
    }

    @Test
    void whatADecidingSentenceIs() {
        assertTrue(ResolutionExtractor.isPlainDecision("The Committee noted the contents of the report."));
        assertTrue(ResolutionExtractor.isPlainDecision("Following discussion, the Panel endorsed the action plan."));
        assertTrue(ResolutionExtractor.isPlainDecision("Members agreed that a task and finish group be set up."));
        assertTrue(ResolutionExtractor.isPlainDecision("The Forum accepted the recommendations."));
        assertTrue(ResolutionExtractor.isPlainDecision("Council adopted the revised Statement of Licensing Policy."));
        assertFalse(ResolutionExtractor.isPlainDecision("Members noted that staffing had been difficult."));
        assertFalse(ResolutionExtractor.isPlainDecision("Members agreed that the presentation had been helpful."));
        assertFalse(ResolutionExtractor.isPlainDecision("The Committee noted the concerns raised about the report."));
        assertFalse(ResolutionExtractor.isPlainDecision("The Board received a report of the Director of Public Health."));
        assertFalse(ResolutionExtractor.isPlainDecision("Members welcomed the focus on prevention."));
        assertFalse(ResolutionExtractor.isPlainDecision("The Chair agreed to circulate the slides."));
        assertFalse(ResolutionExtractor.isPlainDecision("Members discussed the proposed schemes."));
        assertFalse(ResolutionExtractor.isPlainDecision("Members agreed for the slides to be shared after the meeting."),
                "'agreed for …' has no object: a paper is not what is agreed");
    }
}
