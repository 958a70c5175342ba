package org.councilpapers.extractors.record.minutes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.councilpapers.core.DocumentKind;
import org.councilpapers.core.record.AgendaItem;
import org.councilpapers.core.record.Question;
import org.councilpapers.core.record.Resolution;
import org.councilpapers.extractors.record.Harness;
import org.councilpapers.extractors.record.Variants;
import org.councilpapers.extractors.record.agenda.AgendaItemExtractor;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Two families of minutes that gave almost nothing: a planning committee's minutes as {@code pdftotext -layout} writes them (the
 * minute's reference at the margin, "PL.23/31", before a heading in capitals that holds the application's number, site and
 * proposal; the decisions "GRANTED subject to …", "REFUSED for the following reason(s)", "DEFERRED to …", a refusal contrary to the
 * officer recommendation, a motion to refuse that was lost before the substantive decision, a tree preservation order "con-" /
 * "firmed" over a line end, a decision a page break cuts under a running header); and town and community councils' minutes whose
 * heading in capitals stands alone on its line ("15/202 POLICE MATTERS") over the minute's text or over a decision label on a
 * line of its own ("DECISION:", "RESOLVED:", "Resolved:") whose "To …" words under it are the decision.
 */
class PlanningAndCommunityCouncilMinutesTest {
    private static List<String> items(DocumentKind kind, String paper) {
        return Harness.run(new AgendaItemExtractor(), kind, Variants.read(paper)).records(AgendaItem.class).stream()
                .map(a -> a.number() + " " + a.title()).toList();
    }

    private static List<String> decisions(DocumentKind kind, String paper) {
        return Harness.run(new ResolutionExtractor(), kind, Variants.read(paper)).records(Resolution.class).stream()
                .map(r -> r.itemNumber() + (r.number() == null ? "" : "(" + r.number() + ")") + " " + r.outcome() + " " + r.text()).toList();
    }

    @ParameterizedTest
    @EnumSource(value = DocumentKind.class, names = {"MINUTES", "OTHER"})
    void aPlanningCommitteesLayoutTextMinutes(DocumentKind kind) {
        String paper = "planning-district-pdftotext-layout-pl-refs-caps-application-headings.txt";
        assertEquals(List.of("PL.23/28 APOLOGIES FOR ABSENCE", "PL.23/29 MINUTES", "PL.23/30 DECLARATIONS OF INTEREST",
                "PL.23/31 23/00412/FUL - LAND NORTH OF MILL LANE, SALLOWBY - ERECTION OF 48 DWELLINGS WITH ASSOCIATED ACCESS, PARKING AND "
                        + "LANDSCAPING",
                "PL.23/32 23/00587/HOU - 4 CHURCH VIEW, MARSTOW - TWO STOREY SIDE EXTENSION",
                "PL.23/33 23/00644/OUT - FORMER DEPOT, STATION ROAD, BRINDLECOMBE - OUTLINE APPLICATION FOR UP TO 12 DWELLINGS",
                "PL.23/34 23/00701/FUL - THE OLD FORGE, HIGH STREET, SALLOWBY - CHANGE OF USE TO CAFE (CLASS E)",
                "PL.23/35 23/00733/FUL - PADDOCK AT BROOK FARM, MARSTOW - ERECTION OF AGRICULTURAL BUILDING",
                "PL.23/36 TREE PRESERVATION ORDER NO. 3/2023 - THE GLEBE, PENTREFELIN", "PL.23/37 APPEAL DECISIONS"),
                items(kind, paper), "each minute's reference and its heading in capitals, wrapped over two lines");
        assertEquals(List.of(
                "PL.23/29 RESOLVED That the minutes of the meeting held on 15 February 2024 be approved as a correct record and signed by the "
                        + "Chairman.",
                "PL.23/31 RESOLVED That planning permission be GRANTED subject to the conditions set out in the report.",
                "PL.23/32 UNRESOLVED A motion to refuse the application on the grounds of overlooking was moved by Councillor Collier and "
                        + "seconded by Councillor Dunmore. On being put to the vote the motion was LOST.",
                "PL.23/32 RESOLVED That planning permission be GRANTED subject to the conditions set out in the report.",
                "PL.23/33 RESOLVED That, contrary to the officer recommendation, planning permission be REFUSED because the development would "
                        + "have an unacceptable impact on the character of the conservation area.",
                "PL.23/34 RESOLVED That consideration of the application be DEFERRED to the next meeting to allow a site visit.",
                "PL.23/35 RESOLVED That planning permission be REFUSED for the following reason(s): the building, by reason of its size and "
                        + "siting, would harm the open character of the countryside.",
                "PL.23/36 RESOLVED That Tree Preservation Order No. 3/2023 be con-firmed without modification."),
                decisions(kind, paper), "the page break's footer and running header are not in the refusal; the appeals noted are no decision");
    }

    @ParameterizedTest
    @EnumSource(value = DocumentKind.class, names = {"MINUTES", "OTHER"})
    void aWelshCommunityCouncilsDecisionLabelsOnLinesOfTheirOwn(DocumentKind kind) {
        String paper = "minutes-welsh-community-council-decision-label-lines.txt";
        assertEquals(List.of("15/198 APOLOGIES", "15/199 DECLARATIONS OF INTEREST", "15/200 MINUTES", "15/201 GRANTS",
                "15/202 POLICE MATTERS", "15/203 PLAYING FIELDS", "15/204 STAFFING", "15/205 DATE OF NEXT MEETING"), items(kind, paper),
                "the label under a heading and the next line's first word ('PCSO') are not the heading's");
        // a sub-item's decision run on after its sentence is unnumbered, as the parish variant's (MinuteReferenceFamiliesTest)
        assertEquals(List.of(
                "15/200 RESOLVED To approve the minutes of the meeting held on 8th February 2016 as a true record.",
                "15/201 RESOLVED To award grants of £500 to Cwmderwen Youth Football Club and £250 to Llanfechan Over 60s Club.",
                "15/202 RESOLVED To write to the Chief Inspector asking for more frequent speed checks on Heol Fawr.",
                "15/203 RESOLVED To accept the quotation of £1,200 from Derwen Grounds Ltd for the 2016 season.",
                "15/203 RESOLVED To ask the Clerk to arrange its repair.",
                "15/204 RESOLVED To renew the Clerk's contract for a further year."), decisions(kind, paper));
    }

    @ParameterizedTest
    @EnumSource(value = DocumentKind.class, names = {"MINUTES"})
    void aMemberOfThePublicsQuestionUnderAHeadingAloneOnItsLine(DocumentKind kind) {
        List<Question> questions = Harness.run(new QuestionExtractor(), kind,
                Variants.read("minutes-welsh-community-council-decision-label-lines.txt")).records(Question.class);
        assertEquals(1, questions.size(), questions.toString());
        assertNull(questions.get(0).askedBy());
        assertEquals("POLICE MATTERS", questions.get(0).itemTitle());
    }

    @ParameterizedTest
    @EnumSource(value = DocumentKind.class, names = {"MINUTES", "OTHER"})
    void anEnglishTownCouncilsResolvedLabelsOverToClauses(DocumentKind kind) {
        String paper = "minutes-town-council-resolved-label-own-line-caps-headings.txt";
        assertEquals(List.of("23/141 APOLOGIES FOR ABSENCE", "23/142 MINUTES", "23/143 PUBLIC PARTICIPATION", "23/144 BUDGET AND PRECEPT "
                + "2024/25", "23/145 ALLOTMENTS", "23/146 CORRESPONDENCE"), items(kind, paper));
        assertEquals(List.of(
                "23/142 RESOLVED To approve the minutes of the meeting held on 12 December 2023 as a true record, and for the Mayor to sign them.",
                "23/144 RESOLVED To set the precept for 2024/25 at £186,400.",
                "23/145 RESOLVED To increase allotment rents by £5 a plot from 1 October 2024."), decisions(kind, paper));
    }

    @ParameterizedTest
    @EnumSource(value = DocumentKind.class, names = {"MINUTES", "OTHER"})
    void aCommunityCouncilsMinutesApprovedInASentenceAndLetteredResolutions(DocumentKind kind) {
        String paper = "minutes-community-council-english-resolved-labels-lettered.txt";
        assertEquals(List.of("19/061 APOLOGIES", "19/062 MINUTES OF THE LAST MEETING", "19/063 HIGHWAYS", "19/064 FINANCE"),
                items(kind, paper));
        // "… were approved as a true record" with no decision word is not yet read as a decision: the samples' annotators left
        // such sentences out, the held-out set's took them in (not settled; see the report of session 12)
        assertEquals(List.of(
                "19/063 RESOLVED To ask the County Council to cut the verge before the summer show.",
                "19/063 RESOLVED To repair the stile at a cost of up to £150.",
                "19/064 RESOLVED To pay the Clerk's salary for May and £84.00 to Sallowby Village Hall for room hire."), decisions(kind, paper));
    }
}
