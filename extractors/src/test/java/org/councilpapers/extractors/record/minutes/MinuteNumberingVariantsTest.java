package org.councilpapers.extractors.record.minutes;

import static org.councilpapers.testdata.LayoutFixtures.document;
import static org.councilpapers.testdata.LayoutFixtures.para;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.councilpapers.core.DocumentKind;
import org.councilpapers.core.record.AgendaItem;
import org.councilpapers.core.record.PaperRecord;
import org.councilpapers.core.record.Resolution;
import org.councilpapers.core.record.ResolutionOutcome;
import org.councilpapers.extractors.record.Harness;
import org.councilpapers.extractors.record.RecordExtractor;
import org.councilpapers.extractors.record.Variants;
import org.councilpapers.extractors.record.agenda.AgendaItemExtractor;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Minutes numbered the ways councils number them ({@code testdata/papers/variants/minutes-*}, six councils' styles): by the year
 * ("35/24"), by the body's letters ("C.101", "CAB 12/24"), in roman ("IV."), by a bare number over numbered paragraphs ("4" over
 * "4.1", "4.2"), and with the agenda's item printed beside the minute's own number ("Minute 47 (Agenda Item 6)", "CAB 12/24 Item
 * 5 –"). Each minute is an item of its meeting, numbered by the agenda's item where the minute prints it so that the minutes'
 * items join the agenda's, else by the minute's own number; each decision keeps the minute's number and the agenda item. Every
 * paper is read under every document kind: the kind is never the reason a record comes out.
 */
class MinuteNumberingVariantsTest {
    private static final RecordExtractor ITEMS = new AgendaItemExtractor();
    private static final RecordExtractor RESOLUTIONS = new ResolutionExtractor();

    private static <T extends PaperRecord> List<T> run(RecordExtractor e, DocumentKind kind, String paper, Class<T> type) {
        return Harness.run(e, kind, Variants.read(paper)).records(type);
    }

    private static List<String> numbers(List<AgendaItem> items) {
        return items.stream().map(AgendaItem::number).toList();
    }

    @ParameterizedTest
    @EnumSource(DocumentKind.class)
    void theAgendaItemPrintedBesideTheMinuteNumbersTheItem(DocumentKind kind) {
        String paper = "minutes-borough-executive-minute-and-agenda-item.txt";
        List<AgendaItem> items = run(ITEMS, kind, paper, AgendaItem.class);
        assertEquals(List.of("1", "3", "6", "7", "9"), numbers(items), "the agenda's items, not minutes 45-49");
        assertEquals("Housing Revenue Account Business Plan 2024-2054", items.get(2).title(), "the title without the minute or item");
        assertTrue(items.stream().allMatch(i -> "2024-03-12".equals(String.valueOf(i.meetingDate())) && i.pages() == null));

        List<Resolution> rs = run(RESOLUTIONS, kind, paper, Resolution.class);
        assertEquals(List.of("47", "48", "49", "49"), rs.stream().map(Resolution::itemNumber).toList(), rs.toString());
        assertEquals(List.of("6", "7", "9", "9"), rs.stream().map(Resolution::agendaItem).toList());
        assertEquals("That the revised off-street car parking charges take effect from 1 April 2024.", rs.get(1).text(),
                "DECIDED records a decision as RESOLVED does");
        assertEquals(ResolutionOutcome.UNRESOLVED, rs.get(2).outcome(), "the amendment LOST");
        assertEquals(ResolutionOutcome.RESOLVED, rs.get(3).outcome());
    }

    @ParameterizedTest
    @EnumSource(DocumentKind.class)
    void minutesNumberedByTheBodysLettersAndTheYearWithTheItemBeside(DocumentKind kind) {
        String paper = "minutes-unitary-cabinet-body-prefixed-minute-numbers.txt";
        List<AgendaItem> items = run(ITEMS, kind, paper, AgendaItem.class);
        assertEquals(List.of("1", "2", "5", "6", "8"), numbers(items));
        assertEquals("Local Plan Review Timetable", items.get(2).title());

        List<Resolution> rs = run(RESOLUTIONS, kind, paper, Resolution.class);
        assertEquals(List.of("CAB 12/24", "CAB 13/24", "CAB 14/24"), rs.stream().map(Resolution::itemNumber).toList(), rs.toString());
        assertEquals(List.of("5", "6", "8"), rs.stream().map(Resolution::agendaItem).toList());
        assertEquals("That the leisure centre management contract be extended for two years to 31 March 2027.", rs.get(1).text());
    }

    @ParameterizedTest
    @EnumSource(DocumentKind.class)
    void minutesNumberedByTheYear(DocumentKind kind) {
        String paper = "minutes-district-cabinet-year-numbered-minutes.txt";
        List<AgendaItem> items = run(ITEMS, kind, paper, AgendaItem.class);
        assertEquals(List.of("35/24", "36/24", "37/24", "38/24", "39/24"), numbers(items), "only the minute's number is printed");
        assertEquals("WOODLAND PLANTING GRANT APPLICATION", items.get(3).title());

        List<Resolution> rs = run(RESOLUTIONS, kind, paper, Resolution.class);
        assertEquals(List.of("37/24", "38/24", "38/24", "39/24"), rs.stream().map(Resolution::itemNumber).toList(), rs.toString());
        assertEquals(List.of("a", "b"), List.of(rs.get(1).number(), rs.get(2).number()));
        // A bare "that" stem is not carried into its lettered clauses (session 11): each reads as printed.
        assertTrue(rs.get(2).text().startsWith("authority be delegated to the Head of Environmental Services"), rs.get(2).text());
    }

    @ParameterizedTest
    @EnumSource(DocumentKind.class)
    void aTownCouncilsLetteredMinutesWithAVoteAndANotedSentence(DocumentKind kind) {
        String paper = "minutes-town-council-lettered-minute-numbers-votes.txt";
        List<AgendaItem> items = run(ITEMS, kind, paper, AgendaItem.class);
        assertEquals(List.of("C.101", "C.102", "C.103", "C.104", "C.105"), numbers(items));
        assertEquals("BUDGET AND PRECEPT 2024/25", items.get(2).title());

        List<Resolution> rs = run(RESOLUTIONS, kind, paper, Resolution.class);
        assertEquals(List.of("C.102", "C.103", "C.104"), rs.stream().map(Resolution::itemNumber).toList(), rs.toString());
        assertEquals("that the precept for 2024/25 be set at £412,000.", rs.get(1).text(),
                "the motion CARRIED on a vote: the words after the vote are the decision");
        assertEquals("The Council NOTED the applications listed in the schedule.", rs.get(2).text());
    }

    @ParameterizedTest
    @EnumSource(DocumentKind.class)
    void aScottishMinuteNumberedInRoman(DocumentKind kind) {
        String paper = "minutes-scottish-committee-roman-numbered-items.txt";
        List<AgendaItem> items = run(ITEMS, kind, paper, AgendaItem.class);
        assertEquals(List.of("I", "II", "III", "IV"), numbers(items));
        assertEquals("COUNCIL TAX REDUCTION SCHEME 2024/25", items.get(3).title());

        List<Resolution> rs = run(RESOLUTIONS, kind, paper, Resolution.class);
        assertEquals(List.of("III", "IV"), rs.stream().map(Resolution::itemNumber).toList(), rs.toString());
        assertEquals("The Committee agreed to approve the scheme for 2024/25.", rs.get(1).text());
    }

    @ParameterizedTest
    @EnumSource(DocumentKind.class)
    void aBareNumberOverNumberedParagraphsWithLetteredSubHeadings(DocumentKind kind) {
        String paper = "minutes-city-committee-part-one-numbered-paragraphs.txt";
        List<AgendaItem> items = run(ITEMS, kind, paper, AgendaItem.class);
        assertEquals(List.of("1", "2", "3", "4", "5", "6"), numbers(items), "'1.1' and '(a)' number a minute's paragraphs, not items");
        assertEquals("SEAFRONT ARCHES RENEWAL PROGRAMME", items.get(3).title());

        List<Resolution> rs = run(RESOLUTIONS, kind, paper, Resolution.class);
        assertEquals(List.of("1", "2", "4", "4", "5", "6"), rs.stream().map(Resolution::itemNumber).toList(), rs.toString());
        assertEquals(List.of("1", "2"), List.of(rs.get(2).number(), rs.get(3).number()));
        assertTrue(rs.get(3).text().startsWith("delegates authority to the Executive Director of Place"), rs.get(3).text());
        assertEquals("The Committee NOTED the forecast underspend on the Housing Revenue Account of £1.2m.", rs.get(4).text());
    }

    @ParameterizedTest
    @EnumSource(DocumentKind.class)
    void aLetteredListInAMinuteIsNoRomanMinute(DocumentKind kind) {
        var doc = document(
                para("Minutes of the meeting of the Cabinet held on 3 June 2024"),
                para("Present: Councillors Ann Reed (Chair) and Bob Lake"),
                para("7. Capital Programme Monitoring"),
                para("RESOLVED that Cabinet agree to:"),
                para("B. Note the forecast capital underspend"),
                para("C. Agree the capital budget changes"),
                para("8. Local Plan Review"));
        List<AgendaItem> items = Harness.run(ITEMS, kind, doc).records(AgendaItem.class);
        assertEquals(List.of("7", "8"), numbers(items), "'C.' in a lettered list is not minute 100");
    }
}
