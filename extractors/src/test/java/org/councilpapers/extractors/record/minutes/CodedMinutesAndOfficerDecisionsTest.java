package org.councilpapers.extractors.record.minutes;

import static org.councilpapers.testdata.LayoutFixtures.document;
import static org.councilpapers.testdata.LayoutFixtures.para;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.councilpapers.core.DocumentKind;
import org.councilpapers.core.record.AgendaItem;
import org.councilpapers.core.record.Resolution;
import org.councilpapers.extractors.record.Harness;
import org.councilpapers.extractors.record.Variants;
import org.councilpapers.extractors.record.agenda.AgendaItemExtractor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Minutes numbered by the body's code and the year ("CPP/25/20", "HWB 24/05 – …", "CAB.25.061", "EX/2025/14"): every heading is a
 * minute of its own, and its decisions are filed under it; decisions set out as numbered or lettered "That …" clauses, run into one
 * paragraph or a line each; and records of an officer's delegated decision, whose decisions carry the record's title (a "Title:" or
 * "Subject:" field, a "Decision title" row of a table, or the line naming the decision under the record's own title) and the date
 * of decision.
 */
class CodedMinutesAndOfficerDecisionsTest {
    private static List<String> items(DocumentKind kind, String paper) {
        return Harness.run(new AgendaItemExtractor(), kind, Variants.read(paper)).records(AgendaItem.class).stream()
                .map(a -> a.number() + " " + a.title()).toList();
    }

    private static List<Resolution> resolutions(DocumentKind kind, String paper) {
        return Harness.run(new ResolutionExtractor(), kind, Variants.read(paper)).records(Resolution.class);
    }

    private static List<String> decisions(DocumentKind kind, String paper) {
        return resolutions(kind, paper).stream()
                .map(r -> r.itemNumber() + (r.number() == null ? "" : "(" + r.number() + ")") + " " + r.text()).toList();
    }

    @Test
    void codedNumbersOrderByTheirFigures() {
        assertTrue(MinutesParser.sequence("CPP/25/21") > MinutesParser.sequence("CPP/25/20"));
        assertTrue(MinutesParser.sequence("OSC/24/13") > MinutesParser.sequence("OSC/24/12"));
        assertTrue(MinutesParser.sequence("HWB 24/06") > MinutesParser.sequence("HWB 24/05"));
        assertTrue(MinutesParser.sequence("CAB.25.062") > MinutesParser.sequence("CAB.25.061"));
        assertTrue(MinutesParser.sequence("EX/2025/15") > MinutesParser.sequence("EX/2025/14"));
        assertTrue(MinutesParser.sequence("EX/2026/01") > MinutesParser.sequence("EX/2025/99"));
    }

    @ParameterizedTest
    @EnumSource(value = DocumentKind.class, names = {"MINUTES", "AGENDA_PACK", "OTHER"})
    void aPanelsYearFirstCodesEachHeadAMinute(DocumentKind kind) {
        String paper = "minutes-county-scrutiny-coded-year-first-refs-numbered-that.txt";
        assertEquals(List.of("CPP/25/19 APOLOGIES FOR ABSENCE", "CPP/25/20 DECLARATIONS OF INTEREST", "CPP/25/21 MINUTES OF THE PREVIOUS MEETING",
                "CPP/25/22 ANNUAL PERFORMANCE REPORT 2024/25", "CPP/25/23 COMPLAINTS AND COMPLIMENTS", "CPP/25/24 WORK PROGRAMME"), items(kind, paper));
        assertEquals(List.of(
                "CPP/25/21 That the minutes of the meeting held on 10 September 2025 be confirmed as a correct record.",
                "CPP/25/22(1) That the annual performance report for 2024/25 be noted;",
                "CPP/25/22(2) That the Panel's thanks be passed to the performance team for their work on the report",
                "CPP/25/22(3) That the Head of Performance report back in January 2026 on the measures that missed their target.",
                "CPP/25/23(1) That the complaints and compliments report be noted",
                "CPP/25/23(2) That a briefing on the handling of stage two complaints be circulated to members."),
                decisions(kind, paper), "the numbered clauses run into one paragraph are a decision each, as those set a line each are");
        assertTrue(resolutions(kind, paper).stream().filter(r -> r.itemNumber().equals("CPP/25/22"))
                .allMatch(r -> "ANNUAL PERFORMANCE REPORT 2024/25".equals(r.itemTitle())));
    }

    @ParameterizedTest
    @EnumSource(value = DocumentKind.class, names = {"MINUTES", "OTHER"})
    void aDistrictsLettersSpaceNumberYearHeadingsWithWideSpacing(DocumentKind kind) {
        String paper = "minutes-ni-district-letters-space-number-year-refs.txt";
        assertEquals(List.of("CW 112/25 APOLOGIES", "CW 113/25 DECLARATIONS OF INTEREST", "CW 114/25 MINUTES OF MEETING HELD ON 12 AUGUST 2025",
                "CW 115/25 LEISURE CENTRE OPENING HOURS REVIEW", "CW 116/25 COMMUNITY GRANTS PROGRAMME 2025/26", "CW 117/25 ANY OTHER BUSINESS"),
                items(kind, paper), "'item CW 116/25' and 'CW 104/25' cited inside minutes are no headings");
        assertEquals(List.of(
                "CW 114/25 That the minutes of the meeting held on 12 August 2025 be taken as read and signed as correct.",
                "CW 115/25 That the extended weekend opening hours at Drumgarvan Leisure Centre be approved for a trial of six months.",
                "CW 116/25 That the grants set out in Appendix 1 be awarded."), decisions(kind, paper));
        assertTrue(MinutesParser.sequence("CW 113/25") > MinutesParser.sequence("CW 112/25"));
        assertTrue(MinutesParser.sequence("HS 08/25") > MinutesParser.sequence("HS 07/25"));
    }

    @ParameterizedTest
    @EnumSource(value = DocumentKind.class, names = {"MINUTES", "OTHER"})
    void aBoardsCodesWithASpaceAndADash(DocumentKind kind) {
        String paper = "minutes-city-health-board-coded-space-refs-lettered-that.txt";
        assertEquals(List.of("HWB 24/05 Apologies for Absence", "HWB 24/06 Joint Local Health and Wellbeing Strategy: Annual Update",
                "HWB 24/07 Better Care Fund Quarter 3 Return", "HWB 24/08 Pharmaceutical Needs Assessment"), items(kind, paper));
        assertEquals(List.of(
                "HWB 24/06(a) That the progress made on the Joint Local Health and Wellbeing Strategy be noted;",
                "HWB 24/06(b) That the Board endorses the refreshed priorities for 2025/26",
                "HWB 24/06(c) That the Director of Public Health be asked to bring a delivery plan to the June meeting.",
                "HWB 24/07(1) That the Better Care Fund quarter 3 return be ratified;",
                "HWB 24/07(2) That the Board's thanks be passed to the integrated care team.",
                "HWB 24/08 That the draft Pharmaceutical Needs Assessment be approved for consultation."),
                decisions(kind, paper), "an HTML list under RESOLVED gives a decision per item; 'Members noted …' is discussion");
    }

    @ParameterizedTest
    @EnumSource(value = DocumentKind.class, names = {"MINUTES", "OTHER"})
    void codesSetApartByFullStopsOrWithTheYearInFourFigures(DocumentKind kind) {
        String dotted = "minutes-metropolitan-cabinet-dotted-refs-and-executive-refs.txt";
        assertEquals(List.of("CAB.25.060 Declarations of Interest", "CAB.25.061 Medium Term Financial Strategy Update",
                "CAB.25.062 School Estate Capital Programme 2025/26", "CAB.25.063 Exclusion of the Press and Public"), items(kind, dotted));
        assertEquals(List.of("CAB.25.061 That the updated Medium Term Financial Strategy be noted.",
                "CAB.25.062(a) That the school estate capital programme for 2025/26 of £6.2 million be approved;",
                "CAB.25.062(b) That authority be delegated to the Director of Children's Services to award the contracts within the programme.",
                "CAB.25.063 That the press and public be excluded for the following item."), decisions(kind, dotted));
        String executive = "minutes-district-executive-four-figure-year-refs.txt";
        assertEquals(List.of("EX/2025/14 Minutes", "EX/2025/15 Leisure Centre Contract", "EX/2025/16 Planning Enforcement Plan"),
                items(kind, executive));
        assertEquals(List.of("EX/2025/14", "EX/2025/15", "EX/2025/15", "EX/2025/16"),
                resolutions(kind, executive).stream().map(Resolution::itemNumber).toList());
    }

    @Test
    void aPlanningReferenceInAMinuteIsNoMinute() {
        // Applications listed by their reference inside a minute: their codes are not the minutes' own, so the next minute still heads.
        var plain = document(para("Minutes of the meeting of the Planning Committee held on 4 March 2025 at 7.00 pm"), para("45. Applications"),
                para("P/2025/123 Land at Mill Road, Ashby"), para("RESOLVED – That permission be granted."), para("46. Appeals"),
                para("RESOLVED – That the appeals report be noted."));
        assertEquals(List.of("45 Applications", "46 Appeals"), Harness.run(new AgendaItemExtractor(), DocumentKind.MINUTES, plain)
                .records(AgendaItem.class).stream().map(a -> a.number() + " " + a.title()).toList());
        var coded = document(para("Minutes of the meeting of the Planning Committee held on 4 March 2025 at 7.00 pm"),
                para("PLC/25/31 Applications"), para("DC/25/140 Land rear of Station Road"), para("RESOLVED – That permission be refused."),
                para("PLC/25/32 Appeals"), para("RESOLVED – That the appeals report be noted."));
        assertEquals(List.of("PLC/25/31", "PLC/25/32"), Harness.run(new ResolutionExtractor(), DocumentKind.MINUTES, coded)
                .records(Resolution.class).stream().map(Resolution::itemNumber).toList());
    }

    @Test
    void aCouncilsNameOrThePersonDecidingUnderTheTitleIsNoSubject() {
        for (String under : List.of("Kelderby City Council", "Head of Waste and Street Scene", "Monday 20 October 2025")) {
            var doc = document(para("Delegated Officer Decision"), para(under), para("Decision maker: Waste Services Manager"),
                    para("Decision date: 20 November 2025"), para("Decision"), para("(a) That the charge be set at £32;"),
                    para("(b) That a concession rate of £16 apply."));
            List<Resolution> rs = Harness.run(new ResolutionExtractor(), DocumentKind.OTHER, doc).records(Resolution.class);
            assertEquals(2, rs.size(), under + " " + rs);
            assertTrue(rs.stream().allMatch(r -> r.itemTitle() == null), under + " " + rs);
        }
    }

    @Test
    void numberedWordsInsideASentenceAreNoClauses() {
        // "phase 1. The" and "2. Members" are no "That" clauses: the decision is one paragraph, as printed.
        var doc = document(para("12. Depot Relocation"), para("RESOLVED – That the depot move in phase 1. The second phase, listed at 2. Members "
                + "asked, be reported in June."));
        List<Resolution> rs = Harness.run(new ResolutionExtractor(), DocumentKind.MINUTES, doc).records(Resolution.class);
        assertEquals(1, rs.size(), rs.toString());
        assertTrue(rs.get(0).text().startsWith("That the depot move in phase 1. The second phase"), rs.get(0).text());
    }

    @ParameterizedTest
    @EnumSource(value = DocumentKind.class, names = {"REPORT", "MINUTES", "OTHER"})
    void anOfficersDecisionCarriesTheRecordsTitleAndDate(DocumentKind kind) {
        for (String[] c : new String[][] {
                {"officer-decision-record-labelled-fields-decision-taken-lettered.txt", "Award of Contract for Grounds Maintenance of Parks and Open Spaces",
                        "2025-10-14"},
                {"officer-delegated-decision-subject-heading-decision-label.txt", "Closure of Mill Lane Public Conveniences", "2025-11-03"},
                {"officer-decision-record-label-table-decision-title.txt", "Renewal of the CCTV Monitoring Service Agreement", "2025-08-27"},
                {"officer-decision-notice-heading-names-decision.txt", "Approval of Fees and Charges for Bulky Waste Collections 2026/27", "2025-11-20"}}) {
            List<Resolution> rs = resolutions(kind, c[0]);
            assertEquals(List.of("a", "b"), rs.stream().map(Resolution::number).toList(), c[0] + " " + rs);
            for (Resolution r : rs) {
                assertEquals(c[1], r.itemTitle(), c[0]);
                assertEquals(c[2], String.valueOf(r.meetingDate()), c[0]);
                assertTrue(!r.text().contains("Reason") && !r.text().contains("Alternative"), r.text());
            }
        }
    }
}
