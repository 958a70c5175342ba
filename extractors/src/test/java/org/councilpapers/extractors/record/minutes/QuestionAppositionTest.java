package org.councilpapers.extractors.record.minutes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.councilpapers.core.DocumentKind;
import org.councilpapers.core.PartialDate;
import org.councilpapers.core.record.Person;
import org.councilpapers.core.record.Question;
import org.councilpapers.extractors.record.Harness;
import org.councilpapers.extractors.record.Variants;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Questions whose answerer is an office with its holder set beside it ("The Head of Housing Services, Perpetua Oyelaran, replied"),
 * whose asker is named in a clause ("A further question, put without notice by Mr …, asked", "The next question, submitted by Mr …,
 * asked") or with their standing between name and verb ("Councillor Ashdown, attending as Chair of …, asked"), a public question read
 * out for someone the minutes do not name, young people named by first name alone as the attendance lists them, and questions
 * withdrawn (none). Each question carries the meeting's date, never the date of earlier minutes an item approves. Three councils'
 * wordings (a London borough's Cabinet set out as a ModernGov page, a county select committee's numbered paragraphs, a corporate
 * parenting panel), read under every document kind.
 */
class QuestionAppositionTest {
    private static List<Question> questions(DocumentKind kind, String paper) {
        return Harness.run(new QuestionExtractor(), kind, Variants.read(paper)).records(Question.class);
    }

    private static List<String> askers(List<Question> qs) {
        return qs.stream().map(q -> q.askedBy() == null ? null : q.askedBy().name()).toList();
    }

    @ParameterizedTest
    @EnumSource(DocumentKind.class)
    void aLondonBoroughsOfficesAnsweringByNameAndAskersInAClause(DocumentKind kind) {
        List<Question> qs = questions(kind, "questions-london-borough-cabinet-appositive-replies-clause-askers.txt");
        assertEquals(Arrays.asList(null, "Leonard Pettifer", "Gareth Ashdown"), askers(qs),
                kind + ": 'thanked' and 'Members asked about' are no questions " + qs);
        assertEquals(List.of(new Person("Perpetua Oyelaran", "Head of Housing Services")), qs.get(0).answeredBy(),
                "the office, and its holder between commas");
        assertTrue(qs.get(0).text().startsWith("A resident, whose question had been read out"), qs.get(0).text());
        assertEquals(List.of(new Person("Femi Shaw", "Corporate Director of Children's Services")), qs.get(1).answeredBy());
        assertTrue(qs.get(1).text().startsWith("A further question, put without notice by Mr Leonard Pettifer, asked"), qs.get(1).text());
        assertEquals("Chair of the Overview and Scrutiny Committee", qs.get(2).askedBy().role(), "the standing set beside the asker");
        assertEquals(List.of(new Person("Hannah Voss", "Cabinet Member for Housing")), qs.get(2).answeredBy());
        assertEquals(List.of("20", "20", "21"), qs.stream().map(Question::itemNumber).toList());
        qs.forEach(q -> assertEquals(PartialDate.of(2025, 9, 16), q.meetingDate(), "the meeting's date, not 10 July's minutes"));
    }

    @ParameterizedTest
    @EnumSource(DocumentKind.class)
    void aCountySelectCommitteesNumberedPublicQuestionsOneWithdrawn(DocumentKind kind) {
        List<Question> qs = questions(kind, "questions-county-select-committee-numbered-public-questions-withdrawn.txt");
        assertEquals(Arrays.asList("Yvette Corran", "Harold Blenkin", null, "Amara"), askers(qs),
                kind + ": the withdrawn question, 'The Committee asked about' and 'thanked' are none " + qs);
        assertEquals(List.of(new Person("Kenneth Loame", "Director of Education")), qs.get(0).answeredBy(), "'Mr' before the holder");
        assertEquals(List.of(new Person("Peter Dunstable", "Assistant Director for Transport")), qs.get(1).answeredBy());
        assertTrue(qs.get(2).text().startsWith("A member of the public, whose question was read out by the Chairman"), qs.get(2).text());
        assertEquals(List.of(new Person("Rhiannon Castell", "Head of Inclusion")), qs.get(2).answeredBy(),
                "the answer in the next numbered paragraph");
        assertEquals(List.of(new Person("Rhiannon Castell", "Head of Inclusion")), qs.get(3).answeredBy(), "the post from the attendance list");
        assertEquals(List.of("2", "2", "2", "3"), qs.stream().map(Question::itemNumber).toList());
        qs.forEach(q -> assertEquals(PartialDate.of(2025, 3, 4), q.meetingDate()));
    }

    @ParameterizedTest
    @EnumSource(DocumentKind.class)
    void aCorporateParentingPanelsYoungPeopleByFirstName(DocumentKind kind) {
        List<Question> qs = questions(kind, "questions-unitary-corporate-parenting-panel-young-people-first-names.txt");
        assertEquals(List.of("Tia", "Jordan", "Rukhsana Malik", "Kezia"), askers(qs),
                kind + ": 'Question four, from Tia, was withdrawn', 'thanked' and 'The Panel asked about' are none " + qs);
        assertEquals(List.of(new Person("Owen Ellery", "Head of Service for Looked After Children")), qs.get(0).answeredBy());
        assertEquals(List.of(new Person("Beatrice Quayle", "Corporate Director of Children's Services")), qs.get(1).answeredBy());
        assertEquals("Lead Member for Children's Services", qs.get(2).askedBy().role());
        assertEquals(List.of(new Person("Lorraine Hext", "Head of the Virtual School")), qs.get(2).answeredBy());
        assertEquals(List.of(new Person("Marcus Heale", "Chair")), qs.get(3).answeredBy(), "'The Chair, Councillor Heale, responded'");
        qs.forEach(q -> assertEquals(PartialDate.of(2025, 6, 12), q.meetingDate(), "not the 3 March minutes the panel approved"));
        qs.forEach(q -> assertEquals("3", q.itemNumber()));
        assertNull(qs.stream().filter(q -> q.text().contains("withdrawn")).findFirst().orElse(null));
    }
}
