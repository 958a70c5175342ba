package org.councilpapers.extractors.record.minutes;

import static org.councilpapers.testdata.LayoutFixtures.document;
import static org.councilpapers.testdata.LayoutFixtures.item;
import static org.councilpapers.testdata.LayoutFixtures.para;
import static org.councilpapers.testdata.LayoutFixtures.plainTable;
import static org.councilpapers.testdata.LayoutFixtures.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.councilpapers.core.DocumentKind;
import org.councilpapers.core.layout.LayoutDocument;
import org.councilpapers.core.record.Resolution;
import org.councilpapers.core.record.ResolutionOutcome;
import org.councilpapers.extractors.record.Harness;
import org.councilpapers.extractors.record.Variants;
import org.councilpapers.testdata.LayoutFixtures;
import org.junit.jupiter.api.Test;

class ResolutionExtractorTest {
    private final ResolutionExtractor extractor = new ResolutionExtractor();

    private static LayoutDocument minutes(LayoutFixtures.Part... body) {
        LayoutFixtures.Part[] all = new LayoutFixtures.Part[body.length + 2];
        all[0] = para("Minutes of the Meeting of the Overview and Scrutiny Committee held on 13 July 2021 at 7.00 pm");
        all[1] = para("Present: Councillors Sara Muldowney (Chair) and Lee Watson");
        System.arraycopy(body, 0, all, 2, body.length);
        return document(all);
    }

    private List<Resolution> run(LayoutDocument doc) {
        return Harness.run(extractor, DocumentKind.AGENDA_PACK, doc).records(Resolution.class);
    }

    @Test
    void aProposedRecordOfDecisionTitledAfterItsCouncilProposesAndDecidesNothing() {
        // The title line carries the council's name before the form's ("… COUNCIL – PROPOSED RECORD OF DECISION"): the
        // decision it sets out is the one a meeting is asked to take, whatever the paper is taken for.
        for (DocumentKind kind : DocumentKind.values()) {
            assertTrue(Harness.run(extractor, kind, document(para("ASHWORTH COUNTY COUNCIL – PROPOSED RECORD OF DECISION"),
                    para("DECISION TO BE TAKEN BY: Cabinet"), para("Title of Decision: Adoption of the Local Transport Plan"),
                    para("Decision: Cabinet agree to:"), item("a)", "ADOPT the Local Transport Plan 2025-2040;"),
                    item("b)", "DELEGATE authority to the Corporate Director of Growth to make minor changes."),
                    para("Reason for Decision: the plan is due for renewal."))).records(Resolution.class).isEmpty(), kind.name());
        }
        assertTrue(Harness.run(extractor, DocumentKind.OTHER, Variants.read("classify-proposed-record-of-decision.txt"))
                .records(Resolution.class).isEmpty());
    }

    @Test
    void resolvedOverAParagraphAndOverNumberedItemsWithTheirMinute() {
        List<Resolution> rs = run(minutes(
                item("5.", "Items Raised by the Safeguarding Partnership"), para("The report was presented."), para("RESOLVED:"),
                para("That the Committee noted the Action Plan and progress to date."),
                item("6.", "SEND Education and Residential Placements"), para("RESOLVED:"),
                item("1.1", "That members reviewed the SEND Sufficiency Assessment."), item("1.2", "That members give approval."),
                para("UNRESOLVED:"), item("1.3", "Members requested that Cabinet reviews its decision.")));
        assertEquals(4, rs.size());
        Resolution plain = rs.get(0);
        assertEquals("5", plain.itemNumber());
        assertEquals("Items Raised by the Safeguarding Partnership", plain.itemTitle());
        assertNull(plain.agendaItem(), "minutes that print no agenda reference leave it unknown");
        assertNull(plain.number());
        assertEquals("That the Committee noted the Action Plan and progress to date.", plain.text());
        assertEquals("2021-07-13", plain.meetingDate().toString());
        assertEquals(ResolutionOutcome.RESOLVED, plain.outcome());
        assertEquals(List.of("1.1", "1.2", "1.3"), rs.subList(1, 4).stream().map(Resolution::number).toList());
        assertEquals("6", rs.get(3).itemNumber());
        assertEquals(ResolutionOutcome.UNRESOLVED, rs.get(3).outcome());
        assertEquals(ResolutionOutcome.RESOLVED, rs.get(2).outcome());
    }

    @Test
    void inlineDecisionsInTheirManyWordings() {
        List<Resolution> rs = run(minutes(
                item("1.", "Minutes"), para("It was resolved that the minutes be agreed as a correct record."),
                item("2.", "Budget"), para("RESOLVED – That the budget be recommended to Council."),
                item("3.", "Appeals"), para("Agreed: that the appeals update be noted."),
                item("4.", "Tree Preservation Order"), para("NOT AGREED: That the order be confirmed."),
                item("5.", "Annual Report"), para("The Committee RESOLVED that the annual report be published.")));
        assertEquals(List.of("that the minutes be agreed as a correct record.", "That the budget be recommended to Council.",
                "that the appeals update be noted.", "That the order be confirmed.", "that the annual report be published."),
                rs.stream().map(Resolution::text).toList());
        assertEquals(ResolutionOutcome.UNRESOLVED, rs.get(3).outcome());
        assertEquals(List.of("1", "2", "3", "4", "5"), rs.stream().map(Resolution::itemNumber).toList());
    }

    @Test
    void aLeadInEndingInAColonGivesOneRecordPerLetteredItemAcrossAPageNumber() {
        List<Resolution> rs = run(minutes(
                item("88.", "Revenue and Capital Budget Monitoring Report"), item("1.", "Mr Oakes introduced the report."),
                item("3.", "RESOLVED that Cabinet agree to:"), item("A)", "Note the forecast revenue overspend."),
                item("b)", "Note the forecast capital underspend."), para("10"), item("c)", "Agree the capital budget changes.")));
        assertEquals(List.of("A", "b", "c"), rs.stream().map(Resolution::number).toList());
        assertEquals("Agree the capital budget changes.", rs.get(2).text());
        assertTrue(rs.stream().allMatch(r -> "88".equals(r.itemNumber())), "the paragraph number 3 is no minute");
    }

    @Test
    void subItemsUnderANumberedDecisionEndingInAColonJoinIt() {
        List<Resolution> rs = run(minutes(
                item("7.", "Local Plan"), para("RESOLVED:"), item("1.", "That Cabinet:"), item("(a)", "approves the plan;"),
                item("(b)", "delegates minor changes."), item("2.", "That the plan be published.")));
        assertEquals(2, rs.size());
        assertEquals("That Cabinet: (a) approves the plan; (b) delegates minor changes.", rs.get(0).text());
        assertEquals("1", rs.get(0).number());
        assertEquals("2", rs.get(1).number());
    }

    @Test
    void proseAgreementsAndDecisionsInReportsAreNotResolutions() {
        List<Resolution> rs = run(document(
                para("Minutes of the Meeting of the Overview and Scrutiny Committee held on 13 July 2021 at 7.00 pm"),
                para("Present: Councillor Sara Muldowney"), item("1.", "Minutes"),
                para("At 9.15pm, the Committee agreed to suspend standing orders until 9.45pm."),
                para("The minutes of the meeting held on 2 February 2021 were approved."),
                para("This page is intentionally left blank"),
                plainTable(row("12 October 2021", "ITEM: 6"), row("Cabinet report", "")),
                para("RESOLVED:"), para("That the Cabinet quoted here is a report, not minutes.")));
        assertTrue(rs.isEmpty(), rs.toString());
    }

    @Test
    void moderngovMinutes() {
        List<Resolution> rs = Harness.run(extractor, DocumentKind.MINUTES, Variants.read("moderngov-cabinet-minutes.txt"))
                .records(Resolution.class);
        assertEquals(7, rs.size());
        assertEquals("103", rs.get(0).itemNumber());
        assertEquals("Minutes of the Meeting held on 16th January 2025", rs.get(0).itemTitle());
        assertEquals("that the minutes of the meeting on 16 January 2025 were a correct record and that they be signed by the Chair.",
                rs.get(0).text());
        assertEquals(List.of("A", "b", "c", "d"), rs.subList(1, 5).stream().map(Resolution::number).toList());
        assertEquals("Note the Reserves, Treasury Management and Prudential Indicators Monitoring.", rs.get(4).text());
        assertEquals("25/00012 - Revenue and Capital Budget Monitoring Report – December 2024-25", rs.get(4).itemTitle());
        assertEquals("107", rs.get(6).itemNumber());
        assertTrue(rs.stream().allMatch(r -> "2025-02-06".equals(String.valueOf(r.meetingDate()))));
    }

    @Test
    void districtMinutesWithItWasResolvedLetteredItemsAgreedAndNotAgreed() {
        List<Resolution> rs = Harness.run(extractor, DocumentKind.MINUTES, Variants.read("district-planning-minutes-it-was-resolved.txt"))
                .records(Resolution.class);
        assertEquals(5, rs.size(), rs.toString());
        assertEquals("1", rs.get(0).itemNumber());
        assertEquals(List.of("a", "b"), List.of(rs.get(1).number(), rs.get(2).number()));
        assertEquals("23/00123/FUL – Land at Mill Lane, Anytown", rs.get(1).itemTitle());
        assertEquals("that the appeals update be noted and circulated to all members.", rs.get(3).text());
        assertEquals(ResolutionOutcome.UNRESOLVED, rs.get(4).outcome());
        assertEquals("5", rs.get(4).itemNumber());
    }

    @Test
    void theMinutesNextNumberedParagraphAfterLetteredDecisionsIsNoDecision() {
        List<Resolution> rs = run(minutes(
                item("91.", "Integrated Care Strategy Delivery Plan"), item("4.", "RESOLVED that Cabinet agree to:"),
                item("(a)", "Adopt the Delivery Plan."), item("(b)", "Delegate authority to the Director of Public Health."),
                item("1.", "Mr Love introduced the next report."), item("2.", "Mr Abrahams elaborated further.")));
        assertEquals(List.of("a", "b"), rs.stream().map(Resolution::number).toList());
    }

    @Test
    void aNumberedLeadInEndingInABulletIsNoMinuteHeading() {
        List<Resolution> rs = run(minutes(
                item("90.", "Commissioning Plan for Education"), item("3.", "Further to questions from Members it was noted: •"),
                para("RESOLVED that Cabinet agree the Commissioning Plan.")));
        assertEquals(1, rs.size());
        assertEquals("90", rs.get(0).itemNumber());
        assertEquals("Commissioning Plan for Education", rs.get(0).itemTitle());
    }

    @Test
    void minutesFoundByTheAgendasPageRangesTakeTheirDateFromTheirHeading() {
        List<Resolution> rs = Harness.run(extractor, DocumentKind.AGENDA_PACK, Variants.read("barset-audit-committee-pack-page-ranges.txt"))
                .records(Resolution.class);
        assertEquals(List.of("15", "16", "16", "17"), rs.stream().map(Resolution::itemNumber).toList());
        assertTrue(rs.stream().allMatch(r -> "2022-07-20".equals(String.valueOf(r.meetingDate()))),
                "the date of the minuted meeting, not the 18 May 2022 that its first decision mentions");
        assertEquals("That the Chair sign the statement on behalf of the Committee.", rs.get(2).text());
    }

    @Test
    void aDecisionThatQuotesTheMinutesOfAnEarlierMeetingIsNoMinutesHeading() {
        List<Resolution> rs = Harness.run(extractor, DocumentKind.MINUTES, document(para("Audit Committee – 20 July 2022"),
                para("Present: Councillors Ann Lee (Chair) and Bob Hill"), item("1.", "Minutes"),
                para("It was RESOLVED that the minutes of the meeting held on 18 May 2022 be approved."))).records(Resolution.class);
        assertEquals(1, rs.size());
        assertEquals("2022-07-20", rs.get(0).meetingDate().toString());
        assertEquals("1", rs.get(0).itemNumber());
    }

    @Test
    void aPdfReadingsBulletsWrappedLinesAndStrayStars() {
        List<Resolution> rs = run(minutes(
                item("6.", "SEND Placements"), para("RESOLVED:"),
                item("•", "1.1 That members reviewed the SEND Sufficiency Assessment and agree the publication of the document.**"),
                item("1.2", "That members recommended to cabinet the commissioning of a framework of supported"),
                para("accommodation providers including the option to block purchase provision."),
                item("7.", "Budget"), para("RESOLVED that Cabinet agree to:"), para("a) Note the forecast overspend."),
                para("b) Agree the capital budget changes.")));
        assertEquals(List.of("1.1", "1.2", "a", "b"), rs.stream().map(Resolution::number).toList());
        assertEquals("That members reviewed the SEND Sufficiency Assessment and agree the publication of the document.", rs.get(0).text());
        assertEquals("That members recommended to cabinet the commissioning of a framework of supported accommodation providers including "
                + "the option to block purchase provision.", rs.get(1).text());
        assertEquals("Agree the capital budget changes.", rs.get(3).text(), "a lettered paragraph is an item, not a wrapped line");
    }

    @Test
    void kentCabinetMinutesPdf() {
        List<Resolution> rs = Harness.run(extractor, DocumentKind.MINUTES, Variants.readPdf("real/kent/kent-cabinet-2025-01-30-minutes.pdf"))
                .records(Resolution.class);
        assertEquals(List.of("86", "88", "88", "88", "88", "88", "88", "89", "90", "91", "91", "91", "92"),
                rs.stream().map(Resolution::itemNumber).toList());
        assertEquals(List.of("A", "b", "c", "d", "e", "f"), rs.subList(1, 7).stream().map(Resolution::number).toList());
        assertEquals("Note the Reserves, Treasury Management and Prudential Indicators Monitoring", rs.get(6).text(),
                "the last word, wrapped onto a line of its own before the page break, belongs to item f");
        assertEquals("24/00108 - Revenue and Capital Budget Monitoring Report – November 2024-25", rs.get(1).itemTitle());
        assertEquals("24/00115 - Kent County Council Integrated Care Strategy (KCC ICS) Delivery Plan", rs.get(9).itemTitle());
        assertEquals("that Cabinet agree the Commissioning Plan for Education Provision in Kent 2025-29", rs.get(12).text());
        assertNull(rs.get(7).number(), "'4. RESOLVED that …': the 4 numbers the minute's paragraph, not the decision");
        assertEquals(List.of("3", "5", "5", "5", "5", "5", "5", "6", "7", "8", "8", "8", "9"), rs.stream().map(Resolution::agendaItem).toList(),
                "'86. Minutes of the Meeting held on 9th January 2025 (Item 3)': minute 86 records agenda item 3");
    }

    @Test
    void agreedRecommendedToCouncilAMotionNotCarriedAndATableOfDecisions() {
        List<Resolution> rs = Harness.run(extractor, DocumentKind.MINUTES,
                Variants.read("borough-cabinet-minutes-recommended-not-carried-decision-table.txt")).records(Resolution.class);
        assertEquals(List.of("41", "42", "43", "44", "44"), rs.stream().map(Resolution::itemNumber).toList(), rs.toString());
        assertEquals("that the minutes of the meeting held on 12 October 2022 be signed as a correct record.", rs.get(0).text());
        assertEquals("to Council that the council tax base for 2023/24 be set at 41,250 Band D equivalents.", rs.get(1).text(),
                "a recommendation to full Council is the Cabinet's decision; 'Members agreed that …' in prose is none");
        assertEquals(ResolutionOutcome.RESOLVED, rs.get(1).outcome());
        assertEquals(ResolutionOutcome.UNRESOLVED, rs.get(2).outcome(), "the motion was not carried");
        assertTrue(rs.get(2).text().contains("part-night lighting scheme be reversed"));
        assertEquals("To approve the refurbishment of the Riverside Leisure Centre at a cost of £2.1m.", rs.get(3).text());
        assertEquals("To extend the waste collection contract for two years.", rs.get(4).text(), "the Decision column, not the Reason");
        assertEquals("Leisure and Waste Contracts", rs.get(4).itemTitle());
        assertTrue(rs.stream().allMatch(r -> "2022-11-09".equals(String.valueOf(r.meetingDate()))));
    }

    @Test
    void aLeadInWithoutAColonOverLetteredPartsGivesOneDecisionPerPartThatReadsAsADecision() {
        List<Resolution> rs = run(minutes(
                item("4.", "Placement Sufficiency Strategy"), para("RESOLVED: That the Panel"),
                para("(a) notes the report and the progress made;"), item("(b)", "asks the Director to report back in September."),
                item("5.", "Virtual School"), para("RESOLVED – That the Committee:"),
                para("(i) welcomes the improvement in attendance;"), para("(ii) endorses the priorities for 2023/24.")));
        assertEquals(List.of("notes the report and the progress made;", "asks the Director to report back in September.",
                "welcomes the improvement in attendance;", "endorses the priorities for 2023/24."),
                rs.stream().map(Resolution::text).toList());
        assertEquals(List.of("a", "b", "i", "ii"), rs.stream().map(Resolution::number).toList(), "(i) then (ii) are numerals, not the letter i");
        assertEquals(List.of("4", "4", "5", "5"), rs.stream().map(Resolution::itemNumber).toList());
    }

    @Test
    void numberedPartsUnderItWasResolvedThatCabinetAndAWholeSentenceLeadInStandingAlone() {
        List<Resolution> rs = run(minutes(
                item("7.", "Improvement Plan"), para("It was RESOLVED that Cabinet:"), para("1. approves the revised plan;"),
                para("2. delegates authority to the Director to make minor amendments."),
                item("8.", "Budget"), para("RESOLVED: That the budget be noted."), para("(a) The Chair thanked officers.")));
        assertEquals(List.of("approves the revised plan;", "delegates authority to the Director to make minor amendments.",
                "That the budget be noted."), rs.subList(0, 3).stream().map(Resolution::text).toList());
        assertEquals(List.of("1", "2"), rs.subList(0, 2).stream().map(Resolution::number).toList());
        assertEquals(3, rs.size(), "the lettered paragraph after a whole decision is prose, not a part of it");
        assertTrue(rs.stream().noneMatch(r -> r.text().startsWith("That the budget be noted. ")),
                "a lead-in that ends in a full stop is a decision of its own, not joined to what follows");
    }

    @Test
    void aOneLineDecisionUnderADecisionLabel() {
        List<Resolution> rs = run(minutes(item("3.", "Work Programme"), para("Decision: That the report be noted."),
                item("4.", "Exclusion of the Public"), para("Resolved: That the public be excluded."),
                item("5.", "Fostering Update"), para("Resolved that the update be noted."),
                para("Resolved by a majority of members present, the item was deferred.")));
        assertEquals(List.of("That the report be noted.", "That the public be excluded.", "that the update be noted."),
                rs.stream().map(Resolution::text).toList(), "'Resolved' in ordinary case without a colon needs 'that' after it");
        assertEquals(List.of("3", "4", "5"), rs.stream().map(Resolution::itemNumber).toList());
    }

    @Test
    void minuteNumbersOfTheYearAndOfTheBodyAreTheItemNumbers() {
        List<Resolution> unitary = Harness.run(extractor, DocumentKind.MINUTES, Variants.read("unitary-corporate-parenting-minutes-lettered-parts.txt"))
                .records(Resolution.class);
        assertEquals(List.of("CPP/12/23", "CPP/13/23", "CPP/13/23", "CPP/14/23", "CPP/14/23"), unitary.stream().map(Resolution::itemNumber).toList());
        assertEquals("Minutes of the Previous Meeting", unitary.get(0).itemTitle());
        assertEquals("That the minutes of the meeting held on 10 January 2023 be agreed as a correct record.", unitary.get(0).text());
        assertEquals("asks the Director of Children's Services to report back in September 2023 on placement stability.",
                unitary.get(2).text());
        List<Resolution> cabinet = Harness.run(extractor, DocumentKind.MINUTES, Variants.read("metropolitan-cabinet-minutes-slash-numbers.txt"))
                .records(Resolution.class);
        assertEquals(List.of("23/2016", "23/2016", "24/2016"), cabinet.stream().map(Resolution::itemNumber).toList());
        assertEquals("Exclusion of the Public", cabinet.get(2).itemTitle());
        assertEquals("approves the revised Children's Services Improvement Plan;", cabinet.get(0).text());
        List<Resolution> district = Harness.run(extractor, DocumentKind.MINUTES, Variants.read("district-scrutiny-minutes-short-minute-numbers.txt"))
                .records(Resolution.class);
        assertEquals(List.of("4/16", "4/16", "5/16"), district.stream().map(Resolution::itemNumber).toList());
        assertEquals(List.of("a", "b"), district.subList(0, 2).stream().map(Resolution::number).toList());
        assertEquals("That the work programme be agreed.", district.get(2).text());
    }

    @Test
    void aDecisionThatLostItsFullStopIsNotTakenForALeadInAndIsKeptWhenNoPartFollows() {
        List<Resolution> rs = run(minutes(
                item("2.", "Fostering Update"),
                para("RESOLVED: That the report be noted and the Head of Fostering be asked to bring a further report in the autumn"),
                para("(a) The Chair thanked the officers for the report."),
                item("3.", "Adoption"), para("RESOLVED: That the Panel"), para("Councillor Reed left the meeting.")));
        assertEquals(List.of("That the report be noted and the Head of Fostering be asked to bring a further report in the autumn", "That the Panel"),
                rs.stream().map(Resolution::text).toList());
        assertEquals(List.of("2", "3"), rs.stream().map(Resolution::itemNumber).toList());
    }

    @Test
    void partsOnTheLinesUnderTheLeadInWithNoBlankLineBetween() {
        List<Resolution> rs = Harness.run(extractor, DocumentKind.MINUTES, Variants.read("county-scrutiny-panel-minutes-lines-run-together.txt"))
                .records(Resolution.class);
        assertEquals(List.of("notes the report;", "requests an update in six months.",
                "agrees the work programme;", "adds an item on placement stability."),
                rs.stream().map(Resolution::text).toList());
        assertEquals(List.of("12/23", "12/23", "13/23", "13/23"), rs.stream().map(Resolution::itemNumber).toList());
        assertEquals(List.of("a", "b", "1", "2"), rs.stream().map(Resolution::number).toList());
    }
}
