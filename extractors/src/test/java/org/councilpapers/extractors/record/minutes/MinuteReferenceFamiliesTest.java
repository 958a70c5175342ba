package org.councilpapers.extractors.record.minutes;

import static org.councilpapers.testdata.LayoutFixtures.document;
import static org.councilpapers.testdata.LayoutFixtures.para;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.councilpapers.core.DocumentKind;
import org.councilpapers.core.layout.LayoutDocument;
import org.councilpapers.core.record.AgendaItem;
import org.councilpapers.core.record.Resolution;
import org.councilpapers.extractors.internal.Texts;
import org.councilpapers.extractors.record.Harness;
import org.councilpapers.extractors.record.Variants;
import org.councilpapers.extractors.record.agenda.AgendaItemExtractor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Minute headings and decision clauses of town, parish and Scottish minutes: a town or parish council's year-first references in
 * capitals ("25/139 APOLOGIES FOR ABSENCE"), run on under the minute before or with the minute's text on the same line; decisions in
 * lettered or roman clauses ("RESOLVED: (a) …; (b) …", "It was RESOLVED: a) … b) …", "The Council agreed:- (i) …; (ii) …"); a
 * Scottish minute's items in capitals with an amendment lost on a division, and its exclusion of the press "in terms of Section
 * 50A(4)". Every paper is read under every document kind.
 */
class MinuteReferenceFamiliesTest {
    private static List<String> items(DocumentKind kind, String paper) {
        return Harness.run(new AgendaItemExtractor(), kind, Variants.read(paper)).records(AgendaItem.class).stream()
                .map(a -> a.number() + " " + a.title()).toList();
    }

    private static List<String> decisions(DocumentKind kind, LayoutDocument doc) {
        return Harness.run(new ResolutionExtractor(), kind, doc).records(Resolution.class).stream()
                .map(r -> r.itemNumber() + (r.number() == null ? "" : "(" + r.number() + ")") + " " + r.itemTitle() + ": " + r.outcome()
                        + " " + r.text())
                .toList();
    }

    @ParameterizedTest
    @EnumSource(DocumentKind.class)
    void aParishsCapitalsHeadingsWithTheMinuteRunOnAfterThem(DocumentKind kind) {
        String paper = "minutes-parish-council-year-refs-capitals-body-same-line.txt";
        assertEquals(List.of("25/139 APOLOGIES FOR ABSENCE", "25/140 DECLARATIONS OF INTEREST AND DISPENSATIONS", "25/141 PUBLIC PARTICIPATION",
                "25/142 MINUTES OF THE PREVIOUS MEETING", "25/143 DISTRICT AND COUNTY COUNCILLORS' REPORTS", "25/144 CLERK'S REPORT",
                "25/145 FINANCE", "25/146 PLANNING", "25/147 PLAYING FIELD AND PLAY AREA", "25/148 CORRESPONDENCE", "25/149 DATE OF NEXT MEETING"),
                items(kind, paper));
        // The planning table's "25/01234/FUL" and "the 25/26 budget" in a sentence are no minutes.
        assertEquals(List.of(
                "25/139 APOLOGIES FOR ABSENCE: RESOLVED to accept the apologies.",
                "25/142 MINUTES OF THE PREVIOUS MEETING: RESOLVED that the minutes of the meeting held on 9 September 2025 be approved as a true "
                        + "record and signed by the Chairman.",
                "25/144 CLERK'S REPORT: RESOLVED that the report be received.",
                "25/145 FINANCE: RESOLVED that the payments listed in the schedule totalling £4,812.30 be approved.",
                "25/145 FINANCE: RESOLVED to approve the bank reconciliation to 30 September 2025.",
                "25/146 PLANNING: RESOLVED to submit the responses as shown.",
                "25/147 PLAYING FIELD AND PLAY AREA: RESOLVED to obtain three quotations for replacement safety surfacing."),
                decisions(kind, Variants.read(paper)));
    }

    @ParameterizedTest
    @EnumSource(DocumentKind.class)
    void aTownsColonHeadingsOverPageLinesWithLetteredAndRomanClauses(DocumentKind kind) {
        String paper = "minutes-town-council-year-refs-colon-headings-page-lines.txt";
        assertEquals(List.of("25/201 APOLOGIES FOR ABSENCE", "25/202 DECLARATIONS OF INTEREST", "25/203 CONFIRMATION OF MINUTES",
                "25/204 BUDGET AND PRECEPT 2026/27", "25/205 PLANNING APPLICATIONS", "25/206 CHRISTMAS LIGHTS", "25/207 YOUTH TRUST GRANT",
                "25/208 DATE OF NEXT MEETING"), items(kind, paper));
        assertEquals(List.of(
                "25/201 APOLOGIES FOR ABSENCE: RESOLVED to approve the reason for absence.",
                "25/203(a) CONFIRMATION OF MINUTES: RESOLVED that the minutes of the Town Council meeting held on 5 November 2025 be confirmed;",
                "25/203(b) CONFIRMATION OF MINUTES: RESOLVED that the minutes of the Amenities Committee held on 19 November 2025 be received.",
                "25/204(a) BUDGET AND PRECEPT 2026/27: RESOLVED to approve the budget for 2026/27 as presented;",
                "25/204(b) BUDGET AND PRECEPT 2026/27: RESOLVED to set the precept at £486,200;",
                "25/204(c) BUDGET AND PRECEPT 2026/27: RESOLVED to transfer £15,000 to the earmarked reserve for the pavilion.",
                "25/205 PLANNING APPLICATIONS: RESOLVED that the comments in the table be submitted to the district council.",
                "25/207(i) YOUTH TRUST GRANT: RESOLVED to award a grant of £2,500 to the Wickham Ferrers Youth Trust;",
                "25/207(ii) YOUTH TRUST GRANT: RESOLVED to ask the Trust to report on its use of the grant by 30 September 2026."),
                decisions(kind, Variants.read(paper)));
    }

    @ParameterizedTest
    @EnumSource(DocumentKind.class)
    void aScottishCommitteesCapitalsItemsAnAmendmentLostOnADivisionAndTheExclusion(DocumentKind kind) {
        String paper = "minutes-scottish-education-committee-capitals-items-division.txt";
        assertEquals(List.of(
                "2(i) MINUTE OF PREVIOUS MEETING: RESOLVED to approve the minute as a correct record",
                "2(ii) MINUTE OF PREVIOUS MEETING: RESOLVED to note that the report on school transport would come to the next meeting.",
                "3 REVENUE BUDGET MONITORING - QUARTER 2: RESOLVED The Committee agreed to note the projected overspend of £412,000.",
                "4 ATTAINMENT AND ACHIEVEMENT - SENIOR PHASE RESULTS 2025: UNRESOLVED As an amendment, Councillor Sinclair, seconded by "
                        + "Councillor Galbraith, moved that the Committee note the report and ask for a further report on the attainment gap in rural "
                        + "schools.",
                "4(a) ATTAINMENT AND ACHIEVEMENT - SENIOR PHASE RESULTS 2025: RESOLVED to note the report",
                "4(b) ATTAINMENT AND ACHIEVEMENT - SENIOR PHASE RESULTS 2025: RESOLVED to commend pupils and staff on the results.",
                "5 EXCLUSION OF THE PRESS AND PUBLIC: RESOLVED The Committee resolved in terms of Section 50A(4) of the Local Government (Scotland) "
                        + "Act 1973 to exclude the press and public from the meeting during consideration of the following item on the grounds "
                        + "that it involved the likely disclosure of exempt information as defined in paragraph 1 of Part I of Schedule 7A of the Act.",
                "6 STAFFING - SUPPORT FOR LEARNING: RESOLVED The Committee agreed to approve the proposals set out in the report."),
                decisions(kind, Variants.read(paper)));
    }

    @Test
    void anotherScottishWordingOfTheDivisionAndTheExclusion() {
        LayoutDocument doc = document(para("MINUTE of MEETING of the PLANNING COMMITTEE held in the Council Chamber on Tuesday 2 December 2025 at 2.00pm"),
                para("Present:- Councillor A Reid (Convener), Councillors B Shaw and C Tait"),
                para("7. HOUSING LAND AUDIT"),
                para("Councillor Reid, seconded by Councillor Shaw, moved that the audit be approved. Councillor Tait moved as an amendment that it be continued."),
                para("On a division, there voted for the motion 4 and for the amendment 1. The motion was therefore carried."),
                para("The Committee agreed to approve the audit."),
                para("8. EXCLUSION OF PUBLIC"),
                para("The Committee resolved in terms of Section 50A(4) of the Act to exclude the public for the following item."));
        assertEquals(List.of(
                "7 HOUSING LAND AUDIT: UNRESOLVED Councillor Tait moved as an amendment that it be continued.", // the amendment as moved, not its division
                "7 HOUSING LAND AUDIT: RESOLVED The Committee agreed to approve the audit.",
                "8 EXCLUSION OF PUBLIC: RESOLVED The Committee resolved in terms of Section 50A(4) of the Act to exclude the public for the following item."),
                decisions(DocumentKind.MINUTES, doc));
    }

    @Test
    void aYearFirstHeadingLineIsNoFinancialYearOrPlanningReference() {
        assertTrue(Texts.startsYearMinuteHeading("25/139 APOLOGIES FOR ABSENCE"));
        assertTrue(Texts.startsYearMinuteHeading("24/07. MINUTES"));
        assertFalse(Texts.startsYearMinuteHeading("25/26 BUDGET"));
        assertFalse(Texts.startsYearMinuteHeading("25/01234/FUL Rose Cottage"));
        assertFalse(Texts.startsYearMinuteHeading("25/139 Apologies were received"));
        assertFalse(Texts.startsYearMinuteHeading("The 25/26 BUDGET"));
    }
}
